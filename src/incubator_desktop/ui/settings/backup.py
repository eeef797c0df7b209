"""Backups by hand: a folder remembered in the settings, and "Back up now" copying the database there, checked."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from incubator_desktop.core.backups import MANUAL, backup_now
from incubator_desktop.core.errors import DatabaseRefused
from incubator_desktop.core.paths import sqlite_path
from incubator_desktop.ui.widgets.context import AppContext


def backup_database(source: Path, folder: Path, *, now: datetime | None = None) -> Path:
    """Copy the live database into `folder` with SQLite's backup API and check the copy (`quick_check`).

    Made "by hand": the automatic thinning never deletes it, even in the automatic backups folder.
    """
    return backup_now(source, folder, reason=MANUAL, now=now)


class BackupSection(QGroupBox):
    """The backup folder and a "Back up now" button; the copy runs off the GUI thread."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups"), parent)
        self._context = context
        self.source = sqlite_path(context.db.url)
        self.last_backup: Path | None = None
        default = self.source.parent / "backups" if self.source else None
        self.folder = QLineEdit(context.settings.backup_folder or (str(default) if default else ""))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Backup folder:")))
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        row.addWidget(self.backup_button)
        note = QLabel(
            self.tr(
                "Each backup is a new, dated copy of the database, checked after copying. A USB stick is a good "
                "place for it. Photos and scans are kept in the “attachments” folder next to the database: copy "
                "that folder too."
            )
        )
        note.setObjectName("fieldHint")
        note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(self.message)
        if self.source is None:
            self.backup_button.setEnabled(False)
            self._say(self.tr("The database is on a database server: back it up with the server's own tools."), False)

    def choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def is_busy(self) -> bool:
        return not self.backup_button.isEnabled() and self.source is not None

    def back_up(self) -> None:
        source, text = self.source, self.folder.text().strip()
        if source is None:
            return
        if not text or not Path(text).expanduser().is_absolute():
            self._say(self.tr("Choose the folder to put the backup in first."), True)
            return
        folder = Path(text).expanduser()
        self._context.settings.backup_folder = str(folder)
        self._context.settings.sync()
        self.backup_button.setEnabled(False)
        self._say(self.tr("Backing up…"), False)
        self._context.tasks.run(
            lambda: backup_database(source, folder), on_result=self._done, on_error=self._failed, owner=self
        )

    def _done(self, path: Path) -> None:
        self.backup_button.setEnabled(True)
        self.last_backup = path
        size = QLocale().formattedDataSize(path.stat().st_size)
        self._say(
            self.tr("Backed up to {path} ({size}); the copy passed its check.").format(path=path, size=size), False
        )

    def _failed(self, error: BaseException) -> None:
        self.backup_button.setEnabled(True)
        if isinstance(error, DatabaseRefused):
            text = self.tr("The copy failed its check and was deleted. Try another folder or USB stick.")
        else:
            text = self.tr("The backup could not be written there ({detail}). Try another folder.").format(
                detail=str(error)
            )
        self._say(text, True)

    def _say(self, text: str, error: bool) -> None:
        self.message.setObjectName("formError" if error else "fieldHint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.show()
