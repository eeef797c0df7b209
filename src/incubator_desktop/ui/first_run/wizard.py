"""The first-run wizard: asks the questions, sets up the site and its keys, and hands back the database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.paths import data_dir, sqlite_path
from incubator_desktop.core.services.sites import current_site
from incubator_desktop.core.sync.vault import KeyVault, vault_for
from incubator_desktop.ui.first_run.folder_page import FolderPage
from incubator_desktop.ui.first_run.pages import LanguagePage, RolePage, SitePage
from incubator_desktop.ui.first_run.setup import (
    SetupOutcome,
    SiteChoices,
    fill_practice_data,
    import_roster_file,
    save_keyform,
    set_up_site,
)
from incubator_desktop.ui.first_run.start_pages import DonePage, KeysPage, StartPage
from incubator_desktop.ui.widgets.error_text import core_error_text
from incubator_desktop.ui.widgets.i18n import switch_language
from incubator_desktop.ui.widgets.settings import DEFAULT_LANGUAGE, AppSettings

DATABASE_FILE = "incubator.db"


class FirstRunWizard(QWizard):
    """Shown while the opened database has no site; `database` is the (possibly new) database afterwards."""

    def __init__(
        self,
        db: Database,
        settings: AppSettings,
        *,
        open_db: Callable[[str], Database] = open_database,
        vault_factory: Callable[[str], KeyVault] = vault_for,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = db
        self._settings = settings
        self._open_db = open_db
        self._vault_factory = vault_factory
        self._outcome: SetupOutcome | None = None
        self.setObjectName("firstRunWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(640, 480)
        current = sqlite_path(db.url)
        self.language_page = LanguagePage(settings.language or DEFAULT_LANGUAGE)
        self.role_page = RolePage()
        self.site_page = SitePage(self.role_page)
        self.folder_page = FolderPage(current.parent if current else None, self)
        self.keys_page = KeysPage(self)
        self.start_page = StartPage(self)
        self.done_page = DonePage(self.start_page)
        for page in (
            self.language_page,
            self.role_page,
            self.site_page,
            self.folder_page,
            self.keys_page,
            self.start_page,
            self.done_page,
        ):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)
        self.retranslate()

    # --- language -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("FirstRun", "Set up Incubator Desktop"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _page_changed(self, _page_id: int) -> None:
        chosen = self.language_page.language()
        if self.currentPage() is self.role_page and chosen != (self._settings.language or DEFAULT_LANGUAGE):
            app = QApplication.instance()
            if app is not None:
                switch_language(app, chosen)
            self._settings.language = chosen

    # --- what the pages ask for ---------------------------------------------------------------------

    def choices(self) -> SiteChoices:
        page = self.site_page
        parent = page.parent_code.text().strip() if page.parent_code.isVisible() else ""
        return SiteChoices(self.role_page.role(), page.code.text().strip(), page.name.text().strip(), parent or None)

    def use_folder(self, folder: Path) -> None:
        """Open (creating) the database in `folder` when it is not the one already open."""
        current = sqlite_path(self.database.url)
        if current is not None and current.parent.resolve() == folder.resolve():
            return
        folder.mkdir(parents=True, exist_ok=True)
        opened = self._open_db(str(folder / DATABASE_FILE))
        self.database.close()
        self.database = opened
        if folder.resolve() != data_dir().resolve():
            self._settings.data_folder = str(folder)

    def set_up(self) -> None:
        with self.database.reading() as session:
            already = current_site(session)
        if already is not None:  # the chosen folder holds a site already: use it as it is
            self._outcome = SetupOutcome(None, None)
            return
        self._outcome = set_up_site(self.database, self.choices(), self._vault_factory(self.database.url))

    def fingerprint(self) -> str | None:
        return self._outcome.fingerprint if self._outcome else None

    def key_problem_text(self) -> str | None:
        if self._outcome is None or self._outcome.key_problem is None:
            return QCoreApplication.translate("FirstRun", "This folder already holds a site; it is used as it is.")
        return QCoreApplication.translate(
            "FirstRun", "The keys could not be made ({reason}). Make them later on the Sync page."
        ).format(reason=core_error_text(self._outcome.key_problem))

    def save_keyform(self, out: Path) -> Path:
        return save_keyform(self.database, out)

    def import_roster(self, path: Path) -> str:
        summary = import_roster_file(self.database, path)
        return QCoreApplication.translate(
            "FirstRun", "Roster imported: {created} organizations added, {rejected} rows need checking."
        ).format(created=summary.created, rejected=len(summary.rejected_rows))

    def fill_practice(self) -> str:
        fill_practice_data(self.database)
        return QCoreApplication.translate("FirstRun", "Practice data was filled in. It is marked and can be cleared.")
