"""Merging incoming records: newest stamp wins (ties by device), losers go to the conflict log, nothing else."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.bulk_insert import insert_rows
from incubator_desktop.core.sync.codec import encode_row, foreign_keys, table_of, unique_columns
from incubator_desktop.core.sync.errors import BundleRejected
from incubator_desktop.core.sync.keys import canonical_json

_CHUNK = 500


@dataclass(frozen=True)
class IncomingRecord:
    """One record from a bundle: its JSON values (compared and logged) and Python values (written)."""

    kind: str
    encoded: dict[str, Any]
    decoded: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.encoded["id"])


@dataclass
class TypeCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    conflicts: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True)
class LostVersion:
    kind: str
    record_id: str
    origin_site: str
    kept: dict[str, Any]
    lost: dict[str, Any]


@dataclass
class MergePlan:
    """What applying would do; computed without writing, so a dry run and the real run agree."""

    inserts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    updates: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    replaced: list[tuple[str, str]] = field(default_factory=list)  # (kind, id) of local rows to drop first
    lost: list[LostVersion] = field(default_factory=list)
    counts: dict[str, TypeCounts] = field(default_factory=dict)
    newest_hlc: str = ""

    @property
    def conflicts(self) -> int:
        return len(self.lost)


def version_key(values: dict[str, Any]) -> tuple[str, str, str]:
    """Total order of versions: newest stamp, then device id, then content (so every order agrees)."""
    return str(values["hlc"]), str(values["device_id"]), hashlib.sha256(canonical_json(values)).hexdigest()


def _local_rows(session: Session, kind: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    table = table_of(kind)
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), _CHUNK):
        query = select(table).where(table.c.id.in_(ids[start : start + _CHUNK]))
        for row in session.execute(query).mappings():
            found[row["id"]] = encode_row(table, row)
    return found


def _existing_ids(session: Session, kind: str, ids: set[str]) -> set[str]:
    table = table_of(kind)
    listed = sorted(ids)
    found: set[str] = set()
    for start in range(0, len(listed), _CHUNK):
        found.update(session.scalars(select(table.c.id).where(table.c.id.in_(listed[start : start + _CHUNK]))))
    return found


def _check_references(session: Session, records: list[IncomingRecord]) -> None:
    """Every reference points at a record that exists here or arrives in the same bundle."""
    arriving: dict[str, set[str]] = {}
    for record in records:
        arriving.setdefault(record.kind, set()).add(record.id)
    wanted: dict[str, set[str]] = {}
    for record in records:
        for column, target in foreign_keys(record.kind):
            value = record.encoded[column]
            if value is not None and value not in arriving.get(target, set()):
                wanted.setdefault(target, set()).add(str(value))
    for target, ids in wanted.items():
        missing = ids - _existing_ids(session, target, ids)
        if missing:
            raise BundleRejected("bundle_reference_missing", kind=target, id=sorted(missing)[0])


def _check_unique(
    session: Session, kind: str, records: list[IncomingRecord], plan: MergePlan, restore_for: str
) -> None:
    table = table_of(kind)
    for column in unique_columns(kind):
        seen: dict[Any, str] = {}
        for record in records:
            value = record.encoded[column]
            if value is None:
                continue
            if seen.setdefault(value, record.id) != record.id:
                raise BundleRejected("bundle_unique_clash", kind=kind, column=column, value=value)
            query = select(table.c.id, table.c.origin_site).where(table.c[column] == value, table.c.id != record.id)
            for other_id, other_origin in session.execute(query):
                # Only a restore may displace a local row: the fresh install's own Site row made at init.
                if restore_for and other_origin == restore_for and other_id not in {r.id for r in records}:
                    plan.replaced.append((kind, other_id))
                else:
                    raise BundleRejected("bundle_unique_clash", kind=kind, column=column, value=value)


def plan_merge(session: Session, records: list[IncomingRecord], *, restore_for: str = "") -> MergePlan:
    """Decide, record by record, what applying would change; raises BundleRejected for an impossible bundle."""
    plan = MergePlan()
    by_kind: dict[str, list[IncomingRecord]] = {}
    for record in records:
        by_kind.setdefault(record.kind, []).append(record)
    for kind, group in by_kind.items():
        if len({record.id for record in group}) != len(group):
            raise BundleRejected("bundle_duplicate_record", kind=kind)
    _check_references(session, records)
    for kind, group in by_kind.items():
        _check_unique(session, kind, group, plan, restore_for)
        local = _local_rows(session, kind, [record.id for record in group])
        counts = plan.counts.setdefault(kind, TypeCounts())
        for record in group:
            plan.newest_hlc = max(plan.newest_hlc, str(record.encoded["hlc"]))
            _decide(plan, counts, record, local.get(record.id))
    return plan


def _decide(plan: MergePlan, counts: TypeCounts, record: IncomingRecord, mine: dict[str, Any] | None) -> None:
    theirs = record.encoded
    if mine is None:
        plan.inserts.setdefault(record.kind, []).append(record.decoded)
        if theirs["deleted"]:
            counts.deleted += 1  # a tombstone for a record we never saw: kept, so no older copy revives it
        else:
            counts.created += 1
        return
    if mine["origin_site"] != theirs["origin_site"]:
        raise BundleRejected("bundle_owner_mismatch", kind=record.kind, id=record.id, owner=mine["origin_site"])
    if mine == theirs:
        counts.unchanged += 1
        return
    if version_key(theirs) > version_key(mine):
        plan.updates.setdefault(record.kind, []).append(record.decoded)
        if theirs["deleted"] and not mine["deleted"]:
            counts.deleted += 1
        else:
            counts.updated += 1
        winner, loser = theirs, mine
    else:
        counts.unchanged += 1
        winner, loser = mine, theirs
    if winner["device_id"] != loser["device_id"]:
        # Two devices of one site wrote this record; the older version is kept where the clerk can see it.
        plan.lost.append(LostVersion(record.kind, record.id, str(theirs["origin_site"]), winner, loser))
        counts.conflicts += 1


def apply_merge(session: Session, plan: MergePlan, *, bundle_sha256: str) -> None:
    """Write the plan in the caller's transaction, parents before children."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        # Checked again at commit; within the batch a child may briefly precede a parent of another type.
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for kind, record_id in plan.replaced:
        table = table_of(kind)
        session.execute(delete(table).where(table.c.id == record_id))
    for model in m.SYNCED_MODELS:
        kind = model.__tablename__
        table = table_of(kind)
        insert_rows(session, table, plan.inserts.get(kind, []))
        for values in plan.updates.get(kind, []):
            session.execute(update(table).where(table.c.id == values["id"]).values(**values))
    for lost in plan.lost:
        session.add(
            m.SyncConflict(
                record_type=lost.kind,
                record_id=lost.record_id,
                origin_site=lost.origin_site,
                kept_device=lost.kept["device_id"],
                kept_hlc=lost.kept["hlc"],
                lost_device=lost.lost["device_id"],
                lost_hlc=lost.lost["hlc"],
                lost_values=lost.lost,
                bundle_sha256=bundle_sha256,
            )
        )
    session.flush()
