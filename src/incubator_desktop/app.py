"""Composition root of the desktop client: arguments, Qt application, fonts, translators, database, window."""

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
from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.errors import DatabaseRefused
from incubator_desktop.core.paths import DB_ENV
from incubator_desktop.core.resources import resource_path
from incubator_desktop.core.services.sites import current_site
from incubator_desktop.ui.first_run.wizard import FirstRunWizard
from incubator_desktop.ui.main_window import MainWindow
from incubator_desktop.ui.widgets.change_bus import ChangeBus
from incubator_desktop.ui.widgets.context import AppContext
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
    QMessageBox.critical(
        None, QCoreApplication.translate("App", "The database cannot be opened"), database_refusal_text(error)
    )
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


def run(app: QApplication, args: argparse.Namespace, settings: AppSettings) -> int:
    """Open the database and run the main window until it closes; returns the exit code."""
    try:
        db: Database = open_database(database_target(args, settings))
    except DatabaseRefused as error:
        return _refused(error)
    except Exception as error:  # anything else: still explain it in a window, not a silent exit
        return _failed(error)
    if needs_setup(db):
        wizard = FirstRunWizard(db, settings)
        accepted = wizard.exec() == FirstRunWizard.DialogCode.Accepted
        db = wizard.database  # the clerk may have chosen another data folder
        if not accepted and needs_setup(db):
            db.close()
            return EXIT_OK  # closed before setting up: nothing to show yet, the wizard comes back next time
    try:
        context = AppContext(db=db, bus=ChangeBus(), tasks=TaskRunner(), settings=settings)
        window = MainWindow(context)
        window.show()
        code = app.exec()
        context.tasks.cancel_all()
        context.tasks.wait(3000)
        return code
    finally:
        db.close()


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
