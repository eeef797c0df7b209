"""Composition root of the desktop client: arguments, Qt application, fonts, translators, database, window.

Before the database opens: the single-instance lock and, after an unclean close, a `quick_check` (a damaged file
is not opened; the newest good backup is offered). While the window is open: the `quick_check` after a clean
close, automatic backups and the weekly full check.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from incubator_desktop import __version__
from incubator_desktop.core import health
from incubator_desktop.core.backups import newest_good_backup, restore_backup
from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.errors import CoreError, DatabaseRefused
from incubator_desktop.core.instance import InstanceLock
from incubator_desktop.core.paths import DB_ENV, resolve_database, sqlite_path
from incubator_desktop.core.resources import resource_path
from incubator_desktop.core.services.sites import current_site
from incubator_desktop.core.storage import ensure_local_storage
from incubator_desktop.ui.main_window import MainWindow
from incubator_desktop.ui.widgets.auto_backup import AutoBackup
from incubator_desktop.ui.widgets.change_bus import ChangeBus
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.corruption_dialog import CorruptionDialog
from incubator_desktop.ui.widgets.failure_text import failure_text
from incubator_desktop.ui.widgets.i18n import (
    install_cjk_font,
    install_translators,
    install_uyghur_font,
    remove_translators,
)
from incubator_desktop.ui.widgets.refusals import database_refusal_text
from incubator_desktop.ui.widgets.settings import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, AppSettings
from incubator_desktop.ui.widgets.tasks import TaskRunner

ORGANIZATION_NAME = "IncubatorDesktop"
APPLICATION_NAME = "IncubatorDesktop"
EXIT_OK, EXIT_UNEXPECTED, EXIT_REFUSED = 0, 1, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="incubator-desktop", description="Incubator Desktop")
    parser.add_argument("--db", help="database file or URL (default: $INCUBATOR_DB, else the per-user data folder)")
    parser.add_argument("--lang", choices=list(SUPPORTED_LANGUAGES), help="interface language (default zh_CN)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def database_target(args: argparse.Namespace, settings: AppSettings) -> str | None:
    """--db, else $INCUBATOR_DB, else a data folder chosen in the settings, else the core's default."""
    if args.db or os.environ.get(DB_ENV):
        return str(args.db) if args.db else None  # None lets the core read the environment itself
    if settings.data_folder:
        return str(Path(settings.data_folder) / "incubator.db")
    return None


def application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0] if sys.argv else "incubator-desktop", *argv])
    app.setWindowIcon(QIcon(str(resource_path("icons", "incubator-desktop.png"))))
    return app


def _refused(error: DatabaseRefused) -> int:
    if error.code == "db_in_use":
        title = QCoreApplication.translate("StartupChecks", "The program is already open")
    else:
        title = QCoreApplication.translate("App", "The database cannot be opened")
    QMessageBox.critical(None, title, database_refusal_text(error))
    return EXIT_REFUSED


def _failed(error: Exception) -> int:
    # A GUI start has no console: say it in a window.
    QMessageBox.critical(
        None,
        QCoreApplication.translate("App", "The database cannot be opened"),
        QCoreApplication.translate(
            "App", "The database could not be opened ({detail}). Ask for technical help."
        ).format(detail=f"{type(error).__name__}: {error}"),
    )
    return EXIT_UNEXPECTED


def needs_setup(db: Database) -> bool:
    """A database without a site gets the first-run wizard instead of the "not set up" home page."""
    with db.reading() as session:
        return current_site(session) is None


class InstanceLocks:
    """The single-instance locks this run holds: one per database file it opened (the wizard may open two)."""

    def __init__(self) -> None:
        self._held: dict[Path, InstanceLock] = {}

    def take(self, target: str | None) -> Path | None:
        """Lock the database `target` names (raises DatabaseRefused "db_in_use"); None for a server database."""
        path = sqlite_path(resolve_database(target))
        if path is None:
            return None
        # Refuse a USB stick or network share before leaving a lock file there.
        ensure_local_storage(path.parent if not path.exists() else path)
        key = path.absolute()
        if key not in self._held:
            self._held[key] = InstanceLock(key).require()
        return key

    def open(self, target: str) -> Database:
        """`open_database` for the first-run wizard, taking the lock of the folder the clerk chose first."""
        self.take(target)
        return open_database(target)

    def keep_only(self, db: Database) -> None:
        keep = sqlite_path(db.url)
        for path in [p for p in self._held if keep is None or p != keep.absolute()]:
            self._held.pop(path).release()

    def release_all(self) -> None:
        for lock in self._held.values():
            lock.release()
        self._held.clear()


def offer_restore(path: Path, report: health.HealthReport) -> bool:
    """Tell the clerk the database is damaged; restore the newest good backup if they choose and confirm."""
    backup = newest_good_backup(path)
    dialog = CorruptionDialog(path, report, backup)
    dialog.exec()
    if backup is None or not dialog.chose_restore():
        return False
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("StartupChecks", "Restore the backup?"),
        QCoreApplication.translate(
            "StartupChecks",
            "All records will be replaced by the backup of {when}. The damaged file is kept for technical help. "
            "Restore now?",
        ).format(when=backup.taken_at.strftime("%Y-%m-%d %H:%M")),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore_backup(path, backup.path, set_aside_damaged=True, checked=backup.check)
    except (DatabaseRefused, OSError) as error:
        text = database_refusal_text(error) if isinstance(error, DatabaseRefused) else failure_text(error)
        QMessageBox.critical(
            None, QCoreApplication.translate("StartupChecks", "The backup could not be restored"), text
        )
        return False
    return True


def _check_health(path: Path | None) -> bool:
    """`quick_check` before opening after an unclean close; False when damaged and not restored.

    After a normal close the check runs behind the window instead (`AutoBackup.check_behind_window`): on a
    district's gigabyte it takes seconds, and damage comes almost always from a crash or power cut.
    """
    if path is None or health.closed_cleanly(path):
        return True
    report = health.quick_check(path)
    return report.ok or offer_restore(path, report)


def _check_found_damage(report: health.HealthReport) -> None:
    if report.ok:
        return
    if report.full:
        title = QCoreApplication.translate("StartupChecks", "The weekly database check found damage")
    else:
        title = QCoreApplication.translate("StartupChecks", "The database check found damage")
    QMessageBox.warning(None, title, database_refusal_text(DatabaseRefused("db_corrupt", detail=report.detail)))


def _reason(error: BaseException) -> str:
    """A few words on why a backup failed, for inside a sentence (the disk's own words where there are any)."""
    if isinstance(error, OSError):
        return error.strerror or str(error)
    if isinstance(error, CoreError) and error.params.get("detail"):
        return str(error.params["detail"])
    return failure_text(error)


def _close_backup_failed(error: BaseException) -> None:
    QMessageBox.warning(
        None,
        QCoreApplication.translate("StartupChecks", "The backup on closing failed"),
        QCoreApplication.translate(
            "StartupChecks",
            "The program backs up the database when it closes, and this time the backup failed ({detail}). "
            "Your records are saved. Check that the disk has free space.",
        ).format(detail=_reason(error)),
    )


class _PeriodicBackupFailures:
    """Says once a session that the automatic backups fail (they are retried every 30 minutes, quietly)."""

    def __init__(self) -> None:
        self.told = False

    def __call__(self, error: BaseException) -> None:
        if self.told:
            return
        self.told = True
        QMessageBox.warning(
            None,
            QCoreApplication.translate("StartupChecks", "The automatic backup failed"),
            QCoreApplication.translate(
                "StartupChecks",
                "The program could not make its automatic backup ({detail}). Your records are saved, and it "
                "tries again every 30 minutes. Check that the disk has free space.",
            ).format(detail=_reason(error)),
        )


def _set_up(db: Database, settings: AppSettings, locks: InstanceLocks) -> Database | None:
    """The first-run wizard (imported only when needed); None when closed before the site was set up."""
    from incubator_desktop.ui.first_run.wizard import FirstRunWizard

    wizard = FirstRunWizard(db, settings, open_db=locks.open)
    accepted = wizard.exec() == FirstRunWizard.DialogCode.Accepted
    db = wizard.database  # the clerk may have chosen another data folder
    locks.keep_only(db)
    if not accepted and needs_setup(db):
        db.close()
        return None  # closed before setting up: nothing to show yet, the wizard comes back next time
    return db


def run(app: QApplication, args: argparse.Namespace, settings: AppSettings) -> int:
    """Open the database and run the main window until it closes; returns the exit code."""
    locks = InstanceLocks()
    try:
        return _run_locked(app, args, settings, locks)
    finally:
        locks.release_all()


def _run_locked(app: QApplication, args: argparse.Namespace, settings: AppSettings, locks: InstanceLocks) -> int:
    target = database_target(args, settings)
    try:
        if not _check_health(locks.take(target)):
            return EXIT_REFUSED
        db: Database = open_database(target)
    except DatabaseRefused as error:
        return _refused(error)
    except Exception as error:  # anything else: still explain it in a window, not a silent exit
        return _failed(error)
    if needs_setup(db):
        chosen = _set_up(db, settings, locks)
        if chosen is None:
            return EXIT_OK
        db = chosen
    path = sqlite_path(db.url)
    checked_before_opening = path is None or not health.closed_cleanly(path)
    try:
        context = AppContext(db=db, bus=ChangeBus(), tasks=TaskRunner(), settings=settings)
        window = MainWindow(context)
        backups = AutoBackup(context)
        backups.checked.connect(_check_found_damage)
        periodic_failures = _PeriodicBackupFailures()
        backups.failed.connect(periodic_failures)
        if path is not None:
            health.mark_in_use(path)
        window.show()
        if path is not None and health.full_check_due(path):
            backups.check_weekly()  # integrity_check covers all quick_check does: one scan of the file, not two
        elif not checked_before_opening:
            backups.check_behind_window()
        code = app.exec()
        context.tasks.cancel_all()
        context.tasks.wait(3000)
        backups.failed.disconnect(periodic_failures)
        backups.failed.connect(_close_backup_failed)
        backups.on_close()
    finally:
        db.close()
    if path is not None:
        health.mark_closed(path)  # not after an exception: the next start checks before opening
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop client; returns the process exit code (3 when the database is refused)."""
    args, qt_args = build_parser().parse_known_args(list(sys.argv[1:] if argv is None else argv))
    app = application(qt_args)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationVersion(__version__)
    settings = AppSettings()
    language = args.lang or settings.language or DEFAULT_LANGUAGE
    install_cjk_font(app)
    install_uyghur_font(app)
    translators = install_translators(app, language)
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Community Organization Incubator"))
    try:
        return run(app, args, settings)
    finally:
        remove_translators(app, translators)


if __name__ == "__main__":
    raise SystemExit(main())
