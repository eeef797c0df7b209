"""The data folder page: local disk only; pressing "Set up" creates the site and its keys there."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget, QWizard

from incubator_desktop.core.errors import CoreError, DatabaseRefused
from incubator_desktop.core.storage import ensure_local_storage
from incubator_desktop.ui.first_run.base import TranslatedPage, error_label, note_label
from incubator_desktop.ui.widgets.error_text import core_error_text


class SetsUpSite(Protocol):
    """What the page needs from the wizard."""

    def use_folder(self, folder: Path) -> None: ...

    def set_up(self) -> None: ...


class FolderPage(TranslatedPage):
    """Where the database lives; refuses USB sticks and network folders, where SQLite files get damaged."""

    def __init__(self, default: Path | None, wizard: SetsUpSite, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wizard = wizard
        self.folder = QLineEdit(str(default) if default else "")
        self.folder.setObjectName("data_folder")
        self.folder.setEnabled(default is not None)  # a database given by URL (PostgreSQL) has no folder
        self._browse = QPushButton()
        self._browse.clicked.connect(self._choose)
        self._browse.setEnabled(default is not None)
        self._note = note_label()
        self.problem = error_label()
        self.problem.setObjectName("folder_error")
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self._browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self._note)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.setCommitPage(True)  # the site exists after this page: there is no going back
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRun", "Data folder"))
        self.setSubTitle(QCoreApplication.translate("FirstRun", "Pressing Set up creates the site and its keys."))
        self._note.setText(
            QCoreApplication.translate(
                "FirstRun",
                "Keep the data on this computer's own disk. USB sticks and network folders are refused: "
                "the database can be damaged there. Use the Sync page to carry data on a USB stick.",
            )
        )
        self._browse.setText(QCoreApplication.translate("FirstRun", "Choose…"))
        self.setButtonText(QWizard.WizardButton.CommitButton, QCoreApplication.translate("FirstRun", "Set up"))

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("FirstRun", "Data folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _refusal(self, folder: Path) -> str | None:
        try:
            ensure_local_storage(folder)
        except DatabaseRefused as error:
            if error.code == "db_removable":
                return QCoreApplication.translate(
                    "FirstRun",
                    "This folder is on a removable drive (USB stick or card). Choose a folder on this computer's disk.",
                )
            return QCoreApplication.translate(
                "FirstRun", "This folder is on a network drive. Choose a folder on this computer's disk."
            )
        return None

    def show_problem(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))

    def validatePage(self) -> bool:
        try:
            if self.folder.isEnabled():
                folder = Path(self.folder.text().strip()).expanduser()
                refusal = self._refusal(folder)
                if refusal:
                    self.show_problem(refusal)
                    return False
                self._wizard.use_folder(folder)
            self._wizard.set_up()
        except CoreError as error:
            self.show_problem(core_error_text(error))
            return False
        except OSError as error:
            self.show_problem(
                QCoreApplication.translate("FirstRun", "The folder cannot be used: {detail}").format(detail=error)
            )
            return False
        self.show_problem(None)
        return True
