"""Writes a finished PDF atomically (temporary file, then rename) so a reader never sees half a file."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def write_atomically(data: bytes, out_path: Path | str) -> Path:
    """Write `data` to `out_path` via a temporary file in the same folder and `os.replace`."""
    target = Path(out_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
