"""Refuses database folders on removable or network storage, where SQLite files get corrupted."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from incubator_desktop.core.errors import DatabaseRefused

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
