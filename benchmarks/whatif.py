"""What would close the gaps: the slow statements, timed as the app issues them and with a candidate fix.

    python -m benchmarks.whatif [--data DIR] [--quick]

Each candidate index is created on the generated district database, timed, and dropped again, so the
data folder is left as generated. Times are medians of plain sqlite3 runs with warm caches.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from benchmarks.dataset import Dataset
from benchmarks.figures import Statement, captured_sql, replay
from benchmarks.scale import FULL, QUICK, default_data_dir

COLUMNS = (
    "title, held_on, kind, service_area, organization_id, community_id, location, beneficiaries, volunteers,"
    " volunteer_hours, description, id, origin_site, device_id, hlc, deleted, created_at, updated_at"
)
LIVE = "FROM activities WHERE activities.deleted IS 0"


@dataclass(frozen=True)
class Case:
    name: str
    sql: str
    params: tuple[object, ...] = ()
    repeat: int = 1  # statements per timing (e.g. once per township)


@contextmanager
def index(connection: sqlite3.Connection, name: str, definition: str) -> Iterator[float]:
    """A candidate index for the block's duration; yields the seconds it took to build."""
    started = time.perf_counter()
    connection.execute(f"CREATE INDEX {name} ON {definition}")
    try:
        yield time.perf_counter() - started
    finally:
        connection.execute(f"DROP INDEX {name}")


def _plan(connection: sqlite3.Connection, case: Case) -> str:
    rows = connection.execute("EXPLAIN QUERY PLAN " + case.sql, case.params).fetchall()
    return "; ".join(str(row[-1]) for row in rows)


def listing_cases(total: int) -> list[Case]:
    middle = total // 2
    return [
        Case("count of live activities", f"SELECT count(activities.id) AS count_1 {LIVE}"),
        Case("count(*) of live activities", f"SELECT count(*) {LIVE}"),
        Case("first page, newest first",
             f"SELECT {COLUMNS} {LIVE} ORDER BY held_on DESC NULLS LAST, id LIMIT 200 OFFSET 0"),
        Case("first page, oldest first (NULLS LAST, as now)",
             f"SELECT {COLUMNS} {LIVE} ORDER BY held_on ASC NULLS LAST, id LIMIT 200 OFFSET 0"),
        Case("first page, oldest first (no NULLS LAST: held_on is NOT NULL)",
             f"SELECT {COLUMNS} {LIVE} ORDER BY held_on ASC, id LIMIT 200 OFFSET 0"),
        Case("page in the middle, newest first",
             f"SELECT {COLUMNS} {LIVE} ORDER BY held_on DESC NULLS LAST, id LIMIT 200 OFFSET {middle}"),
        Case("page in the middle, newest first (ties by id in the same direction)",
             f"SELECT {COLUMNS} {LIVE} ORDER BY held_on DESC, id DESC LIMIT 200 OFFSET {middle}"),
        Case("first page, oldest first (ties by id in the same direction)",
             f"SELECT {COLUMNS} {LIVE} ORDER BY held_on ASC, id ASC LIMIT 200 OFFSET 0"),
        Case("first page by title",
             f"SELECT {COLUMNS} {LIVE} ORDER BY title ASC NULLS LAST, id LIMIT 200 OFFSET 0"),
        Case("first page by title (no NULLS LAST: title is NOT NULL)",
             f"SELECT {COLUMNS} {LIVE} ORDER BY title ASC, id ASC LIMIT 200 OFFSET 0"),
    ]  # fmt: skip


def indicator_cases(data: Dataset) -> list[Case]:
    start, end = date(data.last_year, 1, 1).isoformat(), date(data.last_year, 12, 31).isoformat()
    count = (
        "(SELECT count(activities.id) FROM activities WHERE activities.deleted IS 0"
        " AND activities.organization_id = organizations.id AND activities.held_on >= ? AND activities.held_on <= ?)"
    )
    every = len(data.townships)
    return [
        Case(f"effective_incubation × {every} townships, all organizations each time (as now)",
             f"SELECT organizations.id, organizations.stage, organizations.filed_on, {count}"
             " FROM organizations WHERE organizations.deleted IS 0", (start, end), repeat=every),
        Case(f"effective_incubation × {every} townships, one township's organizations each",
             f"SELECT organizations.id, organizations.stage, organizations.filed_on, {count}"
             " FROM organizations WHERE organizations.deleted IS 0 AND organizations.origin_site = ?",
             (start, end, data.bench_code), repeat=every),
    ]  # fmt: skip


#: Candidate changes: index sets (alone and together: one index can change the plan of a query it was not
#: meant for) and whether the statistics ANALYZE gathers are present.
CANDIDATES: dict[str, tuple[list[tuple[str, str]], bool]] = {
    "as now": ([], False),
    "+(deleted, held_on)": ([("ix_whatif_deleted_held_on", "activities (deleted, held_on)")], False),
    "+(deleted, held_on) +ANALYZE": ([("ix_whatif_deleted_held_on", "activities (deleted, held_on)")], True),
    "+(held_on) WHERE deleted IS 0": ([("ix_whatif_live_held_on", "activities (held_on) WHERE deleted IS 0")], False),
    "+(organization_id, held_on)": ([("ix_whatif_org_held_on", "activities (organization_id, held_on)")], False),
    "+(deleted, title)": ([("ix_whatif_deleted_title", "activities (deleted, title)")], False),
    "+live (held_on, id), (title, id)": (
        [
            ("ix_whatif_live_held_on_id", "activities (held_on, id) WHERE deleted IS 0"),
            ("ix_whatif_live_title_id", "activities (title, id) WHERE deleted IS 0"),
        ],
        False,
    ),
    "+live (held_on, id), (title, id) +(organization_id, held_on)": (
        [
            ("ix_whatif_live_held_on_id", "activities (held_on, id) WHERE deleted IS 0"),
            ("ix_whatif_live_title_id", "activities (title, id) WHERE deleted IS 0"),
            ("ix_whatif_org_held_on", "activities (organization_id, held_on)"),
        ],
        False,
    ),
}
#: A statement slower than this is stopped and reported as "> limit".
LIMIT_SECONDS = 30.0


def captured_workloads(data: Dataset) -> dict[str, list[Statement]]:
    """The SQL the app itself runs for the slow figures, recorded once through its own code."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from benchmarks.listing import _model, _show
    from incubator_desktop.core.db import open_database
    from incubator_desktop.core.indicators import compute_indicators

    app = QApplication.instance() or QApplication([])
    db = open_database(str(data.district_db), upgrade=False)
    workloads: dict[str, list[Statement]] = {}
    try:
        with captured_sql(db.engine) as seen:
            model = _model(db)
            _show(model)
        workloads["app: activity list, first screen"] = seen
        with captured_sql(db.engine) as seen:
            model.sort(0, Qt.SortOrder.AscendingOrder)
            _show(model)
        workloads["app: activity list, oldest first"] = seen
        model.sort(-1)
        with captured_sql(db.engine) as seen:
            _show(model, model.rowCount() // 2)
        workloads["app: activity list, jump to the middle"] = seen
        with captured_sql(db.engine) as seen:
            model.sort(1, Qt.SortOrder.AscendingOrder)
            _show(model)
        workloads["app: activity list, by title"] = seen
        start, end = date(data.last_year, 1, 1), date(data.last_year, 12, 31)
        with db.reading() as session, captured_sql(db.engine) as seen:
            compute_indicators(session, start=start, end=end, today=end, site_code=data.bench_code)
        workloads["app: indicators of one township (the figure is 21 of these)"] = seen
    finally:
        db.close()
        del app
    return workloads


def _timed_ms(connection: sqlite3.Connection, work: Callable[[], object], runs: int = 3) -> str:
    """Median of `runs` after one warm-up, or "> limit" when a run takes too long (then stopped)."""
    deadline = [0.0]

    def stop() -> int:
        return 1 if time.perf_counter() > deadline[0] else 0

    connection.set_progress_handler(stop, 10_000)
    samples: list[float] = []
    try:
        while len(samples) < runs + 1:
            deadline[0] = time.perf_counter() + LIMIT_SECONDS
            started = time.perf_counter()
            work()
            samples.append(time.perf_counter() - started)
            if samples[0] > 1.0:  # slow: one warm run after the first is enough
                runs = 1
    except sqlite3.OperationalError:  # interrupted by the progress handler
        return f"> {LIMIT_SECONDS * 1000:,.0f}"
    finally:
        connection.set_progress_handler(None, 0)
    return f"{statistics.median(samples[1:]) * 1000:,.1f}"


@contextmanager
def candidate(connection: sqlite3.Connection, indexes: list[tuple[str, str]], analyze: bool) -> Iterator[None]:
    """The database with these indexes (and statistics) for the block's duration; put back afterwards."""
    with ExitStack() as stack:
        for name, definition in indexes:
            stack.enter_context(index(connection, name, definition))
        if analyze:
            connection.execute("ANALYZE activities")
            connection.execute("ANALYZE organizations")
        try:
            yield
        finally:
            if analyze:
                connection.execute("DELETE FROM sqlite_stat1")
                connection.execute("ANALYZE sqlite_schema")  # reloads the (now empty) statistics


def run(
    data: Dataset, chosen: list[str] | None = None
) -> tuple[list[str], list[tuple[str, list[str]]], dict[str, dict[str, str]]]:
    """A matrix: for each workload (the app's SQL, or a statement as a code change would write it) and each
    candidate, the milliseconds; plus the query plan of each rewritten statement per candidate."""
    workloads = captured_workloads(data)
    connection = sqlite3.connect(data.district_db, isolation_level=None)
    total = connection.execute(f"SELECT count(*) {LIVE}").fetchone()[0]
    cases = [*listing_cases(total), *indicator_cases(data)]
    names = [*workloads, *(case.name for case in cases)]
    rows: list[tuple[str, list[str]]] = [(name, []) for name in names]
    plans: dict[str, dict[str, str]] = {case.name: {} for case in cases}
    try:
        variants = [v for v in CANDIDATES if not chosen or v in chosen or v == "as now"]
        for variant in variants:
            indexes, analyze = CANDIDATES[variant]
            with candidate(connection, indexes, analyze):
                for (_name, cells), statements in zip(rows, workloads.values(), strict=False):
                    cells.append(_timed_ms(connection, lambda s=statements: replay(connection, s)))  # type: ignore[misc]
                for (_name, cells), case in zip(rows[len(workloads) :], cases, strict=True):
                    cells.append(_timed_ms(connection, lambda c=case: _run_case(connection, c)))  # type: ignore[misc]
                    plans[case.name][variant] = _plan(connection, case)
    finally:
        connection.close()
    return variants, rows, plans


#: The recommended change: the list's partial indexes, the organization-period index, and the list's SQL as
#: browse.py would write it (count(*), ties by id in the sort's direction, no NULLS LAST on NOT NULL columns).
RECOMMENDED = "+live (held_on, id), (title, id) +(organization_id, held_on)"
REWRITES = (
    (r"count\(activities\.id\)", "count(*)"),
    (r"activities\.held_on DESC NULLS LAST, activities\.id\b", "activities.held_on DESC, activities.id DESC"),
    (r"activities\.held_on ASC NULLS LAST, activities\.id\b", "activities.held_on ASC, activities.id"),
    (r"activities\.title ASC NULLS LAST, activities\.id\b", "activities.title ASC, activities.id"),
)


def _rewritten(statements: list[Statement]) -> list[Statement]:
    out = []
    for statement in statements:
        sql = statement.sql
        for pattern, new in REWRITES:
            sql = re.sub(pattern, new, sql)
        out.append(Statement(sql, statement.params))
    return out


def run_projected(data: Dataset) -> list[tuple[str, str, str]]:
    """(workload, ms as now, ms with the recommended indexes and SQL) for the activity list."""
    workloads = {k: v for k, v in captured_workloads(data).items() if "activity list" in k}
    connection = sqlite3.connect(data.district_db, isolation_level=None)
    try:
        now = {name: _timed_ms(connection, lambda s=st: replay(connection, s)) for name, st in workloads.items()}  # type: ignore[misc]
        indexes, analyze = CANDIDATES[RECOMMENDED]
        with candidate(connection, indexes, analyze):
            rewritten = {name: _rewritten(statements) for name, statements in workloads.items()}
            after = {
                name: _timed_ms(connection, lambda s=statements: replay(connection, s))  # type: ignore[misc]
                for name, statements in rewritten.items()
            }
    finally:
        connection.close()
    return [(name, now[name], after[name]) for name in workloads]


def _run_case(connection: sqlite3.Connection, case: Case) -> None:
    for _ in range(case.repeat):
        connection.execute(case.sql, case.params).fetchall()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.whatif", description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--plans", action="store_true", help="also print each statement's query plan per candidate")
    parser.add_argument("--candidates", nargs="+", choices=list(CANDIDATES), help="only these (and 'as now')")
    parser.add_argument("--projected", action="store_true", help="only: the activity list as now vs as recommended")
    args = parser.parse_args(argv)
    folder = args.data or default_data_dir(QUICK if args.quick else FULL)
    data = Dataset.load(folder)
    if data is None:
        raise SystemExit(f"no generated data in {folder}: run python -m benchmarks.generate first")
    if args.projected:
        print("| the app's SQL for | as now | recommended indexes + SQL |\n|---|---:|---:|")
        for name, now, after in run_projected(data):
            print(f"| {name} | {now} | {after} |")
        return 0
    variants, rows, plans = run(data, args.candidates)
    print("| ms | " + " | ".join(variants) + " |")
    print("|---|" + "---:|" * len(variants))
    for name, cells in rows:
        print(f"| {name} | " + " | ".join(cells) + " |")
    if args.plans:
        for name, by_variant in plans.items():
            print(f"\n{name}")
            for variant, plan in by_variant.items():
                print(f"  {variant}: {plan}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
