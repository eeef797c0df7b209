"""Fast bulk writing into a migrated database: Core executemany in big transactions, indexes built afterwards.

Indexes and the full-text triggers are dropped while loading and recreated from their own stored SQL, and
the search index is filled with one INSERT … SELECT per table using the triggers' own expressions, so the
result is the database the app would have built row by row, only minutes instead of hours.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert
from sqlalchemy.pool import StaticPool

from incubator_desktop.core import models as m

_SEARCH_BODY = re.compile(r"SELECT last_insert_rowid\(\), (.*?) WHERE new\.deleted = 0", re.S)
BATCH = 20_000


def tables() -> dict[str, Any]:
    return dict(m.Base.metadata.tables)


def bulk_engine(path: Path) -> Engine:
    """One connection to `path` set up for loading: no foreign-key checks until the end, no fsync, a big cache."""
    engine = create_engine(f"sqlite:///{path}", poolclass=StaticPool)

    @event.listens_for(engine, "connect")
    def _setup(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        for pragma in ("foreign_keys=OFF", "synchronous=OFF", "cache_size=-262144", "journal_mode=WAL"):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    return engine


class BulkLoader:
    """Loads rows into one SQLite database: `drop_indexes()`, `add(...)`, then `finish()` rebuilds what was dropped."""

    def __init__(self, path: Path) -> None:
        self._engine = bulk_engine(path)
        self._dropped: list[tuple[str, str, str]] = []  # (type, name, sql)
        self._pending: dict[str, list[dict[str, Any]]] = {}
        self._tables = tables()
        self.counts: dict[str, int] = {}

    def _sql(self, statement: str) -> list[Any]:
        with self._engine.begin() as connection:
            result = connection.exec_driver_sql(statement)
            return list(result) if result.returns_rows else []

    def drop_indexes(self) -> None:
        """Drop secondary indexes and triggers (kept: primary keys, unique constraints, the FTS tables' own)."""
        rows = self._sql(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL"
        )
        for kind, name, sql in rows:
            if kind == "index" and " UNIQUE " in sql.upper():
                continue
            self._sql(f'DROP {kind.upper()} "{name}"')
            self._dropped.append((kind, name, sql))

    def add(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        pending = self._pending.setdefault(table, [])
        pending.extend(rows)
        if len(pending) >= BATCH:
            self._write(table)

    def add_all(self, rows_by_table: dict[str, list[dict[str, Any]]]) -> None:
        # Parents before children, in the order sync applies them, so the final foreign-key check passes.
        order = [model.__tablename__ for model in m.SYNCED_MODELS]
        for table in sorted(rows_by_table, key=lambda name: order.index(name) if name in order else len(order)):
            self.add(table, rows_by_table[table])

    def flush(self) -> None:
        for table in list(self._pending):
            self._write(table)

    def _write(self, table: str) -> None:
        rows = self._pending.pop(table, [])
        if rows:
            with self._engine.begin() as connection:
                connection.execute(insert(self._tables[table]), rows)
            self.counts[table] = self.counts.get(table, 0) + len(rows)

    def finish(self) -> None:
        """Write what is pending, recreate the indexes, fill the search index, recreate triggers, check keys."""
        self.flush()
        for kind, _name, sql in self._dropped:
            if kind == "index":
                self._sql(sql)
        triggers = [(name, sql) for kind, name, sql in self._dropped if kind == "trigger"]
        for name, sql in triggers:
            found = _SEARCH_BODY.search(sql) if name.startswith("search_") and name.endswith("_ai") else None
            if found is None:
                continue
            table = name.removeprefix("search_").removesuffix("_ai")
            body = found.group(1).replace("new.", "t.")
            before = self._sql("SELECT coalesce(max(rowid), 0) FROM search_docs")[0][0]
            self._sql(
                f"INSERT INTO search_docs (kind, record_id) SELECT '{table}', id FROM {table} AS t"
                " WHERE t.deleted = 0 AND NOT EXISTS (SELECT 1 FROM search_docs AS d WHERE d.record_id = t.id)"
                " ORDER BY t.rowid"
            )
            self._sql(
                f"INSERT INTO search_index (rowid, body) SELECT d.rowid, {body} FROM search_docs AS d"
                f" JOIN {table} AS t ON t.id = d.record_id WHERE d.rowid > {before}"
            )
        for _name, sql in triggers:
            self._sql(sql)
        problems = self._sql("PRAGMA foreign_key_check")[:5]
        if problems:
            raise RuntimeError(f"generated rows break foreign keys: {problems}")
        self._sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self._engine.dispose()
