"""Bundles sent and received, sequence rules and gaps, and the conflict log: what the 同步 workspace lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.sync.container import BundleHeader
from incubator_desktop.core.sync.errors import BundleRejected


@dataclass(frozen=True)
class SentRow:
    recipient: str
    sequence: int
    kind: str
    created_at: datetime
    counts: dict[str, Any]
    status: str
    acknowledged: bool
    file_name: str
    sha256: str


@dataclass(frozen=True)
class ReceivedRow:
    sender: str
    device: str
    sequence: int
    kind: str
    created: str
    imported_at: datetime
    sha256: str
    summary: dict[str, Any]


@dataclass(frozen=True)
class Gap:
    """Sequence numbers from one sending device that never arrived (a lost stick; later bundles repair it)."""

    sender: str
    device: str
    missing: list[int]


@dataclass(frozen=True)
class SyncHistory:
    sent: list[SentRow]
    received: list[ReceivedRow]
    gaps: list[Gap]


@dataclass(frozen=True)
class ConflictRow:
    id: int
    record_type: str
    record_id: str
    origin_site: str
    kept_device: str
    kept_hlc: str
    lost_device: str
    lost_hlc: str
    lost_values: dict[str, Any]
    detected_at: datetime
    seen: bool


def missing_sequences(sequences: set[int], chain_start: int) -> list[int]:
    if not sequences:
        return []
    return [n for n in range(chain_start, max(sequences) + 1) if n not in sequences]


def counted_from(chain_starts: list[int], restores: list[int]) -> int:
    """Where a sender's numbers must be complete from: its chain's start, or the newest restore bundle, which
    carries everything the bundles before it did (a rebuilt PC never received those and needs none of them)."""
    return max([min(chain_starts), *restores])


def _received(session: Session, device: str) -> dict[int, m.ReceivedBundle]:
    query = select(m.ReceivedBundle).where(m.ReceivedBundle.sender_device == device)
    return {row.sequence: row for row in session.scalars(query)}


def check_sequence(session: Session, header: BundleHeader, sha256: str) -> tuple[bool, list[int]]:
    """(already applied?, sequence numbers still missing once this one is in); raises for a reused number."""
    seen = _received(session, header.sender_device)
    same = seen.get(header.sequence)
    if same is not None:
        if same.sha256 == sha256:
            return True, []
        raise BundleRejected("bundle_sequence_reused", sequence=header.sequence, sender=header.sender_site)
    before, after = seen.get(header.sequence - 1), seen.get(header.sequence + 1)
    # The hash chain must agree with its neighbours; a fork means the sender reused numbers (say, a DB restore).
    if (before is not None and header.previous != before.sha256) or (after is not None and after.previous != sha256):
        raise BundleRejected("bundle_chain_broken", sequence=header.sequence, sender=header.sender_site)
    starts = [row.chain_start for row in seen.values()] + [header.chain_start]
    restores = [row.sequence for row in seen.values() if row.kind == "restore"]
    restores += [header.sequence] if header.kind == "restore" else []
    return False, missing_sequences({*seen, header.sequence}, counted_from(starts, restores))


def sync_history(session: Session, *, limit: int = 200) -> SyncHistory:
    sent_query = select(m.SentBundle).order_by(m.SentBundle.id.desc()).limit(limit)
    sent = [
        SentRow(
            row.recipient_site,
            row.sequence,
            row.kind,
            row.created_at,
            row.counts,
            row.status,
            row.acknowledged,
            row.file_name,
            row.sha256,
        )
        for row in session.scalars(sent_query)
    ]
    received_rows = list(session.scalars(select(m.ReceivedBundle).order_by(m.ReceivedBundle.id.desc())))
    received = [
        ReceivedRow(
            row.sender_site,
            row.sender_device,
            row.sequence,
            row.kind,
            row.created,
            row.imported_at,
            row.sha256,
            row.summary,
        )
        for row in received_rows[:limit]
    ]
    chains: dict[tuple[str, str], list[m.ReceivedBundle]] = {}
    for row in received_rows:
        chains.setdefault((row.sender_site, row.sender_device), []).append(row)
    gaps = []
    for (site, device), rows in sorted(chains.items()):
        start = counted_from([row.chain_start for row in rows], [row.sequence for row in rows if row.kind == "restore"])
        missing = missing_sequences({row.sequence for row in rows}, start)
        if missing:
            gaps.append(Gap(site, device, missing))
    return SyncHistory(sent, received, gaps)


def find_received(session: Session, *, sender: str | None = None, sequence: int | None = None) -> ReceivedRow | None:
    """One received bundle (the newest matching), for reprinting its import receipt."""
    query = select(m.ReceivedBundle).order_by(m.ReceivedBundle.id.desc())
    if sender:
        query = query.where(m.ReceivedBundle.sender_site == sender)
    if sequence is not None:
        query = query.where(m.ReceivedBundle.sequence == sequence)
    row = session.scalars(query.limit(1)).first()
    if row is None:
        return None
    return ReceivedRow(
        row.sender_site,
        row.sender_device,
        row.sequence,
        row.kind,
        row.created,
        row.imported_at,
        row.sha256,
        row.summary,
    )


def list_conflicts(session: Session, *, unseen_only: bool = False, limit: int = 500) -> list[ConflictRow]:
    query = select(m.SyncConflict).order_by(m.SyncConflict.id.desc()).limit(limit)
    if unseen_only:
        query = query.where(m.SyncConflict.seen.is_(False))
    return [
        ConflictRow(
            row.id,
            row.record_type,
            row.record_id,
            row.origin_site,
            row.kept_device,
            row.kept_hlc,
            row.lost_device,
            row.lost_hlc,
            row.lost_values,
            row.detected_at,
            row.seen,
        )
        for row in session.scalars(query)
    ]


def mark_conflicts_seen(session: Session, ids: list[int]) -> int:
    rows = list(session.scalars(select(m.SyncConflict).where(m.SyncConflict.id.in_(ids))))
    for row in rows:
        row.seen = True
    session.flush()
    return len(rows)
