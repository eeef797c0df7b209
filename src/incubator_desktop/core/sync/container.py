"""The bundle file's byte layout: magic, version, a clear JSON header, the ciphertext, then a signature.

    offset  size  field
    0       8     magic 89 49 44 42 0D 0A 1A 0A  ("\\x89IDB\\r\\n\\x1a\\n": catches text-mode copies)
    8       2     format version, big-endian (1)
    10      4     header length H, big-endian (at most 64 KiB)
    14      H     header: canonical JSON (UTF-8, sorted keys, no spaces), never personal data
    14+H    C     payload ciphertext, C = header["payload_length"]
    14+H+C  64    Ed25519 signature by the sender over bytes 0 .. 14+H+C
The file ends exactly there; anything more or less is damage.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from incubator_desktop.core.sync.errors import BundleRejected
from incubator_desktop.core.sync.keys import canonical_json

MAGIC = b"\x89IDB\r\n\x1a\n"
FORMAT_VERSION = 1
PREFIX = struct.Struct(">8sHI")
SIGNATURE_SIZE = 64
MAX_HEADER_BYTES = 64 * 1024
MAX_BUNDLE_BYTES = 1 << 30
ZERO_HASH = "0" * 64
KINDS = ("changes", "restore")
_MIN_SIZE = PREFIX.size + 2 + SIGNATURE_SIZE

_SITE = re.compile(r"^\d{6,12}$")
_HEX32 = re.compile(r"^[0-9a-f]{32}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_NAME = re.compile(r"^[a-z_]{1,40}$")


@dataclass(frozen=True)
class BundleHeader:
    """The clear header: who sent what to whom, in which order; enough to route and check, nothing private."""

    kind: str
    schema: str
    app: str
    sender_site: str
    sender_device: str
    sender_key: str
    recipient_site: str
    recipient_key: str
    sequence: int
    chain_start: int
    previous: str
    created: str
    counts: dict[str, int]
    attachments: int
    payload_length: int
    ephemeral_key: str
    key_statements: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "schema": self.schema,
            "app": self.app,
            "sender": {"site": self.sender_site, "device": self.sender_device, "key": self.sender_key},
            "recipient": {"site": self.recipient_site, "key": self.recipient_key},
            "sequence": self.sequence,
            "chain_start": self.chain_start,
            "previous": self.previous,
            "created": self.created,
            "counts": self.counts,
            "attachments": self.attachments,
            "payload_length": self.payload_length,
            "ephemeral_key": self.ephemeral_key,
            "key_statements": self.key_statements,
        }


@dataclass(frozen=True)
class BundleParts:
    """A bundle split along its layout; `signed` is what the signature covers, `header_block` the AEAD's AD."""

    header: BundleHeader
    header_block: bytes
    ciphertext: bytes
    signature: bytes
    sha256: str

    @property
    def signed(self) -> bytes:
        return self.header_block + self.ciphertext


def header_block(header: BundleHeader, *, version: int = FORMAT_VERSION) -> bytes:
    body = canonical_json(header.to_json())
    return PREFIX.pack(MAGIC, version, len(body)) + body


def _damaged(detail: str) -> BundleRejected:
    return BundleRejected("bundle_damaged", detail=detail)


def read_bundle_file(path: Path) -> bytes:
    """The file's bytes, after the size checks that come before anything else."""
    try:
        status = path.stat()
    except OSError as exc:
        raise BundleRejected("bundle_unreadable", path=str(path), detail=exc.strerror or str(exc)) from None
    if not stat.S_ISREG(status.st_mode):
        # A folder, a device or a pipe named like a bundle: reading it would fail or never end.
        raise BundleRejected("bundle_unreadable", path=str(path), detail="not a file")
    size = status.st_size
    if size > MAX_BUNDLE_BYTES:
        raise BundleRejected("bundle_too_large", size=size, limit=MAX_BUNDLE_BYTES)
    if size < _MIN_SIZE:
        raise BundleRejected("bundle_truncated", size=size)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise BundleRejected("bundle_unreadable", path=str(path), detail=exc.strerror or str(exc)) from None


def split_bundle(data: bytes) -> BundleParts:
    """Check format, header size and layout, and parse the header; raises BundleRejected on the first problem."""
    if len(data) < _MIN_SIZE:
        raise BundleRejected("bundle_truncated", size=len(data))
    magic, version, header_length = PREFIX.unpack_from(data)
    if magic != MAGIC:
        raise BundleRejected("not_a_bundle")
    if version > FORMAT_VERSION:
        raise BundleRejected("bundle_format_too_new", found=version, supported=FORMAT_VERSION)
    if version < 1:
        raise _damaged("format version 0")
    if header_length > MAX_HEADER_BYTES:
        raise BundleRejected("bundle_header_too_large", size=header_length, limit=MAX_HEADER_BYTES)
    end_of_header = PREFIX.size + header_length
    if len(data) < end_of_header + SIGNATURE_SIZE:
        raise BundleRejected("bundle_truncated", size=len(data))
    raw_header = data[PREFIX.size : end_of_header]
    header = parse_header(raw_header)
    expected = end_of_header + header.payload_length + SIGNATURE_SIZE
    if len(data) < expected:
        raise BundleRejected("bundle_truncated", size=len(data))
    if len(data) > expected:
        raise _damaged("bytes after the signature")
    return BundleParts(
        header=header,
        header_block=data[:end_of_header],
        ciphertext=data[end_of_header : expected - SIGNATURE_SIZE],
        signature=data[expected - SIGNATURE_SIZE :],
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate key")
    return dict(pairs)


def _get(document: dict[str, Any], key: str, kind: type, pattern: re.Pattern[str] | None = None) -> Any:
    value = document.get(key)
    if not isinstance(value, kind) or isinstance(value, bool) != (kind is bool):
        raise _damaged(f"header field {key}")
    if pattern is not None and not pattern.match(str(value)):
        raise _damaged(f"header field {key}")
    return value


def parse_header(raw: bytes) -> BundleHeader:
    """The header, strictly: canonical JSON, every field present and well-formed."""
    try:
        document = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except (UnicodeDecodeError, ValueError):
        raise _damaged("header is not JSON") from None
    if not isinstance(document, dict) or canonical_json(document) != raw:
        raise _damaged("header is not canonical")
    sender, recipient = _get(document, "sender", dict), _get(document, "recipient", dict)
    counts = _get(document, "counts", dict)
    statements = _get(document, "key_statements", list)
    sequence, chain_start = _get(document, "sequence", int), _get(document, "chain_start", int)
    count_values = [value for value in counts.values() if isinstance(value, int) and not isinstance(value, bool)]
    if (
        len(counts) != len(count_values)
        or any(value < 0 for value in count_values)
        or not all(_NAME.match(str(name)) for name in counts)
        or not 1 <= chain_start <= sequence
        or len(statements) > 20
        or not all(isinstance(item, dict) for item in statements)
        or document.get("kind") not in KINDS
    ):
        raise _damaged("header values")
    header = BundleHeader(
        kind=_get(document, "kind", str),
        schema=_get(document, "schema", str),
        app=_get(document, "app", str),
        sender_site=_get(sender, "site", str, _SITE),
        sender_device=_get(sender, "device", str, _HEX32),
        sender_key=_get(sender, "key", str, _HEX32),
        recipient_site=_get(recipient, "site", str, _SITE),
        recipient_key=_get(recipient, "key", str, _HEX32),
        sequence=sequence,
        chain_start=chain_start,
        previous=_get(document, "previous", str, _HEX64),
        created=_get(document, "created", str),
        counts=counts,
        attachments=_get(document, "attachments", int),
        payload_length=_get(document, "payload_length", int),
        ephemeral_key=_get(document, "ephemeral_key", str, _HEX64),
        key_statements=statements,
    )
    short_texts = (header.created, header.schema, header.app)
    if header.attachments < 0 or not 16 <= header.payload_length <= MAX_BUNDLE_BYTES or max(map(len, short_texts)) > 40:
        raise _damaged("header values")
    if len(document) != len(header.to_json()) or len(sender) != 3 or len(recipient) != 2:
        raise _damaged("unknown header fields")
    return header
