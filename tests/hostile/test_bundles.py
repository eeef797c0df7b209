"""Files that are no bundle, and bundles signed by a trusted township but filled with lies, change nothing.

Flipped bits, truncation, re-signing, unknown signers, wrong recipients, replays, reused sequence numbers,
newer formats, lying counts, huge headers and the inflation limit are proven in tests/sync/test_tampering.py.
This corpus adds what a trusted but broken (or stolen) township key could sign, and what is not a bundle.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from incubator_desktop.core.sync.container import split_bundle
from incubator_desktop.core.sync.envelope import open_payload, seal_bundle
from incubator_desktop.core.sync.errors import BundleRejected
from incubator_desktop.core.sync.payload import Payload, pack_payload, unpack_payload
from incubator_desktop.core.sync.trust import recipient_key

from ..sync.conftest import DISTRICT, SiteHandle
from ..sync.test_exchange import add_organization
from ..sync.test_tampering import own_pair
from .caps import refused

Sites = tuple[SiteHandle, SiteHandle]


def import_refused(district: SiteHandle, path: Path) -> str:
    """Import `path` at the district: refused with a plain sentence, in caps, the database file unchanged."""
    before = district.file_hash()
    error = refused(lambda: district.import_(path))
    assert isinstance(error, BundleRejected)
    assert district.file_hash() == before
    return error.code


@pytest.fixture
def honest(sites: Sites, tmp_path: Path) -> tuple[Any, Payload]:
    """The header and the opened payload of a real bundle from the township, to forge from."""
    township, district = sites
    add_organization(township, "团结村舞蹈队")
    data = Path(township.export(tmp_path / "usb").path).read_bytes()
    parts = split_bundle(data)
    return parts.header, unpack_payload(open_payload(parts, own_pair(district)))


def signed(sites: Sites, header: Any, plaintext: bytes, folder: Path, **changes: Any) -> Path:
    """A bundle sealed and signed with the township's real keys, as a stolen key or a buggy build would."""
    township, _ = sites
    with township.db.reading() as session:
        enc_public = recipient_key(session, DISTRICT).enc_public
    forged = replace(header, **changes)
    data = seal_bundle(forged, plaintext, sender=own_pair(township), recipient_enc_public=enc_public)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"forged-{len(list(folder.iterdir()))}.incubator-bundle"
    path.write_bytes(data)
    return path


def repacked(payload: Payload, change: Callable[[list[dict[str, Any]]], None]) -> tuple[bytes, dict[str, int]]:
    records = [{"type": r["type"], "values": dict(r["values"])} for r in payload.records]
    change(records)
    counts: dict[str, int] = {}
    for record in records:
        counts[record["type"]] = counts.get(record["type"], 0) + 1
    manifest = {key: value for key, value in payload.manifest.items() if key != "attachments"}
    return pack_payload(manifest, records, list(payload.blobs.items())), dict(sorted(counts.items()))


def first(records: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    return next(record["values"] for record in records if record["type"] == kind)


RECORD_LIES: dict[str, tuple[Callable[[list[dict[str, Any]]], None], str]] = {
    "a counselling file smuggled in": (
        lambda records: records.append({"type": "service_files", "values": {}}),
        "bundle_record_invalid",
    ),
    "a column the schema lacks": (
        lambda records: first(records, "organizations").update(evil="x"),
        "bundle_record_invalid",
    ),
    "an id that is a path": (
        lambda records: first(records, "organizations").update(id="../../etc/passwd"),
        "bundle_record_invalid",
    ),
    "SQL in a clock stamp": (
        lambda records: first(records, "organizations").update(hlc="1; DROP TABLE people"),
        "bundle_record_invalid",
    ),
    "another township's record": (
        lambda records: first(records, "organizations").update(origin_site="653121104"),
        "bundle_foreign_records",
    ),
    "an unknown record type": (
        lambda records: records.append({"type": "sqlite_master", "values": {}}),
        "bundle_record_invalid",
    ),
    "a name a million characters long": (
        lambda records: first(records, "organizations").update(name="队" * 1_000_001),
        "bundle_record_invalid",
    ),
    "a number too large for any column": (
        lambda records: first(records, "organizations").update(members=2**70),
        "bundle_record_invalid",
    ),
}


@pytest.mark.parametrize("lie", list(RECORD_LIES))
def test_records_a_trusted_key_signs_are_still_checked(
    sites: Sites, honest: tuple[Any, Payload], tmp_path: Path, lie: str
) -> None:
    """Signed by the township's real key, yet refused: the records inside are checked, not trusted."""
    header, payload = honest
    change, code = RECORD_LIES[lie]
    plaintext, counts = repacked(payload, change)
    path = signed(sites, header, plaintext, tmp_path / "forged", counts=counts)
    assert import_refused(sites[1], path) in (code, "bundle_sensitive_records")


PAYLOAD_LIES: dict[str, Callable[[bytes], bytes]] = {
    "not compressed at all": lambda plain: (8).to_bytes(8, "big") + b"not zlib",
    "a block length past the end": lambda plain: (1 << 40).to_bytes(8, "big") + plain[8:],
    "bytes after the attachments": lambda plain: plain + b"\0" * 10,
    "an empty payload": lambda plain: b"",
}


@pytest.mark.parametrize("lie", list(PAYLOAD_LIES))
def test_a_payload_that_does_not_parse_is_refused(
    sites: Sites, honest: tuple[Any, Payload], tmp_path: Path, lie: str
) -> None:
    """Payload bytes that are not what the format says, however well signed, are refused."""
    header, payload = honest
    plaintext, _ = repacked(payload, lambda records: None)
    path = signed(sites, header, PAYLOAD_LIES[lie](plaintext), tmp_path / "forged")
    assert import_refused(sites[1], path) in ("bundle_payload_invalid", "bundle_counts_mismatch")


def test_manifests_of_the_wrong_shape_are_refused(sites: Sites, honest: tuple[Any, Payload], tmp_path: Path) -> None:
    """Receipts, revocations, counts and restore notes of the wrong shape are refused before the transaction."""
    header, payload = honest
    for manifest in (
        {"receipt": {"device": ["1"]}},
        {"receipt": []},
        {"revoked_keys": [1]},
        {"service_files": {"as_of": "x", "counts": []}},
        {"service_files": {"as_of": "", "counts": [["婚姻家庭辅导", "2024-13", 1, 9]]}},
        {"restore": {"acked_hlc": "now", "sequence_floor": 1}},
    ):
        records = [{"type": r["type"], "values": r["values"]} for r in payload.records]
        plaintext = pack_payload({**manifest}, records, [])
        path = signed(sites, header, plaintext, tmp_path / "forged")
        assert import_refused(sites[1], path) == "bundle_payload_invalid", manifest


def test_a_restore_bundle_from_a_township_is_refused(sites: Sites, honest: tuple[Any, Payload], tmp_path: Path) -> None:
    """Only a district may send a restore bundle; a township's is refused."""
    header, payload = honest
    plaintext, _ = repacked(payload, lambda records: None)
    path = signed(sites, header, plaintext, tmp_path / "forged", kind="restore")
    assert import_refused(sites[1], path) == "bundle_restore_not_allowed"


def test_files_that_are_not_bundles_are_refused(sites: Sites, tmp_path: Path) -> None:
    """A workbook, an empty file, a folder, a device, a 2 GB sparse file and a text file named like a bundle."""
    folder = tmp_path / "stick"
    folder.mkdir()
    workbook = folder / "名册.incubator-bundle"
    with zipfile.ZipFile(workbook, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    (folder / "empty.incubator-bundle").write_bytes(b"")
    (folder / "folder.incubator-bundle").mkdir()
    (folder / "zero.incubator-bundle").symlink_to("/dev/zero")
    sparse = folder / "huge.incubator-bundle"
    with sparse.open("wb") as handle:
        handle.truncate(2 * 1024 * 1024 * 1024)
    (folder / "text.incubator-bundle").write_text("托克扎克镇 -> 疏附县 第1号\n" * 20, encoding="utf-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.incubator-bundle")
    codes = {path.name: import_refused(sites[1], path) for path in sorted(folder.iterdir())}
    assert codes["huge.incubator-bundle"] == "bundle_too_large"
    assert codes["名册.incubator-bundle"] == codes["text.incubator-bundle"] == "not_a_bundle"
