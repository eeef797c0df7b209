"""Gathers what the indicators page shows, through the core; plain functions run off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from incubator_desktop.core.db import Database
from incubator_desktop.core.indicators import (
    Indicator,
    Number,
    captions_for,
    compute_indicators,
    current_targets,
    default_period,
    monthly_series,
)
from incubator_desktop.core.services.browse import record_labels
from incubator_desktop.core.services.records import model_for


@dataclass(frozen=True)
class IndicatorSnapshot:
    """Every indicator of one period, the monthly series for the chart and the name of the target set."""

    start: date
    end: date
    indicators: list[Indicator]
    series: dict[str, list[tuple[str, Number]]]
    targets_name: str | None

    def indicator(self, code: str) -> Indicator | None:
        return next((indicator for indicator in self.indicators if indicator.code == code), None)


@dataclass(frozen=True)
class DrillRecord:
    """One record behind a number: its kind and id (to open it) and its name."""

    kind: str
    id: str
    name: str


def load_default_period(db: Database, *, today: date | None = None) -> tuple[date, date]:
    with db.reading() as session:
        return default_period(session, today=today)


def load_indicators(db: Database, *, start: date, end: date, lang: str, today: date | None = None) -> IndicatorSnapshot:
    """The indicators of `start`–`end` with their captions in `lang` (labels, units and rules are data)."""
    with db.reading() as session:
        targets = current_targets(session, start=start, end=end)
        indicators = compute_indicators(session, start=start, end=end, today=today, captions=captions_for(lang))
        series = monthly_series(session, start=start, end=end)
    return IndicatorSnapshot(start, end, indicators, series, targets.name)


def load_drill_records(db: Database, indicator: Indicator) -> list[DrillRecord]:
    """The records behind `indicator`'s number, by name (deleted ones keep theirs), in name order."""
    kind = indicator.record_kind
    if kind is None or not indicator.record_ids:
        return []
    with db.reading() as session:
        names = record_labels(session, model_for(kind), indicator.record_ids)
    rows = [DrillRecord(kind, record_id, names.get(record_id, "")) for record_id in indicator.record_ids]
    return sorted(rows, key=lambda row: (row.name, row.id))
