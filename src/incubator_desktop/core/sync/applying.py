"""The one transaction of an import: records, receipts, key changes, counts, history, clock and audit."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.clock import HybridClock
from incubator_desktop.core.services.audit import record_audit
from incubator_desktop.core.services.sites import SiteInfo
from incubator_desktop.core.stamping import local_site
from incubator_desktop.core.sync.container import BundleParts
from incubator_desktop.core.sync.errors import BundleRejected
from incubator_desktop.core.sync.history import check_sequence
from incubator_desktop.core.sync.key_changes import AcceptedStatement, apply_revocations, apply_statements
from incubator_desktop.core.sync.merge import IncomingRecord, MergePlan, apply_merge, plan_merge
from incubator_desktop.core.sync.payload import Payload
from incubator_desktop.core.vocab import SiteKind

_MONTH = re.compile(r"^\d{4}-\d{2}$")
_STAMP = re.compile(r"^(\d{19})?$")


@dataclass(frozen=True)
class CheckedBundle:
    """A bundle that passed every check, with what the transaction needs."""

    parts: BundleParts
    me: SiteInfo
    records: list[IncomingRecord]
    payload: Payload
    accepted: list[AcceptedStatement]
    already: bool = False
    gap: list[int] = field(default_factory=list)
    plan: MergePlan | None = None


@dataclass(frozen=True)
class ApplyOutcome:
    already: bool
    plan: MergePlan | None = None
    acknowledged: list[int] = field(default_factory=list)
    revoked_keys: list[str] = field(default_factory=list)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_manifest(manifest: dict[str, Any]) -> None:
    """The notes beside the records must have the shapes the transaction expects, or the bundle is refused."""
    receipt = manifest.get("receipt", {})
    revoked = manifest.get("revoked_keys", [])
    files = manifest.get("service_files")
    restore = manifest.get("restore")
    valid = (
        isinstance(receipt, dict)
        and all(isinstance(seqs, list) and all(_is_int(n) for n in seqs) for seqs in receipt.values())
        and isinstance(revoked, list)
        and all(isinstance(key, str) for key in revoked)
    )
    if files is not None:
        valid = valid and (
            isinstance(files, dict)
            and isinstance(files.get("as_of"), str)
            and bool(_STAMP.match(files["as_of"]))
            and isinstance(files.get("counts"), list)
            and all(
                isinstance(row, list)
                and len(row) == 3
                and isinstance(row[0], str)
                and len(row[0]) <= 8
                and isinstance(row[1], str)
                and bool(_MONTH.match(row[1]))
                and _is_int(row[2])
                for row in files["counts"]
            )
        )
    if restore is not None:
        valid = valid and (
            isinstance(restore, dict)
            and isinstance(restore.get("acked_hlc"), str)
            and bool(_STAMP.match(restore["acked_hlc"]))
            and _is_int(restore.get("sequence_floor"))
        )
    if not valid:
        raise BundleRejected("bundle_payload_invalid", detail="manifest")


def _peer(session: Session, site_code: str) -> m.SyncPeer:
    peer = session.get(m.SyncPeer, site_code)
    if peer is None:
        peer = m.SyncPeer(site_code=site_code, acked_hlc="", sequence_floor=0)
        session.add(peer)
    return peer


def _apply_receipt(session: Session, me: SiteInfo, sender: str, receipt: dict[str, list[int]]) -> list[int]:
    """Mark our bundles the sender applied; from now on we send only what came after them."""
    sequences = receipt.get(me.device_id, [])
    if not sequences:
        return []
    query = select(m.SentBundle).where(
        m.SentBundle.device_id == me.device_id,
        m.SentBundle.recipient_site == sender,
        m.SentBundle.sequence.in_(sequences),
    )
    peer = _peer(session, sender)
    newly: list[int] = []
    for sent in session.scalars(query):
        if not sent.acknowledged:
            sent.acknowledged = True
            newly.append(sent.sequence)
        peer.acked_hlc = max(peer.acked_hlc, sent.through_hlc)
        for sha256 in sent.attachments:
            if session.get(m.AckedAttachment, (sender, sha256)) is None:
                session.add(m.AckedAttachment(peer_site=sender, sha256=sha256))
    session.flush()
    return sorted(newly)


def _apply_service_files(session: Session, sender: str, files: dict[str, Any]) -> None:
    """Replace the township's monthly counts with a newer snapshot; an older one arriving late is ignored."""
    current = session.scalar(
        select(m.ServiceFileCount.as_of_hlc)
        .where(m.ServiceFileCount.site_code == sender)
        .order_by(m.ServiceFileCount.as_of_hlc.desc())
        .limit(1)
    )
    if current is not None and current >= files["as_of"]:
        return
    session.execute(delete(m.ServiceFileCount).where(m.ServiceFileCount.site_code == sender))
    for kind, month, count in files["counts"]:
        session.add(m.ServiceFileCount(site_code=sender, kind=kind, month=month, count=count, as_of_hlc=files["as_of"]))
    session.flush()


def apply_bundle(session: Session, checked: CheckedBundle) -> ApplyOutcome:
    """Everything an import writes, in the caller's transaction; re-plans so a concurrent import cannot slip in."""
    parts, me = checked.parts, checked.me
    header, manifest = parts.header, checked.payload.manifest
    already, gap = check_sequence(session, header, parts.sha256)
    if already:
        return ApplyOutcome(already=True)
    plan = plan_merge(session, checked.records, restore_for=me.code if header.kind == "restore" else "")
    apply_merge(session, plan, bundle_sha256=parts.sha256)
    apply_statements(session, checked.accepted)
    revoked = apply_revocations(session, manifest.get("revoked_keys", []))
    acknowledged = _apply_receipt(session, me, header.sender_site, manifest.get("receipt", {}))
    if me.role is SiteKind.DISTRICT and manifest.get("service_files") is not None:
        _apply_service_files(session, header.sender_site, manifest["service_files"])
    restore = manifest.get("restore")
    if header.kind == "restore" and restore is not None:
        peer = _peer(session, header.sender_site)
        peer.acked_hlc = max(peer.acked_hlc, restore["acked_hlc"])
        peer.sequence_floor = max(peer.sequence_floor, restore["sequence_floor"])
    counts = {kind: value.as_dict() for kind, value in sorted(plan.counts.items())}
    summary = {"counts": counts, "conflicts": plan.conflicts, "gap": gap, "attachments": len(checked.payload.blobs)}
    session.add(
        m.ReceivedBundle(
            sender_site=header.sender_site,
            sender_device=header.sender_device,
            sequence=header.sequence,
            chain_start=header.chain_start,
            kind=header.kind,
            sha256=parts.sha256,
            previous=header.previous,
            created=header.created,
            summary=summary,
        )
    )
    me_row = local_site(session)
    if me_row is not None:
        # Later local edits must sort after everything just learned, whatever this PC's clock says.
        clock = HybridClock(me_row.last_hlc)
        clock.observe(plan.newest_hlc)
        me_row.last_hlc = clock.last
    session.flush()
    record_audit(
        session,
        "bundle_import",
        sender=header.sender_site,
        sequence=header.sequence,
        kind=header.kind,
        counts={kind: sum(value.values()) - value["conflicts"] for kind, value in counts.items()},
        conflicts=plan.conflicts,
        gap=gap,
    )
    return ApplyOutcome(already=False, plan=plan, acknowledged=acknowledged, revoked_keys=revoked)
