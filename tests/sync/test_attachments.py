"""The content-addressed attachment store: one copy per content, atomic writes, damage detected on read."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from incubator_desktop.core.attachments import (
    attachments_root,
    has_attachment,
    path_for,
    read_verified,
    store_bytes,
    store_file,
)
from incubator_desktop.core.errors import InputRejected


def test_bytes_are_stored_once_under_their_hash(tmp_path: Path) -> None:
    """Storing the same bytes twice keeps one file at ab/cdef…, named by the SHA-256, with no temp files left."""
    data = b"photo of the opening ceremony" * 1000
    first, second = store_bytes(tmp_path, data), store_bytes(tmp_path, data)
    assert first == second == hashlib.sha256(data).hexdigest()
    assert path_for(tmp_path, first) == tmp_path / first[:2] / first[2:]
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == [first[2:]]
    assert read_verified(tmp_path, first) == data and has_attachment(tmp_path, first)


def test_files_are_copied_in_and_damage_is_noticed(tmp_path: Path) -> None:
    """store_file returns hash and size; bytes changed on disk afterwards no longer read as that hash."""
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4 scanned charter" * 500)
    root = tmp_path / "store"
    sha256, size = store_file(root, source)
    assert size == source.stat().st_size and read_verified(root, sha256) == source.read_bytes()
    path_for(root, sha256).write_bytes(b"bit rot")
    assert read_verified(root, sha256) is None
    assert read_verified(root, "0" * 64) is None


def test_the_store_sits_beside_the_database_and_names_are_checked(tmp_path: Path) -> None:
    """attachments_root is <database folder>/attachments; a malformed hash never becomes a path."""
    assert attachments_root(f"sqlite:///{tmp_path}/incubator.db") == tmp_path / "attachments"
    for bad in ("../../etc/passwd", "ABC", "g" * 64):
        with pytest.raises(InputRejected):
            path_for(tmp_path, bad)
