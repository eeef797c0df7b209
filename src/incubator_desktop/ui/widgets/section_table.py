"""A small read-only table for a section of a detail page: as tall as its rows, up to a limit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from incubator_desktop.ui.widgets.bidi import keep_left_to_right, right_to_left_screen

_ID_ROLE = Qt.ItemDataRole.UserRole


class SectionTable(QTableWidget):
    """Rows of text with an optional id each; double-click or Enter emits `row_activated(id)`."""

    row_activated = Signal(str)

    def __init__(self, headers: Sequence[str], *, max_visible: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self._max_visible = max_visible
        self._empty = True
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.itemActivated.connect(self._activated)
        self.set_rows([])

    def set_rows(self, rows: Sequence[Sequence[str]], ids: Sequence[str] | None = None) -> None:
        """Show `rows`; none shows one muted "nothing recorded" line across the table."""
        self.clearSpans()
        self._empty = not rows
        if not rows:
            self.setRowCount(1)
            note = QTableWidgetItem(self.tr("Nothing recorded yet"))
            note.setFlags(Qt.ItemFlag.NoItemFlags)
            note.setForeground(self.palette().placeholderText())
            self.setItem(0, 0, note)
            if self.columnCount() > 1:
                self.setSpan(0, 0, 1, self.columnCount())
        else:
            self.setRowCount(len(rows))
        right_to_left = right_to_left_screen()
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(keep_left_to_right(value) if right_to_left else value)
                if ids is not None:
                    item.setData(_ID_ROLE, ids[row])
                self.setItem(row, column, item)
        visible = max(1, min(len(rows), self._max_visible))
        height = self.horizontalHeader().sizeHint().height() + visible * self.verticalHeader().defaultSectionSize()
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)

    def texts(self, column: int = 0) -> list[str]:
        if self._empty:
            return []
        items = (self.item(row, column) for row in range(self.rowCount()))
        return [item.text() if item is not None else "" for item in items]

    def _activated(self, item: QTableWidgetItem) -> None:
        record_id = item.data(_ID_ROLE)
        if isinstance(record_id, str):
            self.row_activated.emit(record_id)
