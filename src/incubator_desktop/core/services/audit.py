"""The audit log: who did what that matters (imports, exports, prints, revealed personal data, keys)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m


def record_audit(session: Session, action: str, *, summary: str | None = None, **detail: Any) -> None:
    """Append one entry; it is written in the caller's transaction, so it exists exactly if the work does."""
    session.add(m.AuditEntry(action=action, summary=summary, detail=detail))
    session.flush()


def list_audit(session: Session, *, limit: int = 100) -> list[m.AuditEntry]:
    query = select(m.AuditEntry).where(m.AuditEntry.deleted.is_(False)).order_by(m.AuditEntry.hlc.desc())
    return list(session.scalars(query.limit(limit)))
