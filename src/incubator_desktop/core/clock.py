"""A hybrid logical clock: stamps that sort by time yet never go backwards, even if the PC clock does."""

from __future__ import annotations

import time
from collections.abc import Callable

_COUNTER_DIGITS = 6


def format_stamp(wall_ms: int, counter: int) -> str:
    return f"{wall_ms:013d}{counter:0{_COUNTER_DIGITS}d}"


def parse_stamp(stamp: str) -> tuple[int, int]:
    if not stamp:
        return 0, 0
    return int(stamp[:13]), int(stamp[13:])


class HybridClock:
    """Issues strictly increasing stamps; `observe` folds in stamps seen from other devices."""

    def __init__(self, last: str = "", *, now_ms: Callable[[], int] | None = None) -> None:
        self._wall, self._counter = parse_stamp(last)
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)

    @property
    def last(self) -> str:
        return format_stamp(self._wall, self._counter)

    def tick(self) -> str:
        now = self._now_ms()
        if now > self._wall:
            self._wall, self._counter = now, 0
        else:
            self._counter += 1
        return self.last

    def observe(self, stamp: str) -> None:
        wall, counter = parse_stamp(stamp)
        self._wall, self._counter = max((self._wall, self._counter), (wall, counter))
