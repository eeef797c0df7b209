"""Writing files that must survive a power cut or a lying USB stick: synced, read back, then renamed into place."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


def sync_file(path: Path) -> None:
    """Flush a file's bytes to the device. Through a writable handle: Windows refuses fsync on a read-only one."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def sync_folder(folder: Path) -> None:
    """Best effort to make a rename in `folder` durable; never raises, as the file itself is already in place."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder this way; its rename is already durable on NTFS and FAT
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def read_back(path: Path) -> bytes:
    """Read a synced file, asking the OS to drop its cached copy first so the device itself answers."""
    with path.open("rb") as handle:
        if hasattr(os, "posix_fadvise"):
            # Only clean pages are dropped: the caller has synced the file, so none of them is still dirty.
            os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        return handle.read()


def write_verified(target: Path, data: bytes) -> bool:
    """Write `data` to a temporary file beside `target`, sync it, read it back, and only then rename it into place.

    Returns False, with `target` untouched, when the device hands back other bytes than were written. An OSError
    (full, pulled out, file locked) is raised with `target` untouched too. No temporary file is left either way.
    """
    # A plain new file (not mkstemp's private 0600 one), so the result gets the user's usual permissions.
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if read_back(temporary) != data:
            return False
        os.replace(temporary, target)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
    sync_folder(target.parent)
    return True
