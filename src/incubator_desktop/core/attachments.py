"""The attachment store: photos and scans kept once, named by their SHA-256, beside the database."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.paths import data_dir, sqlite_path

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_CHUNK = 1 << 20


def attachments_root(db_url: str) -> Path:
    """`<database folder>/attachments`; a server database keeps them in the per-user data folder."""
    path = sqlite_path(db_url)
    return (path.parent if path is not None else data_dir()) / "attachments"


def path_for(root: Path, sha256: str) -> Path:
    """Where the bytes with this hash live: `ab/cdef…`, so no folder holds more than a few thousand files."""
    if not _SHA256.match(sha256):
        raise InputRejected("attachment_hash_invalid", sha256=sha256)
    return root / sha256[:2] / sha256[2:]


def has_attachment(root: Path, sha256: str) -> bool:
    return path_for(root, sha256).is_file()


def store_bytes(root: Path, data: bytes) -> str:
    """Keep `data` (once) and return its SHA-256; an existing copy is left as it is."""
    sha256 = hashlib.sha256(data).hexdigest()
    target = path_for(root, sha256)
    if not target.is_file():
        _write_atomically(target, [data])
    return sha256


def store_file(root: Path, source: Path) -> tuple[str, int]:
    """Copy the file at `source` into the store; returns (sha256, size)."""
    digest = hashlib.sha256()
    size = 0
    with source.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    sha256 = digest.hexdigest()
    target = path_for(root, sha256)
    if not target.is_file():
        with source.open("rb") as handle:
            _write_atomically(target, iter(lambda: handle.read(_CHUNK), b""))
        if read_verified(root, sha256) is None:
            raise InputRejected("attachment_changed_while_copying", path=str(source))
    return sha256, size


def read_verified(root: Path, sha256: str) -> bytes | None:
    """The bytes stored under `sha256`, or None when missing or no longer matching their hash (disk damage)."""
    target = path_for(root, sha256)
    try:
        data = target.read_bytes()
    except FileNotFoundError:
        return None
    return data if hashlib.sha256(data).hexdigest() == sha256 else None


def _write_atomically(target: Path, chunks: Iterable[bytes]) -> None:
    # A crash mid-write must never leave a partial file under a name that claims a hash.
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
