"""Tallies of faults injected and hostile files tried, written to $INCUBATOR_RELIABILITY_COUNTS for the docs."""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path

COUNTS_ENV = "INCUBATOR_RELIABILITY_COUNTS"


def tally(kind: str, amount: int = 1) -> None:
    """Add `amount` to the counter `kind` (e.g. "sigkill", "hostile_tried", "hostile_accepted"), if asked to."""
    target = os.environ.get(COUNTS_ENV)
    if not target or amount == 0:
        return
    path = Path(target)
    with open(path.with_suffix(path.suffix + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        counts = json.loads(path.read_text()) if path.exists() and path.stat().st_size else {}
        counts[kind] = counts.get(kind, 0) + amount
        path.write_text(json.dumps(counts, indent=1, sort_keys=True) + "\n")
