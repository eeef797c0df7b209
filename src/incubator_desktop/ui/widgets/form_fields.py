"""One editor per kind of form field: it shows a stored value and reads back a typed one, or a problem."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from incubator_desktop.core.errors import FieldError
from incubator_desktop.core.services.browse import Choice
from incubator_desktop.core.validation.dates import parse_date
from incubator_desktop.core.validation.text import normalize_text

_NUMBER = QRegularExpression(r"^\s*\d{0,12}([.．。]\d{0,2})?\s*$")
_DECIMAL = QRegularExpression(r"^\s*\d{0,9}([.．。]\d{0,2})?\s*$")
_INTEGER = QRegularExpression(r"^\s*\d{0,9}\s*$")


class FieldProblem(Exception):
    """What a clerk typed cannot be read as the field's kind of value (before the core sees it)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def as_field_error(self, name: str) -> FieldError:
        return FieldError(name, self.code, self.params)


class FieldEditor:
    """An editor: `widget` goes into the form; `value()` may raise FieldProblem."""

    widget: QWidget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self.widget


class LineEditor(FieldEditor):
    def __init__(self, placeholder: str = "") -> None:
        self.widget = self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class TextEditor(FieldEditor):
    def __init__(self, placeholder: str = "") -> None:
        self.widget = self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setFixedHeight(72)

    def value(self) -> str | None:
        return self.edit.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))


class _NumberEditor(FieldEditor):
    def __init__(self, pattern: QRegularExpression, placeholder: str = "") -> None:
        self.widget = self.edit = QLineEdit()
        self.edit.setValidator(QRegularExpressionValidator(pattern, self.edit))
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit.setMaximumWidth(180)

    def _decimal(self) -> Decimal | None:
        text = normalize_text(self.edit.text()).replace("。", ".")
        if not text:
            return None
        try:
            return Decimal(text)
        except InvalidOperation:
            raise FieldProblem("number_invalid", value=text) from None


class IntEditor(_NumberEditor):
    def __init__(self, placeholder: str = "") -> None:
        super().__init__(_INTEGER, placeholder)

    def value(self) -> int | None:
        number = self._decimal()
        return None if number is None else int(number)

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(int(value)))


class DecimalEditor(_NumberEditor):
    def __init__(self, placeholder: str = "") -> None:
        super().__init__(_DECIMAL, placeholder)

    def value(self) -> Decimal | None:
        return self._decimal()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else format(Decimal(value).normalize(), "f"))


class MoneyEditor(_NumberEditor):
    """Yuan on screen, integer fen in the record (money is never a float)."""

    def __init__(self, placeholder: str = "") -> None:
        super().__init__(_NUMBER, placeholder)

    def value(self) -> int | None:
        yuan = self._decimal()
        return None if yuan is None else int((yuan * 100).to_integral_value())

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else f"{Decimal(int(value)) / 100:.2f}")


class DateEditor(FieldEditor):
    """A line edit that reads 2024-05-01, 2024/5/1, 2024年5月1日 or 20240501, with a calendar beside it."""

    def __init__(self, placeholder: str) -> None:
        self.widget = QWidget()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMaximumWidth(180)
        self.calendar_button = QToolButton()
        self.calendar_button.setText("▾")
        self.calendar_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.calendar_button)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self._menu = menu
        self.calendar.clicked.connect(self._pick)
        self.calendar_button.setMenu(menu)
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.calendar_button)
        layout.addStretch(1)

    def focus_widget(self) -> QWidget:
        return self.edit

    def _sync_calendar(self) -> None:
        try:
            current = parse_date(self.edit.text())
        except ValueError:
            current = None
        day = current or date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _pick(self, day: QDate) -> None:
        self.edit.setText(day.toString("yyyy-MM-dd"))
        self._menu.close()

    def value(self) -> date | None:
        text = self.edit.text().strip()
        try:
            return parse_date(text)
        except ValueError:
            raise FieldProblem("date_invalid", value=text) from None

    def set_value(self, value: Any) -> None:
        self.edit.setText(value.isoformat() if isinstance(value, date) else (value or ""))


class ChoiceEditor(FieldEditor):
    """A drop-down of fixed choices (stored value → label); optional fields start with an empty choice."""

    def __init__(self, choices: Sequence[tuple[str, str]], *, empty_text: str = "—") -> None:
        # Required choices start empty too: a preselected first value gets saved without a thought.
        self.widget = self.combo = QComboBox()
        self.combo.addItem(empty_text, None)
        for value, label in choices:
            self.combo.addItem(label, value)

    def value(self) -> str | None:
        data = self.combo.currentData()
        return data if isinstance(data, str) else None

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index < 0 and value is not None:
            # A value the vocabulary no longer offers still shows as stored, so saving keeps it.
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))


class ReferenceEditor(ChoiceEditor):
    """Chooses another record by name; typing part of the name narrows the list."""

    def __init__(self, choices: Sequence[Choice], *, placeholder: str = "") -> None:
        super().__init__([(choice.id, choice.label) for choice in choices])
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer, line = self.combo.completer(), self.combo.lineEdit()
        assert completer is not None and line is not None  # an editable combo box has both
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line.setPlaceholderText(placeholder)
        self.combo.setItemText(0, "")

    def value(self) -> str | None:
        text = self.combo.currentText().strip()
        if not text:
            return None
        index = self.combo.currentIndex()
        if index < 0 or self.combo.itemText(index) != text:
            index = self.combo.findText(text, Qt.MatchFlag.MatchExactly)
        data = self.combo.itemData(index) if index >= 0 else None
        if not isinstance(data, str):
            raise FieldProblem("not_found", value=text)
        return data


class MultiChoiceEditor(FieldEditor):
    """Check boxes for a list field (service areas, kinds of support), a few per row."""

    def __init__(self, choices: Sequence[tuple[str, str]], *, per_row: int = 4) -> None:
        self.widget = QWidget()
        grid = QGridLayout(self.widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self.boxes: dict[str, QCheckBox] = {}
        for position, (value, label) in enumerate(choices):
            box = QCheckBox(label)
            self.boxes[value] = box
            grid.addWidget(box, position // per_row, position % per_row)

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()), self.widget)

    def value(self) -> list[str]:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for key, box in self.boxes.items():
            box.setChecked(key in chosen)


class BoolEditor(FieldEditor):
    def __init__(self, text: str = "") -> None:
        self.widget = self.box = QCheckBox(text)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


def ordered_choices(labels: Mapping[str, str]) -> list[tuple[str, str]]:
    return list(labels.items())
