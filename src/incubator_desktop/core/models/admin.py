"""Service files, targets, notices, attachments and the audit log."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from incubator_desktop.core.models.base import SyncedRecord, utcnow


class ServiceFile(SyncedRecord):
    """A marriage-custom or family-counselling file; the subject's name and notes are sensitive."""

    __tablename__ = "service_files"

    kind: Mapped[str] = mapped_column(String(8))  # vocab.ServiceFileKind
    opened_on: Mapped[date] = mapped_column(index=True)
    subject_name: Mapped[str] = mapped_column(String(100))  # sensitive
    community_id: Mapped[str | None] = mapped_column(ForeignKey("communities.id"))
    counsellor: Mapped[str | None] = mapped_column(String(50))
    notes: Mapped[str | None] = mapped_column(Text)  # sensitive
    closed_on: Mapped[date | None]


class TargetSet(SyncedRecord):
    """The performance targets for one site and period; issued by the district."""

    __tablename__ = "target_sets"

    site_code: Mapped[str] = mapped_column(String(12), index=True)
    name: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[date]
    period_end: Mapped[date]


class TargetValue(SyncedRecord):
    __tablename__ = "target_values"

    target_set_id: Mapped[str] = mapped_column(ForeignKey("target_sets.id"), index=True)
    indicator: Mapped[str] = mapped_column(String(40))
    value: Mapped[Decimal] = mapped_column(Numeric(14, 2))


class Notice(SyncedRecord):
    """A public notice (公示) printed for the noticeboard and the objections it drew."""

    __tablename__ = "notices"

    kind: Mapped[str] = mapped_column(String(16))  # vocab.NoticeKind
    title: Mapped[str] = mapped_column(String(200))
    issued_on: Mapped[date]
    period_days: Mapped[int] = mapped_column(default=5)
    period_start: Mapped[date]
    period_end: Mapped[date]
    issuing_unit: Mapped[str] = mapped_column(String(200))
    objections: Mapped[str | None] = mapped_column(Text)
    content_sha256: Mapped[str | None] = mapped_column(String(64))


class Attachment(SyncedRecord):
    """A photo or scan attached to a record; the bytes live once, named by their SHA-256."""

    __tablename__ = "attachments"

    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(32), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]
    caption: Mapped[str | None] = mapped_column(String(500))


class AuditEntry(SyncedRecord):
    """What was done, when and by which device: imports, exports, prints, key changes, approvals."""

    __tablename__ = "audit_entries"

    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    summary: Mapped[str | None] = mapped_column(Text)
