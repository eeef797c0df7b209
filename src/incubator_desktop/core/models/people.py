"""People the base works with: leaders, volunteers, trainees, social workers and project staff."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from incubator_desktop.core.models.base import SyncedRecord


class Person(SyncedRecord):
    """A person; `id_number` and `phone` are sensitive and masked wherever they are shown."""

    __tablename__ = "people"

    name: Mapped[str] = mapped_column(String(50), index=True)
    gender: Mapped[str | None] = mapped_column(String(2))  # vocab.Gender
    roles: Mapped[list[str]] = mapped_column(default=list)  # vocab.PersonRole values
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    community_id: Mapped[str | None] = mapped_column(ForeignKey("communities.id"))
    id_number: Mapped[str | None] = mapped_column(String(18), index=True)  # sensitive
    phone: Mapped[str | None] = mapped_column(String(30))  # sensitive
    certificate_level: Mapped[str | None] = mapped_column(String(16))  # vocab.CertificateLevel
    practice_years: Mapped[int | None]
