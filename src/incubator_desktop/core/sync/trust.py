"""Which keys this site trusts: its own, enrolled peers', and the replacements and revocations that travel."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.services.audit import record_audit
from incubator_desktop.core.services.sites import SiteInfo, require_site
from incubator_desktop.core.sync.errors import KeyProblem
from incubator_desktop.core.sync.keys import (
    SiteKeyPair,
    fingerprint_for,
    generate_key_pair,
    key_id_for,
    replacement_statement,
    sign_document,
    verify_document,
)
from incubator_desktop.core.sync.vault import KeyVault
from incubator_desktop.core.vocab import SiteKind

PUBLIC_KEY_FORMAT = "incubator-desktop-public-key"


@dataclass(frozen=True)
class KeyRow:
    """One trusted key as the key list shows it."""

    key_id: str
    site_code: str
    fingerprint: str
    own: bool
    status: str  # active | replaced | revoked
    replaced_by: str | None
    device_id: str | None
    created_at: datetime


def key_row(key: m.TrustedKey) -> KeyRow:
    status = "revoked" if key.revoked else "replaced" if key.replaced_by else "active"
    return KeyRow(
        key.key_id, key.site_code, key.fingerprint, key.is_own, status, key.replaced_by, key.device_id, key.created_at
    )


def _now() -> datetime:
    return datetime.now(UTC)


def _add_own(session: Session, site: SiteInfo, vault: KeyVault, pair: SiteKeyPair, **extra: Any) -> m.TrustedKey:
    storage = vault.save(site.code, site.device_id, pair)
    key = m.TrustedKey(
        key_id=pair.key_id,
        site_code=site.code,
        device_id=site.device_id,
        sign_public=pair.sign_public.hex(),
        enc_public=pair.enc_public.hex(),
        fingerprint=pair.fingerprint,
        is_own=True,
        storage=storage,
        source="generated",
        **extra,
    )
    session.add(key)
    session.flush()
    return key


def create_site_keys(session: Session, vault: KeyVault) -> KeyRow:
    """Generate this install's signing and encryption keys (done once, at init)."""
    site = require_site(session)
    if _own_keys(session, site):
        raise KeyProblem("keys_already_exist", site=site.code)
    key = _add_own(session, site, vault, generate_key_pair())
    record_audit(session, "keys_generated", key=key.key_id, fingerprint=key.fingerprint)
    return key_row(key)


def _own_keys(session: Session, site: SiteInfo) -> list[m.TrustedKey]:
    query = select(m.TrustedKey).where(m.TrustedKey.is_own.is_(True), m.TrustedKey.device_id == site.device_id)
    return list(session.scalars(query.order_by(m.TrustedKey.created_at)))


def current_own_key(session: Session) -> m.TrustedKey:
    """The key this install signs with now: its own newest that is neither replaced nor revoked."""
    site = require_site(session)
    usable = [key for key in _own_keys(session, site) if not key.revoked and not key.replaced_by]
    if not usable:
        raise KeyProblem("keys_missing", site=site.code)
    return usable[-1]


def load_own_pair(session: Session, vault: KeyVault, key_id: str) -> SiteKeyPair:
    site = require_site(session)
    key = session.get(m.TrustedKey, key_id)
    if key is None or not key.is_own or key.storage is None:
        raise KeyProblem("private_key_missing", key=key_id)
    pair = vault.load(site.code, site.device_id, key_id, key.storage)
    if pair.key_id != key_id:
        raise KeyProblem("private_key_missing", key=key_id)
    return pair


def own_statements(session: Session) -> list[dict[str, Any]]:
    """Replacement statements of this install's keys, oldest first, for peers that have not seen them."""
    return [key.statement for key in _own_keys(session, require_site(session)) if key.statement]


def list_keys(session: Session) -> list[KeyRow]:
    query = select(m.TrustedKey).order_by(m.TrustedKey.site_code, m.TrustedKey.created_at)
    return [key_row(key) for key in session.scalars(query)]


def recipient_key(session: Session, site_code: str) -> m.TrustedKey:
    """The key a bundle for `site_code` is encrypted to: its newest active enrolled key."""
    query = select(m.TrustedKey).where(
        m.TrustedKey.site_code == site_code,
        m.TrustedKey.is_own.is_(False),
        m.TrustedKey.revoked.is_(False),
        m.TrustedKey.replaced_by.is_(None),
    )
    keys = list(session.scalars(query.order_by(m.TrustedKey.created_at)))
    if not keys:
        raise KeyProblem("no_key_for_site", site=site_code)
    return keys[-1]


def export_public_keys(session: Session, vault: KeyVault) -> bytes:
    """The public-key file: site, keys and fingerprint, signed by the key it carries (proof of possession)."""
    site = require_site(session)
    key = current_own_key(session)
    body = {
        "format": PUBLIC_KEY_FORMAT,
        "version": 1,
        "site": site.code,
        "name": site.name,
        "role": site.role.value,
        "parent": site.parent_code,
        "device": site.device_id,
        "key_id": key.key_id,
        "sign": key.sign_public,
        "enc": key.enc_public,
        "fingerprint": key.fingerprint,
        "created": key.created_at.isoformat(),
    }
    document = sign_document(body, load_own_pair(session, vault, key.key_id))
    return json.dumps(document, ensure_ascii=False, indent=1).encode()


def _parse_public_file(data: bytes) -> dict[str, Any]:
    try:
        document = json.loads(data.decode("utf-8"))
        sign, enc = bytes.fromhex(document["sign"]), bytes.fromhex(document["enc"])
        valid = (
            document.get("format") == PUBLIC_KEY_FORMAT
            and len(sign) == 32
            and len(enc) == 32
            and document.get("key_id") == key_id_for(sign, enc)
            and verify_document(document, document["sign"], field="signature", without=("signature",))
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        valid = False
    if not valid:
        raise KeyProblem("public_key_file_invalid")
    return dict(document)


def _related(me: SiteInfo, site_code: str, role: str, parent: str | None) -> bool:
    # A district enrolls its own townships; a township enrolls its own district. Nobody else.
    if me.role is SiteKind.DISTRICT:
        return role == SiteKind.TOWNSHIP.value and (parent == me.code or site_code.startswith(me.code))
    return role == SiteKind.DISTRICT.value and site_code == me.parent_code


@dataclass(frozen=True)
class PublicKeyFile:
    """What a valid public-key file says, checked against this site, before anyone decides to trust it."""

    site_code: str
    name: str
    role: str
    key_id: str
    fingerprint: str
    already_enrolled: bool


def read_public_key_file(session: Session, data: bytes) -> PublicKeyFile:
    """Check another site's public-key file without trusting it: intact, self-signed, a related site, not revoked."""
    return _read(session, data)[0]


def _read(session: Session, data: bytes) -> tuple[PublicKeyFile, dict[str, Any]]:
    me = require_site(session)
    document = _parse_public_file(data)
    fingerprint = fingerprint_for(bytes.fromhex(document["sign"]), bytes.fromhex(document["enc"]))
    site_code = str(document["site"])
    if site_code == me.code or not _related(me, site_code, str(document.get("role")), document.get("parent")):
        raise KeyProblem("site_not_related", site=site_code, me=me.code)
    existing = session.get(m.TrustedKey, document["key_id"])
    if existing is not None and existing.revoked:
        raise KeyProblem("key_revoked", key=existing.key_id)
    name = str(document.get("name") or site_code)
    role = str(document.get("role"))
    found = PublicKeyFile(site_code, name, role, str(document["key_id"]), fingerprint, existing is not None)
    return found, document


def enroll_public_keys(session: Session, data: bytes, *, expect_fingerprint: str | None = None) -> KeyRow:
    """Trust another site's keys from its public-key file; the fingerprint must match the signed paper form."""
    found, document = _read(session, data)
    if expect_fingerprint is not None and "".join(expect_fingerprint.split()) != found.fingerprint.replace(" ", ""):
        raise KeyProblem("fingerprint_mismatch", fingerprint=found.fingerprint)
    site_code, fingerprint = found.site_code, found.fingerprint
    existing = session.get(m.TrustedKey, found.key_id)
    if existing is not None:
        return key_row(existing)
    key = m.TrustedKey(
        key_id=document["key_id"],
        site_code=site_code,
        device_id=document.get("device"),
        sign_public=document["sign"],
        enc_public=document["enc"],
        fingerprint=fingerprint,
        source="enrolled",
    )
    session.add(key)
    session.flush()
    record_audit(session, "keys_enrolled", site=site_code, key=key.key_id, fingerprint=fingerprint)
    return key_row(key)


def revoke_key(session: Session, key_id: str) -> KeyRow:
    """Stop trusting a key (a stolen or dead PC); the owner site learns it with our next bundle."""
    key = session.get(m.TrustedKey, key_id)
    if key is None:
        raise KeyProblem("key_unknown", key=key_id)
    if key.is_own and key.key_id == current_own_key(session).key_id:
        raise KeyProblem("revoke_current_key")  # rotate with --revoke-old instead, or nothing could sign
    key.revoked, key.revoked_at = True, _now()
    session.flush()
    record_audit(session, "key_revoked", site=key.site_code, key=key_id)
    return key_row(key)


def rotate_keys(session: Session, vault: KeyVault, *, revoke_old: bool = False) -> KeyRow:
    """New keys for this install; a statement signed by the old key carries the trust over to peers."""
    site = require_site(session)
    usable = [key for key in _own_keys(session, site) if not key.revoked and not key.replaced_by]
    if not usable:
        # A peer revoked our key (say, after a theft): nothing trusted can vouch for the new one, so it
        # starts fresh and must be enrolled again from its public-key file and the sealed paper form.
        fresh = _add_own(session, site, vault, generate_key_pair())
        record_audit(session, "keys_generated", key=fresh.key_id, fingerprint=fresh.fingerprint)
        return key_row(fresh)
    old = usable[-1]
    old_pair, new_pair = load_own_pair(session, vault, old.key_id), generate_key_pair()
    statement = replacement_statement(
        site.code, old_pair, new_pair, revoke_old=revoke_old, created=_now().isoformat(timespec="seconds")
    )
    new = _add_own(session, site, vault, new_pair, statement=statement)
    old.replaced_by = new.key_id
    if revoke_old:
        old.revoked, old.revoked_at = True, _now()
    session.flush()
    record_audit(session, "keys_rotated", old=old.key_id, new=new.key_id, revoke_old=revoke_old)
    return key_row(new)
