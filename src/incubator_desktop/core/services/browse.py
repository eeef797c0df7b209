"""Generic listing of any record type for screens: filter, search, sort, count and page in the database.

Rows come back as plain `BrowseRow` values (never ORM objects), with sensitive columns masked and the
records that foreign keys point at resolved to their names, so a page of rows can cross threads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, inspect, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from incubator_desktop.core import models as m
from incubator_desktop.core.masking import mask_id_number, mask_name, mask_phone
from incubator_desktop.core.services.records import DateRange
from incubator_desktop.core.services.text_match import ESCAPE, contains_pattern
from incubator_desktop.core.validation.text import normalize_text

#: The column that names a record of each kind (what a list, a combo box or a confirmation shows).
LABEL_COLUMNS: dict[str, str] = {
    "sites": "name",
    "communities": "name",
    "organizations": "name",
    "people": "name",
    "trainings": "title",
    "activities": "title",
    "case_studies": "title",
    "resource_links": "donor",
    "venture_contests": "name",
    "contest_entries": "project_title",
    "funded_projects": "name",
    "incubation_plans": "goals",
    "plan_milestones": "title",
    "checklist_items": "item",
    "attendance": "attendee_name",
    "target_sets": "name",
    "notices": "title",
    "attachments": "filename",
    "service_files": "subject_name",
    "progress_reports": "month",
    "expenses": "description",
    "judge_scores": "judge",
}

#: Columns that are masked whenever rows are listed; forms read the record itself to edit them.
MASKED_COLUMNS: dict[str, Callable[[str | None], str]] = {
    "id_number": mask_id_number,
    "leader_id_number": mask_id_number,
    "phone": mask_phone,
    "leader_phone": mask_phone,
    "subject_name": mask_name,
}


@dataclass(frozen=True)
class SortOrder:
    """Sort by one column of the record; NULLs always last, ties by id in the same direction."""

    key: str
    descending: bool = False


@dataclass(frozen=True)
class BrowseQuery:
    """What to list: columns equal to values, a date column within a range, and text to look for."""

    equals: Mapping[str, Any] = field(default_factory=dict)
    between: DateRange | None = None
    text: str = ""


@dataclass(frozen=True)
class BrowseRow:
    """One record as plain values; `labels` names the records its foreign keys point at."""

    id: str
    values: dict[str, Any]
    labels: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Choice:
    id: str
    label: str


@dataclass(frozen=True)
class DeletedRow:
    id: str
    title: str
    changed_at: datetime | None


def label_column(model: type[m.SyncedRecord]) -> str | None:
    return LABEL_COLUMNS.get(model.__tablename__)


def _column(model: type[m.SyncedRecord], key: str) -> Any:
    if key not in inspect(model).columns:
        raise ValueError(f"{model.__tablename__} has no column {key!r}")
    return getattr(model, key)


def _conditions(
    model: type[m.SyncedRecord], query: BrowseQuery, search_fields: Sequence[str]
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [model.deleted.is_(False)]
    for key, value in query.equals.items():
        conditions.append(_column(model, key) == value)
    if query.between is not None:
        name, start, end = query.between
        column = _column(model, name)
        if start is not None:
            conditions.append(column >= start)
        if end is not None:
            conditions.append(column <= end)
    text = normalize_text(query.text)
    if text:
        pattern = contains_pattern(text)
        matches = [_text_match(model, key, pattern) for key in search_fields]
        conditions.append(or_(*matches) if matches else false())
    return conditions


def _text_match(model: type[m.SyncedRecord], key: str, pattern: str) -> ColumnElement[bool]:
    """`key` contains the text; for a foreign key, the name of the record it points at does."""
    column: ColumnElement[Any] = _column(model, key)
    foreign = next(iter(model.__table__.columns[key].foreign_keys), None)
    if foreign is None:
        return column.like(pattern, escape=ESCAPE)
    target = _model(foreign.column.table.name)
    name = label_column(target)
    if name is None:
        raise ValueError(f"{key!r} points at records without a name to search")
    named = select(target.id).where(getattr(target, name).like(pattern, escape=ESCAPE))
    return column.in_(named)


def _ordered(
    model: type[m.SyncedRecord], statement: Select[Any], order: SortOrder | None, *, backwards: bool = False
) -> Select[Any]:
    """ORDER BY the order's column (NULLs last), then id in the same direction; `backwards` is the exact reverse.

    Ties go the sort's way so one index on (column, id) serves the whole order, forwards or backwards, and a
    page deep in a million rows is found in the index instead of sorting every skipped row. NULLS FIRST/LAST
    is only asked for nullable columns: on a NOT NULL column it is a no-op that can still cost the index.
    """
    descending = backwards
    if order is not None:
        column = _column(model, order.key)
        descending = order.descending != backwards
        sort = column.desc() if descending else column.asc()
        if model.__table__.columns[order.key].nullable:
            sort = sort.nulls_first() if backwards else sort.nulls_last()
        statement = statement.order_by(sort)
    return statement.order_by(model.id.desc() if descending else model.id)


def count_rows(
    session: Session, model: type[m.SyncedRecord], query: BrowseQuery, *, search_fields: Sequence[str] = ()
) -> int:
    """How many live records of `model` match `query`."""
    # count(*), not count(id): SQLite answers it from the smallest index that covers the conditions.
    statement = select(func.count()).select_from(model).where(*_conditions(model, query, search_fields))
    return int(session.scalar(statement) or 0)


def fetch_rows(
    session: Session,
    model: type[m.SyncedRecord],
    query: BrowseQuery,
    *,
    search_fields: Sequence[str] = (),
    order: SortOrder | None = None,
    offset: int = 0,
    limit: int = 200,
    mask: bool = True,
    total: int | None = None,
) -> list[BrowseRow]:
    """One page of matching records in `order`, sensitive columns masked unless `mask` is False.

    Given `total` (the count for this query), a page in the second half is read from the far end in
    reverse order, so the last page of a million rows costs what the first does.
    """
    table = model.__table__
    statement = select(*table.columns).where(*_conditions(model, query, search_fields))
    backwards = total is not None and offset > total // 2
    if backwards:
        assert total is not None
        end = min(offset + limit, total)
        statement = _ordered(model, statement, order, backwards=True).offset(total - end).limit(end - offset)
    else:
        statement = _ordered(model, statement, order).offset(offset).limit(limit)
    rows = [BrowseRow(id=row.id, values=dict(row._mapping)) for row in session.execute(statement)]
    if backwards:
        rows.reverse()
    if mask:
        for row in rows:
            for key, masker in MASKED_COLUMNS.items():
                if row.values.get(key):
                    row.values[key] = masker(row.values[key])
    _resolve_references(session, model, rows)
    return rows


def locate_row(
    session: Session,
    model: type[m.SyncedRecord],
    query: BrowseQuery,
    record_id: str,
    *,
    search_fields: Sequence[str] = (),
    order: SortOrder | None = None,
) -> int | None:
    """The position of `record_id` in the listing `fetch_rows` pages through, or None if it is not listed."""
    conditions = _conditions(model, query, search_fields)
    sort_column = _column(model, order.key) if order is not None else model.id
    found = session.execute(select(sort_column).where(model.id == record_id, *conditions)).first()
    if found is None:
        return None
    # Ties are ordered by id in the sort's direction (see `_ordered`).
    before = model.id > record_id if order is not None and order.descending else model.id < record_id
    if order is not None:
        value = found[0]
        if value is None:
            before = or_(sort_column.is_not(None), and_(sort_column.is_(None), before))
        else:
            ahead = sort_column > value if order.descending else sort_column < value
            before = or_(ahead, and_(sort_column == value, before))
    return int(session.scalar(select(func.count()).select_from(model).where(*conditions, before)) or 0)


def _resolve_references(session: Session, model: type[m.SyncedRecord], rows: list[BrowseRow]) -> None:
    for column in model.__table__.columns:
        if not column.foreign_keys or not rows:
            continue
        target = next(iter(column.foreign_keys)).column.table.name
        ids = {row.values[column.key] for row in rows if row.values.get(column.key)}
        if not ids or target not in LABEL_COLUMNS:
            continue
        labels = record_labels(session, _model(target), ids)
        for row in rows:
            value = row.values.get(column.key)
            if value in labels:
                row.labels[column.key] = labels[value]


def _model(kind: str) -> type[m.SyncedRecord]:
    for model in m.SYNCED_MODELS:
        if model.__tablename__ == kind:
            return model
    raise ValueError(f"unknown record kind {kind!r}")


def record_labels(session: Session, model: type[m.SyncedRecord], ids: Iterable[str]) -> dict[str, str]:
    """Id → name of the given records (deleted ones too: a list still shows what a row pointed at)."""
    name = label_column(model)
    wanted = list(ids)
    if name is None or not wanted:
        return {}
    rows = session.execute(select(model.id, getattr(model, name)).where(model.id.in_(wanted)))
    return {row[0]: str(row[1] or "") for row in rows}


def reference_choices(
    session: Session, kind: str, *, equals: Mapping[str, Any] | None = None, limit: int | None = None
) -> list[Choice]:
    """The live records of `kind` (a table name) as (id, name) choices for a combo box, by name."""
    model = _model(kind)
    name = label_column(model)
    if name is None:
        raise ValueError(f"records of {kind!r} have no name to choose them by")
    column = getattr(model, name)
    conditions = _conditions(model, BrowseQuery(equals=equals or {}), ())
    statement = select(model.id, column).where(*conditions).order_by(column, model.id).limit(limit)
    return [Choice(id=row[0], label=str(row[1] or "")) for row in session.execute(statement)]


def count_children(
    session: Session,
    child: type[m.SyncedRecord],
    parent_key: str,
    parent_ids: Iterable[str],
    *,
    equals: Mapping[str, Any] | None = None,
) -> dict[str, int]:
    """For each parent id, how many live `child` records point at it (a page of rows at a time)."""
    wanted = list(parent_ids)
    if not wanted:
        return {}
    parent = _column(child, parent_key)
    conditions = _conditions(child, BrowseQuery(equals=equals or {}), ())
    statement = select(parent, func.count(child.id)).where(parent.in_(wanted), *conditions).group_by(parent)
    counts = {row[0]: int(row[1]) for row in session.execute(statement)}
    return {parent_id: counts.get(parent_id, 0) for parent_id in wanted}


#: Title columns that name a person in a sensitive file; lists show them masked.
SENSITIVE_TITLES = frozenset({"subject_name"})


def list_deleted_rows(session: Session, model: type[m.SyncedRecord], *, limit: int = 200) -> list[DeletedRow]:
    """Tombstoned records of `model`, most recently changed first, for a "recently deleted" list.

    A record without a name of its own (a registration case) is titled by the record it points at.
    """
    table = model.__table__
    statement = select(*table.columns).where(model.deleted.is_(True)).order_by(model.hlc.desc(), model.id).limit(limit)
    rows = [BrowseRow(id=row.id, values=dict(row._mapping)) for row in session.execute(statement)]
    _resolve_references(session, model, rows)
    name = label_column(model)
    result = []
    for row in rows:
        title = row.values.get(name) if name else next(iter(row.labels.values()), None)
        if name in SENSITIVE_TITLES:
            title = mask_name(str(title)) if title else title  # a counselling subject's name never shows in lists
        result.append(DeletedRow(id=row.id, title=str(title or row.id), changed_at=row.values.get("updated_at")))
    return result
