"""Storage the database lives on: refuses removable or network folders, and names full or failing disks."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext

from incubator_desktop.core.errors import CoreError, DatabaseRefused

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "sshfs",
        "fuse.sshfs",
        "davfs",
        "fuse.davfs2",
        "fuse.rclone",
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "fuse.gvfsd-fuse",
    }
)
REMOVABLE_MOUNT_ROOTS = ("/media/", "/run/media/", "/mnt/usb")


@dataclass(frozen=True)
class Mount:
    mount_point: str
    fstype: str
    source: str


def linux_mounts(mountinfo: str = "/proc/self/mountinfo") -> list[Mount]:
    mounts = []
    with open(mountinfo, encoding="utf-8") as handle:
        for line in handle:
            left, _, right = line.partition(" - ")
            fields, tail = left.split(), right.split()
            if len(fields) >= 5 and len(tail) >= 2:
                point = fields[4].replace("\\040", " ")
                mounts.append(Mount(point, tail[0], tail[1]))
    return mounts


def mount_of(path: Path, mounts: list[Mount]) -> Mount | None:
    text = str(path)
    best: Mount | None = None
    for mount in mounts:
        point = mount.mount_point.rstrip("/") or "/"
        inside = text == point or text.startswith(point + "/") or point == "/"
        if inside and (best is None or len(point) > len(best.mount_point.rstrip("/") or "/")):
            best = mount
    return best


def _block_device_removable(source: str, sys_block: Path = Path("/sys/class/block")) -> bool:
    if not source.startswith("/dev/"):
        return False
    name = Path(os.path.realpath(source)).name
    node = sys_block / name
    for candidate in (node / "removable", node.resolve().parent / "removable"):
        try:
            if candidate.read_text().strip() == "1":
                return True
        except OSError:
            continue
    return False


def classify_linux(path: Path, mounts: list[Mount]) -> str:
    """Return "network", "removable" or "local" for a path on Linux."""
    mount = mount_of(path, mounts)
    if mount is None:
        return "local"
    if mount.fstype in NETWORK_FILESYSTEMS or mount.source.startswith("//"):
        return "network"
    point = mount.mount_point.rstrip("/") + "/"
    if point.startswith(REMOVABLE_MOUNT_ROOTS) or _block_device_removable(mount.source):
        return "removable"
    return "local"


def classify_windows(path: Path) -> str:
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "network"
    import ctypes

    drive_type = ctypes.windll.kernel32.GetDriveTypeW(f"{path.drive}\\")  # type: ignore[attr-defined]
    return {2: "removable", 4: "network"}.get(int(drive_type), "local")


def classify(path: Path) -> str:
    path = path.expanduser().absolute()
    if sys.platform == "win32":
        return classify_windows(path)
    if sys.platform.startswith("linux"):
        return classify_linux(path, linux_mounts())
    if sys.platform == "darwin" and str(path).startswith("/Volumes/"):
        return "removable"
    return "local"


def ensure_local_storage(path: Path) -> None:
    """Raise DatabaseRefused unless `path` (a file or folder, existing or not) is on a local fixed disk."""
    kind = classify(path)
    if kind == "network":
        raise DatabaseRefused("db_network", path=str(path))
    if kind == "removable":
        raise DatabaseRefused("db_removable", path=str(path))


class StorageFailed(CoreError):
    """The disk under the database is full or failing; the transaction was rolled back, nothing was saved."""

    code = "disk_failed"


#: SQLite result codes, and PostgreSQL SQLSTATEs, of a full or failing disk.
_SQLITE_CODES = {13: "disk_full", 10: "disk_io_error"}  # SQLITE_FULL, SQLITE_IOERR (extended codes: & 0xFF)
_SQLSTATES = {"53100": "disk_full", "58030": "disk_io_error"}
_SQLITE_MESSAGES = {"database or disk is full": "disk_full", "disk I/O error": "disk_io_error"}


def storage_failure(error: BaseException) -> str | None:
    """ "disk_full" or "disk_io_error" when a database driver's error means that, else None."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _SQLITE_CODES:
        return _SQLITE_CODES[code & 0xFF]
    state = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
    if isinstance(state, str) and state in _SQLSTATES:
        return _SQLSTATES[state]
    return _SQLITE_MESSAGES.get(str(error).strip())


def install_storage_errors(engine: Engine) -> None:
    """Raise StorageFailed with a code the clerk's message names, not a driver error, when the disk fails."""

    @event.listens_for(engine, "handle_error")
    def _translate(context: ExceptionContext) -> Any:
        code = storage_failure(context.original_exception)
        return StorageFailed(code) if code is not None else None
