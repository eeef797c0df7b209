"""The district's side of approvals: approve, grant, approve again, revoke — one approval record per month."""

from __future__ import annotations

from datetime import date

import pytest

from incubator_desktop.core import models as m
from incubator_desktop.core.district.approvals import (
    approve_month,
    grant_reopen,
    list_month_states,
    refuse_reopen,
    revoke_approval,
)
from incubator_desktop.core.errors import InputRejected, NotFound

from .conftest import TODAY, TOWNSHIP_A, TOWNSHIP_B, District


def test_cycle_of_one_month(district: District) -> None:
    """Grant opens, approving again (same day, same approver) closes, revoking opens; the record is reused."""
    with district.db.transaction() as session:
        first = approve_month(session, TOWNSHIP_A, "2024-03", "张科长", today=TODAY)
        assert [(s.month, s.locked) for s in list_month_states(session, TOWNSHIP_A)] == [("2024-03", True)]
        grant_reopen(session, TOWNSHIP_A, "2024-03", today=TODAY)
        assert list_month_states(session, TOWNSHIP_A)[0].reopened
        again = approve_month(session, TOWNSHIP_A, "2024-03", "张科长", today=TODAY)
        assert again.id == first.id and list_month_states(session, TOWNSHIP_A)[0].locked
        revoke_approval(session, TOWNSHIP_A, "2024-03")
        assert list_month_states(session, TOWNSHIP_A) == []
        assert approve_month(session, TOWNSHIP_A, "2024-03", "李科长", today=TODAY).id == first.id
        assert [s.site_code for s in list_month_states(session)] == [TOWNSHIP_A]  # every township's, on a district
        assert session.query(m.MonthApproval).count() == 1


def test_refusals(district: District) -> None:
    """Unknown townships, unfinished months, already approved months and refusing without a request are refused."""
    cases = [
        (lambda s: approve_month(s, "653121999", "2024-03", "张科长", today=TODAY), "unknown_township"),
        (lambda s: approve_month(s, TOWNSHIP_A, "2025-03", "张科长", today=TODAY), "month_not_over"),
        (lambda s: grant_reopen(s, TOWNSHIP_B, "2024-03", today=TODAY), "month_not_approved"),
        (lambda s: refuse_reopen(s, TOWNSHIP_A, "2024-01", today=TODAY), "reopen_not_requested"),
    ]
    with district.db.transaction() as session:
        approve_month(session, TOWNSHIP_A, "2024-01", "张科长", today=date(2024, 2, 1))
    for action, code in cases:
        with pytest.raises((InputRejected, NotFound)) as error, district.db.transaction() as session:
            action(session)
        assert error.value.code == code
