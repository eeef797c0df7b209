"""Stamps every synced record on flush with its owner site, the writing device and a clock stamp."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from incubator_desktop.core.clock import HybridClock
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.models import LocalSite, SyncedRecord

#: Set `session.info[KEEP_STAMPS] = True` when applying records that already carry their stamps (sync).
KEEP_STAMPS = "keep_stamps"


def local_site(session: Session) -> LocalSite | None:
    """This database's identity, or None before `init`."""
    with session.no_autoflush:
        return session.get(LocalSite, 1)


def _stamp(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(KEEP_STAMPS):
        return
    new = [o for o in session.new if isinstance(o, SyncedRecord)]
    dirty = [o for o in session.dirty if isinstance(o, SyncedRecord) and session.is_modified(o)]
    if not new and not dirty:
        return
    me = local_site(session)
    if me is None:
        raise InputRejected("site_not_initialized")
    clock = HybridClock(me.last_hlc)
    for record in new:
        record.origin_site = record.origin_site or me.site_code
        record.device_id = me.device_id
        record.hlc = clock.tick()
    for record in dirty:
        if record.origin_site != me.site_code:
            # The owner site is the only writer of its records; another site's copy is read-only here.
            raise InputRejected("not_owner", owner=record.origin_site)
        record.device_id = me.device_id
        record.hlc = clock.tick()
    me.last_hlc = clock.last


def stamp_new_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    """Stamp rows of new records that are inserted without the ORM (bulk inserts) as a flush would stamp them.

    Each row gets its owner site (ours unless it names one), our device and the next clock stamp, and the
    site's clock moves past them; the caller inserts the rows in the same transaction.
    """
    if not rows:
        return
    me = local_site(session)
    if me is None:
        raise InputRejected("site_not_initialized")
    clock = HybridClock(me.last_hlc)
    for row in rows:
        row["origin_site"] = row.get("origin_site") or me.site_code
        row["device_id"] = me.device_id
        row["hlc"] = clock.tick()
    me.last_hlc = clock.last


def install_stamping(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _stamp)
