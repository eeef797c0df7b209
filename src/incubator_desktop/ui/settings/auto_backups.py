"""Automatic backups in the settings: where they are, which are kept, and restoring one after confirmation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.core import migrate
from incubator_desktop.core.backups import RestoreResult, backup_folder, list_backups, restore_backup
from incubator_desktop.core.db import Database
from incubator_desktop.core.paths import sqlite_path
from incubator_desktop.ui.widgets.change_bus import ALL_SCOPES
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.failure_text import failure_text

_WHEN = "%Y-%m-%d %H:%M"


def restore_into(db: Database, db_path: Path, backup: Path) -> RestoreResult:
    """The restore as a worker runs it: close pooled connections, restore, bring an older schema up to date."""
    db.engine.dispose()
    result = restore_backup(db_path, backup)
    db.engine.dispose()
    if result.revision != migrate.HEAD_REVISION:
        migrate.upgrade_to_head(db.engine, backup_path=db_path)
    return result


class AutomaticBackupsSection(QGroupBox):
    """The automatic backups folder, the backups kept in it, and "Restore…" (the current state is backed up first)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Automatic backups"), parent)
        self._context = context
        self.db_path = sqlite_path(context.db.url)
        self.folder = backup_folder(self.db_path) if self.db_path else None
        self.last_result: RestoreResult | None = None
        policy = QLabel(
            self.tr(
                "The program backs up the database by itself: when it closes, every 30 minutes while records are "
                "being changed, and before every import, upgrade and restore. It keeps the newest 10 backups, one "
                "a day for two weeks, one a week for two months and one a month for a year."
            )
            + " "
            + self.tr(
                "So that they never fill the disk, the oldest are also deleted when they would take more than "
                "10 GB or half of the free space; the newest three are always kept."
            )
        )
        policy.setObjectName("fieldHint")
        policy.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open the folder"))
        self.open_button.clicked.connect(self.open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_button)
        self.count_label = QLabel()
        self.backup_list = QListWidget()
        self.backup_list.setMinimumHeight(140)
        self.backup_list.itemSelectionChanged.connect(self._update_buttons)
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button = QPushButton(self.tr("Restore from a file…"))
        self.file_button.clicked.connect(self.restore_from_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(policy)
        layout.addLayout(folder_row)
        layout.addWidget(self.count_label)
        layout.addWidget(self.backup_list)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._busy = False
        if self.folder is None:
            for widget in (self.open_button, self.backup_list, self.restore_button, self.file_button):
                widget.setEnabled(False)
            self.folder_label.setText(
                self.tr("The database is on a database server: back it up with the server's own tools.")
            )
        self.refresh()

    def reason_text(self, reason: str) -> str:
        labels = {
            "close": self.tr("when the program closed"),
            "periodic": self.tr("while working (every 30 minutes)"),
            "import": self.tr("before a bundle import"),
            "roster": self.tr("before a roster import"),
            "migration": self.tr("before an upgrade"),
            "restore": self.tr("before a restore"),
            "command": self.tr("from the command line"),
            "manual": self.tr("by hand"),
        }
        return labels.get(reason, reason)

    def refresh(self) -> None:
        """Read the folder again: the list of kept backups, newest first, and their count."""
        if self.folder is None or self.db_path is None:
            return
        self.folder_label.setText(self.tr("Folder: {folder}").format(folder=self.folder))
        found = list_backups(self.folder, self.db_path.stem)
        self.backup_list.clear()
        locale = QLocale()
        for backup in found:
            text = f"{backup.taken_at.strftime(_WHEN)}　{self.reason_text(backup.reason)}　"
            item = QListWidgetItem(text + locale.formattedDataSize(backup.size))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.backup_list.addItem(item)
        if found:
            self.count_label.setText(
                self.tr("%n backup(s) kept; the newest is from {when}.", "", len(found)).format(
                    when=found[0].taken_at.strftime(_WHEN)
                )
            )
        else:
            self.count_label.setText(self.tr("No automatic backups yet; the first is made when the program closes."))
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def _update_buttons(self) -> None:
        usable = self.folder is not None and not self._busy
        self.restore_button.setEnabled(usable and bool(self.backup_list.selectedItems()))
        self.file_button.setEnabled(usable)

    def is_busy(self) -> bool:
        return self._busy

    def selected_backup(self) -> Path | None:
        items = self.backup_list.selectedItems()
        return Path(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def open_folder(self) -> None:
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def restore_selected(self) -> None:
        chosen = self.selected_backup()
        if chosen is not None:
            self.restore(chosen)

    def restore_from_file(self) -> None:
        start = str(self.folder) if self.folder else ""
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup to restore"), start, self.tr("Database backups (*.db);;All files (*)")
        )
        if chosen:
            self.restore(Path(chosen))

    def restore(self, backup: Path) -> None:
        """Ask, then restore `backup` off the GUI thread; every view refreshes afterwards."""
        db_path = self.db_path
        if db_path is None or self._busy:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "All records will be replaced by the ones in {name}. The records as they are now are backed up "
                "first, so this can be undone by restoring that backup. Restore now?"
            ).format(name=backup.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._busy = True
        self._update_buttons()
        self._say(self.tr("Restoring… The backup is checked first."), error=False)
        db = self._context.db
        self._context.tasks.run(
            lambda: restore_into(db, db_path, backup), on_result=self._restored, on_error=self._failed, owner=self
        )

    def _restored(self, result: RestoreResult) -> None:
        self._busy = False
        self.last_result = result
        previous = result.previous.name if result.previous else ""
        self._say(
            self.tr("Restored. The records as they were just before are kept in the backup {name}.").format(
                name=previous
            ),
            error=False,
        )
        self.refresh()
        self._context.bus.notify(ALL_SCOPES)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        self._say(failure_text(error), error=True)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setObjectName("formError" if error else "fieldHint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.show()
