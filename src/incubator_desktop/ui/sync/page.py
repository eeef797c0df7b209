"""The 同步 workspace page: send, receive, the history of bundles and the conflict log, one tab each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from incubator_desktop.ui.sync.conflicts_panel import ConflictsPanel
from incubator_desktop.ui.sync.export_panel import ExportPanel
from incubator_desktop.ui.sync.history_panel import HistoryPanel
from incubator_desktop.ui.sync.import_panel import ImportPanel
from incubator_desktop.ui.sync.jobs import Drive, SyncOverview, SyncRecords, find_drives, load_overview, load_records
from incubator_desktop.ui.sync.keys import VaultKeeper
from incubator_desktop.ui.sync.keys_panel import KeysPanel
from incubator_desktop.ui.widgets.change_bus import concerns
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.failure_text import failure_text
from incubator_desktop.ui.widgets.vocab_labels import role_label


class SyncPage(QWidget):
    """Loads who we are, the drives and the history when shown, and again after every bundle."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.keeper = VaultKeeper(context.db.url)
        self.overview: SyncOverview | None = None
        self._stale = True
        title = QLabel(self.tr("Sync"))
        title.setObjectName("pageTitle")
        self.site_label = QLabel()
        self.site_label.setObjectName("countLabel")
        self.export_panel = ExportPanel(context, self.keeper)
        self.import_panel = ImportPanel(context, self.keeper)
        self.history_panel = HistoryPanel(context)
        self.conflicts_panel = ConflictsPanel(context)
        self.keys_panel = KeysPanel(context, self.keeper)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.export_panel, self.tr("Send a bundle"))
        self.tabs.addTab(self.import_panel, self.tr("Receive a bundle"))
        self.tabs.addTab(self.history_panel, self.tr("History"))
        self.tabs.addTab(self.conflicts_panel, self.tr("Conflicts"))
        self.tabs.addTab(self.keys_panel, self.tr("Keys"))
        self.message = QLabel()
        self.message.setObjectName("emptyState")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self._states = QStackedWidget()
        self._states.addWidget(self.message)
        self._states.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.site_label)
        layout.addWidget(self._states, 1)
        self.message.setText(self.tr("Loading…"))
        context.bus.data_changed.connect(self._on_data_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_data_changed(self, scope: str) -> None:
        if scope == "sync":  # a bundle or a conflict changed here or behind the page: cheap to read again
            self.reload()
        elif concerns(scope, "site", "sites"):
            self._stale = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        """Read the site, its keys and peers, the USB sticks, and the history again (off the GUI thread)."""
        self._stale = False
        db, tasks = self._context.db, self._context.tasks
        tasks.run(lambda: load_overview(db), on_result=self._show_overview, on_error=self._failed, owner=self)
        tasks.run(find_drives, on_result=self._show_drives, owner=self)
        tasks.run(lambda: load_records(db), on_result=self._show_records, on_error=self._failed, owner=self)
        self.keys_panel.reload()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(failure_text(error))
        self._states.setCurrentWidget(self.message)

    def _show_overview(self, overview: SyncOverview) -> None:
        self.overview = overview
        site = overview.site
        if site is None:
            self.message.setText(self.tr("This computer has not been set up yet, so there is nothing to sync."))
            self._states.setCurrentWidget(self.message)
            return
        self.site_label.setText(
            self.tr("{name} ({code}) · {role}").format(name=site.name, code=site.code, role=role_label(site.role))
        )
        self.export_panel.set_overview(overview)
        self._states.setCurrentWidget(self.tabs)

    def _show_drives(self, drives: list[Drive]) -> None:
        self.export_panel.set_drives(drives)
        self.import_panel.drives = drives

    def _show_records(self, records: SyncRecords) -> None:
        self.import_panel.set_site_names(records.site_names)
        self.history_panel.set_records(records)
        self.conflicts_panel.set_conflicts(records.conflicts)
        unseen = len(self.conflicts_panel.unseen_ids())
        title = (
            QCoreApplication.translate("SyncPage", "Conflicts (%n not seen)", "", unseen)
            if unseen
            else self.tr("Conflicts")
        )
        self.tabs.setTabText(3, title)
        if records.history.gaps:
            self.tabs.setTabText(2, self.tr("History (bundles missing)"))
        else:
            self.tabs.setTabText(2, self.tr("History"))

    def is_loading(self) -> bool:
        return self._context.tasks.busy()
