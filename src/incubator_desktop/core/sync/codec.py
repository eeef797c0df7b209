"""Record rows as JSON and back, losslessly, with a structural check of every incoming value."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Integer, Numeric, RowMapping, String, Table

from incubator_desktop.core import models as m

#: Every record type that may travel, by the table name bundles use.
TRAVELLING: dict[str, type[m.SyncedRecord]] = {model.__tablename__: model for model in m.SYNCED_MODELS}

_SYSTEM_PATTERNS = {
    "id": re.compile(r"^[0-9A-Za-z_-]{1,32}$"),
    "device_id": re.compile(r"^[0-9A-Za-z_-]{1,32}$"),
    "origin_site": re.compile(r"^\d{6,12}$"),
    "hlc": re.compile(r"^\d{19}$"),
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MAX_TEXT = 1_000_000
_MAX_INT = 2**63


class SchemaProblem(ValueError):
    """One value that does not fit its column; carries the column for the rejection message."""

    def __init__(self, table: str, column: str, detail: str) -> None:
        super().__init__(f"{table}.{column}: {detail}")
        self.table, self.column, self.detail = table, column, detail


def table_of(kind: str) -> Table:
    table = TRAVELLING[kind].__table__
    assert isinstance(table, Table)
    return table


def _encode(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, Numeric) and isinstance(value, Decimal | int | float):
        # Quantized to the column's scale so 1.5 and 1.50 are one value on every database.
        scale = column.type.scale or 0
        return format(Decimal(str(value)).quantize(Decimal(1).scaleb(-scale)), "f")
    if isinstance(value, datetime):
        # One spelling per instant on every database: SQLite hands back naive UTC, PostgreSQL aware times.
        aware = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return aware.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def encode_row(table: Table, row: Mapping[str, Any] | RowMapping) -> dict[str, Any]:
    """Every column of a row as a JSON value."""
    return {column.key: _encode(column, row[column.key]) for column in table.columns}


def _decode(column: Column[Any], value: Any) -> Any:
    kind = column.type
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise ValueError("not true/false")
        return value
    if isinstance(kind, Integer):
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) >= _MAX_INT:
            raise ValueError("not a whole number")
        return value
    if isinstance(kind, Numeric):
        if not isinstance(value, str) or not re.fullmatch(r"-?\d{1,30}(\.\d{1,10})?", value):
            raise ValueError("not a decimal")
        number = Decimal(value)
        precision, scale = kind.precision or 30, kind.scale or 0
        if -number.as_tuple().exponent > scale or len(number.as_tuple().digits) > precision:  # type: ignore[operator]
            raise ValueError("decimal too precise")
        return number
    if isinstance(kind, DateTime):
        if not isinstance(value, str) or len(value) > 40:
            raise ValueError("not a time")
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        if not isinstance(value, str) or not _DATE.match(value):
            raise ValueError("not a date")
        return date.fromisoformat(value)
    if isinstance(kind, JSON):
        if not isinstance(value, dict | list):
            raise ValueError("not a list or mapping")
        return value
    if isinstance(kind, String):
        limit = kind.length or _MAX_TEXT
        if not isinstance(value, str) or len(value) > limit:
            raise ValueError("text too long" if isinstance(value, str) else "not text")
        pattern = _SYSTEM_PATTERNS.get(column.key)
        if pattern is not None and not pattern.match(value):
            raise ValueError("malformed")
        return value
    raise ValueError(f"unsupported column type {kind!r}")


def decode_row(kind: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Python values for one incoming record; raises SchemaProblem for an unknown, missing or ill-typed column."""
    if kind not in TRAVELLING:
        raise SchemaProblem(kind, "-", "unknown record type")
    table = table_of(kind)
    known = {column.key for column in table.columns}
    for name in values:
        if name not in known:
            raise SchemaProblem(kind, str(name), "unknown column")
    decoded: dict[str, Any] = {}
    for column in table.columns:
        if column.key not in values:
            raise SchemaProblem(kind, column.key, "missing")
        value = values[column.key]
        if value is None:
            if not column.nullable:
                raise SchemaProblem(kind, column.key, "must not be empty")
            decoded[column.key] = None
            continue
        try:
            decoded[column.key] = _decode(column, value)
        except (ValueError, InvalidOperation) as exc:
            raise SchemaProblem(kind, column.key, str(exc)) from None
    return decoded


def foreign_keys(kind: str) -> list[tuple[str, str]]:
    """(column, referenced table) for every foreign key of a record type."""
    return [(fk.parent.key, fk.column.table.name) for fk in table_of(kind).foreign_keys]


def unique_columns(kind: str) -> list[str]:
    return [column.key for column in table_of(kind).columns if column.unique]
