"""The payload inside the encryption: compressed JSON lines (manifest, then records), then attachment bytes.

8 bytes   length L of the compressed block, big-endian
L bytes   zlib( manifest JSON "\\n" record JSON "\\n" record JSON ... )
rest      attachment bytes, one after another, in the order and sizes the manifest lists
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from incubator_desktop.core.sync.codec import FlatValues
from incubator_desktop.core.sync.errors import BundleRejected
from incubator_desktop.core.sync.keys import canonical_json

_LENGTH = struct.Struct(">Q")
#: Refuse to inflate more than this: a small bundle must not be able to fill the disk or memory.
MAX_INFLATED = 1 << 30
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
# canonical_json without sorting: for values that are already in canonical order (FlatValues).
_AS_THEY_STAND = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class Payload:
    manifest: dict[str, Any]
    records: list[dict[str, Any]]  # {"type": table name, "values": {column: encoded value}}
    blobs: dict[str, bytes]  # attachment sha256 -> bytes


def pack_payload(manifest: dict[str, Any], records: Iterable[dict[str, Any]], blobs: list[tuple[str, bytes]]) -> bytes:
    manifest = {**manifest, "attachments": [[sha256, len(data)] for sha256, data in blobs]}
    lines = [canonical_json(manifest), *(_record_line(record) for record in records)]
    block = zlib.compress(b"\n".join(lines), 6)
    return _LENGTH.pack(len(block)) + block + b"".join(data for _, data in blobs)


def _record_line(record: dict[str, Any]) -> bytes:
    """canonical_json(record), without sorting keys that are in order already."""
    values = record["values"]
    if type(values) is FlatValues and record.keys() == {"type", "values"}:
        return f"{_line_start(record['type'])}{_AS_THEY_STAND.encode(values)}}}".encode()
    return canonical_json(record)


@cache
def _line_start(kind: str) -> str:
    return f'{{"type":{_AS_THEY_STAND.encode(kind)},"values":'


def _invalid(detail: str) -> BundleRejected:
    return BundleRejected("bundle_payload_invalid", detail=detail)


def _inflate(block: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(block, MAX_INFLATED)
    except zlib.error:
        raise _invalid("not compressed data") from None
    if inflater.unconsumed_tail:
        raise _invalid("inflates beyond the limit")
    if not inflater.eof or inflater.unused_data:
        raise _invalid("compressed block damaged")
    return text


def unpack_payload(data: bytes) -> Payload:
    """Split and parse a decrypted payload; every attachment's bytes must match the hash it is listed under."""
    if len(data) < _LENGTH.size:
        raise _invalid("too short")
    (length,) = _LENGTH.unpack_from(data)
    if length > len(data) - _LENGTH.size:
        raise _invalid("block length")
    lines = _inflate(data[_LENGTH.size : _LENGTH.size + length]).split(b"\n")
    try:
        manifest = json.loads(lines[0])
        records = [json.loads(line) for line in lines[1:]]
    except (ValueError, UnicodeDecodeError):
        raise _invalid("not JSON lines") from None
    if not isinstance(manifest, dict) or not all(
        isinstance(r, dict) and isinstance(r.get("type"), str) and isinstance(r.get("values"), dict) for r in records
    ):
        raise _invalid("record shape")
    blobs: dict[str, bytes] = {}
    offset = _LENGTH.size + length
    listed = manifest.get("attachments")
    if not isinstance(listed, list):
        raise _invalid("attachment list")
    for entry in listed:
        if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str)):
            raise _invalid("attachment entry")
        sha256, size = entry
        if not _SHA256.match(sha256) or not isinstance(size, int) or size < 0 or offset + size > len(data):
            raise _invalid("attachment entry")
        blob = data[offset : offset + size]
        if hashlib.sha256(blob).hexdigest() != sha256 or sha256 in blobs:
            raise _invalid("attachment bytes")
        blobs[sha256] = blob
        offset += size
    if offset != len(data):
        raise _invalid("bytes after the attachments")
    return Payload(manifest=manifest, records=records, blobs=blobs)
