"""Month approvals and re-opening: the district approves, a township asks to re-open, the district decides."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from incubator_desktop.core import models as m
from incubator_desktop.core.district.locks import GRANTED, REFUSED, MonthState, month_states
from incubator_desktop.core.district.roles import check_month, month_bounds, require_district, require_township
from incubator_desktop.core.district.townships import known_townships, require_township_code
from incubator_desktop.core.errors import FieldError, InputRejected, ValidationFailed
from incubator_desktop.core.services.audit import record_audit
from incubator_desktop.core.services.records import create_record, update_record
from incubator_desktop.core.services.sites import require_site
from incubator_desktop.core.vocab import SiteKind

REQUESTED = "requested"

# What an approval locks is in `locks.install_month_lock`. Every step is written to the audit log of the site
# that takes it. A decision never edits the township's request (one writer per record): it points at it.


@dataclass(frozen=True)
class ApprovalInfo:
    id: str
    site_code: str
    month: str
    approved_on: date
    approver: str
    note: str | None


@dataclass(frozen=True)
class ReopenInfo:
    """A re-open request and where it stands: requested, granted or refused (with the date of the decision)."""

    request_id: str | None
    site_code: str
    month: str
    reason: str | None
    requested_on: date | None
    status: str
    decided_on: date | None
    decision_id: str | None = None


def _approval_info(approval: m.MonthApproval) -> ApprovalInfo:
    return ApprovalInfo(
        approval.id, approval.site_code, approval.month, approval.approved_on, approval.approver, approval.note
    )


def _check_month_over(month: str, today: date) -> None:
    if month_bounds(month)[1] >= today:
        raise InputRejected("month_not_over", month=month)


def approve_month(
    session: Session,
    site_code: str,
    month: str,
    approver: str,
    *,
    note: str | None = None,
    today: date | None = None,
) -> ApprovalInfo:
    """Approve `month` of township `site_code` (district only); it travels in the next bundle and locks the month.

    Approving a month again after a re-open grant (or after revoking) locks it again; approving a month that is
    already locked is refused (`month_already_approved`), as is a month that has not ended yet.
    """
    me = require_district(session)
    month = check_month(month)
    today = today or date.today()
    require_township_code(session, site_code)
    _check_month_over(month, today)
    if not approver.strip():
        raise ValidationFailed([FieldError("approver", "required")])
    state = month_states(session, site_code).get(month)
    if state is not None and state.locked:
        raise InputRejected("month_already_approved", month=month, site=site_code)
    values = {"approved_on": today, "approver": approver, "note": note}
    existing = session.scalars(
        select(m.MonthApproval)
        .where(
            m.MonthApproval.site_code == site_code,
            m.MonthApproval.month == month,
            m.MonthApproval.origin_site == me.code,
        )
        .order_by(m.MonthApproval.hlc.desc())
        .limit(1)
    ).first()
    if existing is None:
        approval = create_record(session, m.MonthApproval, {"site_code": site_code, "month": month, **values})
    else:
        # One approval per month, re-stamped: its newer stamp is what closes a re-opened month again.
        stamp = existing.hlc
        existing.deleted = False
        approval = update_record(session, m.MonthApproval, existing.id, values)
        if approval.hlc == stamp:  # same day, approver and note: nothing changed, yet it must be stamped anew
            flag_modified(approval, "approved_on")
            session.flush()
    record_audit(session, "month_approved", summary=f"approve {site_code} {month}", site=site_code, month=month)
    return _approval_info(approval)


def revoke_approval(session: Session, site_code: str, month: str) -> None:
    """Withdraw an approval (district only): the tombstone travels and the month is open again."""
    require_district(session)
    month = check_month(month)
    state = month_states(session, site_code).get(month)
    if state is None:
        raise InputRejected("month_not_approved", month=month, site=site_code)
    approval = session.get(m.MonthApproval, state.approval_id)
    assert approval is not None
    approval.deleted = True
    session.flush()
    record_audit(session, "approval_revoked", summary=f"revoke {site_code} {month}", site=site_code, month=month)


def list_month_states(session: Session, site_code: str | None = None) -> list[MonthState]:
    """Approved months of `site_code`, oldest first, re-opened ones marked; by default a township's own, or every
    known township's on a district."""
    if site_code is not None:
        return list(month_states(session, site_code).values())
    me = require_site(session)
    if me.role is not SiteKind.DISTRICT:
        return list(month_states(session, me.code).values())
    return [state for township in known_townships(session) for state in month_states(session, township.code).values()]


def request_reopen(
    session: Session, month: str, reason: str, *, requested_by: str | None = None, today: date | None = None
) -> ReopenInfo:
    """Ask the district to re-open an approved month of this township (township only); logged in the audit log."""
    me = require_township(session)
    month = check_month(month)
    if not reason.strip():
        raise ValidationFailed([FieldError("reason", "required")])
    state = month_states(session, me.code).get(month)
    if state is None or not state.locked:
        raise InputRejected("month_not_approved", month=month, site=me.code)
    if any(item.status == REQUESTED for item in list_reopen_requests(session, site_code=me.code, month=month)):
        raise InputRejected("reopen_already_requested", month=month)
    values = {"month": month, "reason": reason, "requested_on": today or date.today(), "requested_by": requested_by}
    request = create_record(session, m.ReopenRequest, values)
    record_audit(session, "reopen_requested", summary=f"reopen {month}", month=month, reason=request.reason)
    return ReopenInfo(request.id, me.code, month, request.reason, request.requested_on, REQUESTED, None)


def list_reopen_requests(
    session: Session, *, site_code: str | None = None, month: str | None = None
) -> list[ReopenInfo]:
    """Re-open requests (and decisions taken without one), oldest first; status comes from the district's decision."""
    requests = select(m.ReopenRequest).where(m.ReopenRequest.deleted.is_(False))
    decisions = select(m.ReopenGrant).where(m.ReopenGrant.deleted.is_(False))
    if site_code is not None:
        requests = requests.where(m.ReopenRequest.origin_site == site_code)
        decisions = decisions.where(m.ReopenGrant.site_code == site_code)
    if month is not None:
        requests = requests.where(m.ReopenRequest.month == month)
        decisions = decisions.where(m.ReopenGrant.month == month)
    by_request: dict[str | None, list[m.ReopenGrant]] = {}
    for decision in session.scalars(decisions.order_by(m.ReopenGrant.hlc)):
        by_request.setdefault(decision.request_id, []).append(decision)
    result = []
    for request in session.scalars(requests.order_by(m.ReopenRequest.hlc)):
        answer = by_request.get(request.id, [])
        last = answer[-1] if answer else None
        result.append(
            ReopenInfo(
                request.id,
                request.origin_site,
                request.month,
                request.reason,
                request.requested_on,
                last.decision if last else REQUESTED,
                last.decided_on if last else None,
                last.id if last else None,
            )
        )
    for decision in by_request.get(None, []):
        site, month, status = decision.site_code, decision.month, decision.decision
        result.append(ReopenInfo(None, site, month, None, None, status, decision.decided_on, decision.id))
    return result


def _decide(
    session: Session,
    site_code: str,
    month: str,
    decision: str,
    *,
    decided_by: str | None,
    note: str | None,
    today: date | None,
) -> ReopenInfo:
    require_district(session)
    month = check_month(month)
    state = month_states(session, site_code).get(month)
    if state is None or not state.locked:
        raise InputRejected("month_not_approved", month=month, site=site_code)
    pending = [
        item for item in list_reopen_requests(session, site_code=site_code, month=month) if item.status == REQUESTED
    ]
    if decision == REFUSED and not pending:
        raise InputRejected("reopen_not_requested", month=month, site=site_code)
    request = pending[-1] if pending else None
    values = {
        "site_code": site_code,
        "month": month,
        "request_id": request.request_id if request else None,
        "decision": decision,
        "decided_on": today or date.today(),
        "decided_by": decided_by,
        "note": note,
    }
    grant = create_record(session, m.ReopenGrant, values)
    record_audit(
        session, f"reopen_{decision}", summary=f"reopen {decision} {site_code} {month}", site=site_code, month=month
    )
    return ReopenInfo(
        grant.request_id,
        site_code,
        month,
        request.reason if request else None,
        request.requested_on if request else None,
        decision,
        grant.decided_on,
        grant.id,
    )


def grant_reopen(
    session: Session,
    site_code: str,
    month: str,
    *,
    decided_by: str | None = None,
    note: str | None = None,
    today: date | None = None,
) -> ReopenInfo:
    """Re-open an approved month (district only), answering the township's pending request if there is one."""
    return _decide(session, site_code, month, GRANTED, decided_by=decided_by, note=note, today=today)


def refuse_reopen(
    session: Session,
    site_code: str,
    month: str,
    *,
    decided_by: str | None = None,
    note: str | None = None,
    today: date | None = None,
) -> ReopenInfo:
    """Refuse the township's pending request to re-open a month (district only); the month stays locked."""
    return _decide(session, site_code, month, REFUSED, decided_by=decided_by, note=note, today=today)
