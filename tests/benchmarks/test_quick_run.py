"""The benchmark suite's quick run: it works end to end and writes well-formed figures (timings are not judged)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEYS = {"name", "value", "unit", "baseline", "ratio", "target", "met"}
FIGURES = {
    "startup_main_window",
    "activity_list_first_screen",
    "activity_list_sort_date_ascending",
    "activity_list_filter_township",
    "activity_list_filter_month",
    "activity_list_filter_township_month",
    "activity_list_jump_to_middle",
    "activity_list_model_memory",
    "search_median",
    "bundle_export_throughput",
    "bundle_import_throughput",
    "bundle_import_without_backup",
    "bundle_reimport",
    "ledger_export_throughput",
    "roster_import",
    "monthly_report_pdf",
    "indicators_all_townships",
    "peak_memory_district_app",
}


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value >= 0


def test_quick_run_writes_every_figure_well_formed(tmp_path: Path) -> None:
    """`python -m benchmarks.run --quick --json F` exits 0 and F lists every figure with numbers and a verdict."""
    out = tmp_path / "figures.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INCUBATOR_BENCH_DATA": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--quick", "--json", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(figures, list)
    assert {figure["name"] for figure in figures} >= FIGURES
    for figure in figures:
        assert set(figure) >= KEYS, figure
        assert _number(figure["value"]), figure
        assert figure["unit"], figure
        assert figure["baseline"] is None or _number(figure["baseline"]), figure
        assert figure["ratio"] is None or _number(figure["ratio"]), figure
        assert figure["met"] in (True, False, None), figure
        assert (figure["target"] is None) <= (figure["met"] is None), figure
    assert "figure" in done.stdout and "quick scale" in done.stdout  # the printed table
