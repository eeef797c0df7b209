"""The table view of a record page: row selection, database sorting by header, keys to open and delete."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from incubator_desktop.ui.widgets.record_table import RecordTableModel


class RecordTableView(QTableView):
    """Shows a RecordTableModel one row at a time; `open_requested(row)` on double-click or Enter,
    `delete_requested()` on the Delete key. Header clicks sort in the database (through the model)."""

    open_requested = Signal(int)
    delete_requested = Signal()

    def __init__(self, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        # Fixed row heights let a million rows scroll without measuring any of them.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSortIndicator(model.sort_column(), self._indicator_order())
        self.setSortingEnabled(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        header.setStretchLastSection(False)
        for position, column in enumerate(model.columns):
            if column.stretch:
                header.setSectionResizeMode(position, QHeaderView.ResizeMode.Stretch)
            else:
                title_width = header.fontMetrics().horizontalAdvance(column.title) + 30
                header.resizeSection(position, max(title_width, column.starting_width()))
        header.sortIndicatorChanged.connect(lambda _section, _order: self._sync_indicator())
        self.doubleClicked.connect(self._open)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_requested)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(lambda: self._open(self.currentIndex()))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.row())

    def _indicator_order(self) -> Qt.SortOrder:
        order = self._records.order
        return Qt.SortOrder.DescendingOrder if order and order.descending else Qt.SortOrder.AscendingOrder

    def _sync_indicator(self) -> None:
        # A click on a column that cannot sort leaves the order as it was; the arrow must say so too.
        header = self.horizontalHeader()
        wanted = self._records.sort_column()
        if header.sortIndicatorSection() != wanted:
            header.blockSignals(True)
            header.setSortIndicator(wanted, self._indicator_order())
            header.blockSignals(False)

    def selected_row(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return index.row()
