"""Site keys: never stored in plain text, kept apart per site, enrolled with care, rotated and revoked by bundle."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import select

from incubator_desktop.core.db import Database
from incubator_desktop.core.models import Base
from incubator_desktop.core.paths import data_dir
from incubator_desktop.core.sync.errors import BundleRejected, KeyProblem
from incubator_desktop.core.sync.trust import (
    current_own_key,
    enroll_public_keys,
    export_public_keys,
    list_keys,
    load_own_pair,
    revoke_key,
    rotate_keys,
)
from incubator_desktop.core.sync.vault import KeyVault, key_file_for, usable_keyring
from incubator_desktop.core.vocab import SiteKind

from .conftest import DISTRICT, TOWNSHIP_A, Network, SiteHandle, make_site

PASSPHRASE = "correct horse battery staple"


def private_forms(site: SiteHandle) -> list[bytes]:
    """The private keys as raw bytes, hex and base64: none of these may appear in any file."""
    with site.db.reading() as session:
        pair = load_own_pair(session, site.vault, current_own_key(session).key_id)
    forms = []
    for value in pair.private_hex().values():
        raw = bytes.fromhex(value)
        forms += [raw, value.encode(), value.upper().encode(), base64.b64encode(raw), base64.b64encode(raw)[:40]]
    return forms


def stored_bytes(site: SiteHandle) -> dict[str, bytes]:
    """Everywhere a private key could leak to: the SQLite file and every file beside it; on a server, every
    table's rows and the per-user data folder (where a server site's key file lives)."""
    if site.path is not None:
        site.db.close()
        return {str(path): path.read_bytes() for path in site.path.parent.rglob("*") if path.is_file()}
    found = {str(path): path.read_bytes() for path in data_dir().rglob("*") if path.is_file()}
    with site.db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            found[f"table {table.name}"] = repr(list(connection.execute(select(table)))).encode()
    return found


def test_keys_in_the_credential_store_never_reach_a_file(
    tmp_path: Path, memory_keyring: Any, site_database: Callable[[str], Database | None]
) -> None:
    """With a credential store, the private keys are in it, and not in the database or any file beside it."""
    site = make_site(tmp_path / "a", SiteKind.TOWNSHIP, TOWNSHIP_A, "某镇", db=site_database("a"))
    with site.db.reading() as session:
        public = export_public_keys(session, site.vault)
        assert current_own_key(session).storage == "keyring"
    ((service, _),) = memory_keyring.secrets
    assert TOWNSHIP_A in service
    forms = private_forms(site)
    for where, content in stored_bytes(site).items():
        assert not any(form in content for form in forms), where
    assert not any(form in public for form in forms)


def test_without_a_credential_store_the_key_file_is_encrypted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, site_database: Callable[[str], Database | None]
) -> None:
    """On a headless server the keys go to a passphrase-encrypted file: no plain bytes, wrong passphrase refused."""
    keyring.set_keyring(FailKeyring())
    monkeypatch.setenv("INCUBATOR_PASSPHRASE", PASSPHRASE)
    site = make_site(tmp_path / "d", SiteKind.DISTRICT, DISTRICT, "区民政局", db=site_database("d"))
    key_file = key_file_for(site.db.url)
    assert key_file.exists()
    forms = private_forms(site)
    stored = stored_bytes(site)
    assert str(key_file) in stored
    for where, content in stored.items():
        assert not any(form in content for form in forms), where
    with site.db.reading() as session:
        key_id = current_own_key(session).key_id
    for passphrase, code in (("wrong passphrase", "passphrase_wrong"), (None, "passphrase_required")):
        vault = KeyVault(key_file, lambda passphrase=passphrase: passphrase)
        with pytest.raises(KeyProblem) as refused:
            vault.load(DISTRICT, "any", key_id, "file")
        assert refused.value.code == code


def test_plain_text_keyring_backends_are_refused(memory_keyring: Any) -> None:
    """keyrings.alt-style backends (plain-text files) and the fail backend never count as a credential store."""
    assert usable_keyring() is memory_keyring
    plain = type("PlaintextKeyring", (type(memory_keyring),), {"__module__": "keyrings.alt.file"})
    keyring.set_keyring(plain())
    assert usable_keyring() is None
    keyring.set_keyring(FailKeyring())
    assert usable_keyring() is None


def test_fingerprints_are_twelve_groups_of_five_digits(network: Network) -> None:
    """The fingerprint a clerk reads aloud is 12 groups of 5 digits, and differs between sites."""
    prints = []
    for site in (network.district, network.township_a, network.township_b):
        with site.db.reading() as session:
            prints.append(current_own_key(session).fingerprint)
    assert all(re.fullmatch(r"\d{5}( \d{5}){11}", fingerprint) for fingerprint in prints)
    assert len(set(prints)) == 3


def test_enrolment_checks_relationship_fingerprint_and_integrity(network: Network) -> None:
    """A township cannot enroll another township; a wrong fingerprint or an edited file is refused."""
    with network.township_b.db.reading() as session:
        document = export_public_keys(session, network.township_b.vault)
    with pytest.raises(KeyProblem) as unrelated, network.township_a.db.transaction() as session:
        enroll_public_keys(session, document)
    assert unrelated.value.code == "site_not_related"
    with pytest.raises(KeyProblem) as mismatch, network.district.db.transaction() as session:
        enroll_public_keys(session, document, expect_fingerprint="00000 " * 12)
    assert mismatch.value.code == "fingerprint_mismatch"
    edited = document.replace(b"653121104", b"653121109")
    with pytest.raises(KeyProblem) as invalid, network.district.db.transaction() as session:
        enroll_public_keys(session, edited)
    assert invalid.value.code == "public_key_file_invalid"


def test_rotated_keys_travel_to_the_district_in_the_next_bundle(network: Network) -> None:
    """After a rotation the new key signs; the statement signed by the old key makes the district trust it."""
    township, district = network.township_a, network.district
    with township.db.transaction() as session:
        old = current_own_key(session).key_id
        new = rotate_keys(session, township.vault).key_id
    bundle = township.export(network.sticks)
    assert district.import_(bundle.path).status == "applied"
    with district.db.reading() as session:
        statuses = {row.key_id: row.status for row in list_keys(session)}
    assert statuses[old] == "replaced" and statuses[new] == "active"
    township.import_(district.export(network.sticks, TOWNSHIP_A).path)
    follow_up = township.export(network.sticks)
    from incubator_desktop.core.sync.importer import inspect_bundle

    assert inspect_bundle(Path(follow_up.path)).key_statements == []
    assert district.import_(follow_up.path).status == "applied"


def test_a_revocation_travels_and_the_revoked_key_signs_nothing_more(network: Network) -> None:
    """The district revokes a township's old key (a lost laptop): the township learns it, old bundles are refused."""
    township, district = network.township_a, network.district
    early = township.export(network.sticks)
    with township.db.transaction() as session:
        old = current_own_key(session).key_id
        rotate_keys(session, township.vault)
    district.import_(township.export(network.sticks).path)
    with district.db.transaction() as session:
        revoke_key(session, old)
    assert township.import_(district.export(network.sticks, TOWNSHIP_A).path).revoked_keys == [old]
    with township.db.reading() as session:
        assert {row.key_id: row.status for row in list_keys(session)}[old] == "revoked"
    with pytest.raises(BundleRejected) as refused:
        district.import_(early.path)
    assert refused.value.code == "bundle_signer_revoked"
    assert district.import_(township.export(network.sticks).path).status == "applied"
