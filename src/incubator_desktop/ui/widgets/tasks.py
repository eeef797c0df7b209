"""Runs plain functions off the GUI thread; results, progress and errors come back as signals.

Workers never touch widgets: they only call the function and emit. Callbacks run on the GUI thread.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import Shiboken

T = TypeVar("T")
log = logging.getLogger(__name__)


class TaskState:
    """What a long function sees of its task: report progress, ask whether it was cancelled."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._cancel = threading.Event()
        self._report = report

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int) -> None:
        self._report(done, total)

    def cancel(self) -> None:
        self._cancel.set()


@dataclass
class TaskHandle:
    """The caller's grip on a running task: cancelling drops its result and tells the function."""

    token: int
    state: TaskState
    done: bool = False
    cancelled: bool = False

    def cancel(self) -> None:
        self.cancelled = True
        self.state.cancel()


@dataclass
class _Pending:
    handle: TaskHandle
    on_result: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[int, int], None] | None
    owner: QObject | None


class _Signals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int)


class _Job(QRunnable):
    def __init__(self, token: int, work: Callable[[TaskState], Any], state: TaskState, signals: _Signals) -> None:
        super().__init__()
        self._token, self._work, self._state, self._signals = token, work, state, signals

    def run(self) -> None:
        try:
            result = self._work(self._state)
        except BaseException as error:  # every failure, whatever it is, must reach the GUI thread
            self._signals.failed.emit(self._token, error)
            return
        self._signals.finished.emit(self._token, result)


class TaskRunner(QObject):
    """Owns a thread pool; `run` a function on it and get `on_result` / `on_error` on the GUI thread."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool(self)
        self._tokens = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        # The signals object lives on the GUI thread, so emits from workers are queued to our slots.
        self._signals = _Signals(self)
        self._signals.finished.connect(self._deliver)
        self._signals.failed.connect(self._fail)
        self._signals.progressed.connect(self._progress)

    def run(
        self,
        work: Callable[[], T],
        *,
        on_result: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
    ) -> TaskHandle:
        """Call `work()` on a worker thread; `owner` (a widget) being deleted silently drops the result."""
        return self.run_cancellable(lambda _state: work(), on_result=on_result, on_error=on_error, owner=owner)

    def run_cancellable(
        self,
        work: Callable[[TaskState], T],
        *,
        on_result: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        owner: QObject | None = None,
    ) -> TaskHandle:
        """Call `work(state)`; it reports through `state.progress` and stops when `state.cancelled()`."""
        token = next(self._tokens)
        signals = self._signals
        state = TaskState(lambda done, total: signals.progressed.emit(token, done, total))
        handle = TaskHandle(token=token, state=state)
        self._pending[token] = _Pending(handle, on_result, on_error, on_progress, owner)
        self._pool.start(_Job(token, work, state, self._signals))
        return handle

    def cancel_all(self) -> None:
        for pending in self._pending.values():
            pending.handle.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every worker has finished (shutdown, tests); queued results still need the loop."""
        return self._pool.waitForDone(msecs)

    def busy(self) -> bool:
        return bool(self._pending)

    def _take(self, token: int) -> _Pending | None:
        pending = self._pending.pop(token, None)
        if pending is None:
            return None
        pending.handle.done = True
        if pending.handle.cancelled or (pending.owner is not None and not Shiboken.isValid(pending.owner)):
            return None
        return pending

    @Slot(int, object)
    def _deliver(self, token: int, result: object) -> None:
        pending = self._take(token)
        if pending is not None:
            pending.on_result(result)

    @Slot(int, object)
    def _fail(self, token: int, error: object) -> None:
        pending = self._take(token)
        if pending is None:
            return
        assert isinstance(error, BaseException)
        if pending.on_error is not None:
            pending.on_error(error)
        else:
            log.error("background task failed", exc_info=error)

    @Slot(int, int, int)
    def _progress(self, token: int, done: int, total: int) -> None:
        pending = self._pending.get(token)
        if pending and pending.on_progress and not pending.handle.cancelled:
            pending.on_progress(done, total)
