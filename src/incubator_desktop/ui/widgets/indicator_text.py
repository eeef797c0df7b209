"""Indicator values, targets and statuses as text, shared by the indicators and district workspaces."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from incubator_desktop.core.indicators import Comparison, Indicator, Number, Status


def status_text(status: Status) -> str:
    """The status in words, with a mark that survives black-and-white printing and colour blindness."""
    translate = QCoreApplication.translate
    return {
        Status.GREEN: translate("IndicatorTable", "✓ Met"),
        Status.AMBER: translate("IndicatorTable", "△ Close / in progress"),
        Status.RED: translate("IndicatorTable", "× Not met"),
        Status.INFO: translate("IndicatorTable", "○ For information"),
    }[status]


def format_number(value: Number, unit: str = "") -> str:
    """A count as a whole number; money with two decimals; other decimals with one, all with grouping."""
    locale = QLocale()
    if isinstance(value, int):
        text = locale.toString(value)
    else:
        places = 2 if unit in ("元", "yuan") else 1
        text = locale.toString(float(value), "f", places)
    return f"{text} {unit}".strip() if unit and unit != "%" else f"{text}{unit}"


def target_text(indicator: Indicator) -> str:
    if indicator.target is None:
        return "—"
    sign = "≥" if indicator.comparison is Comparison.AT_LEAST else "≤"
    return f"{sign} {format_number(indicator.target, indicator.unit)}"
