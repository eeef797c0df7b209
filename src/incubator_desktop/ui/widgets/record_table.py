"""A lazy table model over any record source: a COUNT for the row count, rows paged in by window.

The first page is shown as soon as it is read; the COUNT (50 ms or more over a million rows) follows and
then adds the rows after it, so a list opens as fast as one page reads.

Why a windowed cache and not `canFetchMore`/`fetchMore`: growing the model batch by batch means that
jumping to the end of 1,000,000 rows (End key, dragging the scroll bar) loads every row before it.
Here `rowCount` is the COUNT from the source, and `data()` for row r asks for the page r // page_size
only; at most `max_pages` pages are kept (least recently used are dropped), so memory stays bounded
and scrolling to the middle fetches a few pages. With a TaskRunner the count and the pages are read
off the GUI thread (cells show empty until their page arrives); without one (tests) they are read at once.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from incubator_desktop.core.services.browse import BrowseQuery, BrowseRow, SortOrder
from incubator_desktop.ui.widgets.bidi import keep_left_to_right, right_to_left_screen
from incubator_desktop.ui.widgets.form_spec import FieldKind
from incubator_desktop.ui.widgets.tasks import TaskRunner

PAGE_SIZE = 200
MAX_PAGES = 30
ID_ROLE = Qt.ItemDataRole.UserRole
AnyIndex = QModelIndex | QPersistentModelIndex
log = logging.getLogger(__name__)


class RecordSource(Protocol):
    """Where rows come from; called on worker threads, so it opens its own session per call."""

    def count(self, query: BrowseQuery) -> int: ...

    def fetch(self, query: BrowseQuery, order: SortOrder | None, offset: int, limit: int) -> list[BrowseRow]: ...

    def locate(self, query: BrowseQuery, order: SortOrder | None, record_id: str) -> int | None: ...


@dataclass(frozen=True)
class Column:
    """A table column: `key` is a record column (or a value the source adds); `kind` decides the display.

    `labels` translate CHOICE/MULTI values; REFERENCE columns show the referenced record's name, or
    `empty` when there is none. `display` overrides everything. Only `sortable` columns sort (in SQL).
    """

    key: str
    title: str
    kind: FieldKind = FieldKind.LINE
    labels: Mapping[str, str] | None = None
    sortable: bool = True
    stretch: bool = False
    empty: str = ""
    display: Callable[[BrowseRow], str] | None = None
    width: int | None = None  # starting width in pixels; by default one that suits the kind

    def starting_width(self) -> int:
        return self.width or _WIDTHS.get(self.kind, 120)


def display_value(column: Column, row: BrowseRow) -> str:
    if column.display is not None:
        return column.display(row)
    value = row.values.get(column.key)
    if column.kind is FieldKind.REFERENCE:
        return row.labels.get(column.key, "") if value else column.empty
    if value is None or value == "":
        return column.empty
    if column.kind is FieldKind.MONEY:
        return f"{Decimal(int(value)) / 100:,.2f}"
    if isinstance(value, list):
        labels = column.labels or {}
        return "、".join(labels.get(item, item) for item in value)
    if column.labels is not None:
        return column.labels.get(str(value), str(value))
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


_RIGHT = {FieldKind.INT, FieldKind.MONEY, FieldKind.DECIMAL}
_WIDTHS = {
    FieldKind.DATE: 100,
    FieldKind.INT: 80,
    FieldKind.DECIMAL: 90,
    FieldKind.MONEY: 110,
    FieldKind.CHOICE: 100,
    FieldKind.BOOL: 60,
    FieldKind.REFERENCE: 190,
    FieldKind.MULTI: 160,
}


class RecordTableModel(QAbstractTableModel):
    """Rows of one source under one query and order; `loaded(position)` fires after each (re)load."""

    loaded = Signal(object)  # the position of the record asked to be kept, or None
    counted = Signal(int)  # the real row count, after `loaded` (at once when the first page was short)

    def __init__(
        self,
        source: RecordSource,
        columns: tuple[Column, ...],
        *,
        order: SortOrder | None = None,
        tasks: TaskRunner | None = None,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source, self.columns, self._tasks = source, columns, tasks
        self._page_size, self._max_pages = page_size, max_pages
        self._default_order = self._order = order
        self._query = BrowseQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[BrowseRow]] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0
        self._loading = self._counting = False
        self._right_to_left = right_to_left_screen()  # a language switch rebuilds the pages, and so this model
        self.reload()

    # --- query and order ----------------------------------------------------------------------------

    @property
    def query(self) -> BrowseQuery:
        return self._query

    @property
    def order(self) -> SortOrder | None:
        return self._order

    def set_query(self, query: BrowseQuery, *, keep_id: str | None = None) -> None:
        self._query = query
        self.reload(keep_id=keep_id)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database; column -1 goes back to the default order, an unsortable one changes nothing."""
        new: SortOrder | None
        if 0 <= column < len(self.columns):
            if not self.columns[column].sortable:
                return
            new = SortOrder(self.columns[column].key, order == Qt.SortOrder.DescendingOrder)
        else:
            new = self._default_order
        if new != self._order:
            self._order = new
            self.reload()

    def sort_column(self) -> int:
        keys = [column.key for column in self.columns]
        return keys.index(self._order.key) if self._order and self._order.key in keys else -1

    # --- loading ------------------------------------------------------------------------------------

    def is_loading(self) -> bool:
        return self._loading or self._counting or bool(self._pending)

    def is_counted(self) -> bool:
        """Whether `rowCount` is the real count; while the count is on its way it is the rows read so far."""
        return not self._counting

    def reload(self, *, keep_id: str | None = None) -> None:
        """Drop every cached page and read the first one (or `keep_id`'s) again; `loaded` then reports where
        `keep_id` is now. The count comes after: the first page shows before a million rows are counted."""
        self._generation += 1
        generation = self._generation
        source, query, order, size = self._source, self._query, self._order, self._page_size

        def work() -> tuple[int | None, int, list[BrowseRow]]:
            position = source.locate(query, order, keep_id) if keep_id else None
            page = position // size if position is not None else 0
            return position, page, source.fetch(query, order, page * size, size)

        self._loading = self._counting = True
        if self._tasks is None:
            self._apply(generation, work())
            return
        self._tasks.run(
            work, on_result=lambda result: self._apply(generation, result), on_error=self._failed, owner=self
        )

    def _apply(self, generation: int, result: tuple[int | None, int, list[BrowseRow]]) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way
        position, page, rows = result
        first = page * self._page_size
        # A short page ends the listing, so the count is known without asking (most filtered lists).
        exact = len(rows) < self._page_size and (bool(rows) or page == 0)
        self.beginResetModel()
        self._count = first + len(rows) if rows or exact else 0
        self._pages.clear()
        self._pending.clear()
        if rows:
            self._pages[page] = rows
        self._loading = False
        self._counting = not exact
        self.endResetModel()
        self.loaded.emit(position)
        if exact:
            self.counted.emit(self._count)
            return
        source, query = self._source, self._query
        if self._tasks is None:
            self._counted(generation, source.count(query))
            return
        self._tasks.run(
            lambda: source.count(query),
            on_result=lambda count: self._counted(generation, count),
            on_error=self._count_failed,
            owner=self,
        )

    def _counted(self, generation: int, count: int) -> None:
        """The real count replaces the provisional one: rows are added (or removed) after those shown."""
        if generation != self._generation:
            return
        self._counting = False
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            # Rows went away between the page and the count: keep only cached rows that still fit.
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()
        self.counted.emit(count)

    def _count_failed(self, error: BaseException) -> None:
        log.error("counting records failed", exc_info=error)
        self._counting = False
        self.counted.emit(self._count)

    def _failed(self, error: BaseException) -> None:
        log.error("listing records failed", exc_info=error)
        self._loading = self._counting = False
        self.loaded.emit(None)

    def _page_failed(self, page: int, error: BaseException) -> None:
        log.error("reading a page of records failed", exc_info=error)
        self._pending.discard(page)

    def _request(self, page: int) -> None:
        if page in self._pending or self._tasks is None:
            return
        self._pending.add(page)
        generation = self._generation
        source, query, order, size = self._source, self._query, self._order, self._page_size
        self._tasks.run(
            lambda: source.fetch(query, order, page * size, size),
            on_result=lambda rows: self._arrived(generation, page, rows),
            on_error=lambda error: self._page_failed(page, error),
            owner=self,
        )

    def _arrived(self, generation: int, page: int, rows: list[BrowseRow]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._store(page, rows)
        first = page * self._page_size
        last = min(first + len(rows), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def _store(self, page: int, rows: list[BrowseRow]) -> None:
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)

    def cached_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    # --- rows ---------------------------------------------------------------------------------------

    def _cached(self, row: int) -> BrowseRow | None:
        page, offset = divmod(row, self._page_size)
        rows = self._pages.get(page)
        if rows is None:
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def row_at(self, row: int) -> BrowseRow | None:
        """The row at `row`, read at once if its page is not cached (for actions, not for painting)."""
        if not 0 <= row < self._count:
            return None
        found = self._cached(row)
        if found is None:
            page = row // self._page_size
            size = self._page_size
            self._store(page, self._source.fetch(self._query, self._order, page * size, size))
            found = self._cached(row)
        return found

    def id_at(self, row: int) -> str | None:
        found = self.row_at(row)
        return found.id if found else None

    def _row_for_display(self, row: int) -> BrowseRow | None:
        found = self._cached(row)
        if found is None and self._tasks is None:
            return self.row_at(row)
        if found is None:
            self._request(row // self._page_size)
        return found

    # --- Qt model interface -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ID_ROLE):
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].kind in _RIGHT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self._row_for_display(index.row())
        if row is None:
            return None
        if role == ID_ROLE:
            return row.id
        text = display_value(self.columns[index.column()], row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if len(text) > 20 else None
        return keep_left_to_right(text) if self._right_to_left else text
