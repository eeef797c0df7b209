"""A read-only table of text rows, for previews, histories and drill-downs; tones are shown with words too."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from incubator_desktop.ui.widgets.bidi import keep_left_to_right, right_to_left_screen

AnyIndex = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole


class Tone(StrEnum):
    """A row's background; the row's own words must say the same thing (never colour alone)."""

    PLAIN = ""
    GOOD = "good"
    WARNING = "warning"
    BAD = "bad"
    MUTED = "muted"


_BACKGROUNDS = {Tone.GOOD: "#e8f5e9", Tone.WARNING: "#fff8e1", Tone.BAD: "#fdecea", Tone.MUTED: "#f4f6f8"}


@dataclass(frozen=True)
class TextRow:
    """One row: its cells, what it stands for (`key`, handed back on activation), a tone and a tooltip."""

    cells: tuple[str, ...]
    key: object = None
    tone: Tone = Tone.PLAIN
    tooltip: str = ""


class TextTableModel(QAbstractTableModel):
    """Rows of text under fixed headers; `numeric` columns are right-aligned."""

    def __init__(self, headers: Sequence[str], *, numeric: Collection[int] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._numeric = frozenset(numeric)
        self._rows: list[TextRow] = []
        self._right_to_left = right_to_left_screen()

    def set_rows(self, rows: Sequence[TextRow]) -> None:
        self.beginResetModel()
        self._rows = [self._fitted(row) for row in rows]
        self.endResetModel()

    def _fitted(self, row: TextRow) -> TextRow:
        cells = tuple(row.cells[: len(self._headers)]) + ("",) * (len(self._headers) - len(row.cells))
        return TextRow(cells, row.key, row.tone, row.tooltip)

    def rows(self) -> list[TextRow]:
        return list(self._rows)

    def row_at(self, row: int) -> TextRow:
        return self._rows[row]

    def column_texts(self, column: int) -> list[str]:
        return [row.cells[column] for row in self._rows]

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
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = row.cells[index.column()]
            return keep_left_to_right(text) if self._right_to_left else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.tone in _BACKGROUNDS:
            return QBrush(QColor(_BACKGROUNDS[row.tone]))
        if role == KEY_ROLE:
            return row.key
        return None


class TextTableView(QTableView):
    """A table over a TextTableModel: whole rows selected; double-click or Enter emits `key_activated`.

    `stretch` is the column that takes the spare width (the last by default); `empty_text` is said in the
    middle of the table while it has no rows.
    """

    key_activated = Signal(object)

    def __init__(
        self, model: TextTableModel, *, stretch: int = -1, empty_text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.setModel(model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(56)
        if stretch < 0:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.activated.connect(self._activated)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.empty_text and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12), flags, self.empty_text)
            painter.end()

    def text_model(self) -> TextTableModel:
        model = self.model()
        assert isinstance(model, TextTableModel)
        return model

    def current_key(self) -> object:
        index = self.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key is not None:
            self.key_activated.emit(key)
