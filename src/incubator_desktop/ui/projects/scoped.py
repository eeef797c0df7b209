"""Record lists inside a project's page: the generic browse source narrowed to the project on show."""

from __future__ import annotations

import dataclasses

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.browse import BrowseQuery, BrowseRow, SortOrder
from incubator_desktop.ui.widgets.record_source import BrowseSource, Enrich

#: Matches no record: what a list shows before a project is chosen.
NO_PROJECT = ""


class ProjectScope:
    """The project a project page shows; its lists and forms read it when they need it."""

    def __init__(self) -> None:
        self.project_id = NO_PROJECT


class ProjectScopedSource:
    """A BrowseSource over `model` whose every query also requires `project_id` to be the scope's project."""

    def __init__(
        self,
        db: Database,
        model: type[m.SyncedRecord],
        scope: ProjectScope,
        *,
        search_fields: tuple[str, ...] = (),
        enrich: Enrich | None = None,
    ) -> None:
        self._scope = scope
        self._inner = BrowseSource(db, model, search_fields=search_fields, enrich=enrich)

    def _scoped(self, query: BrowseQuery) -> BrowseQuery:
        return dataclasses.replace(query, equals={**query.equals, "project_id": self._scope.project_id})

    def count(self, query: BrowseQuery) -> int:
        return self._inner.count(self._scoped(query))

    def fetch(self, query: BrowseQuery, order: SortOrder | None, offset: int, limit: int) -> list[BrowseRow]:
        return self._inner.fetch(self._scoped(query), order, offset, limit)

    def locate(self, query: BrowseQuery, order: SortOrder | None, record_id: str) -> int | None:
        return self._inner.locate(self._scoped(query), order, record_id)
