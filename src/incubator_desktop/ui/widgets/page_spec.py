"""How a workspace declares a record page: the record type, its columns, filters, search and form."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.browse import SortOrder
from incubator_desktop.ui.widgets.form_spec import FormSpec
from incubator_desktop.ui.widgets.record_filters import FilterSpec
from incubator_desktop.ui.widgets.record_source import Enrich
from incubator_desktop.ui.widgets.record_table import Column, RecordSource


@dataclass(frozen=True)
class RecordPageSpec:
    """Everything a RecordPage needs to know about one record type; build it when the page is built,
    so every caption is translated in the language the program runs in.

    - `columns`: what the table shows, in order; `order`: the order before the user clicks a header.
    - `form`: the create/edit form (a function, so reference choices are read when the form opens).
    - `search_fields`: the record's text columns the search box looks in (SQL LIKE, any part).
    - `filters`: combos above the table (choices, another record, a month).
    - `refresh_on`: other record kinds whose changes alter what the rows show (e.g. "organizations"
      for a column naming the organization); the page's own kind always refreshes it.
    - `enrich`: adds computed values to each page of rows (counts, progress) for extra columns.
    - `source`: replaces the generic browse source entirely (for lists no single table can answer).
    """

    model: type[m.SyncedRecord]
    title: str
    columns: tuple[Column, ...]
    form: Callable[[], FormSpec]
    search_fields: tuple[str, ...] = ()
    search_placeholder: str = ""
    filters: tuple[FilterSpec, ...] = ()
    order: SortOrder | None = None
    empty_text: str = ""
    filtered_empty_text: str = ""
    refresh_on: tuple[str, ...] = ()
    enrich: Enrich | None = None
    source: Callable[[Database], RecordSource] | None = None

    @property
    def kind(self) -> str:
        return str(self.model.__tablename__)
