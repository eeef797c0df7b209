"""Runs one hostile input: it must be refused with a coded error, quickly and in little memory, and is counted."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable

import pytest

from incubator_desktop.core.errors import CoreError
from incubator_desktop.core.messages import describe

from ..faults.counts import tally

#: What refusing one hostile file may cost at most: far below what would trouble a clerk's PC.
MAX_SECONDS = 10.0
MAX_MEGABYTES = 64
_UNKNOWN = "出现了未知问题"


def refused(run: Callable[[], object], *, seconds: float = MAX_SECONDS, megabytes: int = MAX_MEGABYTES) -> CoreError:
    """Run `run`, which must raise a CoreError whose code has a plain Chinese sentence; return the error."""
    tracemalloc.start()
    started = time.monotonic()
    try:
        run()
    except CoreError as error:
        elapsed = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        tally("hostile_tried")
        sentence = describe(error.code, error.params)
        assert _UNKNOWN not in sentence, f"no sentence for {error.code}"
        assert elapsed < seconds, f"refusing took {elapsed:.1f} s"
        assert peak < megabytes * 1024 * 1024, f"refusing took {peak / 1e6:.0f} MB"
        return error
    tracemalloc.stop()
    tally("hostile_tried")
    tally("hostile_accepted")
    pytest.fail("a hostile input was accepted")
