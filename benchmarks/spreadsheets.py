"""Spreadsheets: the ledger (台账) of the largest township over every year, and a large roster import."""

from __future__ import annotations

import statistics
from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook

from benchmarks.bundles import copy_database
from benchmarks.figures import Context, Figure, Target, figure, profiled, timed
from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.exchange.ledger import COVER_TITLE, export_ledger
from incubator_desktop.core.exchange.ledger_sheets import SHEETS, LedgerSheet, Period
from incubator_desktop.core.exchange.roster_import import import_roster

LEDGER = Target("ratio", ">=", 0.7)
ROSTER_SECONDS_PER_10K = 5.0


def raw_workbook(sheets: list[LedgerSheet], path: Path) -> None:
    """The baseline: openpyxl's write-only mode writing the same cells (no styles, widths or cover)."""
    workbook = Workbook(write_only=True)
    workbook.create_sheet(COVER_TITLE)
    for sheet in sheets:
        out = workbook.create_sheet(sheet.title)
        out.append([column.caption for column in sheet.columns])
        for row in sheet.rows:
            out.append(list(row))
    workbook.save(path)


def _ledger(ctx: Context) -> Figure:
    data = ctx.dataset
    start, end = date(int(data.scale["first_year"]), 1, 1), date(data.last_year, 12, 31)
    db = open_database(str(data.district_db), upgrade=False)
    target = ctx.scratch / "ledger.xlsx"
    try:

        def export() -> int:
            session = db.sessions()
            try:  # the audit entry is rolled back: the district database stays as generated
                result = export_ledger(session, target, start=start, end=end, site_code=data.ledger_code)
                return sum(rows for _title, rows in result.sheets)
            finally:
                session.rollback()
                session.close()

        with db.reading() as session:
            sheets = [build(session, Period(data.ledger_code, start, end, False)) for build in SHEETS]
        app_times, raw_times, rows = ctx.paired(
            export, lambda: raw_workbook(sheets, ctx.scratch / "raw.xlsx"), limit=3, warmup=False
        )
        profiled(ctx, "ledger_export_throughput", export)
    finally:
        db.close()
    value, baseline = rows / statistics.median(app_times), rows / statistics.median(raw_times)
    note = f"{rows:,} rows, {len(sheets)} sheets: township {data.ledger_code}, {start.year}–{end.year}"
    return figure("ledger_export_throughput", value, "rows/s", baseline=baseline, target=LEDGER, note=note)


def _roster(ctx: Context) -> Figure:
    """Each import goes into a fresh copy of the township database (the copying is not timed)."""
    data = ctx.dataset
    opened: list[Database] = []

    def fresh_copy() -> None:
        path = copy_database(data.township_db, ctx.scratch / f"roster-{len(opened)}")
        opened.append(open_database(str(path), upgrade=False))

    def run() -> int:
        with opened[-1].transaction() as session:
            return import_roster(session, data.roster, dry_run=False).created

    try:
        samples, created = ctx.samples(run, before=fresh_copy, limit=3)
        if ctx.profile:
            fresh_copy()
            profiled(ctx, "roster_import", run)
    finally:
        for db in opened:
            db.close()
    rows = int(data.scale["roster_rows"])
    raw, cells = timed(lambda: _read_all(data.roster))
    limit = Target("value", "<=", ROSTER_SECONDS_PER_10K * rows / 10_000)
    note = (
        f"{rows:,} rows ({created:,} new organizations); target 5 s per 10,000 rows; "
        f"baseline: openpyxl reading its {cells:,} cells"
    )
    return figure("roster_import", statistics.median(samples), "s", baseline=raw, target=limit, note=note)


def _read_all(path: Path) -> int:
    workbook = load_workbook(path, read_only=True, data_only=True)
    cells = sum(1 for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True) for _ in row)
    workbook.close()
    return cells


def measure(ctx: Context) -> list[Figure]:
    return [_ledger(ctx), _roster(ctx)]
