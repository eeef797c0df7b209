"""The settings workspace page: data folder, language, site details, backups by hand and automatic ones."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from incubator_desktop.ui.settings.auto_backups import AutomaticBackupsSection
from incubator_desktop.ui.settings.backup import BackupSection
from incubator_desktop.ui.settings.data_folder import DataFolderSection
from incubator_desktop.ui.settings.language import LanguageSection
from incubator_desktop.ui.settings.site import SiteSection
from incubator_desktop.ui.widgets.change_bus import concerns
from incubator_desktop.ui.widgets.context import AppContext


class SettingsPage(QWidget):
    """Every section saves by itself; preferences go to AppSettings, site details to the Site record."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")
        self.site = SiteSection(context)
        self.language = LanguageSection(context)
        self.data_folder = DataFolderSection(context)
        self.backup = BackupSection(context)
        self.automatic_backups = AutomaticBackupsSection(context)
        body = QWidget()
        sections = QVBoxLayout(body)
        sections.setContentsMargins(0, 0, 8, 0)
        sections.setSpacing(14)
        for section in (self.site, self.language, self.data_folder, self.backup, self.automatic_backups):
            sections.addWidget(section)
        sections.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)
        context.bus.data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, scope: str) -> None:
        if concerns(scope, "site", "sites"):
            self.site.reload()
