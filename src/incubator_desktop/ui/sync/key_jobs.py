"""What the keys tab asks of the core, as plain functions for worker threads (no widgets here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from incubator_desktop.core.db import Database
from incubator_desktop.core.errors import CoreError
from incubator_desktop.core.reports.output import write_atomically
from incubator_desktop.core.services.sites import SiteInfo, current_site
from incubator_desktop.core.sync.errors import KeyProblem
from incubator_desktop.core.sync.keyform import build_keyform_pdf
from incubator_desktop.core.sync.printouts import keyform_facts, site_name
from incubator_desktop.core.sync.trust import (
    KeyRow,
    PublicKeyFile,
    current_own_key,
    enroll_public_keys,
    export_public_keys,
    key_row,
    list_keys,
    read_public_key_file,
    revoke_key,
)
from incubator_desktop.core.sync.vault import KeyVault

#: A public-key file is about 1 KB; anything far larger is not one and is refused before it is read.
MAX_KEY_FILE_BYTES = 64 * 1024


@dataclass(frozen=True)
class KeysSnapshot:
    """This site, the key it signs with now (or why there is none), and every key it trusts, with site names."""

    site: SiteInfo | None
    own: KeyRow | None
    problem: CoreError | None
    keys: list[KeyRow] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)


def load_keys(db: Database) -> KeysSnapshot:
    with db.reading() as session:
        site = current_site(session)
        if site is None:
            return KeysSnapshot(None, None, None)
        own: KeyRow | None = None
        problem: CoreError | None = None
        try:
            own = key_row(current_own_key(session))
        except CoreError as error:
            problem = error
        keys = list_keys(session)
        names = {row.site_code: site_name(session, row.site_code) for row in keys}
    return KeysSnapshot(site, own, problem, keys, names)


def _key_file_bytes(path: Path) -> bytes:
    if path.stat().st_size > MAX_KEY_FILE_BYTES:
        raise KeyProblem("public_key_file_invalid")
    return path.read_bytes()


def read_key_file(db: Database, path: Path) -> PublicKeyFile:
    """What the other site's public-key file says, checked (intact, related, not revoked), trusting nothing yet."""
    data = _key_file_bytes(path)
    with db.reading() as session:
        return read_public_key_file(session, data)


def enrol_key_file(db: Database, path: Path, fingerprint: str) -> KeyRow:
    """Trust the key in `path`, provided it still has the fingerprint the clerk compared with the paper form."""
    data = _key_file_bytes(path)
    with db.transaction() as session:
        return enroll_public_keys(session, data, expect_fingerprint=fingerprint)


def revoke_peer_key(db: Database, key_id: str) -> KeyRow:
    with db.transaction() as session:
        return revoke_key(session, key_id)


def save_public_key(db: Database, vault: KeyVault, out: Path) -> Path:
    """Write this site's public-key file (the other site enrols it) to `out`, usually on a USB stick.

    Written through a temporary file and a rename, so a stick pulled out mid-write leaves no half file behind.
    """
    with db.reading() as session:
        document = export_public_keys(session, vault)
    return write_atomically(document, out)


def save_keyform(db: Database, out: Path) -> Path:
    """Write the enrolment form (密钥登记表) of this site's current key to `out`, to print, sign and seal."""
    with db.reading() as session:
        facts = keyform_facts(session)
    return build_keyform_pdf(out, facts)
