"""The wizard's question pages: language, role, and the site's code, name and parent district."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QFormLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from incubator_desktop.core.validation.identifiers import check_division_code
from incubator_desktop.core.vocab import SiteKind
from incubator_desktop.ui.first_run.base import TranslatedPage, error_label, note_label
from incubator_desktop.ui.widgets.error_text import error_text

#: Each language named in itself, so a clerk finds theirs whatever is showing now.
LANGUAGE_NAMES = {"zh_CN": "中文（简体）", "en": "English", "ug": "ئۇيغۇرچە"}


class LanguagePage(TranslatedPage):
    """Choose the interface language; the wizard switches to it as soon as Next is pressed."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._intro = note_label()
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        self.buttons: dict[str, QRadioButton] = {}
        for code, name in LANGUAGE_NAMES.items():
            button = QRadioButton(name)
            button.setObjectName(f"language_{code}")
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.buttons.get(current, self.buttons["zh_CN"]).setChecked(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRun", "Welcome"))
        self.setSubTitle(QCoreApplication.translate("FirstRun", "A few questions set up this computer."))
        self._intro.setText(QCoreApplication.translate("FirstRun", "Choose the language of the program:"))

    def language(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())


class RolePage(TranslatedPage):
    """Is this computer a township incubation base or the district civil affairs bureau?"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.township = QRadioButton()
        self.township.setObjectName("role_township")
        self.district = QRadioButton()
        self.district.setObjectName("role_district")
        self.township.setChecked(True)
        self._note = note_label()
        layout = QVBoxLayout(self)
        for widget in (self.township, self.district, self._note):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRun", "Who uses this computer?"))
        self.township.setText(QCoreApplication.translate("FirstRun", "Township incubation base"))
        self.district.setText(QCoreApplication.translate("FirstRun", "District civil affairs bureau"))
        self._note.setText(
            QCoreApplication.translate(
                "FirstRun", "Townships record the daily work; the district receives their bundles and approves months."
            )
        )

    def role(self) -> SiteKind:
        return SiteKind.TOWNSHIP if self.township.isChecked() else SiteKind.DISTRICT


class SitePage(TranslatedPage):
    """The site's division code and name, and for a township its district's code (prefilled from the code)."""

    def __init__(self, role_page: RolePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role_page = role_page
        self.code = QLineEdit()
        self.code.setObjectName("site_code")
        self.code.setMaxLength(12)
        self.code_error = error_label()
        self.code_error.setObjectName("site_code_error")
        self.name = QLineEdit()
        self.name.setObjectName("site_name")
        self.parent_code = QLineEdit()
        self.parent_code.setObjectName("parent_code")
        self.parent_code.setMaxLength(12)
        self.parent_error = error_label()
        self._parent_edited = False
        self._code_label, self._name_label, self._parent_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout(self)
        form.addRow(self._code_label, self.code)
        form.addRow("", self.code_error)
        form.addRow(self._name_label, self.name)
        form.addRow(self._parent_label, self.parent_code)
        form.addRow("", self.parent_error)
        self.code.textChanged.connect(self._code_changed)
        self.name.textChanged.connect(self.completeChanged)
        self.parent_code.textEdited.connect(self._parent_typed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRun", "This site"))
        self.setSubTitle(
            QCoreApplication.translate("FirstRun", "The administrative division code is on the district's notice.")
        )
        self._code_label.setText(QCoreApplication.translate("FirstRun", "Division code"))
        self._name_label.setText(QCoreApplication.translate("FirstRun", "Site name"))
        self._parent_label.setText(QCoreApplication.translate("FirstRun", "District code"))
        self.code.setPlaceholderText(QCoreApplication.translate("FirstRun", "9 digits, e.g. 653121103"))
        self.name.setPlaceholderText(QCoreApplication.translate("FirstRun", "e.g. Tokzak Town Incubation Base"))
        self._show_problems()

    def initializePage(self) -> None:
        township = self._role_page.role() is SiteKind.TOWNSHIP
        self.parent_code.setVisible(township)
        self._parent_label.setVisible(township)
        self._show_problems()

    def _township(self) -> bool:
        return self._role_page.role() is SiteKind.TOWNSHIP

    def _code_changed(self, text: str) -> None:
        if self._township() and not self._parent_edited:
            self.parent_code.setText(text.strip()[:6])
        self._show_problems()
        self.completeChanged.emit()

    def _parent_typed(self, _text: str) -> None:
        self._parent_edited = True
        self._show_problems()
        self.completeChanged.emit()

    def _code_problem(self) -> str | None:
        text = self.code.text().strip()
        if text and check_division_code(text) is not None:
            return error_text("division_code_invalid")
        return None

    def _parent_problem(self) -> str | None:
        text = self.parent_code.text().strip()
        if self._township() and text and check_division_code(text) is not None:
            return error_text("division_code_invalid")
        return None

    def _show_problems(self) -> None:
        for label, problem in ((self.code_error, self._code_problem()), (self.parent_error, self._parent_problem())):
            label.setText(problem or "")
            label.setVisible(problem is not None)

    def isComplete(self) -> bool:
        filled = bool(self.code.text().strip() and self.name.text().strip())
        parent_ok = not self._township() or bool(self.parent_code.text().strip())
        return filled and parent_ok and self._code_problem() is None and self._parent_problem() is None
