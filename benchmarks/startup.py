"""Start-up to an interactive main window on the district database, and the app's peak memory there.

Both run the app in fresh processes (`benchmarks.app_probe`), alternating with a bare PySide6 window
started the same way, so interpreter start, imports and Qt's own start-up are in both and the ratio
shows what the app adds.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.figures import Context, Figure, Target, figure
from incubator_desktop.core import health

TWICE_BARE = Target("ratio", "<=", 2.0)
PEAK_MEMORY = Target("value", "<=", 400)
ROOT = Path(__file__).resolve().parents[1]


def probe(*args: str, cache: Path, timeout: float = 120) -> tuple[float, list[str]]:
    """Seconds from launching `app_probe args` until it says "ready", and everything it printed.

    Compiled bytecode goes to `cache` (outside the repository), as an installed app has its .pyc files:
    with PYTHONDONTWRITEBYTECODE every start would compile the app's sources again.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.app_probe", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    lines: list[str] = []
    ready = None
    for line in child.stdout:
        lines.append(line.strip())
        if line.strip() == "ready" and ready is None:
            ready = time.perf_counter() - started
    child.wait(timeout=timeout)
    if ready is None or child.returncode != 0:
        raise RuntimeError(f"app_probe {' '.join(args)} failed ({child.returncode}): {lines}")
    return ready, lines


def _peak(lines: list[str]) -> tuple[float, float]:
    """(peak MiB, ms until the list loaded) from a probe's "peak" line."""
    _word, kib, loaded = next(line for line in lines if line.startswith("peak ")).split()
    return int(kib) / 1024, float(loaded)


def _cache(ctx: Context) -> Path:
    return ctx.dataset.folder / "pycache"


def _start_app(mode: str, db: str, *, cache: Path) -> tuple[float, list[str]]:
    """One app start as a clerk has it every day: after a normal close, so `quick_check` runs behind the window.

    The probe exits without closing the database, which the app would take for a crash the next time.
    """
    health.mark_closed(Path(db))
    return probe(mode, db, cache=cache)


def measure_startup(ctx: Context) -> list[Figure]:
    db = str(ctx.dataset.district_db)
    bare: list[float] = []
    app: list[float] = []
    # The first starts read the libraries from disk and compile bytecode; later ones find both cached.
    compiled = _cache(ctx).is_dir()
    probe("bare", cache=_cache(ctx))
    if not compiled:
        _start_app("app", db, cache=_cache(ctx))
    for _ in range(ctx.scale.startup_runs):
        bare.append(probe("bare", cache=_cache(ctx))[0])
        app.append(_start_app("app", db, cache=_cache(ctx))[0])
    value, baseline = statistics.median(app), statistics.median(bare)
    if ctx.profile:
        ctx.profiles["startup_main_window"] = "\n".join(_start_app("profile", db, cache=_cache(ctx))[1])
    return [
        figure("startup_main_window", value * 1000, "ms", baseline=baseline * 1000, target=TWICE_BARE,
               note=f"median of {len(app)} starts (process launch to a shown window with its event loop running)")
    ]  # fmt: skip


def measure_memory(ctx: Context) -> list[Figure]:
    _ready, lines = _start_app("memory", str(ctx.dataset.district_db), cache=_cache(ctx))
    peak, loaded = _peak(lines)
    bare_peak, _ = _peak(probe("bare", cache=_cache(ctx))[1])
    return [
        figure("peak_memory_district_app", peak, "MiB", baseline=bare_peak, target=PEAK_MEMORY,
               note=f"peak RSS: main window, then the activity list loaded, middle and end ({loaded:.0f} ms)")
    ]  # fmt: skip
