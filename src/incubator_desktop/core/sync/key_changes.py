"""Key changes that travel in bundles: replacement statements in the header, revocations in the payload."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.services.audit import record_audit
from incubator_desktop.core.services.sites import require_site
from incubator_desktop.core.sync.keys import fingerprint_for, statement_is_valid


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class AcceptedStatement:
    """A replacement statement that checked out; applied with the bundle that carried it."""

    statement: dict[str, Any]


def check_statements(
    session: Session, site_code: str, statements: list[Any]
) -> tuple[dict[str, str], list[AcceptedStatement]]:
    """Keys of `site_code` that may sign now (id -> Ed25519 public key): trusted unrevoked ones, plus those a
    chain of valid replacement statements, starting from a trusted key, vouches for."""
    query = select(m.TrustedKey).where(m.TrustedKey.site_code == site_code, m.TrustedKey.revoked.is_(False))
    signers = {key.key_id: key.sign_public for key in session.scalars(query)}
    revoked = set(session.scalars(select(m.TrustedKey.key_id).where(m.TrustedKey.revoked.is_(True))))
    accepted: list[AcceptedStatement] = []
    for statement in statements:
        if not isinstance(statement, dict) or statement.get("site") != site_code:
            continue
        old, new = statement.get("old_key"), statement.get("new_key")
        if old not in signers or new in revoked or not statement_is_valid(statement, signers[str(old)]):
            continue
        if new not in signers:
            accepted.append(AcceptedStatement(statement))
        signers[str(new)] = str(statement["sign"])
        if statement.get("revoke_old"):
            signers.pop(str(old))
    return signers, accepted


def apply_statements(session: Session, accepted: list[AcceptedStatement]) -> None:
    for item in accepted:
        statement = item.statement
        if session.get(m.TrustedKey, statement["new_key"]) is None:
            session.add(
                m.TrustedKey(
                    key_id=statement["new_key"],
                    site_code=statement["site"],
                    sign_public=statement["sign"],
                    enc_public=statement["enc"],
                    fingerprint=fingerprint_for(bytes.fromhex(statement["sign"]), bytes.fromhex(statement["enc"])),
                    source="bundle",
                    statement=statement,
                )
            )
        old = session.get(m.TrustedKey, statement["old_key"])
        if old is not None:
            old.replaced_by = statement["new_key"]
            if statement.get("revoke_old"):
                old.revoked, old.revoked_at = True, _now()
        record_audit(
            session, "key_replaced", site=statement["site"], old=statement["old_key"], new=statement["new_key"]
        )
    session.flush()


def apply_revocations(session: Session, key_ids: list[Any]) -> list[str]:
    """Mark our own keys that a peer revoked; returns the ones newly revoked, for the summary."""
    me = require_site(session)
    newly: list[str] = []
    for key_id in key_ids:
        key = session.get(m.TrustedKey, str(key_id))
        if key is not None and key.site_code == me.code and not key.revoked:
            key.revoked, key.revoked_at = True, _now()
            newly.append(key.key_id)
            record_audit(session, "key_revoked_by_peer", key=key.key_id)
    session.flush()
    return newly


def revoked_keys_of(session: Session, site_code: str) -> list[str]:
    query = select(m.TrustedKey.key_id).where(m.TrustedKey.site_code == site_code, m.TrustedKey.revoked.is_(True))
    return sorted(session.scalars(query))
