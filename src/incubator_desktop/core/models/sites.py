"""Sites (township bases and district bureaus), the communities they serve, and this install's identity."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from incubator_desktop.core.models.base import ID, Base, SyncedRecord, utcnow


class Site(SyncedRecord):
    """A township base or a district bureau, known by its administrative division code."""

    __tablename__ = "sites"

    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))  # vocab.SiteKind
    parent_code: Mapped[str | None] = mapped_column(String(12))
    address: Mapped[str | None] = mapped_column(String(200))
    contact: Mapped[str | None] = mapped_column(String(50))


class Community(SyncedRecord):
    """A village (村) or urban community (社区) the township serves."""

    __tablename__ = "communities"

    name: Mapped[str] = mapped_column(String(100))
    is_village: Mapped[bool] = mapped_column(default=False)
    households: Mapped[int | None]


class LocalSite(Base):
    """This database's own identity: which site it is and which device writes it. Never synced."""

    __tablename__ = "local_site"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_code: Mapped[str] = mapped_column(String(12))
    role: Mapped[str] = mapped_column(String(16))  # vocab.SiteKind
    device_id: Mapped[str] = mapped_column(ID)
    last_hlc: Mapped[str] = mapped_column(String(24), default="")
    is_demo: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
