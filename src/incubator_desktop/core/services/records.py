"""Create, edit, list, soft-delete and restore any record type, with validation and tombstones."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import FieldError, NotFound, ValidationFailed
from incubator_desktop.core.validation.records import SYSTEM_COLUMNS, normalize_values, validate_record

R = TypeVar("R", bound=m.SyncedRecord)

#: Stable names of the record types, as the CLI, search results and sync bundles spell them.
RECORD_KINDS: dict[str, type[m.SyncedRecord]] = {model.__tablename__: model for model in m.SYNCED_MODELS}


def model_for(kind: str) -> type[m.SyncedRecord]:
    try:
        return RECORD_KINDS[kind]
    except KeyError:
        raise NotFound("unknown_kind", kind=kind) from None


def editable_fields(model: type[m.SyncedRecord]) -> list[str]:
    return [column.key for column in inspect(model).columns if column.key not in SYSTEM_COLUMNS]


def _reject_unknown_fields(model: type[m.SyncedRecord], values: Mapping[str, Any]) -> None:
    allowed = set(editable_fields(model))
    unknown = [key for key in values if key not in allowed]
    if unknown:
        raise ValidationFailed([FieldError(key, "unknown_field") for key in unknown])


def get_record(session: Session, model: type[R], record_id: str, *, include_deleted: bool = False) -> R:
    record = session.get(model, record_id)
    if record is None or (record.deleted and not include_deleted):
        raise NotFound("not_found", kind=model.__tablename__, id=record_id)
    return record


def create_record(session: Session, model: type[R], values: Mapping[str, Any], *, today: date | None = None) -> R:
    """Validate and add a new record; raises ValidationFailed with every problem and writes nothing."""
    _reject_unknown_fields(model, values)
    columns = inspect(model).columns
    # An empty field for a column with a default means "use the default", not "store nothing".
    clean = {
        key: value
        for key, value in normalize_values(model, values).items()
        if value is not None
        or columns[key].nullable
        or (columns[key].default is None and columns[key].server_default is None)
    }
    errors = validate_record(session, model, clean, today=today)
    if errors:
        raise ValidationFailed(errors)
    record = model(**clean)
    session.add(record)
    session.flush()
    return record


def update_record(
    session: Session, model: type[R], record_id: str, changes: Mapping[str, Any], *, today: date | None = None
) -> R:
    """Apply `changes` to an existing record after validating the record as it would become."""
    _reject_unknown_fields(model, changes)
    record = get_record(session, model, record_id)
    merged = {name: getattr(record, name) for name in editable_fields(model)}
    clean = normalize_values(model, changes)
    merged.update(clean)
    errors = validate_record(session, model, merged, record_id=record_id, today=today)
    if errors:
        raise ValidationFailed(errors)
    for key, value in clean.items():
        setattr(record, key, value)
    session.flush()
    return record


def delete_record(session: Session, model: type[m.SyncedRecord], record_id: str) -> None:
    """Tombstone a record: it disappears from lists but can be restored, and the deletion travels by sync."""
    record = get_record(session, model, record_id)
    record.deleted = True
    session.flush()


def restore_record(session: Session, model: type[m.SyncedRecord], record_id: str) -> None:
    record = get_record(session, model, record_id, include_deleted=True)
    record.deleted = False
    session.flush()


#: A date column and an inclusive range on it; either end may be open (None).
DateRange = tuple[str, date | None, date | None]


def filtered_query(
    model: type[R],
    *,
    filters: Mapping[str, Any] | None = None,
    between: DateRange | None = None,
    include_deleted: bool = False,
) -> Select[R]:
    query = select(model)
    if not include_deleted:
        query = query.where(model.deleted.is_(False))
    for key, value in (filters or {}).items():
        query = query.where(getattr(model, key) == value)
    if between is not None:
        column, start, end = getattr(model, between[0]), between[1], between[2]
        if start is not None:
            query = query.where(column >= start)
        if end is not None:
            query = query.where(column <= end)
    return query


def list_records(
    session: Session,
    model: type[R],
    *,
    filters: Mapping[str, Any] | None = None,
    between: DateRange | None = None,
    order_by: Sequence[str] = (),
    limit: int | None = None,
    offset: int = 0,
) -> list[R]:
    """Live records of `model` matching `filters` (column == value), ordered, one page at a time."""
    query = filtered_query(model, filters=filters, between=between)
    for key in order_by:
        column = getattr(model, key.lstrip("-"))
        query = query.order_by(column.desc() if key.startswith("-") else column)
    query = query.order_by(model.id).offset(offset).limit(limit)
    return list(session.scalars(query))


def count_records(
    session: Session,
    model: type[m.SyncedRecord],
    *,
    filters: Mapping[str, Any] | None = None,
    between: DateRange | None = None,
) -> int:
    """Live records matching `filters` (column == value) and, if given, a date column within `between`."""
    query = filtered_query(model, filters=filters, between=between).with_only_columns(func.count()).order_by(None)
    return int(session.scalar(query) or 0)


def list_deleted(session: Session, model: type[R], *, limit: int = 200) -> list[R]:
    """Recently deleted records of `model`, newest deletion first, for the "recently deleted" view."""
    query = select(model).where(model.deleted.is_(True)).order_by(model.hlc.desc()).limit(limit)
    return list(session.scalars(query))
