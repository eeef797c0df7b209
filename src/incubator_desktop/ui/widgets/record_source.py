"""The record source most workspaces use: the core's generic browse service over one record type."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.browse import (
    BrowseQuery,
    BrowseRow,
    SortOrder,
    count_rows,
    fetch_rows,
    locate_row,
)

#: Adds computed values to a page of rows in the same session (e.g. a checklist's progress).
Enrich = Callable[[Session, list[BrowseRow]], None]


class BrowseSource:
    """Counts, pages and locates live records of `model`; each call opens its own short read session."""

    def __init__(
        self,
        db: Database,
        model: type[m.SyncedRecord],
        *,
        search_fields: tuple[str, ...] = (),
        enrich: Enrich | None = None,
    ) -> None:
        self._db, self._model = db, model
        self._search_fields, self._enrich = search_fields, enrich
        self._last_count: tuple[BrowseQuery | None, int] = (None, 0)

    def count(self, query: BrowseQuery) -> int:
        with self._db.reading() as session:
            total = count_rows(session, self._model, query, search_fields=self._search_fields)
        self._last_count = (query, total)  # lets deep pages be read from the far end
        return total

    def fetch(self, query: BrowseQuery, order: SortOrder | None, offset: int, limit: int) -> list[BrowseRow]:
        with self._db.reading() as session:
            rows = fetch_rows(
                session,
                self._model,
                query,
                search_fields=self._search_fields,
                order=order,
                offset=offset,
                limit=limit,
                total=self._last_count[1] if self._last_count[0] == query else None,
            )
            if self._enrich is not None and rows:
                self._enrich(session, rows)
            return rows

    def locate(self, query: BrowseQuery, order: SortOrder | None, record_id: str) -> int | None:
        with self._db.reading() as session:
            return locate_row(session, self._model, query, record_id, search_fields=self._search_fields, order=order)
