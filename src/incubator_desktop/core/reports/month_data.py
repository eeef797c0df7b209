"""What one month's report lists: the month's activities, trainings, resources, cases and progress report."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.reports.formats import short_date, yuan_from_fen
from incubator_desktop.core.reports.notice_rows import GENERIC_RECIPIENT, public_donor

_MONTH = re.compile(r"(\d{4})-(\d{1,2})", re.ASCII)
BASE = "孵化基地"  # shown as the organizer of the base's own activities


def parse_month(text: str) -> tuple[date, date]:
    """First and last day of a "YYYY-MM" month; anything else is rejected with `month_invalid`."""
    match = _MONTH.fullmatch(text.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 1900:
        raise InputRejected("month_invalid", value=text)
    year, month = int(match.group(1)), int(match.group(2))
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def latest_month(session: Session, site_code: str) -> str:
    """The latest "YYYY-MM" in which anything was recorded (activity, training, resource, case or file)."""
    dated = (
        (m.Activity, m.Activity.held_on),
        (m.Training, m.Training.held_on),
        (m.ResourceLink, m.ResourceLink.received_on),
        (m.CaseStudy, m.CaseStudy.written_on),
        (m.ServiceFile, m.ServiceFile.opened_on),
    )
    latest: date | None = None
    for model, column in dated:
        found = session.scalar(select(func.max(column)).where(model.deleted.is_(False), model.origin_site == site_code))
        if found is not None and (latest is None or found > latest):
            latest = found
    if latest is None:
        raise InputRejected("month_empty")
    return f"{latest.year:04d}-{latest.month:02d}"


Row = tuple[str, ...]


@dataclass(frozen=True)
class MonthRows:
    """Table rows of one month, plus the ids of the records they show (for photos)."""

    activities: list[Row]
    trainings: list[Row]
    resources: list[Row]
    cases: list[Row]
    record_ids: list[str]

    @property
    def empty(self) -> bool:
        return not (self.activities or self.trainings or self.resources or self.cases)


def month_rows(session: Session, site_code: str, first: date, last: date) -> MonthRows:
    ids: list[str] = []
    activities: list[Row] = []
    for activity_id, held_on, title, kind, org, beneficiaries in session.execute(
        select(
            m.Activity.id,
            m.Activity.held_on,
            m.Activity.title,
            m.Activity.kind,
            m.Organization.name,
            m.Activity.beneficiaries,
        )
        .outerjoin(m.Organization, m.Organization.id == m.Activity.organization_id)
        .where(
            m.Activity.deleted.is_(False), m.Activity.origin_site == site_code, m.Activity.held_on.between(first, last)
        )
        .order_by(m.Activity.held_on, m.Activity.title)
    ):
        ids.append(activity_id)
        activities.append((short_date(held_on), title, kind, org or BASE, str(beneficiaries)))
    attendance = (
        select(func.count(m.Attendance.id))
        .where(m.Attendance.training_id == m.Training.id, m.Attendance.deleted.is_(False))
        .scalar_subquery()
    )
    trainings: list[Row] = []
    for training_id, held_on, title, topic, trainer, count in session.execute(
        select(m.Training.id, m.Training.held_on, m.Training.title, m.Training.topic, m.Training.trainer, attendance)
        .where(
            m.Training.deleted.is_(False), m.Training.origin_site == site_code, m.Training.held_on.between(first, last)
        )
        .order_by(m.Training.held_on)
    ):
        ids.append(training_id)
        trainings.append((short_date(held_on), title, topic, trainer or "", str(count)))
    resources: list[Row] = []
    for resource_id, received_on, donor, kind, item, value_fen, org in session.execute(
        select(
            m.ResourceLink.id,
            m.ResourceLink.received_on,
            m.ResourceLink.donor,
            m.ResourceLink.donor_kind,
            m.ResourceLink.description,
            m.ResourceLink.value_fen,
            m.Organization.name,
        )
        .outerjoin(m.Organization, m.Organization.id == m.ResourceLink.recipient_organization_id)
        .where(
            m.ResourceLink.deleted.is_(False),
            m.ResourceLink.origin_site == site_code,
            m.ResourceLink.received_on.between(first, last),
        )
        .order_by(m.ResourceLink.received_on)
    ):
        ids.append(resource_id)
        resources.append(
            (
                short_date(received_on),
                public_donor(donor, kind),
                item,
                yuan_from_fen(value_fen),
                org or GENERIC_RECIPIENT,
            )
        )
    cases: list[Row] = []
    for case_id, written_on, title, org in session.execute(
        select(m.CaseStudy.id, m.CaseStudy.written_on, m.CaseStudy.title, m.Organization.name)
        .outerjoin(m.Organization, m.Organization.id == m.CaseStudy.organization_id)
        .where(
            m.CaseStudy.deleted.is_(False),
            m.CaseStudy.origin_site == site_code,
            m.CaseStudy.written_on.between(first, last),
        )
        .order_by(m.CaseStudy.written_on)
    ):
        ids.append(case_id)
        cases.append((short_date(written_on), title, org or ""))
    return MonthRows(activities, trainings, resources, cases, ids)


def progress_report(session: Session, site_code: str, month: str) -> m.ProgressReport | None:
    """The month's progress report of the site's funded project, the most recently written if several."""
    query = (
        select(m.ProgressReport)
        .join(m.FundedProject, m.FundedProject.id == m.ProgressReport.project_id)
        .where(
            m.ProgressReport.deleted.is_(False),
            m.ProgressReport.month == month,
            m.FundedProject.deleted.is_(False),
            m.FundedProject.origin_site == site_code,
        )
        .order_by(m.ProgressReport.hlc.desc())
    )
    return session.scalars(query).first()
