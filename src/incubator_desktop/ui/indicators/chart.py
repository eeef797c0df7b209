"""The monthly trend of one indicator: what each month added (bars), the running total and the target (lines)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from incubator_desktop.core.indicators import SERIES_CODES, Comparison
from incubator_desktop.ui.indicators.load import IndicatorSnapshot


class TrendChart(QWidget):
    """A chooser of the indicator to chart and the chart itself; `chart` is rebuilt for each choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot: IndicatorSnapshot | None = None
        self.chooser = QComboBox()
        self.chooser.setMinimumContentsLength(14)
        self.chooser.currentIndexChanged.connect(lambda _index: self._draw())
        self.chart = self._new_chart()
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        heading = QHBoxLayout()
        title = QLabel(self.tr("Monthly trend"))
        title.setObjectName("sectionTitle")
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(QLabel(self.tr("Indicator:")))
        heading.addWidget(self.chooser)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.view, 1)

    def set_snapshot(self, snapshot: IndicatorSnapshot) -> None:
        keep = self.chooser.currentData()
        self.snapshot = snapshot
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for code in SERIES_CODES:
            indicator = snapshot.indicator(code)
            if indicator is not None and code in snapshot.series:
                self.chooser.addItem(indicator.label, code)
        index = self.chooser.findData(keep)
        self.chooser.setCurrentIndex(max(index, 0))
        self.chooser.blockSignals(False)
        self._draw()

    def show_code(self, code: str) -> bool:
        """Chart `code` if it has a monthly series; returns whether it has."""
        index = self.chooser.findData(code)
        if index >= 0:
            self.chooser.setCurrentIndex(index)
        return index >= 0

    def current_code(self) -> str | None:
        code = self.chooser.currentData()
        return code if isinstance(code, str) else None

    @staticmethod
    def _new_chart() -> QChart:
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        return chart

    def _draw(self) -> None:
        # A fresh chart each time: axes removed from a live chart leave their labels painted behind.
        old, self.chart = self.chart, self._new_chart()
        self.view.setChart(self.chart)
        old.deleteLater()
        code = self.current_code()
        if self.snapshot is None or code is None:
            return
        indicator = self.snapshot.indicator(code)
        points = self.snapshot.series.get(code, [])
        if indicator is None or not points:
            return
        months = [key for key, _value in points]
        added = QBarSet(self.tr("Added in the month"))
        added.setColor(QColor("#7fa7d1"))
        running = QLineSeries()
        running.setName(self.tr("Running total"))
        running.setPen(QPen(QColor("#1f5f9e"), 2.5))
        total = 0.0
        for position, (_key, value) in enumerate(points):
            added.append(float(value))
            total += float(value)
            running.append(QPointF(position, total))
        bars = QBarSeries()
        bars.append(added)
        top = max(total, 1.0)
        self.chart.addSeries(bars)
        self.chart.addSeries(running)
        target_line = None
        if indicator.target is not None and indicator.comparison is Comparison.AT_LEAST:
            target_line = QLineSeries()
            target_line.setName(self.tr("Target"))
            pen = QPen(QColor("#c0392b"), 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            target_line.setPen(pen)
            for position in (0, len(points) - 1):
                target_line.append(QPointF(position, float(indicator.target)))
            top = max(top, float(indicator.target))
            self.chart.addSeries(target_line)
        x_axis = QBarCategoryAxis()
        x_axis.append([key[2:] for key in months])  # "25-03": a year of months fits under the chart
        y_axis = QValueAxis()
        y_axis.setRange(0, top * 1.1)
        y_axis.setLabelFormat("%.0f")
        y_axis.applyNiceNumbers()
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (bars, running, target_line):
            if series is not None:
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
        titled = self.tr("{label} ({unit})").format(label=indicator.label, unit=indicator.unit)
        self.chart.setTitle(titled if indicator.unit else indicator.label)

    def series_count(self) -> int:
        return len(self.chart.series())
