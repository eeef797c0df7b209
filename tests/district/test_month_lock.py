"""The month lock on a township: what an approval refuses, what it leaves alone, and what lifts it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.clock import HybridClock
from incubator_desktop.core.db import Database
from incubator_desktop.core.district.approvals import approve_month, list_reopen_requests, request_reopen
from incubator_desktop.core.district.locks import locked_months
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.services.audit import list_audit
from incubator_desktop.core.services.records import create_record, delete_record, update_record
from incubator_desktop.core.stamping import KEEP_STAMPS

from .conftest import DISTRICT, TOWNSHIP_A

_CLOCK = HybridClock()


def arrive(session: Session, model: type[m.SyncedRecord], **values: Any) -> str:
    """Write a district record as a sync import does: with its own stamps, past every listener."""
    session.info[KEEP_STAMPS] = True
    try:
        record = model(origin_site=DISTRICT, device_id="district-pc", hlc=_CLOCK.tick(), **values)
        session.add(record)
        session.flush()
        return record.id
    finally:
        session.info.pop(KEEP_STAMPS)


def approve(session: Session, month: str) -> str:
    return arrive(
        session, m.MonthApproval, site_code=TOWNSHIP_A, month=month, approved_on=date(2025, 1, 5), approver="民政局"
    )


def grant(session: Session, month: str) -> str:
    values = {"site_code": TOWNSHIP_A, "month": month, "decision": "granted", "decided_on": date(2025, 1, 9)}
    return arrive(session, m.ReopenGrant, **values)


def activity(session: Session, day: date) -> str:
    return create_record(session, m.Activity, {"title": "小组", "held_on": day, "kind": "小组"}).id


@pytest.fixture
def locked(township: Database) -> dict[str, str]:
    """A township with a March and an April activity and a training in March; March then approved."""
    with township.transaction() as session:
        ids = {"march": activity(session, date(2024, 3, 5)), "april": activity(session, date(2024, 4, 5))}
        training = create_record(
            session,
            m.Training,
            {"title": "培训", "topic": "民政政策", "held_on": date(2024, 3, 9), "hours": Decimal(2)},
        )
        ids["training"] = training.id
        ids["attendance"] = create_record(session, m.Attendance, {"training_id": training.id, "attendee_name": "甲"}).id
        approve(session, "2024-03")
    return ids


def refused(township: Database, action: Any) -> str:
    with pytest.raises(InputRejected) as error, township.transaction() as session:
        action(session)
    assert error.value.code == "month_approved"
    return str(error.value.params["month"])


def test_every_kind_of_write_into_the_approved_month_is_refused(township: Database, locked: dict[str, str]) -> None:
    """Editing, deleting, creating in, moving in and out of an approved month, and its children, are refused."""
    march, april = locked["march"], locked["april"]
    assert refused(township, lambda s: update_record(s, m.Activity, march, {"title": "改"})) == "2024-03"
    assert refused(township, lambda s: delete_record(s, m.Activity, march)) == "2024-03"
    assert refused(township, lambda s: activity(s, date(2024, 3, 31))) == "2024-03"
    assert refused(township, lambda s: update_record(s, m.Activity, april, {"held_on": date(2024, 3, 1)})) == "2024-03"
    assert refused(township, lambda s: update_record(s, m.Activity, march, {"held_on": date(2024, 4, 1)})) == "2024-03"
    assert refused(township, lambda s: update_record(s, m.Attendance, locked["attendance"], {"attendee_name": "乙"}))
    add_attendance = {"training_id": locked["training"], "attendee_name": "丙"}
    assert refused(township, lambda s: create_record(s, m.Attendance, add_attendance)) == "2024-03"
    with township.reading() as session:
        assert session.get(m.Activity, march).title == "小组"  # type: ignore[union-attr]


def test_other_months_and_registers_stay_open(township: Database, locked: dict[str, str]) -> None:
    """April's records and organizations (a register, never locked) can still change."""
    with township.transaction() as session:
        update_record(session, m.Activity, locked["april"], {"title": "四月小组"})
        activity(session, date(2024, 2, 28))
        create_record(session, m.Organization, {"name": "新组织", "category": "文体活动类", "stage": "入驻"})


def test_sync_applying_is_never_blocked(township: Database, locked: dict[str, str]) -> None:
    """With KEEP_STAMPS set, as a sync import writes, a record of the approved month can change."""
    with township.transaction() as session:
        session.info[KEEP_STAMPS] = True
        record = session.get(m.Activity, locked["march"])
        assert record is not None
        record.title = "同步来的版本"
        record.hlc = _CLOCK.tick()
        session.flush()
        session.info.pop(KEEP_STAMPS)
    with township.reading() as session:
        assert session.get(m.Activity, locked["march"]).title == "同步来的版本"  # type: ignore[union-attr]


def test_an_approval_the_township_wrote_itself_locks_nothing(township: Database) -> None:
    """Only the district's approvals count: a township cannot lock (or unlock) itself."""
    with township.transaction() as session:
        values = {"site_code": TOWNSHIP_A, "month": "2024-03", "approved_on": date(2025, 1, 5), "approver": "自己"}
        create_record(session, m.MonthApproval, values)
        assert locked_months(session, TOWNSHIP_A) == set()
        activity(session, date(2024, 3, 5))


def test_a_newer_grant_reopens_and_a_newer_approval_locks_again(township: Database, locked: dict[str, str]) -> None:
    """A grant after the approval opens the month; approving again after the grant closes it again."""
    with township.transaction() as session:
        grant(session, "2024-03")
        update_record(session, m.Activity, locked["march"], {"title": "更正"})
        approval = session.scalars(select(m.MonthApproval)).one()
        session.info[KEEP_STAMPS] = True
        approval.hlc = _CLOCK.tick()  # the district approved again after the correction
        session.flush()
        session.info.pop(KEEP_STAMPS)
    assert refused(township, lambda s: update_record(s, m.Activity, locked["march"], {"title": "再改"})) == "2024-03"


def test_tombstoned_approval_unlocks(township: Database, locked: dict[str, str]) -> None:
    """A revoked (tombstoned) approval no longer locks the month."""
    with township.transaction() as session:
        approval = session.scalars(select(m.MonthApproval)).one()
        session.info[KEEP_STAMPS] = True
        approval.deleted, approval.hlc = True, _CLOCK.tick()
        session.flush()
        session.info.pop(KEEP_STAMPS)
        update_record(session, m.Activity, locked["march"], {"title": "可改"})


def test_reopen_request_is_logged_and_only_once(township: Database, locked: dict[str, str]) -> None:
    """A township asks to re-open a locked month once; the request is in the audit log; open months are refused."""
    with township.transaction() as session:
        info = request_reopen(session, "2024-03", "活动日期录错", today=date(2025, 1, 10))
        assert info.status == "requested"
        assert "reopen_requested" in {entry.action for entry in list_audit(session)}
    for month, code in (("2024-03", "reopen_already_requested"), ("2024-04", "month_not_approved")):
        with pytest.raises(InputRejected) as error, township.transaction() as session:
            request_reopen(session, month, "再次申请")
        assert error.value.code == code
    with township.reading() as session:
        assert [item.status for item in list_reopen_requests(session)] == ["requested"]


def test_roles_are_checked(township: Database) -> None:
    """Approving is the district's, asking to re-open the township's: each side is refused the other's."""
    with pytest.raises(InputRejected) as error, township.transaction() as session:
        approve_month(session, TOWNSHIP_A, "2024-03", "民政局")
    assert error.value.code == "district_only"
