"""The annual evaluation of a township base: points per criterion (suggested from the indicators), total, grade."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.district.criteria import Criterion, ensure_criteria, list_criteria
from incubator_desktop.core.district.overview import township_indicators
from incubator_desktop.core.district.roles import require_district, year_bounds
from incubator_desktop.core.district.townships import require_township_code
from incubator_desktop.core.errors import FieldError, ValidationFailed
from incubator_desktop.core.indicators.model import Comparison, Indicator, json_number
from incubator_desktop.core.services.audit import record_audit
from incubator_desktop.core.services.records import create_record, update_record

TENTH = Decimal("0.1")

#: Grades by total points, highest first: (lowest total, grade).
GRADES: tuple[tuple[Decimal, str], ...] = (
    (Decimal(90), "优秀"),
    (Decimal(80), "良好"),
    (Decimal(60), "合格"),
    (Decimal(0), "不合格"),
)


@dataclass(frozen=True)
class ScoreLine:
    code: str
    label: str
    weight: int
    points: Decimal


@dataclass(frozen=True)
class Evaluation:
    id: str
    site_code: str
    year: int
    lines: tuple[ScoreLine, ...]
    total: Decimal
    grade: str
    comments: str | None
    evaluated_on: date
    evaluator: str | None

    def points(self, code: str) -> Decimal | None:
        return next((line.points for line in self.lines if line.code == code), None)


def grade_for(total: Decimal) -> str:
    return next(grade for lowest, grade in GRADES if total >= lowest)


def _share(indicator: Indicator) -> Decimal | None:
    """How far an indicator got toward its target, 0–1; None where there is no target to judge by."""
    if indicator.target is None:
        return None
    if indicator.met:
        return Decimal(1)
    if indicator.comparison is Comparison.AT_MOST or not indicator.target:
        return Decimal(0)
    return min(Decimal(1), Decimal(indicator.value) / Decimal(indicator.target))


def suggest_points(criterion: Criterion, indicators: Mapping[str, Indicator]) -> Decimal | None:
    """Points in proportion to how far the criterion's indicators reached their targets (mean share × weight)."""
    shares = [_share(indicators[code]) for code in criterion.indicators if code in indicators]
    known = [share for share in shares if share is not None]
    if not known:
        return None
    mean = sum(known, Decimal(0)) / len(known)
    return (mean * criterion.weight).quantize(TENTH, rounding=ROUND_HALF_UP)


def suggested_scores(session: Session, site_code: str, year: int, *, today: date | None = None) -> dict[str, Decimal]:
    """Suggested points per criterion for `year` from the township's indicators; by-hand criteria are left out."""
    start, end = year_bounds(year)
    indicators = {i.code: i for i in township_indicators(session, site_code, start=start, end=end, today=today)}
    suggestions = {c.code: suggest_points(c, indicators) for c in list_criteria(session)}
    return {code: points for code, points in suggestions.items() if points is not None}


def _points(criterion: Criterion, raw: object) -> Decimal:
    try:
        points = Decimal(str(raw).strip()).quantize(TENTH, rounding=ROUND_HALF_UP)
    except (InvalidOperation, ValueError):
        raise ValidationFailed([FieldError(criterion.code, "not_a_number", {"value": raw})]) from None
    if not 0 <= points <= criterion.weight:
        raise ValidationFailed([FieldError(criterion.code, "out_of_range", {"low": 0, "high": criterion.weight})])
    return points


def _as_evaluation(row: m.AnnualEvaluation) -> Evaluation:
    lines = tuple(
        ScoreLine(str(item["code"]), str(item["label"]), int(item["weight"]), Decimal(str(item["points"])))
        for item in row.scores
    )
    total = Decimal(row.total)
    return Evaluation(
        row.id, row.site_code, row.year, lines, total, row.grade, row.comments, row.evaluated_on, row.evaluator
    )


def _stored(session: Session, site_code: str, year: int) -> m.AnnualEvaluation | None:
    query = select(m.AnnualEvaluation).where(
        m.AnnualEvaluation.site_code == site_code,
        m.AnnualEvaluation.year == year,
        m.AnnualEvaluation.deleted.is_(False),
    )
    return session.scalars(query.order_by(m.AnnualEvaluation.hlc.desc()).limit(1)).first()


def evaluate_township(
    session: Session,
    site_code: str,
    year: int,
    scores: Mapping[str, object],
    comments: str | None = None,
    *,
    evaluator: str | None = None,
    fill_suggested: bool = False,
    today: date | None = None,
) -> Evaluation:
    """Score township `site_code` for `year` (district only) and store it, replacing an earlier evaluation.

    `scores` gives points per criterion code (0 to the criterion's weight, one decimal). A criterion left out is
    `required`, unless `fill_suggested` takes its suggestion from the indicators (by-hand criteria have none).
    """
    require_district(session)
    require_township_code(session, site_code)
    year_bounds(year)
    criteria = ensure_criteria(session)
    known = {criterion.code for criterion in criteria}
    unknown = [FieldError(code, "unknown_criterion", {"value": code}) for code in scores if code not in known]
    if unknown:
        raise ValidationFailed(unknown)
    suggested = suggested_scores(session, site_code, year, today=today) if fill_suggested else {}
    missing = [FieldError(c.code, "required") for c in criteria if c.code not in scores and c.code not in suggested]
    if missing:
        raise ValidationFailed(missing)
    lines = []
    for criterion in criteria:
        raw = scores[criterion.code] if criterion.code in scores else suggested[criterion.code]
        lines.append(ScoreLine(criterion.code, criterion.label, criterion.weight, _points(criterion, raw)))
    total = sum((line.points for line in lines), Decimal(0))
    values = {
        "site_code": site_code,
        "year": year,
        "scores": [
            {"code": line.code, "label": line.label, "weight": line.weight, "points": json_number(line.points)}
            for line in lines
        ],
        "total": total,
        "grade": grade_for(total),
        "comments": comments,
        "evaluated_on": today or date.today(),
        "evaluator": evaluator,
    }
    existing = _stored(session, site_code, year)
    if existing is None:
        row = create_record(session, m.AnnualEvaluation, values)
    else:
        row = update_record(session, m.AnnualEvaluation, existing.id, values)
    record_audit(
        session, "evaluation_saved", summary=f"evaluate {site_code} {year}", site=site_code, year=year, total=str(total)
    )
    return _as_evaluation(row)


def get_evaluation(session: Session, site_code: str, year: int) -> Evaluation | None:
    row = _stored(session, site_code, year)
    return _as_evaluation(row) if row else None


def evaluations_of_year(session: Session, year: int) -> dict[str, Evaluation]:
    """Every township's evaluation of `year`, by division code."""
    query = select(m.AnnualEvaluation).where(m.AnnualEvaluation.year == year, m.AnnualEvaluation.deleted.is_(False))
    result: dict[str, Evaluation] = {}
    for row in session.scalars(query.order_by(m.AnnualEvaluation.hlc)):
        result[row.site_code] = _as_evaluation(row)  # ordered by stamp: the newest one stands
    return result
