"""Imports a bundle: every check in order, read-only, then one transaction (or none, for a dry run)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.attachments import attachments_root, store_bytes
from incubator_desktop.core.backups import backup_before
from incubator_desktop.core.db import Database
from incubator_desktop.core.migrate import known_revisions
from incubator_desktop.core.paths import data_dir, sqlite_path
from incubator_desktop.core.services.sites import SiteInfo, require_site
from incubator_desktop.core.sync.applying import CheckedBundle, apply_bundle, check_manifest
from incubator_desktop.core.sync.codec import SchemaProblem, decode_row
from incubator_desktop.core.sync.container import BundleHeader, BundleParts, read_bundle_file, split_bundle
from incubator_desktop.core.sync.envelope import open_payload, signature_is_valid
from incubator_desktop.core.sync.errors import (
    BundleRejected,
    Cancelled,
    Progress,
    check_cancelled,
    never_cancelled,
    no_progress,
)
from incubator_desktop.core.sync.history import check_sequence
from incubator_desktop.core.sync.key_changes import check_statements
from incubator_desktop.core.sync.merge import IncomingRecord, plan_merge
from incubator_desktop.core.sync.outgoing import NEVER_SENT
from incubator_desktop.core.sync.payload import Payload, unpack_payload
from incubator_desktop.core.sync.trust import load_own_pair
from incubator_desktop.core.sync.vault import KeyVault
from incubator_desktop.core.vocab import SiteKind

APPLIED, ALREADY_APPLIED, PREVIEWED, REJECTED = "applied", "already-applied", "previewed", "rejected"


@dataclass(frozen=True)
class ImportResult:
    """What an import did (or, for a dry run, would do), per record type."""

    status: str
    sender: str
    sender_device: str
    sequence: int
    kind: str
    created: str
    sha256: str
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    conflicts: int = 0
    gap: list[int] = field(default_factory=list)
    attachments: int = 0
    dry_run: bool = False
    acknowledged: list[int] = field(default_factory=list)
    revoked_keys: list[str] = field(default_factory=list)


def inspect_bundle(path: Path) -> BundleHeader:
    """The clear header of a bundle file, after the size and format checks; needs no private key."""
    return split_bundle(read_bundle_file(path)).header


def _check_signer(session: Session, parts: BundleParts) -> list[Any]:
    header = parts.header
    key = session.get(m.TrustedKey, header.sender_key)
    if key is not None and key.site_code != header.sender_site:
        raise BundleRejected("bundle_signer_not_of_site", key=header.sender_key, site=header.sender_site)
    if key is not None and key.revoked:
        raise BundleRejected("bundle_signer_revoked", key=header.sender_key, site=header.sender_site)
    signers, accepted = check_statements(session, header.sender_site, header.key_statements)
    if header.sender_key not in signers:
        raise BundleRejected("bundle_signer_unknown", key=header.sender_key, site=header.sender_site)
    if not signature_is_valid(parts, signers[header.sender_key]):
        raise BundleRejected("bundle_signature_invalid")
    return accepted


def _check_addressed(session: Session, me: SiteInfo, header: BundleHeader) -> None:
    if header.recipient_site != me.code:
        raise BundleRejected("bundle_wrong_recipient", recipient=header.recipient_site, me=me.code)
    key = session.get(m.TrustedKey, header.recipient_key)
    if key is None or not key.is_own or key.device_id != me.device_id:
        raise BundleRejected("bundle_wrong_recipient_key", key=header.recipient_key)


def _quarantine(db: Database, path: Path, sha256: str) -> str:
    """Keep a copy of a bundle that reuses a sequence number, for whoever investigates; the DB is untouched."""
    db_file = sqlite_path(db.url)
    # Beside the database, or in the data folder for a server database: never on the stick it came from.
    folder = (db_file.parent if db_file else data_dir()) / "quarantine"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{sha256[:16]}-{path.name}"
    shutil.copyfile(path, target)
    return str(target)


def _allowed_origins(me: SiteInfo, header: BundleHeader) -> set[str]:
    if header.kind == "restore":
        # Only our district rebuilds us, and only with our records and its own.
        if me.role is not SiteKind.TOWNSHIP or header.sender_site != me.parent_code:
            raise BundleRejected("bundle_restore_not_allowed", sender=header.sender_site)
        return {header.sender_site, me.code}
    return {header.sender_site}


def _check_schema(me: SiteInfo, header: BundleHeader, payload: Payload) -> list[IncomingRecord]:
    if header.schema not in known_revisions():
        raise BundleRejected("bundle_schema_unknown", schema=header.schema)
    check_manifest(payload.manifest)
    allowed = _allowed_origins(me, header)
    records: list[IncomingRecord] = []
    counts: dict[str, int] = {}
    for line in payload.records:
        kind = line["type"]
        try:
            decoded = decode_row(kind, line["values"])
        except SchemaProblem as problem:
            raise BundleRejected("bundle_record_invalid", kind=problem.table, column=problem.column) from None
        if kind in NEVER_SENT:
            raise BundleRejected("bundle_sensitive_records", kind=kind)
        if decoded["origin_site"] not in allowed:
            raise BundleRejected("bundle_foreign_records", kind=kind, owner=decoded["origin_site"])
        if kind == m.Site.__tablename__ and decoded["code"] != decoded["origin_site"]:
            raise BundleRejected("bundle_foreign_records", kind=kind, owner=decoded["code"])
        records.append(IncomingRecord(kind, dict(line["values"]), decoded))
        counts[kind] = counts.get(kind, 0) + 1
    if counts != header.counts or len(payload.blobs) != header.attachments:
        raise BundleRejected("bundle_counts_mismatch")
    return records


def _checked(db: Database, vault: KeyVault, path: Path, progress: Progress, cancelled: Cancelled) -> CheckedBundle:
    """Run every check before the transaction; returns what the transaction needs, or the already-applied mark."""
    progress(0.0, "read")
    parts = split_bundle(read_bundle_file(path))
    header = parts.header
    with db.reading() as session:
        me = require_site(session)
        accepted = _check_signer(session, parts)
        _check_addressed(session, me, header)
        try:
            already, gap = check_sequence(session, header, parts.sha256)
        except BundleRejected as rejected:
            rejected.params["quarantined"] = _quarantine(db, path, parts.sha256)
            raise
        if already:
            return CheckedBundle(parts, me, [], Payload({}, [], {}), [], already=True)
        check_cancelled(cancelled)
        progress(0.2, "decrypt")
        payload = unpack_payload(open_payload(parts, load_own_pair(session, vault, header.recipient_key)))
        progress(0.4, "check")
        records = _check_schema(me, header, payload)
        check_cancelled(cancelled)
        progress(0.6, "preview")
        restore_for = me.code if header.kind == "restore" else ""
        plan = plan_merge(session, records, restore_for=restore_for)
    return CheckedBundle(parts, me, records, payload, accepted, gap=gap, plan=plan)


def _result(checked: CheckedBundle, status: str, **extra: Any) -> ImportResult:
    header, plan = checked.parts.header, checked.plan
    counts = {kind: value.as_dict() for kind, value in sorted(plan.counts.items())} if plan else {}
    return ImportResult(
        status=status,
        sender=header.sender_site,
        sender_device=header.sender_device,
        sequence=header.sequence,
        kind=header.kind,
        created=header.created,
        sha256=checked.parts.sha256,
        counts=counts,
        conflicts=plan.conflicts if plan else 0,
        gap=checked.gap,
        attachments=len(checked.payload.blobs),
        **extra,
    )


def import_bundle(
    db: Database,
    vault: KeyVault,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> ImportResult:
    """Check a bundle and apply it in one transaction; raises BundleRejected (database untouched) if it fails."""
    checked = _checked(db, vault, path, progress, cancelled)
    if checked.already:
        return _result(checked, ALREADY_APPLIED, dry_run=dry_run)
    if dry_run:
        return _result(checked, PREVIEWED, dry_run=True)
    check_cancelled(cancelled)
    backup_before(db, "import")  # every check passed: keep the state before the write, as the issue asks
    progress(0.8, "apply")
    root = attachments_root(db.url)
    for data in checked.payload.blobs.values():
        store_bytes(root, data)  # content-addressed and idempotent: harmless even if the transaction fails
    with db.transaction() as session:
        outcome = apply_bundle(session, checked)
    if outcome.already:
        return _result(checked, ALREADY_APPLIED)
    progress(1.0, "done")
    final = CheckedBundle(
        checked.parts, checked.me, checked.records, checked.payload, [], gap=checked.gap, plan=outcome.plan
    )
    return _result(final, APPLIED, acknowledged=outcome.acknowledged, revoked_keys=outcome.revoked_keys)
