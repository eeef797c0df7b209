"""Organizations: listing rows for screens and the CLI, lifecycle steps, and "effective incubation"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.masking import mask_phone
from incubator_desktop.core.services.records import create_record, get_record, update_record
from incubator_desktop.core.services.text_match import ESCAPE, contains_pattern
from incubator_desktop.core.validation.text import normalize_text
from incubator_desktop.core.vocab import FILED_OR_LATER, Stage

#: Filing with the township plus this many community service activities makes incubation "effective".
EFFECTIVE_MIN_ACTIVITIES = 2

#: The date column each lifecycle stage sets when an organization reaches it.
STAGE_DATE_FIELD: dict[Stage, str] = {
    Stage.ENTERED: "entered_on",
    Stage.FILED: "filed_on",
    Stage.REGISTERED: "registered_on",
    Stage.GRADUATED: "graduated_on",
    Stage.EXITED: "exited_on",
}


@dataclass(frozen=True)
class OrganizationRow:
    id: str
    name: str
    category: str
    community: str | None
    stage: str
    leader_name: str | None
    phone: str | None
    founded: date | None
    members: int | None
    filed_on: date | None
    credit_code: str | None


#: The orders a list can be sorted by; the id breaks ties so paging is stable.
SORT_COLUMNS = {
    "name": m.Organization.name,
    "category": m.Organization.category,
    "community": m.Community.name,
    "stage": m.Organization.stage,
    "leader_name": m.Organization.leader_name,
    "founded": m.Organization.founded_on,
    "members": m.Organization.members,
    "filed_on": m.Organization.filed_on,
}


def _organization_query(
    *, category: str | None, stage: str | None, community_id: str | None, text: str | None
) -> Select[m.Organization, str]:
    query = (
        select(m.Organization, m.Community.name)
        .outerjoin(m.Community, m.Community.id == m.Organization.community_id)
        .where(m.Organization.deleted.is_(False))
    )
    if category:
        query = query.where(m.Organization.category == category)
    if stage:
        query = query.where(m.Organization.stage == stage)
    if community_id:
        query = query.where(m.Organization.community_id == community_id)
    if text:
        pattern = contains_pattern(normalize_text(text))
        query = query.where(
            or_(
                m.Organization.name.like(pattern, escape=ESCAPE),
                m.Organization.leader_name.like(pattern, escape=ESCAPE),
            )
        )
    return query


def list_organizations(
    session: Session,
    *,
    category: str | None = None,
    stage: str | None = None,
    community_id: str | None = None,
    text: str | None = None,
    reveal: bool = False,
    order: str = "name",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[OrganizationRow]:
    """Organization rows, phone masked unless `reveal` (the caller records revealing in the audit log).

    `order` is a key of SORT_COLUMNS; sorting happens in the database so paging stays correct.
    """
    query = _organization_query(category=category, stage=stage, community_id=community_id, text=text)
    column = SORT_COLUMNS[order]
    sort = column.desc() if descending else column.asc()
    query = query.order_by(sort.nulls_last(), m.Organization.id).offset(offset).limit(limit)
    rows = []
    for org, community in session.execute(query):
        phone = org.leader_phone if reveal else (mask_phone(org.leader_phone) or None)
        rows.append(
            OrganizationRow(
                id=org.id,
                name=org.name,
                category=org.category,
                community=community,
                stage=org.stage,
                leader_name=org.leader_name,
                phone=phone,
                founded=org.founded_on,
                members=org.members,
                filed_on=org.filed_on,
                credit_code=org.credit_code,
            )
        )
    return rows


def count_organizations(
    session: Session,
    *,
    category: str | None = None,
    stage: str | None = None,
    community_id: str | None = None,
    text: str | None = None,
) -> int:
    """How many organizations the same filters as `list_organizations` match."""
    query = _organization_query(category=category, stage=stage, community_id=community_id, text=text)
    counted = query.with_only_columns(func.count(m.Organization.id)).order_by(None)
    return int(session.scalar(counted) or 0)


def change_stage(
    session: Session,
    organization_id: str,
    stage: Stage,
    *,
    on: date,
    note: str | None = None,
    today: date | None = None,
) -> None:
    """Move an organization to `stage` on date `on`, record the step, and set the stage's date field."""
    org = get_record(session, m.Organization, organization_id)
    changes: dict[str, object] = {"stage": stage.value}
    date_field = STAGE_DATE_FIELD.get(stage)
    if date_field and getattr(org, date_field) is None:
        changes[date_field] = on
    update_record(session, m.Organization, organization_id, changes, today=today)
    create_record(
        session,
        m.StageEvent,
        {"organization_id": organization_id, "stage": stage.value, "happened_on": on, "note": note},
        today=today,
    )


@dataclass(frozen=True)
class EffectiveStatus:
    """Whether an organization counts as effectively incubated, and what is still missing."""

    organization_id: str
    filed: bool
    activities: int

    @property
    def effective(self) -> bool:
        return self.filed and self.activities >= EFFECTIVE_MIN_ACTIVITIES

    @property
    def missing_activities(self) -> int:
        return max(0, EFFECTIVE_MIN_ACTIVITIES - self.activities)


def effective_incubation(
    session: Session, *, start: date | None = None, end: date | None = None, site_code: str | None = None
) -> list[EffectiveStatus]:
    """Each live organization's standing against the rule: filed with the township and ≥ 2 activities.

    `start`/`end` limit which activities count (the project period); filing may predate the period.
    `site_code` keeps one township's organizations (a district holds every township's).
    """
    activity_filter = [m.Activity.deleted.is_(False), m.Activity.organization_id == m.Organization.id]
    if start:
        activity_filter.append(m.Activity.held_on >= start)
    if end:
        activity_filter.append(m.Activity.held_on <= end)
    activity_count = select(func.count(m.Activity.id)).where(*activity_filter).scalar_subquery()
    query = select(m.Organization.id, m.Organization.stage, m.Organization.filed_on, activity_count).where(
        m.Organization.deleted.is_(False)
    )
    if site_code is not None:
        query = query.where(m.Organization.origin_site == site_code)
    statuses = []
    for org_id, stage, filed_on, count in session.execute(query):
        filed = stage in FILED_OR_LATER or filed_on is not None
        if filed and end and filed_on and filed_on > end:
            filed = False
        statuses.append(EffectiveStatus(organization_id=org_id, filed=filed, activities=int(count)))
    return statuses
