"""Durable writes: synced through a writable handle, read back before the rename, folder sync only best effort."""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from incubator_desktop.core import backups, durable
from incubator_desktop.core.db import open_database
from incubator_desktop.core.exchange.files import save_workbook

fcntl = pytest.importorskip("fcntl")


def fsync_refusing(refused: Callable[[int], bool]) -> Callable[[int], None]:
    real = os.fsync

    def fsync(descriptor: int) -> None:
        if refused(descriptor):
            raise OSError(errno.EBADF, "Bad file descriptor")
        real(descriptor)

    return fsync


def read_only_handle(descriptor: int) -> bool:
    """What Windows refuses: FlushFileBuffers on a handle opened without write access."""
    return not stat.S_ISDIR(os.fstat(descriptor).st_mode) and fcntl.fcntl(descriptor, fcntl.F_GETFL) & os.O_ACCMODE == 0


def folder(descriptor: int) -> bool:
    return stat.S_ISDIR(os.fstat(descriptor).st_mode)


def test_a_workbook_is_saved_where_fsync_refuses_read_only_handles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As on Windows, fsync on a read-only handle fails: the workbook export still succeeds and reads back."""
    monkeypatch.setattr(os, "fsync", fsync_refusing(read_only_handle))
    workbook = Workbook()
    workbook.active.append(["团结村舞蹈队", 12])  # type: ignore[union-attr]
    target = tmp_path / "名册.xlsx"
    save_workbook(workbook, target)
    assert load_workbook(target).active["A1"].value == "团结村舞蹈队"  # type: ignore[index]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["名册.xlsx"]


def test_a_backup_is_made_where_fsync_refuses_read_only_handles(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backup copy is synced through a writable handle too, so the Windows rule does not stop it."""
    open_database(str(db_path)).close()
    monkeypatch.setattr(os, "fsync", fsync_refusing(read_only_handle))
    made = backups.copy_checked(db_path, tmp_path / "copy" / "backup.db")
    assert made.is_file()


@pytest.mark.skipif(sys.platform == "win32", reason="folders cannot be opened for fsync on Windows")
def test_a_folder_that_cannot_be_synced_does_not_fail_a_finished_write(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the file is renamed into place, a failing folder sync is not reported as a failed backup or export."""
    open_database(str(db_path)).close()
    monkeypatch.setattr(os, "fsync", fsync_refusing(folder))
    made = backups.copy_checked(db_path, tmp_path / "copy" / "backup.db")
    assert made.is_file() and list(made.parent.iterdir()) == [made]
    target = tmp_path / "bundle.bin"
    assert durable.write_verified(target, b"sealed bundle") and target.read_bytes() == b"sealed bundle"


def test_a_write_that_reads_back_wrong_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Other bytes on read-back: False, the earlier file unchanged, and no temporary file left beside it."""
    target = tmp_path / "report.bin"
    target.write_bytes(b"earlier")
    monkeypatch.setattr(durable, "read_back", lambda path: path.read_bytes()[:-1])
    assert not durable.write_verified(target, b"newer bytes")
    assert target.read_bytes() == b"earlier" and list(tmp_path.iterdir()) == [target]
