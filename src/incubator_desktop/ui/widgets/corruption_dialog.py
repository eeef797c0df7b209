"""The start-up message for a damaged database: says so plainly and offers to restore the newest good backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from incubator_desktop.core.backups import BackupInfo, backup_folder
from incubator_desktop.core.health import HealthReport


class CorruptionDialog(QMessageBox):
    """Shown instead of the main window when `quick_check` fails; `chose_restore()` after `exec()`."""

    def __init__(
        self, path: Path, report: HealthReport, backup: BackupInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.backup = backup
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setText(
            self.tr(
                "The database file is damaged, so the program will not open it: working on it could lose more "
                "records.\n\n{path}"
            ).format(path=path)
        )
        self.restore_button: QPushButton | None = None
        if backup is not None:
            when = backup.taken_at.strftime("%Y-%m-%d %H:%M")
            self.setInformativeText(
                self.tr(
                    "The newest good backup was made on {when}. Restoring it brings the records back as they were "
                    "then; anything entered after that must be entered again. The damaged file is kept in the "
                    "backups folder for technical help."
                ).format(when=when)
            )
            self.restore_button = self.addButton(
                self.tr("Restore the backup of {when}").format(when=when), QMessageBox.ButtonRole.AcceptRole
            )
        else:
            self.setInformativeText(
                self.tr(
                    "No good backup was found in {folder}. Do not delete anything; ask for technical help, and "
                    "bring any backup copies you have (for example on a USB stick)."
                ).format(folder=backup_folder(path))
            )
        self.setDetailedText(report.detail)
        self.close_button = self.addButton(self.tr("Close the program"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button or self.close_button)

    def chose_restore(self) -> bool:
        return self.restore_button is not None and self.clickedButton() is self.restore_button
