"""The interface language: stored at once, applied by restarting the program (offered, never forced)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QProcess
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.settings import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES

#: Each language named in itself, as language pickers do, so it can be found whatever is shown now.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English", "ug": "ئۇيغۇرچە"}


def restart_command(
    executable: str, orig_argv: Sequence[str], argv: Sequence[str], *, frozen: bool
) -> tuple[str, list[str]]:
    """The program and arguments that start this program again, without a `--lang` that would override
    the new choice. A frozen build is its own executable; otherwise the interpreter's own arguments are
    kept (so `python -m incubator_desktop` restarts the same way)."""
    args = list(argv[1:]) if frozen else list(orig_argv[1:])
    kept: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            kept.append(arg)
    return executable, kept


def running_language() -> str:
    name = QLocale().name()
    return "zh_CN" if name.startswith("zh") else "ug" if name.startswith("ug") else "en"


class LanguageSection(QGroupBox):
    """A language picker; a change is saved at once and a restart is offered to apply it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Language"), parent)
        self._settings = context.settings
        self.running = running_language()
        self.combo = QComboBox()
        for code in SUPPORTED_LANGUAGES:
            self.combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        chosen = self._settings.language or self.running or DEFAULT_LANGUAGE
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen)))
        self.combo.currentIndexChanged.connect(lambda _index: self.choose(str(self.combo.currentData())))
        self.restart_button = QPushButton(self.tr("Restart now"))
        self.restart_button.clicked.connect(self.ask_restart)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Interface language:")))
        row.addWidget(self.combo)
        row.addWidget(self.restart_button)
        row.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("fieldHint")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.confirm_box: QMessageBox | None = None
        self.confirm_restart_button: QAbstractButton | None = None
        self._update()

    def choose(self, code: str) -> None:
        self._settings.language = code
        self._settings.sync()
        self._update()

    def _update(self) -> None:
        pending = self.combo.currentData() != self.running
        self.restart_button.setVisible(pending)
        self.message.setVisible(pending)
        self.message.setText(
            self.tr("Saved. The new language is used after the program restarts; nothing you have saved is lost.")
        )

    def ask_restart(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restart"))
        box.setText(self.tr("Restart the program now to change the language?"))
        box.setInformativeText(self.tr("Save any form you are still filling in first; open forms are closed."))
        self.confirm_restart_button = box.addButton(self.tr("Restart"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole))
        box.finished.connect(
            lambda _result: self.restart() if box.clickedButton() is self.confirm_restart_button else None
        )
        self.confirm_box = box
        box.open()

    def restart(self) -> None:
        """Close the main window (which saves its state) and start the program again."""
        program, args = restart_command(
            sys.executable, getattr(sys, "orig_argv", sys.argv), sys.argv, frozen=bool(getattr(sys, "frozen", False))
        )
        if self.window().close():
            QProcess.startDetached(program, args)
