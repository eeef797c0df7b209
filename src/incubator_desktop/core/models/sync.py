"""Sync bookkeeping that stays on this install: trusted keys, bundles sent and received, conflicts, counts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from incubator_desktop.core.models.base import ID, Base, utcnow

HASH = String(64)
SITE = String(12)
STAMP = String(24)


class TrustedKey(Base):
    """A site's public keys: our own (private half in the credential store) and every enrolled peer's."""

    __tablename__ = "sync_keys"

    key_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    site_code: Mapped[str] = mapped_column(SITE, index=True)
    device_id: Mapped[str | None] = mapped_column(ID)
    sign_public: Mapped[str] = mapped_column(HASH)  # Ed25519, hex
    enc_public: Mapped[str] = mapped_column(HASH)  # X25519, hex
    fingerprint: Mapped[str] = mapped_column(String(80))
    is_own: Mapped[bool] = mapped_column(default=False)
    storage: Mapped[str | None] = mapped_column(String(16))  # where our private half lives: keyring | file
    source: Mapped[str] = mapped_column(String(16))  # generated | enrolled | bundle
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked: Mapped[bool] = mapped_column(default=False)
    revoked_at: Mapped[datetime | None]
    replaced_by: Mapped[str | None] = mapped_column(String(32))
    # The replacement statement (signed by the key this one replaced) that peers need to trust this key.
    statement: Mapped[dict[str, Any] | None]


class SyncPeer(Base):
    """What we know about sending to one other site: how far it acknowledged, where our numbering starts."""

    __tablename__ = "sync_peers"

    site_code: Mapped[str] = mapped_column(SITE, primary_key=True)
    acked_hlc: Mapped[str] = mapped_column(STAMP, default="")
    sequence_floor: Mapped[int] = mapped_column(default=0)


class SentBundle(Base):
    """One bundle this install wrote (or tried to write) for another site."""

    __tablename__ = "sync_sent_bundles"
    __table_args__ = (UniqueConstraint("device_id", "recipient_site", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    recipient_site: Mapped[str] = mapped_column(SITE, index=True)
    device_id: Mapped[str] = mapped_column(ID)
    sequence: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))  # changes | restore
    sha256: Mapped[str] = mapped_column(HASH, default="")
    previous: Mapped[str] = mapped_column(HASH)
    signer_key: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    through_hlc: Mapped[str] = mapped_column(STAMP)
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    attachments: Mapped[list[str]] = mapped_column(default=list)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    status: Mapped[str] = mapped_column(String(16))  # writing | written | failed
    acknowledged: Mapped[bool] = mapped_column(default=False)


class ReceivedBundle(Base):
    """One bundle applied here; its (device, sequence) and hash make re-imports and reuse detectable."""

    __tablename__ = "sync_received_bundles"
    __table_args__ = (UniqueConstraint("sender_device", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sender_site: Mapped[str] = mapped_column(SITE, index=True)
    sender_device: Mapped[str] = mapped_column(ID)
    sequence: Mapped[int]
    chain_start: Mapped[int] = mapped_column(default=1)
    kind: Mapped[str] = mapped_column(String(16))
    sha256: Mapped[str] = mapped_column(HASH)
    previous: Mapped[str] = mapped_column(HASH)
    created: Mapped[str] = mapped_column(String(40))  # as the sender's header states it
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)


class SyncConflict(Base):
    """A version that lost to a newer one from another device; kept so nothing is silently dropped."""

    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(ID, index=True)
    origin_site: Mapped[str] = mapped_column(SITE)
    kept_device: Mapped[str] = mapped_column(ID)
    kept_hlc: Mapped[str] = mapped_column(STAMP)
    lost_device: Mapped[str] = mapped_column(ID)
    lost_hlc: Mapped[str] = mapped_column(STAMP)
    lost_values: Mapped[dict[str, Any]] = mapped_column(default=dict)
    bundle_sha256: Mapped[str] = mapped_column(HASH)
    detected_at: Mapped[datetime] = mapped_column(default=utcnow)
    seen: Mapped[bool] = mapped_column(default=False)


class AckedAttachment(Base):
    """Attachment bytes a peer confirmed it holds, so they never travel to it again."""

    __tablename__ = "sync_acked_attachments"

    peer_site: Mapped[str] = mapped_column(SITE, primary_key=True)
    sha256: Mapped[str] = mapped_column(HASH, primary_key=True)


class ServiceFileCount(Base):
    """Sensitive service files travel as counts per kind and month only; the district keeps them here."""

    __tablename__ = "sync_service_file_counts"

    site_code: Mapped[str] = mapped_column(SITE, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # YYYY-MM
    count: Mapped[int]
    as_of_hlc: Mapped[str] = mapped_column(STAMP)
