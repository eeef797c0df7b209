"""Community organizations and their incubation: stage history, one-to-one plans, filing/registration cases."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from incubator_desktop.core.models.base import SyncedRecord


class Organization(SyncedRecord):
    """A community social organization (社区社会组织) incubated by the base."""

    __tablename__ = "organizations"
    __table_args__ = (Index("ix_organizations_site_stage", "origin_site", "stage"),)

    name: Mapped[str] = mapped_column(String(100), index=True)
    category: Mapped[str] = mapped_column(String(16))  # vocab.Category
    service_areas: Mapped[list[str]] = mapped_column(default=list)
    community_id: Mapped[str | None] = mapped_column(ForeignKey("communities.id"), index=True)
    stage: Mapped[str] = mapped_column(String(8))  # vocab.Stage
    founded_on: Mapped[date | None]
    entered_on: Mapped[date | None]
    members: Mapped[int | None]
    leader_name: Mapped[str | None] = mapped_column(String(50))
    leader_phone: Mapped[str | None] = mapped_column(String(30))  # sensitive
    leader_id_number: Mapped[str | None] = mapped_column(String(18))  # sensitive
    address: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    filed_on: Mapped[date | None]
    filing_number: Mapped[str | None] = mapped_column(String(50))
    registered_on: Mapped[date | None]
    credit_code: Mapped[str | None] = mapped_column(String(18), index=True)
    graduated_on: Mapped[date | None]
    exited_on: Mapped[date | None]
    rating: Mapped[str | None] = mapped_column(String(4))  # vocab.Rating


class StageEvent(SyncedRecord):
    """One step in an organization's lifecycle, with the date it happened."""

    __tablename__ = "stage_events"

    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"), index=True)
    stage: Mapped[str] = mapped_column(String(8))
    happened_on: Mapped[date]
    note: Mapped[str | None] = mapped_column(String(500))


class IncubationPlan(SyncedRecord):
    """A one-to-one incubation plan (一对一培育计划) for an organization."""

    __tablename__ = "incubation_plans"

    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"), index=True)
    goals: Mapped[str] = mapped_column(Text)
    support: Mapped[list[str]] = mapped_column(default=list)  # vocab.SupportKind values
    mentor: Mapped[str | None] = mapped_column(String(50))
    start_on: Mapped[date]
    end_on: Mapped[date | None]


class PlanMilestone(SyncedRecord):
    __tablename__ = "plan_milestones"

    plan_id: Mapped[str] = mapped_column(ForeignKey("incubation_plans.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date | None]
    done_on: Mapped[date | None]


class PlanReview(SyncedRecord):
    __tablename__ = "plan_reviews"

    plan_id: Mapped[str] = mapped_column(ForeignKey("incubation_plans.id"), index=True)
    reviewed_on: Mapped[date]
    reviewer: Mapped[str | None] = mapped_column(String(50))
    findings: Mapped[str] = mapped_column(Text)


class RegistrationCase(SyncedRecord):
    """Help given to an organization to file (备案) with the township or register (登记) with civil affairs."""

    __tablename__ = "registration_cases"

    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # vocab.RegistrationKind
    opened_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(8))  # vocab.CaseStatus
    closed_on: Mapped[date | None]
    outcome: Mapped[str | None] = mapped_column(String(500))


class ChecklistItem(SyncedRecord):
    __tablename__ = "checklist_items"

    case_id: Mapped[str] = mapped_column(ForeignKey("registration_cases.id"), index=True)
    item: Mapped[str] = mapped_column(String(50))
    status: Mapped[str] = mapped_column(String(8))  # vocab.ChecklistStatus
    position: Mapped[int] = mapped_column(default=0)
    note: Mapped[str | None] = mapped_column(String(500))
