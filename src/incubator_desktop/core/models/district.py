"""What the district decides about its townships: month approvals, re-opening them, and annual evaluations."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from incubator_desktop.core.models.base import SyncedRecord

MONTH = String(7)  # YYYY-MM


class MonthApproval(SyncedRecord):
    """The district's approval of one township's month; while it stands the township's records of that month are
    locked. A tombstone revokes it; approving again (a newer stamp) closes a month that was re-opened."""

    __tablename__ = "month_approvals"

    site_code: Mapped[str] = mapped_column(String(12), index=True)
    month: Mapped[str] = mapped_column(MONTH)
    approved_on: Mapped[date]
    approver: Mapped[str] = mapped_column(String(50))
    note: Mapped[str | None] = mapped_column(String(500))


class ReopenRequest(SyncedRecord):
    """A township asks its district to re-open an approved month, and says why.

    The township owns it and the district owns the answer (`ReopenGrant`), so neither ever writes the other's
    record: the request's status is read from the newest answer pointing at it.
    """

    __tablename__ = "reopen_requests"

    month: Mapped[str] = mapped_column(MONTH)
    reason: Mapped[str] = mapped_column(Text)
    requested_on: Mapped[date]
    requested_by: Mapped[str | None] = mapped_column(String(50))


class ReopenGrant(SyncedRecord):
    """The district's answer to re-opening a township's month: granted (the month is open again until the
    next approval) or refused; `request_id` is empty when the district re-opens without being asked."""

    __tablename__ = "reopen_grants"

    site_code: Mapped[str] = mapped_column(String(12), index=True)
    month: Mapped[str] = mapped_column(MONTH)
    request_id: Mapped[str | None] = mapped_column(ForeignKey("reopen_requests.id"), index=True)
    decision: Mapped[str] = mapped_column(String(8))  # granted | refused
    decided_on: Mapped[date]
    decided_by: Mapped[str | None] = mapped_column(String(50))
    note: Mapped[str | None] = mapped_column(String(500))


class EvaluationCriterion(SyncedRecord):
    """One line of the district's annual evaluation form: what is judged and how many of the 100 points it carries."""

    __tablename__ = "evaluation_criteria"

    code: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(100))
    weight: Mapped[int]  # points out of 100; the live criteria add up to 100
    position: Mapped[int] = mapped_column(default=0)
    basis: Mapped[str | None] = mapped_column(Text)  # the rule in words, from the policy texts


class AnnualEvaluation(SyncedRecord):
    """The district's annual evaluation of one township base: points per criterion, total, grade and comments.

    `scores` keeps each criterion as it was scored (code, label, weight, points), so editing the form later
    never changes a past evaluation.
    """

    __tablename__ = "annual_evaluations"

    site_code: Mapped[str] = mapped_column(String(12), index=True)
    year: Mapped[int]
    scores: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    total: Mapped[Decimal] = mapped_column(Numeric(5, 1))
    grade: Mapped[str] = mapped_column(String(8))
    comments: Mapped[str | None] = mapped_column(Text)
    evaluated_on: Mapped[date]
    evaluator: Mapped[str | None] = mapped_column(String(50))
