"""The month lock: on a township, records dated in a month its district approved cannot change until re-opened."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.stamping import KEEP_STAMPS, local_site
from incubator_desktop.core.vocab import SiteKind

GRANTED, REFUSED = "granted", "refused"

#: The column that places a record in a month (a date, or already "YYYY-MM").
DATE_COLUMNS: dict[type[m.SyncedRecord], str] = {
    m.Activity: "held_on",
    m.Training: "held_on",
    m.ResourceLink: "received_on",
    m.CaseStudy: "written_on",
    m.Expense: "spent_on",
    m.ServiceFile: "opened_on",
    m.StageEvent: "happened_on",
    m.ProgressReport: "month",
}

#: Children dated by their parent: (column pointing at the parent, parent model).
PARENT_DATES: dict[type[m.SyncedRecord], tuple[str, type[m.SyncedRecord]]] = {
    m.Attendance: ("training_id", m.Training),
    m.ActivityBeneficiary: ("activity_id", m.Activity),
}

LOCKABLE = frozenset({*DATE_COLUMNS, *PARENT_DATES})


@dataclass(frozen=True)
class MonthState:
    """One approved month of a township and whether a later grant has re-opened it."""

    site_code: str
    month: str
    approval_id: str
    approved_on: date
    approver: str
    reopened: bool

    @property
    def locked(self) -> bool:
        return not self.reopened


def month_states(session: Session, site_code: str) -> dict[str, MonthState]:
    """Every approved month of `site_code`, oldest first; approvals a site wrote about itself do not count."""
    approvals = session.scalars(
        select(m.MonthApproval)
        .where(
            m.MonthApproval.site_code == site_code,
            m.MonthApproval.deleted.is_(False),
            m.MonthApproval.origin_site != site_code,
        )
        .order_by(m.MonthApproval.month, m.MonthApproval.hlc)
    )
    grants = dict(
        session.execute(
            select(m.ReopenGrant.month, func.max(m.ReopenGrant.hlc))
            .where(
                m.ReopenGrant.site_code == site_code,
                m.ReopenGrant.deleted.is_(False),
                m.ReopenGrant.decision == GRANTED,
                m.ReopenGrant.origin_site != site_code,
            )
            .group_by(m.ReopenGrant.month)
        ).all()
    )
    states: dict[str, MonthState] = {}
    for approval in approvals:  # ordered by stamp: the newest approval of a month is the one that stands
        reopened = str(grants.get(approval.month) or "") > approval.hlc
        states[approval.month] = MonthState(
            site_code, approval.month, approval.id, approval.approved_on, approval.approver, reopened
        )
    return states


def locked_months(session: Session, site_code: str) -> set[str]:
    return {month for month, state in month_states(session, site_code).items() if state.locked}


def _as_month(value: Any) -> str | None:
    if isinstance(value, date):
        return f"{value.year:04d}-{value.month:02d}"
    return value if isinstance(value, str) and value else None


def _stored_month(session: Session, record: m.SyncedRecord) -> str | None:
    """The record's month as the database holds it now (before this flush), whatever was loaded or changed."""
    model = type(record)
    if model in DATE_COLUMNS:
        column = getattr(model, DATE_COLUMNS[model])
        return _as_month(session.scalar(select(column).where(model.id == record.id)))
    link, parent = PARENT_DATES[model]
    parent_date = getattr(parent, DATE_COLUMNS[parent])
    query = select(parent_date).join(model, getattr(model, link) == parent.id).where(model.id == record.id)
    return _as_month(session.scalar(query))


def _current_month(session: Session, record: m.SyncedRecord) -> str | None:
    model = type(record)
    if model in DATE_COLUMNS:
        return _as_month(getattr(record, DATE_COLUMNS[model]))
    link, parent_model = PARENT_DATES[model]
    parent_id = getattr(record, link)
    parent = session.get(parent_model, parent_id) if parent_id else None
    return _as_month(getattr(parent, DATE_COLUMNS[parent_model])) if parent is not None else None


def _touched(session: Session) -> Iterator[tuple[m.SyncedRecord, bool]]:
    """(record, is new) for every lockable record this flush writes."""
    for record in session.new:
        if type(record) in LOCKABLE:
            yield record, True
    for record in (*session.dirty, *session.deleted):
        if type(record) in LOCKABLE:
            yield record, False


def _guard(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(KEEP_STAMPS):
        return
    touched = list(_touched(session))
    if not touched:
        return
    me = local_site(session)
    if me is None or me.role != SiteKind.TOWNSHIP.value:
        return
    with session.no_autoflush:
        locked = locked_months(session, me.site_code)
        if not locked:
            return
        for record, is_new in touched:
            if not is_new and record in session.dirty and not session.is_modified(record):
                continue
            if record.origin_site and record.origin_site != me.site_code:
                continue  # another site's copy: the owner rule refuses the edit, not the lock
            months = {_current_month(session, record)}
            if not is_new:
                months.add(_stored_month(session, record))
            for month in sorted(month for month in months if month):
                if month in locked:
                    raise InputRejected("month_approved", month=month)


def install_month_lock(factory: sessionmaker[Session]) -> None:
    """Refuse writes into approved months on sessions from `factory`, by these rules:

    - A month M of township T is locked while a live approval of (T, M) written by another site (the district)
      stands and no granted re-open of (T, M) is newer than it (by clock stamp). Approving again after a grant
      locks the month again; tombstoning the approval unlocks it.
    - Locked are the records placed in a month by one date (`DATE_COLUMNS`) and their children that follow
      their parent's date (`PARENT_DATES`). A record is refused (`month_approved`) if its month before or after
      the change is locked: it can be neither edited, deleted, restored, created in, nor moved into or out of
      a locked month.
    - Organizations, people, plans, projects and budgets are registers that live across months: never locked.
    - Only a township's own sessions are checked; records applied by sync (`session.info[KEEP_STAMPS]`) never
      are: the owner site already decided.
    """
    event.listen(factory, "before_flush", _guard)
