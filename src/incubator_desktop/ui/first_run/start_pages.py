"""The pages after set-up: the keys and their enrolment form, how to start, and what was done."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.core.errors import CoreError
from incubator_desktop.ui.first_run.base import TranslatedPage, error_label, note_label
from incubator_desktop.ui.widgets.error_text import core_error_text
from incubator_desktop.ui.widgets.fingerprint_text import fingerprint_lines


class RunsSetup(Protocol):
    """What these pages need from the wizard."""

    def fingerprint(self) -> str | None: ...

    def key_problem_text(self) -> str | None: ...

    def save_keyform(self, out: Path) -> Path: ...

    def import_roster(self, path: Path) -> str: ...

    def fill_practice(self) -> str: ...


class KeysPage(TranslatedPage):
    """Shows the key fingerprint to compare by phone, and saves the enrolment form to print and seal."""

    def __init__(self, wizard: RunsSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wizard = wizard
        self._note = note_label()
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        mono = QFont("monospace")
        mono.setPointSize(14)
        self.fingerprint.setFont(mono)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_keyform")
        self.save_button.clicked.connect(self._choose_keyform)
        self.result = note_label()
        layout = QVBoxLayout(self)
        for widget in (self._note, self.fingerprint, self.save_button, self.result):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRun", "Keys"))
        self.save_button.setText(QCoreApplication.translate("FirstRun", "Save the enrolment form to print…"))
        self.initializePage()

    def initializePage(self) -> None:
        fingerprint = self._wizard.fingerprint()
        self.save_button.setEnabled(fingerprint is not None)
        if fingerprint is None:
            self.fingerprint.clear()
            self._note.setText(self._wizard.key_problem_text() or "")
            return
        self.fingerprint.setText(fingerprint_lines(fingerprint))
        self._note.setText(
            QCoreApplication.translate(
                "FirstRun",
                "This site's keys were made. Print the enrolment form, sign and seal it, and give it to the "
                "district; the district compares these 60 digits before accepting your bundles.",
            )
        )

    def _choose_keyform(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("FirstRun", "Save the enrolment form"),
            QCoreApplication.translate("FirstRun", "key-enrolment-form.pdf"),
            QCoreApplication.translate("FirstRun", "PDF files (*.pdf)"),
        )
        if path:
            self.save_keyform_to(Path(path))

    def save_keyform_to(self, out: Path) -> None:
        try:
            written = self._wizard.save_keyform(out)
        except (CoreError, OSError) as error:
            detail = core_error_text(error) if isinstance(error, CoreError) else str(error)
            self.result.setText(detail)
            return
        self.result.setText(
            QCoreApplication.translate("FirstRun", "Saved to {path}. Open it and print it.").format(path=written)
        )


class StartPage(TranslatedPage):
    """Start empty, import an existing roster workbook, or practise on demo data (removable later)."""

    def __init__(self, wizard: RunsSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wizard = wizard
        self.empty = QRadioButton()
        self.empty.setChecked(True)
        self.roster = QRadioButton()
        self.practice = QRadioButton()
        self.empty.setObjectName("start_empty")
        self.roster.setObjectName("start_roster")
        self.practice.setObjectName("start_practice")
        self.roster_file = QLineEdit()
        self.roster_file.setObjectName("roster_file")
        self._browse = QPushButton()
        self._browse.clicked.connect(self._choose)
        self._practice_note = note_label()
        self.problem = error_label()
        self.outcome = ""
        self._done = False
        row = QHBoxLayout()
        row.addSpacing(24)
        row.addWidget(self.roster_file, 1)
        row.addWidget(self._browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.roster)
        layout.addLayout(row)
        layout.addWidget(self.practice)
        layout.addWidget(self._practice_note)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.roster.toggled.connect(self._enable)
        self._enable()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRun", "How to start"))
        self.empty.setText(QCoreApplication.translate("FirstRun", "Start with no records"))
        self.roster.setText(QCoreApplication.translate("FirstRun", "Import an existing roster workbook (.xlsx)"))
        self.practice.setText(QCoreApplication.translate("FirstRun", "Fill in practice data to try the program"))
        self._practice_note.setText(
            QCoreApplication.translate(
                "FirstRun",
                "Practice data is marked \u201cPractice data\u201d everywhere and can be cleared "
                "from the Help menu before real work starts.",
            )
        )
        self._browse.setText(QCoreApplication.translate("FirstRun", "Choose…"))

    def _enable(self) -> None:
        self.roster_file.setEnabled(self.roster.isChecked())
        self._browse.setEnabled(self.roster.isChecked())

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("FirstRun", "Roster workbook"),
            "",
            QCoreApplication.translate("FirstRun", "Excel workbooks (*.xlsx)"),
        )
        if path:
            self.roster_file.setText(path)

    def validatePage(self) -> bool:
        if self._done:
            return True  # back and forward again: the import or the practice data is already there
        try:
            if self.roster.isChecked():
                path = Path(self.roster_file.text().strip())
                if not path.is_file():
                    self._show(QCoreApplication.translate("FirstRun", "Choose the roster workbook first."))
                    return False
                self.outcome = self._wizard.import_roster(path)
            elif self.practice.isChecked():
                self.outcome = self._wizard.fill_practice()
            else:
                self.outcome = ""
        except CoreError as error:
            self._show(core_error_text(error))
            return False
        self._show(None)
        self._done = True
        for button in (self.empty, self.roster, self.practice):
            button.setEnabled(False)  # whatever was done cannot be done twice
        self.roster_file.setEnabled(False)
        return True

    def _show(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))


class DonePage(TranslatedPage):
    """What was set up, and what to do next."""

    def __init__(self, start: StartPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start = start
        self.summary = note_label()
        self.summary.setObjectName("done_summary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRun", "Ready"))
        self.initializePage()

    def initializePage(self) -> None:
        lines = [QCoreApplication.translate("FirstRun", "The site is set up.")]
        if self._start.outcome:
            lines.append(self._start.outcome)
        lines.append(
            QCoreApplication.translate(
                "FirstRun", "Press Finish to open the program. The quick guide is in the Help menu."
            )
        )
        self.summary.setText("\n\n".join(lines))
