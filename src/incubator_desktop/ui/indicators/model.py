"""The indicators as a table: label, value, target, a progress bar and a status that says itself in words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionProgressBar, QStyleOptionViewItem

from incubator_desktop.core.indicators import Indicator, Status
from incubator_desktop.ui.widgets.indicator_text import format_number, status_text, target_text

AnyIndex = QModelIndex | QPersistentModelIndex
LABEL, VALUE, TARGET, PROGRESS, STATUS = range(5)
#: The share of the target reached (1.0 = reached), or None; the progress column paints it as a bar.
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole

STATUS_COLOURS = {
    Status.GREEN: "#d7efd9",
    Status.AMBER: "#fdebc4",
    Status.RED: "#f8d3cf",
    Status.INFO: "#e6eaee",
}


class IndicatorTableModel(QAbstractTableModel):
    """One row per indicator, in the core's order; `indicator(row)` hands back the whole value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Indicator] = []
        self._headers = [
            self.tr("Indicator"),
            self.tr("Achieved"),
            self.tr("Target"),
            self.tr("Progress"),
            self.tr("Status"),
        ]

    def set_indicators(self, indicators: list[Indicator]) -> None:
        self.beginResetModel()
        self._rows = list(indicators)
        self.endResetModel()

    def indicator(self, row: int) -> Indicator:
        return self._rows[row]

    def row_of(self, code: str) -> int:
        return next((row for row, indicator in enumerate(self._rows) if indicator.code == code), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        indicator, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(indicator, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return indicator.rule
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (VALUE, TARGET):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == STATUS:
            return QBrush(QColor(STATUS_COLOURS[indicator.status]))
        if role == Qt.ItemDataRole.ForegroundRole and column == VALUE and indicator.record_ids:
            return QBrush(QColor("#1f5f9e"))  # a number that opens the records behind it looks like a link
        if role == PROGRESS_ROLE and column == PROGRESS:
            return indicator.progress
        if role == CODE_ROLE:
            return indicator.code
        return None

    def _display(self, indicator: Indicator, column: int) -> str:
        if column == LABEL:
            return indicator.label
        if column == VALUE:
            return format_number(indicator.value, indicator.unit)
        if column == TARGET:
            return target_text(indicator)
        if column == PROGRESS:
            share = indicator.progress
            return "" if share is None else f"{min(share, 9.99) * 100:.0f}%"
        return status_text(indicator.status)


class ProgressDelegate(QStyledItemDelegate):
    """Paints the progress column as a bar (capped at 100 %) with the share written on it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        share = index.data(PROGRESS_ROLE)
        if not isinstance(share, float):
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(4, 6, -4, -6)
        bar.minimum, bar.maximum = 0, 100
        bar.progress = round(min(max(share, 0.0), 1.0) * 100)
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole))
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
