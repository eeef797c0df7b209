"""Bar charts of one indicator across townships, drawn in the embedded CJK font, with the target as a line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from incubator_desktop.core.indicators.model import Status
from incubator_desktop.core.reports.fonts import register_cjk_font

STATUS_COLORS = {
    Status.GREEN: colors.Color(0.30, 0.62, 0.36),
    Status.AMBER: colors.Color(0.93, 0.65, 0.18),
    Status.RED: colors.Color(0.80, 0.25, 0.22),
    Status.INFO: colors.Color(0.55, 0.55, 0.55),
}
#: Common endings of a base's name that add nothing under a chart's bars.
NAME_ENDINGS = ("社区社会组织孵化培育基地", "社会组织孵化培育基地", "孵化培育基地", "孵化基地", "基地")
#: Beyond this many townships the names under the bars are turned to fit.
UPRIGHT_LABELS = 7
MAX_BAR = 36.0


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    status: Status


def short_name(name: str) -> str:
    """A township's name without the "…孵化基地" ending, for labels under bars."""
    for ending in NAME_ENDINGS:
        if name.endswith(ending) and len(name) > len(ending):
            return name[: -len(ending)]
    return name


def number_label(value: float) -> str:
    """A number as the charts show it: thousands separated, a decimal only where it says something."""
    return f"{value:,.0f}" if value == int(value) or abs(value) >= 1000 else f"{value:,.1f}"


def bar_chart(title: str, bars: Sequence[Bar], *, target: float | None, target_caption: str, width: float) -> Drawing:
    """A drawing `width` wide: `title` above, one bar per township coloured by its status, the target dashed."""
    font = register_cjk_font()
    turned = len(bars) > UPRIGHT_LABELS
    label_room = 62 if turned else 22
    plot_height = 120
    height = plot_height + label_room + 34
    drawing = Drawing(width, height)
    # The renderer starts every drawing in its initial font; left alone that is Helvetica, an unembedded font.
    drawing.initialFontName = font  # type: ignore[attr-defined]
    chart = VerticalBarChart()
    chart.x, chart.y = 40, label_room
    chart.width, chart.height = int(width) - 100, plot_height
    values = [bar.value for bar in bars] or [0.0]
    top = max([*values, target or 0.0, 1.0]) * 1.18
    chart.data = [values]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = number_label
    chart.categoryAxis.categoryNames = [short_name(bar.label) for bar in bars] or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    if turned:
        chart.categoryAxis.labels.angle = 40
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dx, chart.categoryAxis.labels.dy = 4, -2
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    chart.barLabelFormat = number_label
    chart.bars.strokeColor = None
    # Few townships would make slabs of bars: keep each bar at most MAX_BAR wide, centred in its category.
    category = chart.width / max(len(bars), 1)
    bar_width = min(0.7 * category, MAX_BAR)
    chart.barWidth, chart.groupSpacing = 100, round(100 * (category / bar_width - 1))  # only their ratio counts
    for index, bar in enumerate(bars):
        chart.bars[(0, index)].fillColor = STATUS_COLORS[bar.status]
    drawing.add(chart)
    drawing.add(String(0, height - 14, title, fontName=font, fontSize=11))
    if target is not None:
        y = chart.y + chart.height * target / top
        drawing.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=colors.black, strokeDashArray=[3, 2]))
        drawing.add(String(chart.x + chart.width + 4, y - 3, target_caption, fontName=font, fontSize=8))
    return drawing
