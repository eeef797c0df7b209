"""The callables long spreadsheet work reports through, and the one place that honours cancelling."""

from __future__ import annotations

from collections.abc import Callable

from incubator_desktop.core.exchange.errors import OperationCancelled

#: Called with (done, total); total is 0 while it is not known yet.
Progress = Callable[[int, int], None]
#: Returns True once the user asked to stop.
Cancelled = Callable[[], bool]


class Ticker:
    """Reports progress and checks for cancelling every `every` steps, so a tight loop stays cheap."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None, *, every: int = 500) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self._every = every

    def step(self, done: int, total: int) -> None:
        if done % self._every == 0:
            self.report(done, total)

    def report(self, done: int, total: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise OperationCancelled()
        if self._progress is not None:
            self._progress(done, total)
