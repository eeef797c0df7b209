"""Month-by-month values of the indicators that accumulate over a period, for the trend chart.

Each month holds what that month added, so the months of a period add up to the period's value: a person
served counts in the month first served, an organization becomes effective in the month of its second
activity (or of its filing, if later), a contest entrant counts in the month of its first contest.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, extract, func, select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.indicators import counts
from incubator_desktop.core.indicators.compute import check_period
from incubator_desktop.core.indicators.counts import Scope
from incubator_desktop.core.indicators.model import Number
from incubator_desktop.core.services.sites import require_site
from incubator_desktop.core.vocab import ServiceFileKind

#: The indicators the trend chart can show, in display order.
SERIES_CODES: tuple[str, ...] = (
    "new_orgs_effective",
    "professional_activities",
    "beneficiaries",
    "contests",
    "contest_orgs",
    "trainings",
    "training_attendance",
    "marriage_files",
    "counselling_files",
    "resources_yuan",
    "case_studies",
    "volunteer_hours",
)

MonthlyValues = dict[str, Number]


def month_keys(start: date, end: date) -> list[str]:
    """ "YYYY-MM" of every calendar month from `start`'s to `end`'s, inclusive."""
    keys = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


def monthly_series(
    session: Session, *, start: date, end: date, site_code: str | None = None
) -> dict[str, list[tuple[str, Number]]]:
    """For each code in SERIES_CODES, one ("YYYY-MM", value) per month of the period, oldest first."""
    check_period(start, end)
    scope = Scope(site_code or require_site(session).code, start, end)
    per_code = _per_code(session, scope)
    months = month_keys(start, end)
    zero = {code: Decimal("0.00") if code == "resources_yuan" else 0 for code in SERIES_CODES}
    zero["volunteer_hours"] = Decimal("0.0")
    return {code: [(key, per_code[code].get(key, zero[code])) for key in months] for code in SERIES_CODES}


def _per_code(session: Session, scope: Scope) -> dict[str, MonthlyValues]:
    activity, training, contest = m.Activity, m.Training, m.VentureContest
    professional = counts.professional_filter(scope)
    files = {kind: _file_months(session, scope, kind) for kind in ServiceFileKind}
    resources = _by_month(
        session, m.ResourceLink.received_on, func.sum(m.ResourceLink.value_fen), counts.resource_filter(scope)
    )
    hours = _by_month(
        session,
        activity.held_on,
        func.sum(activity.volunteer_hours),
        (
            activity.deleted.is_(False),
            activity.origin_site == scope.site_code,
            activity.held_on.between(scope.start, scope.end),
        ),
    )
    case_studies = _by_month(
        session,
        m.CaseStudy.written_on,
        func.count(m.CaseStudy.id),
        (
            m.CaseStudy.deleted.is_(False),
            m.CaseStudy.origin_site == scope.site_code,
            m.CaseStudy.written_on.between(scope.start, scope.end),
        ),
    )
    return {
        "new_orgs_effective": _effective_months(session, scope),
        "professional_activities": _by_month(session, activity.held_on, func.count(activity.id), professional),
        "beneficiaries": _beneficiary_months(session, scope),
        "contests": _by_month(session, contest.held_on, func.count(contest.id), counts.contest_filter(scope)),
        "contest_orgs": _contest_org_months(session, scope),
        "trainings": _by_month(session, training.held_on, func.count(training.id), counts.training_filter(scope)),
        "training_attendance": _by_month(
            session,
            training.held_on,
            func.count(m.Attendance.id),
            (*counts.training_filter(scope), m.Attendance.deleted.is_(False)),
            join=(m.Attendance, m.Attendance.training_id == training.id),
        ),
        "marriage_files": files[ServiceFileKind.MARRIAGE_CUSTOM],
        "counselling_files": files[ServiceFileKind.FAMILY_COUNSELLING],
        "resources_yuan": {key: counts.fen_to_yuan(int(fen)) for key, fen in resources.items()},
        "case_studies": case_studies,
        "volunteer_hours": {key: Decimal(value).quantize(Decimal("0.1")) for key, value in hours.items()},
    }


def _by_month(
    session: Session,
    day: Any,
    aggregate: Any,
    where: Iterable[ColumnElement[bool]],
    *,
    join: tuple[Any, Any] | None = None,
) -> MonthlyValues:
    """One GROUP BY year, month over `day`; returns {"YYYY-MM": aggregate}."""
    year, month = extract("year", day), extract("month", day)
    query = select(year, month, aggregate)
    if join is not None:
        query = query.join(*join)
    rows = session.execute(query.where(*where).group_by(year, month))
    return {
        f"{int(y):04d}-{int(mo):02d}": value if isinstance(value, Decimal) else int(value or 0) for y, mo, value in rows
    }


def _file_months(session: Session, scope: Scope, kind: ServiceFileKind) -> MonthlyValues:
    sf = m.ServiceFile
    return _by_month(
        session,
        sf.opened_on,
        func.count(sf.id),
        (
            sf.deleted.is_(False),
            sf.origin_site == scope.site_code,
            sf.kind == kind.value,
            sf.opened_on.between(scope.start, scope.end),
        ),
    )


def _beneficiary_months(session: Session, scope: Scope) -> MonthlyValues:
    professional = counts.professional_filter(scope)
    first_seen = (
        select(m.ActivityBeneficiary.person_id, func.min(m.Activity.held_on).label("first_on"))
        .join(m.Activity, m.Activity.id == m.ActivityBeneficiary.activity_id)
        .join(m.Person, m.Person.id == m.ActivityBeneficiary.person_id)
        .where(*professional, m.ActivityBeneficiary.deleted.is_(False), m.Person.deleted.is_(False))
        .group_by(m.ActivityBeneficiary.person_id)
        .subquery()
    )
    people = _by_month(session, first_seen.c.first_on, func.count(first_seen.c.person_id), ())
    unlisted = _by_month(
        session,
        m.Activity.held_on,
        func.sum(m.Activity.beneficiaries),
        (*professional, ~counts.live_beneficiary_of(m.Activity.id)),
    )
    return {key: int(people.get(key, 0)) + int(unlisted.get(key, 0)) for key in people.keys() | unlisted.keys()}


def _contest_org_months(session: Session, scope: Scope) -> MonthlyValues:
    first_contest = (
        select(m.ContestEntry.organization_id, func.min(m.VentureContest.held_on).label("first_on"))
        .join(m.VentureContest, m.VentureContest.id == m.ContestEntry.contest_id)
        .join(m.Organization, m.Organization.id == m.ContestEntry.organization_id)
        .where(*counts.contest_filter(scope), m.ContestEntry.deleted.is_(False), m.Organization.deleted.is_(False))
        .group_by(m.ContestEntry.organization_id)
        .subquery()
    )
    return _by_month(session, first_contest.c.first_on, func.count(first_contest.c.organization_id), ())


def _effective_months(session: Session, scope: Scope) -> MonthlyValues:
    effective, _misses = counts.effective_organizations(session, scope)
    ranked = (
        select(
            m.Activity.organization_id,
            m.Activity.held_on,
            func.row_number()
            .over(partition_by=m.Activity.organization_id, order_by=(m.Activity.held_on, m.Activity.id))
            .label("n"),
        )
        .where(
            m.Activity.deleted.is_(False),
            m.Activity.organization_id.in_(effective.ids),
            m.Activity.held_on.between(scope.start, scope.end),
        )
        .subquery()
    )
    rows = session.execute(
        select(ranked.c.organization_id, ranked.c.held_on, m.Organization.filed_on)
        .join(m.Organization, m.Organization.id == ranked.c.organization_id)
        .where(ranked.c.n == 2)
    )
    months: MonthlyValues = {}
    for _org_id, second_on, filed_on in rows:  # one row per effective organization, not per activity
        became = max(second_on, filed_on) if filed_on else second_on
        key = f"{became.year:04d}-{became.month:02d}"
        months[key] = int(months.get(key, 0)) + 1
    return months
