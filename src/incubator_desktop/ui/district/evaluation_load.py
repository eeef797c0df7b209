"""What the evaluation form reads and writes, as plain functions for worker threads (no widgets here)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from incubator_desktop.core.db import Database
from incubator_desktop.core.district.criteria import Criterion, list_criteria
from incubator_desktop.core.district.evaluation import Evaluation, evaluate_township, get_evaluation, suggest_points
from incubator_desktop.core.district.overview import township_indicators
from incubator_desktop.core.district.roles import year_bounds
from incubator_desktop.core.district.townships import TownshipRef, known_townships, require_township_code
from incubator_desktop.core.indicators import Indicator, captions_for


@dataclass(frozen=True)
class CriterionSheet:
    """One line of the form: the criterion, the figures the system computed for it, and the points they suggest."""

    criterion: Criterion
    indicators: tuple[Indicator, ...]
    suggested: Decimal | None


@dataclass(frozen=True)
class EvaluationSheet:
    """A township's form for one year: every criterion, and the evaluation saved earlier (None: not yet)."""

    site_code: str
    name: str
    year: int
    lines: tuple[CriterionSheet, ...]
    saved: Evaluation | None

    def saved_points(self, code: str) -> Decimal | None:
        return self.saved.points(code) if self.saved else None


def load_townships(db: Database) -> list[TownshipRef]:
    """The townships this district can evaluate, by code."""
    with db.reading() as session:
        return known_townships(session)


def load_evaluation_sheet(
    db: Database, site_code: str, year: int, *, lang: str, today: date | None = None
) -> EvaluationSheet:
    """The form of `site_code` for `year`: criteria, the township's figures (captioned in `lang`), suggestions,
    the saved evaluation."""
    start, end = year_bounds(year)
    captions = captions_for(lang)
    with db.reading() as session:
        township = require_township_code(session, site_code)
        indicators = {
            i.code: i
            for i in township_indicators(session, site_code, start=start, end=end, today=today, captions=captions)
        }
        lines = tuple(
            CriterionSheet(
                criterion,
                tuple(indicators[code] for code in criterion.indicators if code in indicators),
                suggest_points(criterion, indicators),
            )
            for criterion in list_criteria(session)
        )
        saved = get_evaluation(session, site_code, year)
    return EvaluationSheet(township.code, township.name, year, lines, saved)


def save_evaluation(
    db: Database,
    site_code: str,
    year: int,
    scores: Mapping[str, object],
    comments: str | None,
    *,
    evaluator: str | None,
    today: date | None = None,
) -> Evaluation:
    """Store the district's evaluation (replacing an earlier one of the same year) in one transaction."""
    with db.transaction() as session:
        return evaluate_township(session, site_code, year, scores, comments, evaluator=evaluator, today=today)
