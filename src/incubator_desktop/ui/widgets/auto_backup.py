"""Automatic backups while the program runs: every 30 minutes of work, on closing, and the weekly full check."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from incubator_desktop.core import health
from incubator_desktop.core.backups import backup_before
from incubator_desktop.core.errors import DatabaseRefused
from incubator_desktop.core.paths import sqlite_path
from incubator_desktop.ui.widgets.context import AppContext

log = logging.getLogger(__name__)

#: Thirty minutes: at most this much work is lost if the disk fails between two backups.
BACKUP_INTERVAL_MS = 30 * 60 * 1000


class AutoBackup(QObject):
    """Backs up after changes, at most every `interval_ms`, off the GUI thread; and once, in the foreground, on close.

    "Thirty minutes of work": the timer only copies when the change bus reported a write since the last copy,
    so an idle program does not fill the folder with identical backups.
    """

    made = Signal(object)  # Path of the new backup
    failed = Signal(object)  # the exception
    checked = Signal(object)  # HealthReport of a check that ran behind the window (on open, or the weekly one)

    def __init__(
        self, context: AppContext, *, interval_ms: int = BACKUP_INTERVAL_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._dirty = False
        self._running = False
        self.last: Path | None = None
        context.bus.data_changed.connect(self._on_change)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    @property
    def pending(self) -> bool:
        """Whether something changed since the last backup."""
        return self._dirty

    def _on_change(self, _scope: str) -> None:
        self._dirty = True

    def tick(self) -> None:
        """The timer's call: back up on a worker if anything changed and no backup is running."""
        if not self._dirty or self._running:
            return
        self._dirty = False
        self._running = True
        db = self._context.db
        self._context.tasks.run(
            lambda: backup_before(db, "periodic"), on_result=self._done, on_error=self._failed, owner=self
        )

    def _done(self, path: Path | None) -> None:
        self._running = False
        self.last = path
        if path is not None:
            self.made.emit(path)

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self._dirty = True  # try again at the next tick
        log.warning("automatic backup failed: %s", error)
        self.failed.emit(error)

    def check_behind_window(self) -> None:
        """The `quick_check` on open, on a worker: used when the last session closed cleanly (see app.py)."""
        path = sqlite_path(self._context.db.url)
        if path is None:
            return
        self._context.tasks.run(lambda: health.quick_check(path), on_result=self._checked, owner=self)

    def check_weekly(self) -> None:
        """Run the full integrity check on a worker if a week has passed since the last one."""
        path = sqlite_path(self._context.db.url)
        if path is None or not health.full_check_due(path):
            return
        self._context.tasks.run(lambda: health.weekly_check(path), on_result=self._checked, owner=self)

    def _checked(self, report: health.HealthReport | None) -> None:
        if report is not None:
            self.checked.emit(report)

    def on_close(self) -> Path | None:
        """The backup on closing, made in the foreground after the window closed; None if it could not be made.

        Nothing changed since this session's last backup (made, or still being made): that one serves, and a
        district's gigabyte is not copied again on every close.
        """
        self.timer.stop()
        if not self._dirty and (self.last is not None or self._running):
            return self.last
        try:
            self.last = backup_before(self._context.db, "close")
        except (DatabaseRefused, OSError) as error:
            log.warning("backup on closing failed: %s", error)
            self.failed.emit(error)
            return None
        return self.last
