"""Global search over every record in the district database: the app's service vs its SQL on raw sqlite3."""

from __future__ import annotations

import statistics

from benchmarks.figures import (
    Context,
    Figure,
    Statement,
    Target,
    captured_sql,
    figure,
    profiled,
    raw_connection,
    replay,
    timed,
)
from incubator_desktop.core.db import open_database
from incubator_desktop.core.services.search import search_records

#: What clerks type (3+ characters, so the trigram index answers): frequent words, villages, names, phrases.
QUERIES = (
    "独居老人", "四点半课堂", "广场舞", "民法典", "垃圾分类", "夕阳红志愿", "石榴籽社区", "邻里纠纷调解",
    "阿依古丽", "微信群", "篮球友谊赛", "慈善互助会", "助老理发", "冬衣棉被",
)  # fmt: skip
MEDIAN = Target("value", "<=", 50)


def measure(ctx: Context) -> list[Figure]:
    db = open_database(str(ctx.dataset.district_db), upgrade=False)
    raw = raw_connection(ctx.dataset.district_db)
    app_times: dict[str, float] = {}
    raw_times: dict[str, float] = {}
    hits: dict[str, int] = {}
    try:
        for query in QUERIES:
            samples: list[float] = []
            statements: list[Statement] = []
            for attempt in range(ctx.scale.repeats + 1):
                with db.reading() as session, captured_sql(db.engine) as seen:
                    seconds, found = timed(lambda: search_records(session, query))  # noqa: B023 - called at once
                if attempt:
                    samples.append(seconds)
                statements = seen
            hits[query] = len(found)
            app_times[query] = statistics.median(samples)
            raw_times[query] = ctx.median(lambda: replay(raw, statements), warmup=0)  # noqa: B023 - called at once
        slowest = max(app_times, key=app_times.__getitem__)
        with db.reading() as session:
            profiled(ctx, "search_median", lambda: search_records(session, slowest))
    finally:
        raw.close()
        db.close()
    value = statistics.median(app_times.values()) * 1000
    baseline = statistics.median(raw_times.values()) * 1000
    return [
        figure("search_median", value, "ms", baseline=baseline, target=MEDIAN,
               note=f"{len(QUERIES)} queries of 3+ characters, up to 50 hits each"),
        figure("search_slowest_query", app_times[slowest] * 1000, "ms", baseline=raw_times[slowest] * 1000,
               note=f"'{slowest}' ({hits[slowest]} hits shown)"),
    ]  # fmt: skip
