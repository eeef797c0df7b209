"""Record rows as JSON and back, losslessly, with a structural check of every incoming value."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    ColumnElement,
    Date,
    DateTime,
    Float,
    Integer,
    Numeric,
    RowMapping,
    String,
    Table,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

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


Encoder = Callable[[Any], Any]


def _quantizer(column: Column[Any]) -> Encoder:
    # Quantized to the column's scale so 1.5 and 1.50 are one value on every database.
    exponent = Decimal(1).scaleb(-(getattr(column.type, "scale", None) or 0))

    def encode(value: Any) -> Any:
        if isinstance(value, Decimal | int | float):
            return format(Decimal(str(value)).quantize(exponent), "f")
        return value

    return encode


def _stored_decimal(column: Column[Any]) -> Encoder | None:
    """A decimal as SQLite stores it (a REAL or INTEGER), spelled as SQLAlchemy's Decimal then `_quantizer` would:
    both round once, to the column's scale, with "%.Nf"; anything else takes that very path."""
    scale = getattr(column.type, "scale", None)
    if scale is None or getattr(column.type, "decimal_return_scale", None) is not None:
        return None
    quantize = _quantizer(column)
    spelling = f"%.{scale}f"

    def encode(value: Any) -> Any:
        if type(value) is float or type(value) is int:
            if -1e15 < value < 1e15:
                return spelling % value
            return quantize(Decimal(spelling % value))
        return quantize(value)

    return encode


def _time_or_date(value: Any) -> Any:
    if isinstance(value, datetime):
        # One spelling per instant on every database: SQLite hands back naive UTC, PostgreSQL aware times.
        aware = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return aware.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _stored_time(text: Any) -> Any:
    """A time as SQLite stores it (naive UTC, "YYYY-MM-DD HH:MM:SS.ffffff") spelled as `_time_or_date` would."""
    if isinstance(text, str) and len(text) == 26 and text[10] == " " and text[19] == ".":
        if text.endswith(".000000"):  # isoformat leaves out a zero fraction
            return f"{text[:10]}T{text[11:19]}+00:00"
        return f"{text[:10]}T{text[11:]}+00:00"
    return _time_or_date(datetime.fromisoformat(text) if isinstance(text, str) else text)


def _stored_date(text: Any) -> Any:
    """A date as SQLite stores it ("YYYY-MM-DD") is already its ISO spelling."""
    if isinstance(text, str) and len(text) == 10 and _DATE.match(text):
        return text
    return _time_or_date(date.fromisoformat(text) if isinstance(text, str) else text)


class FlatValues(dict[str, Any]):
    """Encoded values whose keys are in sorted order and none of which is a list or mapping: their canonical
    JSON is their JSON as they stand, so a bundle writes them without sorting each record's keys again."""


@dataclass(frozen=True)
class TableCodec:
    """How to select and encode one table's rows, worked out once: only dates, times and decimals need work.

    Columns are selected in sorted order of their keys. With `stored_text` (SQLite) dates and times are
    selected as the text SQLite stores, so they are never parsed only to be spelled back as text.
    """

    table: Table
    selected: tuple[ColumnElement[Any], ...]
    keys: tuple[str, ...]
    converters: tuple[tuple[str, int, Encoder], ...]
    flat: bool  # no JSON column: every encoded value is a scalar

    def encode(self, row: Sequence[Any]) -> dict[str, Any]:
        """A selected row (values in `keys` order) as JSON values."""
        values = (FlatValues if self.flat else dict)(zip(self.keys, row, strict=True))
        for key, index, convert in self.converters:
            value = row[index]
            if value is not None:
                values[key] = convert(value)
        return values


@cache
def table_codec(kind: str, *, stored_text: bool = False) -> TableCodec:
    columns = sorted(table_of(kind).columns, key=lambda column: column.key)
    selected: list[ColumnElement[Any]] = []
    converters: list[tuple[str, int, Encoder]] = []
    for index, column in enumerate(columns):
        kind_of = column.type
        convert: Encoder | None = None
        if isinstance(kind_of, Numeric):
            convert = _quantizer(column)
            stored = _stored_decimal(column) if stored_text else None
            if stored is not None:
                convert = stored
                selected.append(type_coerce(column, Float()).label(column.key))
        elif isinstance(kind_of, DateTime | Date):
            convert = _time_or_date
            if stored_text:
                convert = _stored_time if isinstance(kind_of, DateTime) else _stored_date
                selected.append(type_coerce(column, String).label(column.key))
        if len(selected) == index:
            selected.append(column)
        if convert is not None:
            converters.append((column.key, index, convert))
    keys = tuple(column.key for column in columns)
    flat = not any(isinstance(column.type, JSON) for column in columns)
    return TableCodec(table_of(kind), tuple(selected), keys, tuple(converters), flat)


def stores_text(session: Session) -> bool:
    """Whether this database keeps dates and times as text (SQLite), so `table_codec` may select them so."""
    return session.get_bind().dialect.name == "sqlite"


def select_encoded(session: Session, kind: str, *conditions: ColumnElement[bool]) -> list[dict[str, Any]]:
    """The rows of `kind` matching `conditions`, in stamp order, each encoded as `encode_row` would."""
    codec = table_codec(kind, stored_text=stores_text(session))
    table = codec.table
    query = select(*codec.selected).where(*conditions).order_by(table.c.hlc, table.c.id)
    encode = codec.encode
    return [encode(row) for row in session.execute(query).all()]


def encode_row(table: Table, row: Mapping[str, Any] | RowMapping) -> dict[str, Any]:
    """Every column of a row (Python values, as SQLAlchemy returns them) as a JSON value."""
    codec = table_codec(table.name)
    return codec.encode([row[key] for key in codec.keys])


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
