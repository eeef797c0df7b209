"""The organizations page: filters over a sortable table of the lazily loaded organization rows."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.ui.organizations.model import COLUMNS, SORT_ROLE, OrganizationTableModel
from incubator_desktop.ui.widgets.change_bus import concerns
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.vocab_labels import category_labels, stage_labels

FILTER_DELAY_MS = 300


class OrganizationsPage(QWidget):
    """Lists the community organizations; sorting by a header sorts the rows loaded so far."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OrganizationTableModel(context.db, parent=self)
        # The service has no sort order parameter yet, so sorting happens over the rows already paged in;
        # scrolling further pages in more rows, which the proxy slots into place.
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortLocaleAware(True)

        title = QLabel(self.tr("Community organizations"))
        title.setObjectName("pageTitle")
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Name or leader's name"))
        self.search_edit.setClearButtonEnabled(True)
        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("All categories"), "")
        for value, label in category_labels().items():
            self.category_combo.addItem(label, value)
        self.stage_combo = QComboBox()
        self.stage_combo.addItem(self.tr("All stages"), "")
        for value, label in stage_labels().items():
            self.stage_combo.addItem(label, value)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Search:")))
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(QLabel(self.tr("Category:")))
        filters.addWidget(self.category_combo, 1)
        filters.addWidget(QLabel(self.tr("Stage:")))
        filters.addWidget(self.stage_combo, 1)

        self.table = self._build_table()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._body = QStackedWidget()
        self._body.addWidget(self.table)
        self._body.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self._body, 1)

        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.category_combo.currentIndexChanged.connect(self.apply_filters)
        self.stage_combo.currentIndexChanged.connect(self.apply_filters)
        self.model.modelReset.connect(self._update_empty_state)
        self.model.rowsInserted.connect(self._update_empty_state)
        context.bus.data_changed.connect(self._on_data_changed)
        self._update_empty_state()

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the service's order until a click
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        # Columns fit their contents (judged on the first rows, to stay cheap); the name takes the rest.
        header.setResizeContentsPrecision(100)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        return table

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(
            category=self.category_combo.currentData(),
            stage=self.stage_combo.currentData(),
            text=self.search_edit.text(),
        )

    def _on_data_changed(self, scope: str) -> None:
        if concerns(scope, "organizations", "communities"):
            self.model.reload()

    def _update_empty_state(self) -> None:
        if self.model.rowCount() > 0:
            self._body.setCurrentWidget(self.table)
            return
        if self.model.is_filtered():
            self.empty_label.setText(self.tr("No organization matches these filters."))
        else:
            self.empty_label.setText(
                self.tr("No organizations have been recorded yet. Organizations you add will be listed here.")
            )
        self._body.setCurrentWidget(self.empty_label)

    def show_record(self, kind: str, record_id: str) -> None:
        """Select an organization (e.g. a search hit), clearing filters that would hide it."""
        if kind != "organizations":
            return
        row = self.model.find(record_id)
        if row is None and self.model.is_filtered():
            for widget in (self.search_edit, self.category_combo, self.stage_combo):
                widget.blockSignals(True)
            self.search_edit.clear()
            self.category_combo.setCurrentIndex(0)
            self.stage_combo.setCurrentIndex(0)
            for widget in (self.search_edit, self.category_combo, self.stage_combo):
                widget.blockSignals(False)
            self.model.set_filter()
            row = self.model.find(record_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()).id
