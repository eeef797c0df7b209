"""The 指标 workspace page: a period, every indicator against its target, the trend and the drill-down."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.core.indicators import Status
from incubator_desktop.ui.indicators.chart import TrendChart
from incubator_desktop.ui.indicators.drilldown import DrillDownPanel
from incubator_desktop.ui.indicators.load import IndicatorSnapshot, load_default_period, load_indicators
from incubator_desktop.ui.indicators.model import PROGRESS, IndicatorTableModel, ProgressDelegate
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.failure_text import failure_text
from incubator_desktop.ui.widgets.indicator_text import status_text
from incubator_desktop.ui.widgets.period_chooser import PeriodChooser
from incubator_desktop.ui.widgets.print_dialog import open_print_dialog
from incubator_desktop.ui.widgets.print_jobs import PrintKind
from incubator_desktop.ui.widgets.tasks import TaskHandle


class IndicatorsPage(QWidget):
    """Computes off the GUI thread; `record_requested(kind, id)` asks the window to open a record."""

    record_requested = Signal(str, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.snapshot: IndicatorSnapshot | None = None
        self._running: TaskHandle | None = None
        self._stale = True
        self._period: tuple[date, date] | None = None

        title = QLabel(self.tr("Indicators"))
        title.setObjectName("pageTitle")
        self.period_chooser = PeriodChooser()
        self.period_chooser.period_chosen.connect(self.show_period)
        self.default_button = QPushButton(self.tr("Target period"))
        self.default_button.setToolTip(self.tr("The period of the target set in force (else this year to today)"))
        self.default_button.clicked.connect(self.show_default_period)
        self.print_button = QPushButton(self.tr("Print monthly report…"))
        self.print_button.clicked.connect(
            lambda: open_print_dialog(self._context, PrintKind.MONTHLY, parent=self.window())
        )
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(16)
        heading.addWidget(self.period_chooser)
        heading.addWidget(self.default_button)
        heading.addStretch(1)
        heading.addWidget(self.print_button)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("countLabel")
        self.summary_label.setWordWrap(True)

        self.model = IndicatorTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PROGRESS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(PROGRESS, 130)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.drilldown = DrillDownPanel(context)
        self.drilldown.record_requested.connect(self.record_requested)
        self.chart = TrendChart()

        top = QSplitter(Qt.Orientation.Horizontal)
        top.setChildrenCollapsible(False)
        top.addWidget(self.table)
        top.addWidget(self.drilldown)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        body = QSplitter(Qt.Orientation.Vertical)
        body.setChildrenCollapsible(False)
        body.addWidget(top)
        body.addWidget(self.chart)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([600, 300])  # the table first; the chart below keeps a readable height
        self.message = QLabel()
        self.message.setObjectName("emptyState")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self._states = QStackedWidget()
        self._states.addWidget(self.message)
        self._states.addWidget(body)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.summary_label)
        layout.addWidget(self._states, 1)
        self._say(self.tr("Loading…"))
        context.bus.data_changed.connect(self._on_data_changed)

    # --- loading ------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_data_changed(self, _scope: str) -> None:
        # Indicators are computed from nearly every kind of record: any change may move them.
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Compute again for the period shown (the target set's period the first time)."""
        self._stale = False
        if self._period is None:
            self.show_default_period()
        else:
            self.show_period(*self._period)

    def show_default_period(self) -> None:
        db = self._context.db
        self._context.tasks.run(
            lambda: load_default_period(db), on_result=lambda p: self.show_period(*p), on_error=self._failed, owner=self
        )

    def show_period(self, start: date, end: date) -> None:
        if self._running is not None:
            self._running.cancel()
        self._period = (start, end)
        self.period_chooser.set_period(start, end)
        db, lang = self._context.db, QLocale().name()
        if self.snapshot is None:
            self._say(self.tr("Computing the indicators…"))
        self.summary_label.setText(self.tr("Computing the indicators…"))
        self._running = self._context.tasks.run(
            lambda: load_indicators(db, start=start, end=end, lang=lang),
            on_result=self._show,
            on_error=self._failed,
            owner=self,
        )

    def is_loading(self) -> bool:
        return self._running is None or not self._running.done or self.drilldown.is_loading()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self._states.setCurrentWidget(self.message)

    def _failed(self, error: BaseException) -> None:
        self.summary_label.clear()
        self._say(failure_text(error))

    def _show(self, snapshot: IndicatorSnapshot) -> None:
        keep = self.current_code()
        self.snapshot = snapshot
        self.model.set_indicators(snapshot.indicators)
        self.chart.set_snapshot(snapshot)
        self._states.setCurrentIndex(1)
        statuses = Counter(indicator.status for indicator in snapshot.indicators)
        tally = "  ".join(f"{status_text(status)} {statuses[status]}" for status in Status if statuses[status])
        source = snapshot.targets_name or self.tr("default targets of the project plan")
        self.summary_label.setText(
            self.tr("{start} to {end} · targets: {targets} · {tally}").format(
                start=snapshot.start.isoformat(), end=snapshot.end.isoformat(), targets=source, tally=tally
            )
        )
        row = self.model.row_of(keep) if keep else 0
        self.table.setCurrentIndex(self.model.index(max(row, 0), 0))

    def current_code(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.indicator(index.row()).code if index.isValid() else None

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        indicator = self.model.indicator(current.row()) if current.isValid() else None
        self.drilldown.show_indicator(indicator)
        if indicator is not None:
            self.chart.show_code(indicator.code)

    def select_indicator(self, code: str) -> None:
        """Choose the row of `code`: its rule, its records and (where it has one) its trend are shown."""
        row = self.model.row_of(code)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
