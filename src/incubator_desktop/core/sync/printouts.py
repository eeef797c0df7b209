"""The facts the sync printouts show, gathered from the database (the PDF builders never query)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.services.sites import require_site
from incubator_desktop.core.sync.history import ReceivedRow, find_received
from incubator_desktop.core.sync.keyform import KeyformFacts
from incubator_desktop.core.sync.receipt_pdf import ReceiptFacts
from incubator_desktop.core.sync.trust import current_own_key


def site_name(session: Session, code: str) -> str:
    name = session.scalar(select(m.Site.name).where(m.Site.code == code))
    return name or code


def keyform_facts(session: Session) -> KeyformFacts:
    site = require_site(session)
    key = current_own_key(session)
    return KeyformFacts(
        site_name=site.name,
        site_code=site.code,
        role=site.role.value,
        key_id=key.key_id,
        device_id=site.device_id,
        created=key.created_at.strftime("%Y-%m-%d %H:%M"),
        fingerprint=key.fingerprint,
    )


def receipt_facts(session: Session, received: ReceivedRow) -> ReceiptFacts:
    me = require_site(session)
    summary = received.summary
    return ReceiptFacts(
        receiver_name=me.name,
        receiver_code=me.code,
        sender_name=site_name(session, received.sender),
        sender_code=received.sender,
        sequence=received.sequence,
        kind=received.kind,
        created=received.created.replace("T", " ")[:16],
        imported=received.imported_at.strftime("%Y-%m-%d %H:%M"),
        sha256=received.sha256,
        counts=dict(summary.get("counts", {})),
        conflicts=int(summary.get("conflicts", 0)),
        gap=list(summary.get("gap", [])),
        attachments=int(summary.get("attachments", 0)),
    )


def latest_receipt_facts(session: Session, *, sender: str | None = None, sequence: int | None = None) -> ReceiptFacts:
    received = find_received(session, sender=sender, sequence=sequence)
    if received is None:
        raise InputRejected("no_bundle_received")
    return receipt_facts(session, received)
