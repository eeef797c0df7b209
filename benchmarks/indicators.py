"""Indicators of every township of the district for its last full year, as the district overview computes them."""

from __future__ import annotations

import statistics
from datetime import date

from benchmarks.figures import Context, Figure, Target, captured_sql, figure, profiled, raw_connection, replay
from incubator_desktop.core.db import open_database
from incubator_desktop.core.indicators import compute_indicators

ALL_TOWNSHIPS = Target("value", "<=", 200)


def measure(ctx: Context) -> list[Figure]:
    data = ctx.dataset
    start, end = date(data.last_year, 1, 1), date(data.last_year, 12, 31)
    codes = [township["code"] for township in data.townships]
    db = open_database(str(data.district_db), upgrade=False)
    raw = raw_connection(data.district_db)
    try:
        with db.reading() as session:

            def compute() -> int:
                return sum(
                    len(compute_indicators(session, start=start, end=end, today=end, site_code=code)) for code in codes
                )

            with captured_sql(db.engine) as statements:
                compute()  # warms the caches, and records the SQL for the baseline
            app, base, _ = ctx.paired(compute, lambda: replay(raw, statements), warmup=False)
            value, baseline = statistics.median(app), statistics.median(base)
            profiled(ctx, "indicators_all_townships", compute)
    finally:
        raw.close()
        db.close()
    return [
        figure("indicators_all_townships", value * 1000, "ms", baseline=baseline * 1000, target=ALL_TOWNSHIPS,
               note=f"{len(codes)} townships × 18 indicators, {start.year}; baseline replays the same SQL on sqlite3")
    ]  # fmt: skip
