"""What a measurement reports, how it is timed, and the raw-library baselines it is compared with."""

from __future__ import annotations

import cProfile
import gc
import io
import pstats
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from benchmarks.dataset import Dataset
from benchmarks.scale import Scale

Say = Callable[[str], None]


@dataclass(frozen=True)
class Target:
    """`value <= limit` (on the figure's value) or `ratio >= / <= limit` (against the baseline)."""

    on: str  # "value" | "ratio"
    op: str  # "<=" | ">="
    limit: float

    def __str__(self) -> str:
        sign = "≤" if self.op == "<=" else "≥"
        return f"{self.on} {sign} {self.limit:g}"

    def met(self, value: float, ratio: float | None) -> bool | None:
        subject = value if self.on == "value" else ratio
        if subject is None:
            return None
        return subject <= self.limit if self.op == "<=" else subject >= self.limit


@dataclass
class Figure:
    """One line of the results table (and one object of the JSON list)."""

    name: str
    value: float
    unit: str
    baseline: float | None = None
    ratio: float | None = None
    target: str | None = None
    met: bool | None = None
    note: str = ""

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def figure(
    name: str,
    value: float,
    unit: str,
    *,
    baseline: float | None = None,
    target: Target | None = None,
    ratio: float | None = None,
    note: str = "",
) -> Figure:
    """A figure with its ratio (value / baseline unless given) and whether it meets `target`."""
    if ratio is None and baseline:
        ratio = value / baseline
    return Figure(
        name=name,
        value=round(value, 4),
        unit=unit,
        baseline=None if baseline is None else round(baseline, 4),
        ratio=None if ratio is None else round(ratio, 4),
        target=None if target is None else str(target),
        met=None if target is None else target.met(value, ratio),
        note=note,
    )


@dataclass
class Context:
    """What every measure gets: the data, the scale, a scratch folder, and a way to say what it is doing."""

    dataset: Dataset
    scale: Scale
    scratch: Path
    say: Say
    profiles: dict[str, str] = field(default_factory=dict)
    profile: bool = False

    @property
    def quick(self) -> bool:
        return self.scale.name == "quick"

    @property
    def budget(self) -> float:
        """Seconds one figure may spend repeating itself (at least one timed run is always made)."""
        return 1.0 if self.quick else 30.0

    def median(self, work: Callable[[], Any], *, warmup: int = 1) -> float:
        return median_seconds(work, self.scale.repeats, warmup=warmup, budget=self.budget)

    def paired(
        self,
        work: Callable[[], Any],
        baseline: Callable[[], Any],
        *,
        before: Callable[[], Any] | None = None,
        limit: int | None = None,
        warmup: bool = True,
    ) -> tuple[list[float], list[float], Any]:
        """Timed runs of `work` and `baseline`, alternating (each after an untimed `before`), so both see the
        same machine: on a shared PC a load spike then hits both sides rather than one."""
        if warmup:
            for step in (work, baseline):
                if before is not None:
                    before()
                step()
        app: list[float] = []
        base: list[float] = []
        result = None
        wanted = min(limit or self.scale.repeats, self.scale.repeats)
        while len(app) < wanted and (not app or sum(app) + sum(base) < self.budget):
            if before is not None:
                before()
            seconds, result = timed(work)
            app.append(seconds)
            if before is not None:
                before()
            base.append(timed(baseline)[0])
        return app, base, result

    def samples(self, work: Callable[[], Any], *, before: Callable[[], Any] | None = None,
                limit: int | None = None) -> tuple[list[float], Any]:  # fmt: skip
        """Timed runs of `work` (each after an untimed `before`) until `repeats` or the budget is used up."""
        times: list[float] = []
        result = None
        wanted = min(limit or self.scale.repeats, self.scale.repeats)
        while len(times) < wanted and (not times or sum(times) < self.budget):
            if before is not None:
                before()
            seconds, result = timed(work)
            times.append(seconds)
        return times, result


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def median_seconds(work: Callable[[], Any], repeats: int, *, warmup: int = 1, budget: float = 30.0) -> float:
    """Median wall time of up to `repeats` runs after `warmup` untimed ones (caches warm, as on a PC in use).

    Stops early once `budget` seconds are spent (at least one timed run), so slow steps stay affordable.
    """
    started = time.perf_counter()
    for _ in range(warmup):
        work()
    gc.collect()
    samples: list[float] = []
    while len(samples) < repeats and (not samples or time.perf_counter() - started < budget):
        samples.append(timed(work)[0])
    return statistics.median(samples)


def profiled(ctx: Context, name: str, work: Callable[[], Any], *, top: int = 20) -> Any:
    """With profiling on, run `work` once more under cProfile and keep its top entries; otherwise do nothing."""
    if not ctx.profile:
        return None
    profiler = cProfile.Profile()
    result = profiler.runcall(work)
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top // 2)
    ctx.profiles[name] = out.getvalue()
    return result


@dataclass
class Statement:
    sql: str
    params: Any


@contextmanager
def captured_sql(engine: Engine) -> Iterator[list[Statement]]:
    """Every single-row-set statement `engine` runs inside the block, to replay on raw sqlite3 as the baseline."""
    seen: list[Statement] = []

    def _before(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, executemany: bool) -> None:
        if not executemany and statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append(Statement(statement, parameters))

    event.listen(engine, "before_cursor_execute", _before)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", _before)


def replay(connection: sqlite3.Connection, statements: list[Statement]) -> int:
    """Run the captured statements on a plain sqlite3 connection, fetching every row; returns rows read."""
    rows = 0
    for statement in statements:
        rows += len(connection.execute(statement.sql, statement.params or ()).fetchall())
    return rows


def raw_connection(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection, set up as the app sets up its own (WAL, synchronous NORMAL, foreign keys)."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA busy_timeout=5000")
    return connection
