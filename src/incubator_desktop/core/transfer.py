"""Moves a whole database to another engine (SQLite → PostgreSQL) and proves nothing was lost."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, func, select

from incubator_desktop.core.db import Database
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.models import Base

BATCH = 2000

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class TableTransfer:
    table: str
    rows: int
    checksum: str


def _canonical(value: Any) -> Any:
    if isinstance(value, datetime):
        # SQLite returns naive datetimes, PostgreSQL aware ones; compare the UTC wall time either way.
        return value.replace(tzinfo=None).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value.normalize())
    return value


def table_checksum(connection: Connection, table: Table) -> tuple[int, str]:
    """Row count and a SHA-256 over the rows in primary-key order, independent of the database engine."""
    digest = hashlib.sha256()
    count = 0
    query = select(table).order_by(*table.primary_key.columns)
    for row in connection.execute(query).mappings():
        canonical = {key: _canonical(value) for key, value in row.items()}
        digest.update(json.dumps(canonical, sort_keys=True, ensure_ascii=False, default=str).encode())
        count += 1
    return count, digest.hexdigest()


def _data_tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)  # parents before children


def migrate_database(source: Database, target: Database, *, progress: Progress | None = None) -> list[TableTransfer]:
    """Copy every row of `source` into the empty, migrated `target` in one transaction, then verify.

    Rows are copied as they are (stamps, tombstones, ids), bypassing the ORM so nothing is re-stamped.
    Raises InputRejected if the target already holds records or if any table's count or checksum differs.
    """
    tables = _data_tables()
    with target.engine.connect() as check:
        if any(check.scalar(select(func.count()).select_from(table)) for table in tables):
            raise InputRejected("target_not_empty")
    with source.engine.connect() as src:
        total = sum(int(src.scalar(select(func.count()).select_from(table)) or 0) for table in tables)
        done = 0
        report = []
        with target.engine.begin() as dst:
            for table in tables:
                result = src.execute(select(table).order_by(*table.primary_key.columns)).mappings()
                while batch := result.fetchmany(BATCH):
                    dst.execute(table.insert(), [dict(row) for row in batch])
                    done += len(batch)
                    if progress:
                        progress(done, total)
            # Verified inside the transaction: a mismatch rolls the whole copy back.
            for table in tables:
                expected = table_checksum(src, table)
                found = table_checksum(dst, table)
                if expected != found:
                    raise InputRejected("transfer_mismatch", table=table.name, expected=expected[0], found=found[0])
                report.append(TableTransfer(table=table.name, rows=expected[0], checksum=expected[1]))
    return report
