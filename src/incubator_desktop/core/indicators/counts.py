"""The SQL behind each indicator: one aggregate (and the ids behind it) per question, filtered to site and period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, distinct, exists, func, select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.indicators.model import NearMiss, NearMissReason
from incubator_desktop.core.services.organizations import effective_incubation
from incubator_desktop.core.vocab import ActivityKind, ServiceFileKind, Stage

#: The base's own activities that count as professional services (003: 个案、小组、社区活动).
PROFESSIONAL_KINDS = (ActivityKind.CASEWORK.value, ActivityKind.GROUP.value, ActivityKind.COMMUNITY.value)

#: Stages of an organization the base has taken in (entered or further, and not exited): "incubated".
INCUBATED_STAGES = (
    Stage.ENTERED.value,
    Stage.INCUBATING.value,
    Stage.FILED.value,
    Stage.REGISTERED.value,
    Stage.GRADUATED.value,
)


@dataclass(frozen=True)
class Scope:
    """Whose records and which days an indicator looks at.

    `file_counts`: service files never travel, so another site's (a township seen from the district) are
    counted from the monthly counts its bundles carry instead of from file records.
    """

    site_code: str
    start: date
    end: date
    file_counts: bool = False


@dataclass(frozen=True)
class Tally:
    """A number and the ids of the records behind it."""

    value: int | Decimal
    ids: tuple[str, ...] = ()


def _ids(session: Session, query: Any) -> tuple[str, ...]:
    return tuple(session.scalars(query))


def professional_filter(scope: Scope) -> tuple[ColumnElement[bool], ...]:
    return (
        m.Activity.deleted.is_(False),
        m.Activity.origin_site == scope.site_code,
        m.Activity.organization_id.is_(None),
        m.Activity.kind.in_(PROFESSIONAL_KINDS),
        m.Activity.held_on.between(scope.start, scope.end),
    )


def live_beneficiary_of(activity_id: Any) -> ColumnElement[bool]:
    """Condition: a live beneficiary row of a live person points at `activity_id`."""
    return exists().where(
        m.ActivityBeneficiary.activity_id == activity_id,
        m.ActivityBeneficiary.deleted.is_(False),
        m.ActivityBeneficiary.person_id == m.Person.id,
        m.Person.deleted.is_(False),
    )


def effective_organizations(session: Session, scope: Scope) -> tuple[Tally, tuple[NearMiss, ...]]:
    """Organizations effectively incubated (the service's rule) and those one step short, by name.

    Near misses leave out organizations that have exited: there is no next step for them to take.
    """
    orgs = {
        org_id: (name, stage)
        for org_id, name, stage in session.execute(
            select(m.Organization.id, m.Organization.name, m.Organization.stage).where(
                m.Organization.deleted.is_(False), m.Organization.origin_site == scope.site_code
            )
        )
    }
    found = effective_incubation(session, start=scope.start, end=scope.end, site_code=scope.site_code)
    statuses = [s for s in found if s.organization_id in orgs]
    effective = sorted((s.organization_id for s in statuses if s.effective), key=lambda org_id: orgs[org_id][0])
    misses = []
    for status in statuses:
        name, stage = orgs[status.organization_id]
        if stage == Stage.EXITED.value:
            continue
        if status.filed and status.activities == 1:
            reason = NearMissReason.ONE_ACTIVITY_SHORT
        elif not status.filed and status.activities >= 2:
            reason = NearMissReason.NOT_FILED
        else:
            continue
        misses.append(NearMiss(status.organization_id, name, reason, status.activities))
    misses.sort(key=lambda miss: (miss.reason, miss.name))
    return Tally(len(effective), tuple(effective)), tuple(misses)


def professional_activities(session: Session, scope: Scope) -> Tally:
    ids = _ids(session, select(m.Activity.id).where(*professional_filter(scope)).order_by(m.Activity.held_on))
    return Tally(len(ids), ids)


def beneficiaries(session: Session, scope: Scope) -> int:
    """People where the activity lists them (each person once), else the activity's 人次."""
    people = session.scalar(
        select(func.count(distinct(m.ActivityBeneficiary.person_id)))
        .join(m.Activity, m.Activity.id == m.ActivityBeneficiary.activity_id)
        .join(m.Person, m.Person.id == m.ActivityBeneficiary.person_id)
        .where(*professional_filter(scope), m.ActivityBeneficiary.deleted.is_(False), m.Person.deleted.is_(False))
    )
    attendances = session.scalar(
        select(func.coalesce(func.sum(m.Activity.beneficiaries), 0)).where(
            *professional_filter(scope), ~live_beneficiary_of(m.Activity.id)
        )
    )
    return int(people or 0) + int(attendances or 0)


def contest_filter(scope: Scope) -> tuple[ColumnElement[bool], ...]:
    return (
        m.VentureContest.deleted.is_(False),
        m.VentureContest.origin_site == scope.site_code,
        m.VentureContest.held_on.between(scope.start, scope.end),
    )


def contests(session: Session, scope: Scope) -> Tally:
    query = select(m.VentureContest.id).where(*contest_filter(scope)).order_by(m.VentureContest.held_on)
    ids = _ids(session, query)
    return Tally(len(ids), ids)


def contest_organizations(session: Session, scope: Scope) -> Tally:
    query = (
        select(m.Organization.id)
        .join(m.ContestEntry, m.ContestEntry.organization_id == m.Organization.id)
        .join(m.VentureContest, m.VentureContest.id == m.ContestEntry.contest_id)
        .where(*contest_filter(scope), m.ContestEntry.deleted.is_(False), m.Organization.deleted.is_(False))
        .group_by(m.Organization.id, m.Organization.name)
        .order_by(m.Organization.name)
    )
    ids = _ids(session, query)
    return Tally(len(ids), ids)


def training_filter(scope: Scope) -> tuple[ColumnElement[bool], ...]:
    return (
        m.Training.deleted.is_(False),
        m.Training.origin_site == scope.site_code,
        m.Training.held_on.between(scope.start, scope.end),
    )


def trainings(session: Session, scope: Scope) -> Tally:
    ids = _ids(session, select(m.Training.id).where(*training_filter(scope)).order_by(m.Training.held_on))
    return Tally(len(ids), ids)


def training_attendance(session: Session, scope: Scope) -> int:
    count = session.scalar(
        select(func.count(m.Attendance.id))
        .join(m.Training, m.Training.id == m.Attendance.training_id)
        .where(*training_filter(scope), m.Attendance.deleted.is_(False))
    )
    return int(count or 0)


def service_files(session: Session, scope: Scope) -> dict[str, int]:
    """Files opened in the period per kind: counts only, the files themselves stay private."""
    if scope.file_counts:
        # By month: a period's months as the township reported them (a partial month counts whole).
        rows = session.execute(
            select(m.ServiceFileCount.kind, func.sum(m.ServiceFileCount.count))
            .where(
                m.ServiceFileCount.site_code == scope.site_code,
                m.ServiceFileCount.month >= f"{scope.start.year:04d}-{scope.start.month:02d}",
                m.ServiceFileCount.month <= f"{scope.end.year:04d}-{scope.end.month:02d}",
            )
            .group_by(m.ServiceFileCount.kind)
        )
    else:
        rows = session.execute(
            select(m.ServiceFile.kind, func.count(m.ServiceFile.id))
            .where(
                m.ServiceFile.deleted.is_(False),
                m.ServiceFile.origin_site == scope.site_code,
                m.ServiceFile.opened_on.between(scope.start, scope.end),
            )
            .group_by(m.ServiceFile.kind)
        )
    counts = {kind.value: 0 for kind in ServiceFileKind}
    counts.update({kind: int(count or 0) for kind, count in rows})
    return counts


def resource_filter(scope: Scope) -> tuple[ColumnElement[bool], ...]:
    return (
        m.ResourceLink.deleted.is_(False),
        m.ResourceLink.origin_site == scope.site_code,
        m.ResourceLink.received_on.between(scope.start, scope.end),
    )


def resources_yuan(session: Session, scope: Scope) -> Tally:
    ids = _ids(session, select(m.ResourceLink.id).where(*resource_filter(scope)).order_by(m.ResourceLink.received_on))
    total_fen = session.scalar(
        select(func.coalesce(func.sum(m.ResourceLink.value_fen), 0)).where(*resource_filter(scope))
    )
    return Tally(fen_to_yuan(int(total_fen or 0)), ids)


def case_studies(session: Session, scope: Scope) -> Tally:
    query = (
        select(m.CaseStudy.id)
        .where(
            m.CaseStudy.deleted.is_(False),
            m.CaseStudy.origin_site == scope.site_code,
            m.CaseStudy.written_on.between(scope.start, scope.end),
        )
        .order_by(m.CaseStudy.written_on)
    )
    ids = _ids(session, query)
    return Tally(len(ids), ids)


def volunteer_hours(session: Session, scope: Scope) -> Decimal:
    total = session.scalar(
        select(func.coalesce(func.sum(m.Activity.volunteer_hours), 0)).where(
            m.Activity.deleted.is_(False),
            m.Activity.origin_site == scope.site_code,
            m.Activity.held_on.between(scope.start, scope.end),
        )
    )
    return Decimal(total or 0).quantize(Decimal("0.1"))


def community_coverage(session: Session, scope: Scope) -> tuple[Tally, int]:
    """Communities with an incubated organization (entered by the period's end, not exited), and all of them."""
    live_community = (m.Community.deleted.is_(False), m.Community.origin_site == scope.site_code)
    total = int(session.scalar(select(func.count(m.Community.id)).where(*live_community)) or 0)
    covered = _ids(
        session,
        select(m.Community.id)
        .join(m.Organization, m.Organization.community_id == m.Community.id)
        .where(
            *live_community,
            m.Organization.deleted.is_(False),
            m.Organization.stage.in_(INCUBATED_STAGES),
            (m.Organization.entered_on.is_(None)) | (m.Organization.entered_on <= scope.end),
        )
        .group_by(m.Community.id, m.Community.name)
        .order_by(m.Community.name),
    )
    if not total:
        return Tally(Decimal(0), covered), total
    share = (Decimal(100) * len(covered) / total).quantize(Decimal("0.1"))
    return Tally(share, covered), total


def fen_to_yuan(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))
