"""Funded projects (e.g. 160 000 yuan lottery-fund projects): budget lines, spending, staff, monthly reports."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from incubator_desktop.core.models.base import Money, SyncedRecord


class FundedProject(SyncedRecord):
    __tablename__ = "funded_projects"

    name: Mapped[str] = mapped_column(String(200))
    year: Mapped[int]
    contractor: Mapped[str] = mapped_column(String(200))  # the undertaking organization
    funder: Mapped[str | None] = mapped_column(String(200))
    total_fen: Mapped[int] = mapped_column(Money)
    start_on: Mapped[date]
    end_on: Mapped[date | None]


class BudgetLine(SyncedRecord):
    """A budget line with its rule: a cap (≤) or a floor (≥) in fen."""

    __tablename__ = "budget_lines"

    project_id: Mapped[str] = mapped_column(ForeignKey("funded_projects.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # vocab.BudgetKind
    planned_fen: Mapped[int] = mapped_column(Money)
    cap_fen: Mapped[int | None] = mapped_column(Money)
    floor_fen: Mapped[int | None] = mapped_column(Money)


class Expense(SyncedRecord):
    __tablename__ = "expenses"

    project_id: Mapped[str] = mapped_column(ForeignKey("funded_projects.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # vocab.BudgetKind
    spent_on: Mapped[date]
    amount_fen: Mapped[int] = mapped_column(Money)
    description: Mapped[str] = mapped_column(String(500))
    payee_person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)


class ProjectStaff(SyncedRecord):
    __tablename__ = "project_staff"

    project_id: Mapped[str] = mapped_column(ForeignKey("funded_projects.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    role: Mapped[str] = mapped_column(String(50))
    full_time: Mapped[bool] = mapped_column(default=True)


class ProgressReport(SyncedRecord):
    """The monthly progress report the contractor sends."""

    __tablename__ = "progress_reports"

    project_id: Mapped[str] = mapped_column(ForeignKey("funded_projects.id"), index=True)
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    summary: Mapped[str] = mapped_column(Text)
    issues: Mapped[str | None] = mapped_column(Text)
    next_plan: Mapped[str | None] = mapped_column(Text)
