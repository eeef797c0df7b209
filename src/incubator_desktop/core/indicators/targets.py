"""Target sets: the defaults from the 2024 project plan (003), the site's set for a period, and the default period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.services.records import create_record, get_record, update_record
from incubator_desktop.core.services.sites import require_site

#: The per-project targets of 003 that a target set carries; codes are shared with the district's sets.
DEFAULT_TARGETS: dict[str, int] = {
    "new_orgs_effective": 10,
    "professional_activities": 10,
    "beneficiaries": 200,
    "contests": 1,
    "contest_orgs": 10,
    "trainings": 1,
    "training_attendance": 30,
    "marriage_files": 20,
    "counselling_files": 5,
    "resources_yuan": 5000,
    "case_studies": 3,
}

#: Targets that come from rules rather than a target set (a set may still override them).
RULE_TARGETS: dict[str, int] = {
    "staff": 2,  # 003: no fewer than 2 full-time staff per project
    "certified_staff": 1,  # 003: at least 1 certified social worker with ≥ 2 years of practice
    "community_coverage": 50,  # district goal: ≥ 50 % of communities have an incubated organization
}


def default_targets() -> dict[str, Decimal]:
    """The default target of every code a target set carries (003), as Decimals."""
    return {code: Decimal(value) for code, value in DEFAULT_TARGETS.items()}


@dataclass(frozen=True)
class Targets:
    """The targets in force for a period: the site's target set over the defaults, and where they came from."""

    values: dict[str, Decimal]
    target_set_id: str | None
    name: str | None
    period_start: date | None
    period_end: date | None


def _overlapping_set(session: Session, site_code: str, start: date, end: date) -> m.TargetSet | None:
    query = (
        select(m.TargetSet)
        .where(
            m.TargetSet.deleted.is_(False),
            m.TargetSet.site_code == site_code,
            m.TargetSet.period_start <= end,
            m.TargetSet.period_end >= start,
        )
        .order_by(m.TargetSet.hlc.desc())  # the most recently written set wins
        .limit(1)
    )
    return session.scalars(query).first()


def current_targets(session: Session, *, start: date, end: date, site_code: str | None = None) -> Targets:
    """The targets for `start`–`end`: the site's set overlapping the period (newest stamp wins) over the
    defaults; codes the set does not carry keep their default."""
    code = site_code or require_site(session).code
    values = default_targets() | {key: Decimal(value) for key, value in RULE_TARGETS.items()}
    target_set = _overlapping_set(session, code, start, end)
    if target_set is None:
        return Targets(values, None, None, None, None)
    rows = session.execute(
        select(m.TargetValue.indicator, m.TargetValue.value).where(
            m.TargetValue.target_set_id == target_set.id, m.TargetValue.deleted.is_(False)
        )
    )
    values.update({indicator: Decimal(value) for indicator, value in rows})
    return Targets(values, target_set.id, target_set.name, target_set.period_start, target_set.period_end)


def ensure_default_target_set(session: Session, *, start: date, end: date) -> str:
    """The id of the site's target set for the period, creating one with the 003 defaults if there is none."""
    site = require_site(session)
    existing = _overlapping_set(session, site.code, start, end)
    if existing is not None:
        return existing.id
    target_set = create_record(
        session,
        m.TargetSet,
        {
            "site_code": site.code,
            "name": f"默认绩效目标（{start.isoformat()}至{end.isoformat()}）",
            "period_start": start,
            "period_end": end,
        },
    )
    for indicator, value in default_targets().items():
        create_record(session, m.TargetValue, {"target_set_id": target_set.id, "indicator": indicator, "value": value})
    return target_set.id


def default_period(session: Session, *, today: date | None = None) -> tuple[date, date]:
    """The period indicators show by default: the target set's period if one covers today, else the
    calendar year up to today."""
    today = today or date.today()
    site = require_site(session)
    covering = _overlapping_set(session, site.code, today, today)
    if covering is not None:
        return covering.period_start, covering.period_end
    return date(today.year, 1, 1), today


def set_target(session: Session, *, start: date, end: date, indicator: str, value: Decimal) -> str:
    """Set one indicator's target in the site's target set for the period (made from the defaults if there is
    none). A set issued by the district belongs to the district, so editing it here is refused (not_owner)."""
    if indicator not in default_targets():
        raise InputRejected("unknown_indicator", indicator=indicator, allowed=sorted(default_targets()))
    set_id = ensure_default_target_set(session, start=start, end=end)
    owner = get_record(session, m.TargetSet, set_id).origin_site
    if owner != require_site(session).code:
        raise InputRejected("not_owner", owner=owner)
    query = select(m.TargetValue).where(
        m.TargetValue.target_set_id == set_id, m.TargetValue.indicator == indicator, m.TargetValue.deleted.is_(False)
    )
    existing = session.scalars(query).first()
    if existing is None:
        create_record(session, m.TargetValue, {"target_set_id": set_id, "indicator": indicator, "value": value})
    else:
        update_record(session, m.TargetValue, existing.id, {"value": value})
    return set_id
