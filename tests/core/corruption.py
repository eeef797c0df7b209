"""Damage a closed SQLite file for real: garbage over the middle of its data pages, as a failing disk does."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def corrupt_file(path: Path) -> None:
    """Overwrite the middle half of every data page after the first; the file must be closed (WAL folded in)."""
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0, "close the database first"
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    roots = [row[0] for row in connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'organizations'")]
    connection.close()
    assert pages > 4, "put some rows in first, so there are data pages to damage"
    with open(path, "r+b") as handle:
        for page in range(max(2, roots[0] if roots else 2), pages + 1):
            handle.seek((page - 1) * page_size + page_size // 4)
            handle.write(bytes((page * 37 + i) % 251 for i in range(page_size // 2)))
