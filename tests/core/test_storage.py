"""Where the database may live: local disks yes, USB sticks and network shares no."""

from __future__ import annotations

from pathlib import Path

import pytest

from incubator_desktop.core import storage
from incubator_desktop.core.db import open_database
from incubator_desktop.core.errors import DatabaseRefused
from incubator_desktop.core.storage import Mount, classify_linux

MOUNTS = [
    Mount("/", "ext4", "/dev/nvme0n1p2"),
    Mount("/home", "ext4", "/dev/nvme0n1p3"),
    Mount("/media/clerk/KINGSTON", "vfat", "/dev/sdb1"),
    Mount("/run/media/clerk/U盘", "exfat", "/dev/sdc1"),
    Mount("/mnt/share", "cifs", "//server/share"),
    Mount("/srv/nfs", "nfs4", "server:/export"),
]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/clerk/.local/share/IncubatorDesktop/incubator.db", "local"),
        ("/var/lib/incubator.db", "local"),
        ("/media/clerk/KINGSTON/incubator.db", "removable"),
        ("/run/media/clerk/U盘/data/incubator.db", "removable"),
        ("/mnt/share/incubator.db", "network"),
        ("/srv/nfs/district/incubator.db", "network"),
        ("/media/clerk/KINGSTONX/incubator.db", "local"),
    ],
)
def test_classify_linux_paths(path: str, expected: str) -> None:
    """Paths are classified by the mount they are on, matching whole path components only."""
    assert classify_linux(Path(path), MOUNTS) == expected


def test_real_mount_table_is_readable() -> None:
    """This machine's own mount table parses and contains the root file system."""
    assert any(mount.mount_point == "/" for mount in storage.linux_mounts())


@pytest.mark.parametrize("kind", ["removable", "network"])
def test_open_database_refuses_unsafe_storage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    """open_database refuses a folder on removable or network storage and creates nothing there."""
    monkeypatch.setattr(storage, "classify", lambda _path: kind)
    target = tmp_path / "stick" / "incubator.db"
    with pytest.raises(DatabaseRefused) as refused:
        open_database(str(target))
    assert refused.value.code == f"db_{kind}"
    assert not target.parent.exists()
