"""Date inputs for periods: a calendar-popup date edit and a from–to chooser with an "apply" signal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget


def date_edit(day: date | None = None) -> QDateEdit:
    """A date edit written like 2024-05-01, with a calendar to pick from."""
    edit = QDateEdit()
    # Year-month-day reads left to right on a Uyghur (right-to-left) screen too; mirrored it showed 01-05-2024.
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    day = day or date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def picked(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def set_picked(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


class PeriodChooser(QWidget):
    """From and to dates and a "Show" button; `period_chosen(start, end)` fires on the button or Enter."""

    period_chosen = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start, self.end = date_edit(date(date.today().year, 1, 1)), date_edit()
        self.apply_button = QPushButton(self.tr("Show"))
        self.apply_button.clicked.connect(self.apply)
        for edit in (self.start, self.end):
            edit.editingFinished.connect(self.apply)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Period from")))
        layout.addWidget(self.start)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.end)
        layout.addWidget(self.apply_button)

    def period(self) -> tuple[date, date]:
        return picked(self.start), picked(self.end)

    def set_period(self, start: date, end: date) -> None:
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            set_picked(edit, day)
            edit.blockSignals(False)

    def apply(self) -> None:
        self.period_chosen.emit(*self.period())
