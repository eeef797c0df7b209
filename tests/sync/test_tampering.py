"""Damaged, forged, misdirected, replayed and lying bundles are refused and the district DB keeps every byte."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from incubator_desktop.core import durable
from incubator_desktop.core.db import Database
from incubator_desktop.core.paths import data_dir
from incubator_desktop.core.sync import payload
from incubator_desktop.core.sync.container import MAGIC, PREFIX, BundleHeader, split_bundle
from incubator_desktop.core.sync.envelope import open_payload, seal_bundle
from incubator_desktop.core.sync.errors import BundleRejected
from incubator_desktop.core.sync.keys import SiteKeyPair
from incubator_desktop.core.sync.trust import current_own_key, load_own_pair, recipient_key
from incubator_desktop.core.vocab import SiteKind

from .conftest import DISTRICT, TOWNSHIP_A, Network, SiteHandle, enroll_one_way, make_site
from .test_exchange import add_organization


@pytest.fixture
def sent(network: Network) -> bytes:
    add_organization(network.township_a, "团结村舞蹈队")
    return Path(network.township_a.export(network.sticks).path).read_bytes()


def refused(site: SiteHandle, data: bytes, folder: Path, name: str = "bad.incubator-bundle") -> str:
    """Import `data` into `site`; it must be refused with the database file byte-for-byte unchanged."""
    before = site.file_hash()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    target.write_bytes(data)
    with pytest.raises(BundleRejected) as rejection:
        site.import_(target)
    assert site.file_hash() == before
    return rejection.value.code


def own_pair(site: SiteHandle) -> SiteKeyPair:
    with site.db.reading() as session:
        return load_own_pair(session, site.vault, current_own_key(session).key_id)


def opened(network: Network, data: bytes) -> tuple[BundleHeader, bytes]:
    parts = split_bundle(data)
    return parts.header, open_payload(parts, own_pair(network.district))


def forge(network: Network, signer: SiteHandle, header: BundleHeader, plaintext: bytes, **kwargs: Any) -> bytes:
    version = kwargs.pop("version", 1)
    with signer.db.reading() as session:
        enc_public = recipient_key(session, DISTRICT).enc_public
    return seal_bundle(
        replace(header, **kwargs), plaintext, sender=own_pair(signer), recipient_enc_public=enc_public, version=version
    )


def test_a_flipped_bit_anywhere_is_refused(network: Network, sent: bytes, tmp_path: Path) -> None:
    """One flipped bit in the magic, version, header, ciphertext or signature is always caught."""
    header_end = PREFIX.size + PREFIX.unpack_from(sent)[2]
    positions = {0, 7, 8, 9, 10, 13, 14, 20, header_end - 1, header_end, header_end + 1, len(sent) - 65}
    positions |= {len(sent) - 64, len(sent) - 1, *range(0, len(sent), max(1, len(sent) // 60))}
    codes = set()
    for position in sorted(positions):
        damaged = bytearray(sent)
        damaged[position] ^= 1 << (position % 8)
        codes.add(refused(network.district, bytes(damaged), tmp_path, f"flip-{position}.incubator-bundle"))
    assert {"not_a_bundle", "bundle_signature_invalid", "bundle_damaged"} <= codes


def test_truncation_at_any_point_is_refused(network: Network, sent: bytes, tmp_path: Path) -> None:
    """A bundle cut short anywhere, from empty to one byte missing, is refused."""
    for length in sorted({0, 1, 13, 14, 100, len(sent) - 65, len(sent) - 1, *range(0, len(sent), len(sent) // 40)}):
        refused(network.district, sent[:length], tmp_path, f"cut-{length}.incubator-bundle")
    assert refused(network.district, sent + b"\0", tmp_path) == "bundle_damaged"


def test_a_bundle_resigned_by_another_trusted_township_is_refused(
    network: Network, sent: bytes, tmp_path: Path
) -> None:
    """Township B cannot pass off A's bundle, nor send A's records as its own."""
    header, plaintext = opened(network, sent)
    b = network.township_b
    with b.db.reading() as session:
        b_key = current_own_key(session).key_id
    signed_by_b = sent[:-64] + own_pair(b).signing.sign(sent[:-64])
    assert refused(network.district, signed_by_b, tmp_path) == "bundle_signature_invalid"
    claims_a = forge(network, b, header, plaintext, sender_key=b_key)
    assert refused(network.district, claims_a, tmp_path) == "bundle_signer_not_of_site"
    as_b = forge(network, b, header, plaintext, sender_site=b.code, sender_key=b_key)
    assert refused(network.district, as_b, tmp_path) == "bundle_foreign_records"


def test_unknown_signer_and_wrong_recipient_are_refused(
    network: Network, tmp_path: Path, site_database: Callable[[str], Database | None]
) -> None:
    """A township the district never enrolled, and a bundle meant for a township, are refused."""
    stranger = make_site(tmp_path / "c", SiteKind.TOWNSHIP, "653121105", "陌生乡", db=site_database("c"))
    enroll_one_way(network.district, stranger)
    unknown = Path(stranger.export(network.sticks).path).read_bytes()
    assert refused(network.district, unknown, tmp_path) == "bundle_signer_unknown"
    for_a = Path(network.district.export(network.sticks, TOWNSHIP_A).path).read_bytes()
    assert refused(network.district, for_a, tmp_path) == "bundle_wrong_recipient"
    stranger.db.close()


def test_replay_is_already_applied_and_changes_nothing(network: Network, sent: bytes, tmp_path: Path) -> None:
    """The same bundle imported again reports already-applied and writes nothing."""
    bundle = tmp_path / "replay.incubator-bundle"
    bundle.write_bytes(sent)
    assert network.district.import_(bundle).status == "applied"
    before = network.district.file_hash()
    assert network.district.import_(bundle).status == "already-applied"
    assert network.district.file_hash() == before


def test_same_sequence_with_new_content_is_quarantined(network: Network, sent: bytes, tmp_path: Path) -> None:
    """A second, different bundle under an applied sequence number is refused loudly and kept aside."""
    first = tmp_path / "first.incubator-bundle"
    first.write_bytes(sent)
    network.district.import_(first)
    header, _ = opened(network, sent)
    add_organization(network.township_a, "冒名社团", community="别的村")
    later = Path(network.township_a.export(network.sticks).path).read_bytes()
    _, other_plaintext = opened(network, later)
    reused = forge(network, network.township_a, header, other_plaintext, counts=split_bundle(later).header.counts)
    assert refused(network.district, reused, tmp_path, "reused.incubator-bundle") == "bundle_sequence_reused"
    home = network.district.path.parent if network.district.path else data_dir()
    quarantined = list((home / "quarantine").iterdir())
    assert len(quarantined) == 1 and quarantined[0].read_bytes() == reused


def test_future_format_lying_counts_and_enormous_header_are_refused(
    network: Network, sent: bytes, tmp_path: Path
) -> None:
    """A newer format, a header whose counts lie, and a huge header are each refused before any change."""
    header, plaintext = opened(network, sent)
    township = network.township_a
    newer = forge(network, township, header, plaintext, version=2)
    assert refused(network.district, newer, tmp_path) == "bundle_format_too_new"
    lying = forge(network, township, header, plaintext, counts={**header.counts, "organizations": 5})
    assert refused(network.district, lying, tmp_path) == "bundle_counts_mismatch"
    hidden = forge(network, township, header, plaintext, counts={"sites": 1})
    assert refused(network.district, hidden, tmp_path) == "bundle_counts_mismatch"
    huge_claim = PREFIX.pack(MAGIC, 1, 50_000_000) + b"{}" + bytes(64)
    assert refused(network.district, huge_claim, tmp_path) == "bundle_header_too_large"
    huge_real = PREFIX.pack(MAGIC, 1, 200_000) + b" " * 200_000 + bytes(64)
    assert refused(network.district, huge_real, tmp_path) == "bundle_header_too_large"


def test_a_payload_that_inflates_too_far_is_refused(
    network: Network, sent: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Decompression stops at the limit: a small bundle cannot blow up into memory or disk."""
    monkeypatch.setattr(payload, "MAX_INFLATED", 100)
    assert refused(network.district, sent, tmp_path) == "bundle_payload_invalid"


def test_a_usb_stick_that_lies_is_caught_on_export(
    network: Network, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If reading back gives other bytes, the export fails, leaves no file, and the number is not reused."""
    township = network.township_a
    add_organization(township, "舞蹈队")
    monkeypatch.setattr(durable, "read_back", lambda path: path.read_bytes()[:-1] + b"?")
    stick = tmp_path / "liar"
    with pytest.raises(BundleRejected) as failed:
        township.export(stick)
    assert failed.value.code == "export_verify_failed"
    assert list(stick.iterdir()) == []
    monkeypatch.undo()
    retry = township.export(stick)
    assert retry.sequence == 2 and network.district.import_(retry.path).gap == [1]
