"""Where the database lives: a folder on this computer's own disk, used from the next start on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from incubator_desktop.core import storage
from incubator_desktop.core.paths import sqlite_path
from incubator_desktop.ui.widgets.context import AppContext

DATABASE_FILE = "incubator.db"  # the name the program opens inside a chosen data folder
translate = QCoreApplication.translate


def folder_refusal(path: Path) -> str | None:
    """Why `path` cannot hold the database, or None when it can (a local, fixed disk)."""
    if not path.is_absolute():
        return translate("DataFolderSection", "Choose a complete folder path, such as D:\\孵化基地数据.")
    if path.exists() and not path.is_dir():
        return translate("DataFolderSection", "This is a file, not a folder. Choose a folder.")
    kind = storage.classify(path)
    if kind == "removable":
        return translate(
            "DataFolderSection",
            "This folder is on removable storage (a USB stick or memory card), where the database can be damaged "
            "when the stick is pulled out. Choose a folder on this computer's own disk. Nothing was changed.",
        )
    if kind == "network":
        return translate(
            "DataFolderSection",
            "This folder is a shared network folder, where the database can be damaged when the network drops. "
            "Choose a folder on this computer's own disk. Nothing was changed.",
        )
    return None


class DataFolderSection(QGroupBox):
    """Shows the database in use; a new folder is checked, stored in the settings and used from the next start."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Data folder"), parent)
        self._settings = context.settings
        database = sqlite_path(context.db.url)
        self.current = QLabel(
            self.tr("Database in use: {path}").format(path=database)
            if database
            else self.tr("The database is on a database server, not in a folder of this computer.")
        )
        self.current.setWordWrap(True)
        self.folder = QLineEdit(self._settings.data_folder or "")
        self.folder.setPlaceholderText(self.tr("The program's standard folder"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose)
        self.save_button = QPushButton(self.tr("Use this folder"))
        self.save_button.clicked.connect(self.save)
        self.default_button = QPushButton(self.tr("Use the standard folder"))
        self.default_button.clicked.connect(self.use_default)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.default_button)
        buttons.addWidget(self.save_button)
        note = QLabel(
            self.tr(
                "Only a folder on this computer's own disk: never a USB stick or a network folder. A change takes "
                "effect the next time the program starts. The records are not moved: to keep using them, put a "
                "backup of the database into the new folder under the name {file} before restarting."
            ).format(file=DATABASE_FILE)
        )
        note.setObjectName("fieldHint")
        note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def save(self) -> bool:
        """Check the typed folder and store it; a refused folder leaves the settings as they were."""
        text = self.folder.text().strip()
        if not text:
            self.use_default()
            return True
        path = Path(text).expanduser()
        refusal = folder_refusal(path)
        if refusal is not None:
            self._say(refusal, error=True)
            return False
        self._settings.data_folder = str(path)
        self._settings.sync()
        self._say(
            self.tr("Saved. From the next start the program uses {path}.").format(path=path / DATABASE_FILE),
            error=False,
        )
        return True

    def use_default(self) -> None:
        self._settings.data_folder = None
        self._settings.sync()
        self.folder.clear()
        self._say(self.tr("Saved. From the next start the program uses its standard folder."), error=False)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setObjectName("formError" if error else "fieldHint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.show()
