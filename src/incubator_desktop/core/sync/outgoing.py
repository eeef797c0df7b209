"""What a bundle for one site carries: the records it may see that changed since it acknowledged, and notes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.services.sites import SiteInfo
from incubator_desktop.core.stamping import local_site
from incubator_desktop.core.sync.codec import select_encoded
from incubator_desktop.core.sync.key_changes import revoked_keys_of
from incubator_desktop.core.vocab import SiteKind

#: Record types that never travel as records: service files go as monthly counts (their names and notes
#: are sensitive), and a district's audit log is its own business.
NEVER_SENT = frozenset({m.ServiceFile.__tablename__})
DISTRICT_KEEPS = frozenset({m.AuditEntry.__tablename__})
#: Attachments of these record types stay where they are, like the records themselves.
PRIVATE_ATTACHMENTS = frozenset({m.ServiceFile.__tablename__, m.AuditEntry.__tablename__})


@dataclass
class Outgoing:
    """The records (encoded), attachment hashes and notes for one bundle."""

    records: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    attachments: list[str] = field(default_factory=list)
    manifest: dict[str, Any] = field(default_factory=dict)
    through_hlc: str = ""


def _scope(model: type[m.SyncedRecord], me: SiteInfo, recipient: str) -> ColumnElement[bool] | None:
    """Which of our own records of `model` this recipient may see; None: none of them."""
    kind = model.__tablename__
    if kind in NEVER_SENT:
        return None
    if me.role is SiteKind.TOWNSHIP:
        return true()
    # A district sends each township only what concerns it: its targets, and the district's shared records.
    if kind in DISTRICT_KEEPS:
        return None
    if model is m.TargetSet:
        return m.TargetSet.site_code == recipient
    if model is m.TargetValue:
        sets = select(m.TargetSet.id).where(m.TargetSet.site_code == recipient)
        return m.TargetValue.target_set_id.in_(sets)
    # Approvals, re-open decisions and evaluations concern one township: only it receives them (and their files).
    if model is m.MonthApproval:
        return m.MonthApproval.site_code == recipient
    if model is m.ReopenGrant:
        return m.ReopenGrant.site_code == recipient
    if model is m.AnnualEvaluation:
        return m.AnnualEvaluation.site_code == recipient
    if model is m.Attachment:
        site_scoped = ["month_approvals", "reopen_grants", "annual_evaluations"]
        return m.Attachment.record_type.not_in(["target_sets", "target_values", *site_scoped])
    return true()


def _own(model: type[m.SyncedRecord], me: SiteInfo) -> ColumnElement[bool]:
    """Our own records of `model`. On a township nearly every row is its own, so the site is written so that
    SQLite cannot pick the site index (it would read the whole table) over the stamp index for `hlc > since`;
    on a district its own rows are the few, and the site index is the right one."""
    if me.role is SiteKind.TOWNSHIP:
        return (model.origin_site + "") == me.code
    return model.origin_site == me.code


def _select_rows(session: Session, model: type[m.SyncedRecord], condition: ColumnElement[bool]) -> list[dict[str, Any]]:
    """The matching rows, already encoded (in stamp order)."""
    conditions = [condition]
    if model is m.Attachment:
        conditions.append(m.Attachment.record_type.not_in(sorted(PRIVATE_ATTACHMENTS)))
    return select_encoded(session, model.__tablename__, *conditions)


def _add(outgoing: Outgoing, kind: str, rows: list[dict[str, Any]]) -> None:
    outgoing.records.extend({"type": kind, "values": values} for values in rows)
    if kind == m.Attachment.__tablename__:
        outgoing.attachments.extend(values["sha256"] for values in rows if not values["deleted"])
    if rows:
        outgoing.counts[kind] = outgoing.counts.get(kind, 0) + len(rows)


def receipt_for(session: Session, sender_site: str) -> dict[str, list[int]]:
    """Per device of `sender_site`: the sequence numbers of its bundles applied here."""
    query = select(m.ReceivedBundle.sender_device, m.ReceivedBundle.sequence).where(
        m.ReceivedBundle.sender_site == sender_site
    )
    applied: dict[str, list[int]] = {}
    for device, sequence in session.execute(query.order_by(m.ReceivedBundle.sequence)):
        applied.setdefault(device, []).append(sequence)
    return applied


def service_file_counts(session: Session, me: SiteInfo) -> list[list[Any]]:
    """Live service files per kind and month: all the district learns of them."""
    query = select(m.ServiceFile.kind, m.ServiceFile.opened_on).where(
        m.ServiceFile.origin_site == me.code, m.ServiceFile.deleted.is_(False)
    )
    counted = Counter((kind, opened.strftime("%Y-%m")) for kind, opened in session.execute(query))
    return [[kind, month, count] for (kind, month), count in sorted(counted.items())]


def collect_changes(session: Session, me: SiteInfo, recipient: str, *, since: str) -> Outgoing:
    """Our records for `recipient` stamped after `since` (what it acknowledged), plus receipt and key notes."""
    outgoing = Outgoing()
    me_row = local_site(session)
    outgoing.through_hlc = me_row.last_hlc if me_row else ""
    for model in m.SYNCED_MODELS:
        condition = _scope(model, me, recipient)
        if condition is not None:
            rows = _select_rows(session, model, condition & _own(model, me) & (model.hlc > since))
            _add(outgoing, model.__tablename__, rows)
    outgoing.manifest = {
        "receipt": receipt_for(session, recipient),
        "revoked_keys": revoked_keys_of(session, recipient),
    }
    if me.role is SiteKind.TOWNSHIP:
        outgoing.manifest["service_files"] = {
            "as_of": outgoing.through_hlc,
            "counts": service_file_counts(session, me),
        }
    return outgoing


def collect_restore(session: Session, me: SiteInfo, township: str) -> Outgoing:
    """Everything the district holds of `township`, and the district's own records for it, from the start."""
    outgoing = Outgoing()
    newest_of_township = ""
    for model in m.SYNCED_MODELS:
        kind = model.__tablename__
        if kind in NEVER_SENT:
            continue
        rows = _select_rows(session, model, model.origin_site == township)
        newest_of_township = max([newest_of_township, *(row["hlc"] for row in rows)])
        condition = _scope(model, me, township)
        if condition is not None:
            rows += _select_rows(session, model, condition & (model.origin_site == me.code))
        _add(outgoing, kind, rows)
    me_row = local_site(session)
    outgoing.through_hlc = me_row.last_hlc if me_row else ""
    floor = session.scalar(
        select(m.ReceivedBundle.sequence)
        .where(m.ReceivedBundle.sender_site == township)
        .order_by(m.ReceivedBundle.sequence.desc())
        .limit(1)
    )
    outgoing.manifest = {
        "receipt": {},
        "revoked_keys": revoked_keys_of(session, township),
        # The rebuilt township must not resend what we hold, nor reuse sequence numbers we have seen.
        "restore": {"acked_hlc": newest_of_township, "sequence_floor": int(floor or 0)},
    }
    return outgoing
