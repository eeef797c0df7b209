"""The base's daily work: trainings and attendance, service activities, case studies and linked resources."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from incubator_desktop.core.models.base import Money, SyncedRecord


class Training(SyncedRecord):
    """A training session (培训); its 人次 is the number of attendance rows."""

    __tablename__ = "trainings"

    title: Mapped[str] = mapped_column(String(200))
    topic: Mapped[str] = mapped_column(String(8))  # vocab.TrainingTopic
    held_on: Mapped[date] = mapped_column(index=True)
    trainer: Mapped[str | None] = mapped_column(String(100))
    hours: Mapped[Decimal]
    location: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)


class Attendance(SyncedRecord):
    """One person at one training; a walk-in without a person record keeps just a name."""

    __tablename__ = "attendance"

    training_id: Mapped[str] = mapped_column(ForeignKey("trainings.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    attendee_name: Mapped[str] = mapped_column(String(50))
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"), index=True)


class Activity(SyncedRecord):
    """A service activity (服务活动) by an organization, or by the base itself when `organization_id` is empty."""

    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_site_held_on", "origin_site", "held_on"),
        # The activity list: live rows in date (or title) order, ties by id, counted and paged in the index.
        Index(
            "ix_activities_live_held_on",
            "held_on",
            "id",
            sqlite_where=text("deleted IS 0"),
            postgresql_where=text("deleted IS false"),
        ),
        Index(
            "ix_activities_live_title",
            "title",
            "id",
            sqlite_where=text("deleted IS 0"),
            postgresql_where=text("deleted IS false"),
        ),
        # Counting an organization's activities in a period (effective incubation, indicators). Partial, so that
        # "organization_id IS NULL" (the base's own activities) keeps using the site's index.
        Index(
            "ix_activities_org_held_on",
            "organization_id",
            "held_on",
            sqlite_where=text("organization_id IS NOT NULL"),
            postgresql_where=text("organization_id IS NOT NULL"),
        ),
    )

    title: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(8))  # vocab.ActivityKind
    service_area: Mapped[str | None] = mapped_column(String(8))  # vocab.ServiceArea
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    community_id: Mapped[str | None] = mapped_column(ForeignKey("communities.id"), index=True)
    location: Mapped[str | None] = mapped_column(String(200))
    beneficiaries: Mapped[int] = mapped_column(default=0)  # 人次
    volunteers: Mapped[int] = mapped_column(default=0)
    volunteer_hours: Mapped[Decimal] = mapped_column(default=Decimal(0))
    description: Mapped[str | None] = mapped_column(Text)


class ActivityBeneficiary(SyncedRecord):
    """A known person served by an activity, so beneficiaries can be counted as people, not 人次."""

    __tablename__ = "activity_beneficiaries"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)


class CaseStudy(SyncedRecord):
    """A typical case (典型案例) of an organization at work; the base writes at least three a year."""

    __tablename__ = "case_studies"

    title: Mapped[str] = mapped_column(String(200))
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    written_on: Mapped[date]
    author: Mapped[str | None] = mapped_column(String(50))
    background: Mapped[str] = mapped_column(Text, default="")
    process: Mapped[str] = mapped_column(Text, default="")
    results: Mapped[str] = mapped_column(Text, default="")


class ResourceLink(SyncedRecord):
    """A donation or other resource linked to the community; in-kind gifts are valued in fen."""

    __tablename__ = "resource_links"

    received_on: Mapped[date] = mapped_column(index=True)
    donor: Mapped[str] = mapped_column(String(200))
    donor_kind: Mapped[str] = mapped_column(String(8))  # vocab.DonorKind
    form: Mapped[str] = mapped_column(String(4))  # vocab.ResourceForm
    description: Mapped[str] = mapped_column(String(500))
    value_fen: Mapped[int] = mapped_column(Money)
    recipient_organization_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    recipient: Mapped[str | None] = mapped_column(String(200))
    purpose: Mapped[str | None] = mapped_column(String(500))
