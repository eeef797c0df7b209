"""The activity list over every township's activities: first screen, sort, filters, a deep page, model memory.

The model is the UI's own `RecordTableModel` over the activities page's own source (browse service plus
photo counts), run without a worker thread so each figure is the full latency to rows on screen. The
baseline replays the very SQL statements the app ran on a plain sqlite3 connection. The first screen is
timed as the app shows it: the first page is published before the count, which follows (untimed here);
the other figures include the count.
"""

from __future__ import annotations

import gc
import statistics
import tracemalloc
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from benchmarks.figures import (
    Context,
    Figure,
    Target,
    captured_sql,
    figure,
    profiled,
    raw_connection,
    replay,
    timed,
)
from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.services.browse import BrowseQuery
from incubator_desktop.ui.activities.spec import activity_page_spec
from incubator_desktop.ui.widgets.record_source import BrowseSource
from incubator_desktop.ui.widgets.record_table import MAX_PAGES, PAGE_SIZE, RecordTableModel

SCREEN_ROWS = 30  # rows visible in a maximised table on a 1080p screen
FIRST_SCREEN = Target("value", "<=", 100)
SORT_FILTER = Target("value", "<=", 300)
MEMORY_FLAT = Target("ratio", "<=", 1.5)


class _Queued:
    """Stands in for the app's TaskRunner: tasks wait in line and run on this thread when asked."""

    def __init__(self) -> None:
        self.waiting: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []

    def run(self, work: Callable[[], Any], *, on_result: Callable[[Any], None], **_: object) -> None:
        self.waiting.append((work, on_result))

    def run_next(self) -> None:
        work, on_result = self.waiting.pop(0)
        on_result(work())

    def run_all(self) -> None:
        while self.waiting:
            self.run_next()


def _model(db: Database, *, max_pages: int = MAX_PAGES, tasks: _Queued | None = None) -> RecordTableModel:
    spec = activity_page_spec()
    source = BrowseSource(db, spec.model, search_fields=spec.search_fields, enrich=spec.enrich)
    return RecordTableModel(source, spec.columns, order=spec.order, max_pages=max_pages, tasks=tasks)  # type: ignore[arg-type]


def _show(model: RecordTableModel, first: int = 0) -> int:
    """Ask for every cell of one screen of rows, as the view does when it paints."""
    shown = 0
    for row in range(first, min(first + SCREEN_ROWS, model.rowCount())):
        for column in range(model.columnCount()):
            if model.data(model.index(row, column)) is not None:
                shown += 1
    return shown


class ListingBench:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.db = open_database(str(ctx.dataset.district_db), upgrade=False)
        self.raw = raw_connection(ctx.dataset.district_db)
        self.total = 0

    def close(self) -> None:
        self.raw.close()
        self.db.close()

    def _figure(self, name: str, change: Callable[[RecordTableModel], object] | None, note: str,
                target: Target) -> Figure:  # fmt: skip
        """Median latency until a screen of rows shows: of building the model (`change` None), or of `change`
        on a model already showing its default listing; the baseline replays the same SQL on raw sqlite3."""

        def prepare() -> RecordTableModel | None:
            if change is None:
                return None
            model = _model(self.db)
            _show(model)
            return model

        queued = _Queued()

        def work(model: RecordTableModel | None) -> None:
            if model is None:
                model = _model(self.db, tasks=queued)
                queued.run_next()  # the first page; the count is the next task, run after the screen shows
            elif change is not None:
                change(model)
            _show(model)

        gc.collect()
        samples: list[float] = []
        replays: list[float] = []
        for attempt in range(self.ctx.scale.repeats + 1):  # the first run only warms the caches
            if attempt > 1 and sum(samples) + sum(replays) > self.ctx.budget:
                break
            model = prepare()
            with captured_sql(self.db.engine) as seen:
                seconds, _ = timed(lambda: work(model))  # noqa: B023 - called at once
            queued.run_all()
            # The same statements on raw sqlite3 right away, so a load spike on a shared PC hits both sides.
            replayed, _ = timed(lambda: replay(self.raw, seen))
            if attempt:
                samples.append(seconds)
                replays.append(replayed)
        baseline = statistics.median(replays)
        if self.ctx.profile:
            model = prepare()
            profiled(self.ctx, name, lambda: work(model))
        return figure(name, statistics.median(samples) * 1000, "ms", baseline=baseline * 1000, target=target,
                      note=note)  # fmt: skip

    def measure(self) -> list[Figure]:
        data = self.ctx.dataset
        township = data.bench_code
        month = (date(data.last_year, 11, 1), date(data.last_year, 11, 30))
        built = _model(self.db)
        self.total = built.rowCount()
        rows = f"{self.total:,} activities"
        figures = [
            self._figure("activity_list_first_screen", None, f"{rows}; first page + photo counts (count after)",
                         FIRST_SCREEN),
            self._figure("activity_list_sort_date_ascending", lambda m: m.sort(0, Qt.SortOrder.AscendingOrder),
                         f"{rows}; header click on 'held on' (default is descending)", SORT_FILTER),
            self._figure("activity_list_sort_title", lambda m: m.sort(1, Qt.SortOrder.AscendingOrder),
                         f"{rows}; header click on 'title'", SORT_FILTER),
            self._figure("activity_list_filter_township",
                         lambda m: m.set_query(BrowseQuery(equals={"origin_site": township})),
                         f"{rows}; origin_site = {township}", SORT_FILTER),
            self._figure("activity_list_filter_month",
                         lambda m: m.set_query(BrowseQuery(between=("held_on", *month))),
                         f"{rows}; held_on in {month[0]:%Y-%m}", SORT_FILTER),
            self._figure("activity_list_filter_township_month",
                         lambda m: m.set_query(BrowseQuery(equals={"origin_site": township},
                                                           between=("held_on", *month))),
                         f"{rows}; both filters", SORT_FILTER),
            self._figure("activity_list_jump_to_middle", lambda m: _show(m, m.rowCount() // 2),
                         f"{rows}; dragging the scroll bar half-way", SORT_FILTER),
        ]  # fmt: skip
        figures.append(self._memory(township))
        return figures

    def _memory(self, township: str) -> Figure:
        """Python memory the model holds after visiting pages all over: one township's year vs all activities.

        Both listings must be longer than the model's page cache for the comparison to mean anything; the
        quick scale has too few rows for the app's cache, so there the model gets a smaller one (4 pages).
        """
        data = self.ctx.dataset
        year = (date(data.last_year, 1, 1), date(data.last_year, 12, 31))
        small = BrowseQuery(equals={"origin_site": township}, between=("held_on", *year))
        pages = MAX_PAGES if not self.ctx.quick else 4
        held_small, rows_small = _held_after_browsing(self.db, small, pages)
        held_all, rows_all = _held_after_browsing(self.db, BrowseQuery(), pages)
        cache = f"cache {pages} pages of {PAGE_SIZE}"
        return figure(
            "activity_list_model_memory",
            held_all / 1024,
            "KiB",
            baseline=held_small / 1024,
            target=MEMORY_FLAT,
            note=f"{cache}; after visiting 60 pages: {rows_all:,} rows (value) vs {rows_small:,} rows (baseline)",
        )


def _held_after_browsing(db: Database, query: BrowseQuery, max_pages: int) -> tuple[int, int]:
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    model = _model(db, max_pages=max_pages)
    model.set_query(query)
    count = model.rowCount()
    for step in range(60):  # more pages than the model may keep, spread over the whole listing
        _show(model, (count * step) // 60)
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    del model
    return held, count


def measure(ctx: Context) -> list[Figure]:
    bench = ListingBench(ctx)
    try:
        return bench.measure()
    finally:
        bench.close()
