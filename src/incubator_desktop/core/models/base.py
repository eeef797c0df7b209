"""The declarative base, the naming convention and the columns every synced record carries."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, MetaData, Numeric, String, false, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from incubator_desktop.core.ids import new_id

# Named constraints let Alembic's batch mode on SQLite find and rebuild them.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(32)
Money = BigInteger  # integer fen (分): exact, never float


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        dict[str, Any]: JSON,
        list[str]: JSON,
        Decimal: Numeric(12, 2),
        datetime: DateTime(timezone=True),
    }


class SyncedRecord(Base):
    """Abstract base of every record that travels between sites.

    `origin_site` owns the record and is its only writer; `hlc` (hybrid logical clock) and `device_id`
    order competing versions; `deleted` is a tombstone so deletions travel too.
    """

    __abstract__ = True

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    origin_site: Mapped[str] = mapped_column(String(12), index=True)
    device_id: Mapped[str] = mapped_column(ID)
    hlc: Mapped[str] = mapped_column(String(24), index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
