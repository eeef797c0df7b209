"""The windowed record table model: Qt's model checks, a million rows, database sorting, async pages."""

from __future__ import annotations

import threading
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from incubator_desktop.core.services.browse import BrowseQuery, BrowseRow, SortOrder
from incubator_desktop.ui.widgets.form_spec import FieldKind
from incubator_desktop.ui.widgets.record_table import ID_ROLE, Column, RecordTableModel, display_value
from incubator_desktop.ui.widgets.tasks import TaskRunner

COLUMNS = (
    Column("title", "Title", stretch=True),
    Column("held_on", "Held on", FieldKind.DATE),
    Column("value_fen", "Value", FieldKind.MONEY, sortable=False),
)
START = date(2000, 1, 1)


class FakeSource:
    """`total` synthetic rows computed on demand; counts every row it hands out."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.fetched = 0
        self.counts = 0
        self.orders: list[SortOrder | None] = []

    def _matches(self, query: BrowseQuery) -> int:
        return self.total if not query.text else self.total // 10

    def count(self, query: BrowseQuery) -> int:
        self.counts += 1
        return self._matches(query)

    def fetch(self, query: BrowseQuery, order: SortOrder | None, offset: int, limit: int) -> list[BrowseRow]:
        self.orders.append(order)
        end = min(offset + limit, self._matches(query))
        descending = order is not None and order.descending
        rows = []
        for position in range(offset, end):
            number = self.total - 1 - position if descending else position
            values = {
                "title": f"活动{number:07d}",
                "held_on": START + timedelta(days=number % 9000),
                "value_fen": 12345,
            }
            rows.append(BrowseRow(id=f"id{number:07d}", values=values))
        self.fetched += len(rows)
        return rows

    def locate(self, query: BrowseQuery, order: SortOrder | None, record_id: str) -> int | None:
        number = int(record_id[2:])
        return self.total - 1 - number if order is not None and order.descending else number


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    """Qt's model checks pass, also after a new query and a sort."""
    model = RecordTableModel(FakeSource(450), COLUMNS, page_size=100, max_pages=3)
    qtmodeltester.check(model)
    model.set_query(BrowseQuery(text="x"))
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_a_million_rows_count_without_loading_them(qtbot: QtBot) -> None:
    """rowCount comes from one COUNT; scrolling a view to the middle and the end fetches a few pages only."""
    source = FakeSource(1_000_000)
    model = RecordTableModel(source, COLUMNS)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == 1_000_000
    assert source.counts == 1
    middle = model.index(500_000, 0)
    view.scrollTo(middle, QTableView.ScrollHint.PositionAtCenter)
    qtbot.wait(50)
    assert model.data(middle) == "活动0500000"
    view.scrollToBottom()
    qtbot.wait(50)
    assert model.data(model.index(999_999, 0)) == "活动0999999"
    assert source.fetched <= 5 * 200  # first page, the middle (maybe two pages), the end (maybe two)
    assert model.cached_rows() <= 30 * 200


def test_cache_is_bounded(qtbot: QtBot) -> None:
    """Reading rows across many pages keeps at most max_pages pages in memory."""
    source = FakeSource(100_000)
    model = RecordTableModel(source, COLUMNS, page_size=100, max_pages=4)
    for row in range(0, 100_000, 5_000):
        assert model.data(model.index(row, 0)) == f"活动{row:07d}"
    assert model.cached_rows() <= 4 * 100


def test_sorting_asks_the_source_and_unsortable_columns_keep_the_order(qtbot: QtBot) -> None:
    """sort() re-queries with an order key; a column marked unsortable leaves the order alone."""
    source = FakeSource(1000)
    model = RecordTableModel(source, COLUMNS, order=SortOrder("held_on"))
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.order == SortOrder("title", descending=True)
    assert model.data(model.index(0, 0)) == "活动0000999"
    assert source.orders[-1] == SortOrder("title", descending=True)
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert model.order == SortOrder("title", descending=True)
    model.sort(-1)
    assert model.order == SortOrder("held_on")


def test_reload_reports_where_a_kept_record_is(qtbot: QtBot) -> None:
    """Reloading with keep_id loads the page holding that record and reports its position."""
    source = FakeSource(10_000)
    model = RecordTableModel(source, COLUMNS)
    with qtbot.waitSignal(model.loaded) as signal:
        model.reload(keep_id="id0007777")
    assert signal.args == [7777]
    assert model.data(model.index(7777, 0), ID_ROLE) == "id0007777"


def test_pages_arrive_from_worker_threads(qtbot: QtBot) -> None:
    """With a TaskRunner cells start empty and fill in when their page arrives (dataChanged)."""
    runner = TaskRunner()
    source = FakeSource(50_000)
    model = RecordTableModel(source, COLUMNS, tasks=runner)
    qtbot.waitUntil(lambda: model.rowCount() == 50_000)
    far = model.index(40_000, 0)
    assert model.data(far) is None
    with qtbot.waitSignal(model.dataChanged):
        pass
    assert model.data(far) == "活动0040000"
    runner.wait(5000)


def test_display_formats_by_kind() -> None:
    """Money shows as yuan, dates as ISO, choices by their label, references by name or a stand-in."""
    row = BrowseRow(
        id="x",
        values={"value_fen": 1234567, "kind": "小组", "org": None, "areas": ["为老", "助残"]},
        labels={},
    )
    assert display_value(Column("value_fen", "V", FieldKind.MONEY), row) == "12,345.67"
    assert display_value(Column("kind", "K", FieldKind.CHOICE, labels={"小组": "Group"}), row) == "Group"
    assert display_value(Column("org", "O", FieldKind.REFERENCE, empty="(base)"), row) == "(base)"
    assert display_value(Column("areas", "A", FieldKind.MULTI, labels={"为老": "Elderly"}), row) == "Elderly、助残"


class SlowCountSource(FakeSource):
    """Counting waits until the test lets it go, as a COUNT over a million rows takes its time."""

    def __init__(self, total: int) -> None:
        super().__init__(total)
        self.release = threading.Event()

    def count(self, query: BrowseQuery) -> int:
        self.release.wait(5)
        return super().count(query)


def test_first_page_shows_before_the_count(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    """The first page is published before the count arrives; the count then adds the remaining rows."""
    runner = TaskRunner()
    source = SlowCountSource(100_000)
    model = RecordTableModel(source, COLUMNS, page_size=100, tasks=runner)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.loaded):
        pass
    assert model.rowCount() == 100
    assert not model.is_counted() and model.is_loading()
    assert model.data(model.index(0, 0)) == "活动0000000"
    with qtbot.waitSignal(model.rowsInserted) as inserted, qtbot.waitSignal(model.counted) as counted:
        source.release.set()
    assert inserted.args[1:] == [100, 99_999]
    assert counted.args == [100_000]
    assert model.rowCount() == 100_000 and model.is_counted() and not model.is_loading()
    runner.wait(5000)


def test_a_short_first_page_needs_no_count(qtbot: QtBot) -> None:
    """A listing that fits in its first page is counted from that page: no COUNT query is made."""
    source = FakeSource(42)
    model = RecordTableModel(source, COLUMNS, page_size=100)
    assert model.rowCount() == 42 and model.is_counted()
    assert source.counts == 0


def test_a_count_smaller_than_the_page_removes_rows(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    """Rows deleted between reading the page and counting are taken away when the count comes."""
    source = FakeSource(300)
    model = RecordTableModel(source, COLUMNS, page_size=100)
    qtmodeltester.check(model)
    source.count = lambda query: 50  # type: ignore[method-assign]
    with qtbot.waitSignal(model.rowsRemoved) as removed:
        model.reload()
    assert removed.args[1:] == [50, 99]
    assert model.rowCount() == 50
    assert model.data(model.index(49, 0)) == "活动0000049"
