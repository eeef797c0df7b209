"""Writes a bundle for another site: collect, seal, write beside nothing partial, read back and verify."""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop import __version__
from incubator_desktop.core import durable
from incubator_desktop.core import models as m
from incubator_desktop.core.attachments import attachments_root, read_verified
from incubator_desktop.core.db import Database
from incubator_desktop.core.migrate import HEAD_REVISION
from incubator_desktop.core.services.audit import record_audit
from incubator_desktop.core.services.sites import SiteInfo, require_site
from incubator_desktop.core.sync.container import ZERO_HASH, BundleHeader
from incubator_desktop.core.sync.envelope import seal_bundle
from incubator_desktop.core.sync.errors import (
    BundleRejected,
    Cancelled,
    Progress,
    check_cancelled,
    never_cancelled,
    no_progress,
)
from incubator_desktop.core.sync.outgoing import Outgoing, collect_changes, collect_restore
from incubator_desktop.core.sync.payload import pack_payload
from incubator_desktop.core.sync.trust import current_own_key, load_own_pair, own_statements, recipient_key
from incubator_desktop.core.sync.vault import KeyVault
from incubator_desktop.core.vocab import SiteKind

BUNDLE_SUFFIX = ".incubator-bundle"


@dataclass(frozen=True)
class ExportResult:
    path: str
    sequence: int
    recipient: str
    kind: str
    counts: dict[str, int]
    attachments: int
    sha256: str
    size: int
    missing_attachments: list[str] = field(default_factory=list)


def _recipient(session: Session, me: SiteInfo, requested: str | None) -> str:
    if me.role is SiteKind.TOWNSHIP:
        if not me.parent_code or (requested and requested != me.parent_code):
            raise BundleRejected("export_recipient_not_parent", parent=me.parent_code or "-")
        return me.parent_code
    if not requested:
        raise BundleRejected("export_recipient_required")
    return requested


def _next_sequence(session: Session, me: SiteInfo, recipient: str) -> tuple[int, int, str]:
    """(sequence, first sequence of this device's chain to `recipient`, hash of the previous bundle)."""
    query = select(m.SentBundle).where(m.SentBundle.device_id == me.device_id, m.SentBundle.recipient_site == recipient)
    sent = list(session.scalars(query.order_by(m.SentBundle.sequence)))
    peer = session.get(m.SyncPeer, recipient)
    if not sent:
        start = (peer.sequence_floor if peer else 0) + 1
        return start, start, ZERO_HASH
    return sent[-1].sequence + 1, sent[0].sequence, sent[-1].sha256


def _statements_needed(session: Session, recipient: str, signer: str) -> list[dict[str, object]]:
    """Replacement statements travel until the recipient acknowledges a bundle signed by the new key."""
    acked = select(m.SentBundle.id).where(
        m.SentBundle.recipient_site == recipient,
        m.SentBundle.signer_key == signer,
        m.SentBundle.acknowledged.is_(True),
    )
    return [] if session.scalars(acked.limit(1)).first() else own_statements(session)


def _blobs(
    session: Session, db: Database, outgoing: Outgoing, recipient: str
) -> tuple[list[tuple[str, bytes]], list[str]]:
    acked = set(session.scalars(select(m.AckedAttachment.sha256).where(m.AckedAttachment.peer_site == recipient)))
    root = attachments_root(db.url)
    blobs: list[tuple[str, bytes]] = []
    missing: list[str] = []
    for sha256 in dict.fromkeys(outgoing.attachments):
        if sha256 in acked:
            continue
        data = read_verified(root, sha256)
        if data is None:
            missing.append(sha256)  # reported; the record still travels, the bytes can follow later
        else:
            blobs.append((sha256, data))
    return blobs, missing


def _write_and_verify(directory: Path, name: str, data: bytes) -> Path:
    """Written beside nothing partial and read back before it takes its name: a stick that lies is caught."""
    directory.mkdir(parents=True, exist_ok=True)
    final = directory / name
    if not durable.write_verified(final, data):
        raise BundleRejected("export_verify_failed", path=str(final))
    return final


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a bundle's records are built and packed.

    Tens of thousands of small dicts trigger it over and over, and each pass walks every live object: that
    was a third of an export's time. The records hold no cycles, so nothing waits on it meanwhile.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _export(
    db: Database,
    vault: KeyVault,
    out_dir: Path,
    recipient: str | None,
    *,
    restore: bool,
    progress: Progress,
    cancelled: Cancelled,
) -> ExportResult:
    progress(0.0, "collect")
    with _collector_paused():
        with db.reading() as session:
            me = require_site(session)
            if restore and me.role is not SiteKind.DISTRICT:
                raise BundleRejected("restore_only_district")
            target = _recipient(session, me, recipient)
            their_key, signer = recipient_key(session, target), current_own_key(session)
            their_key_id, their_enc_public, signer_id = their_key.key_id, their_key.enc_public, signer.key_id
            pair = load_own_pair(session, vault, signer_id)
            peer = session.get(m.SyncPeer, target)
            if restore:
                outgoing = collect_restore(session, me, target)
            else:
                outgoing = collect_changes(session, me, target, since=peer.acked_hlc if peer else "")
            check_cancelled(cancelled)
            progress(0.4, "attachments")
            blobs, missing = _blobs(session, db, outgoing, target)
            sequence, chain_start, previous = _next_sequence(session, me, target)
            statements = _statements_needed(session, target, signer_id)
        check_cancelled(cancelled)
        progress(0.6, "seal")
        header = BundleHeader(
            kind="restore" if restore else "changes",
            schema=HEAD_REVISION,
            app=__version__,
            sender_site=me.code,
            sender_device=me.device_id,
            sender_key=signer_id,
            recipient_site=target,
            recipient_key=their_key_id,
            sequence=sequence,
            chain_start=chain_start,
            previous=previous,
            created=datetime.now(UTC).isoformat(timespec="seconds"),
            counts=dict(sorted(outgoing.counts.items())),
            attachments=len(blobs),
            payload_length=0,
            ephemeral_key="0" * 64,
            key_statements=statements,
        )
        plaintext = pack_payload(outgoing.manifest, outgoing.records, blobs)
        data = seal_bundle(header, plaintext, sender=pair, recipient_enc_public=their_enc_public)
        sha256 = hashlib.sha256(data).hexdigest()
        name = f"{me.code}-{me.device_id[:6]}-to-{target}-{sequence:05d}{BUNDLE_SUFFIX}"
        check_cancelled(cancelled)
        # The number is spent before the file exists: a failed write leaves a reported gap, never a reuse.
        with db.transaction() as session:
            sent = m.SentBundle(
                recipient_site=target,
                device_id=me.device_id,
                sequence=sequence,
                kind=header.kind,
                sha256=sha256,
                previous=previous,
                signer_key=signer_id,
                through_hlc=outgoing.through_hlc,
                counts=header.counts,
                attachments=[sha for sha, _ in blobs],
                file_name=name,
                status="writing",
            )
            session.add(sent)
            session.flush()
            sent_id = sent.id
        progress(0.8, "write")
        try:
            path = _write_and_verify(out_dir, name, data)
        except BaseException:
            _finish(db, sent_id, "failed", None)
            raise
        _finish(db, sent_id, "written", (target, sequence, header.counts))
        progress(1.0, "done")
        return ExportResult(
            str(path), sequence, target, header.kind, header.counts, len(blobs), sha256, len(data), missing
        )


def _finish(db: Database, sent_id: int, status: str, audit: tuple[str, int, dict[str, int]] | None) -> None:
    with db.transaction() as session:
        sent = session.get(m.SentBundle, sent_id)
        assert sent is not None
        sent.status = status
        if audit is not None:
            recipient, sequence, counts = audit
            record_audit(session, "bundle_export", recipient=recipient, sequence=sequence, counts=counts)


def export_bundle(
    db: Database,
    vault: KeyVault,
    *,
    out_dir: Path,
    recipient: str | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> ExportResult:
    """A bundle of every change `recipient` has not acknowledged (township: its district by default)."""
    return _export(db, vault, out_dir, recipient, restore=False, progress=progress, cancelled=cancelled)


def export_restore_bundle(
    db: Database,
    vault: KeyVault,
    *,
    out_dir: Path,
    township: str,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> ExportResult:
    """On the district: everything it holds of `township`, to rebuild a township whose PC died."""
    return _export(db, vault, out_dir, township, restore=True, progress=progress, cancelled=cancelled)
