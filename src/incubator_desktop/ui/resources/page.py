"""The resources workspace page: the linked resources, and above them their total value under the filters."""

from __future__ import annotations

import logging
from decimal import Decimal

from PySide6.QtWidgets import QLabel, QVBoxLayout

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.browse import BrowseQuery, count_rows, fetch_rows
from incubator_desktop.ui.resources.spec import SEARCH_FIELDS, resource_page_spec
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.record_page import RecordPage

BATCH = 500
log = logging.getLogger(__name__)


def total_value_fen(db: Database, query: BrowseQuery) -> int:
    """The value of every resource `query` lists, in fen (a base records tens a year, so paging is cheap)."""
    total = 0
    with db.reading() as session:
        count = count_rows(session, m.ResourceLink, query, search_fields=SEARCH_FIELDS)
        for offset in range(0, count, BATCH):
            rows = fetch_rows(session, m.ResourceLink, query, search_fields=SEARCH_FIELDS, offset=offset, limit=BATCH)
            total += sum(int(row.values.get("value_fen") or 0) for row in rows)
    return total


def yuan_text(fen: int) -> str:
    return f"{Decimal(fen) / 100:,.2f}"


class ResourcesPage(RecordPage):
    """A RecordPage over linked resources; `total_label` sums what the table lists (read off the GUI thread)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, resource_page_spec())
        self.total_fen: int | None = None
        self.total_label = QLabel()
        self.total_label.setObjectName("sectionTitle")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.total_label)  # under the page title, above the filters
        self._total_generation = 0
        self.model.loaded.connect(lambda _position: self.reload_total())
        self.reload_total()

    def reload_total(self) -> None:
        self._total_generation += 1
        generation, query, db = self._total_generation, self.model.query, self.context.db
        self.context.tasks.run(
            lambda: total_value_fen(db, query),
            on_result=lambda total: self._show_total(generation, total),
            on_error=lambda error: log.error("adding up resources failed", exc_info=error),
            owner=self,
        )

    def _show_total(self, generation: int, total: int) -> None:
        if generation != self._total_generation:
            return
        self.total_fen = total
        amount = yuan_text(total)
        month = self.filter_bar.combos["received_on"]
        if not self.is_filtered():
            text = self.tr("Value of all linked resources: {amount} yuan").format(amount=amount)
        elif month.currentIndex() > 0:
            text = self.tr("Value of the resources listed for {month}: {amount} yuan").format(
                month=month.currentText(), amount=amount
            )
        else:
            text = self.tr("Value of the resources listed: {amount} yuan").format(amount=amount)
        self.total_label.setText(text)

    def is_busy(self) -> bool:
        return super().is_busy() or self.context.tasks.busy()
