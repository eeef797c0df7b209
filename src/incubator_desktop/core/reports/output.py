"""Writes a finished PDF whole and verified, so neither a reader nor a pulled USB stick ever leaves half a file."""

from __future__ import annotations

import errno
import hashlib
from pathlib import Path

from incubator_desktop.core import durable


def write_atomically(data: bytes, out_path: Path | str) -> Path:
    """Write `data` to `out_path` as every export is written (`durable.write_verified`: a temporary file beside
    it, synced, read back and compared, then renamed); a device that hands back other bytes raises OSError."""
    target = Path(out_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not durable.write_verified(target, data):
        raise OSError(errno.EIO, "the file read back differently from what was written", str(target))
    return target


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
