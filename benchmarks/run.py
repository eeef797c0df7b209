"""Runs the benchmark suite: every figure with its baseline measured in the same run, as a table and JSON.

    python -m benchmarks.run [--quick] [--json FILE] [--data DIR] [--only NAME ...] [--profile]

`--quick` uses small generated data (made on the fly into the temp folder if missing) and finishes in
under a minute on two cores; it checks the same targets, so a regression shows before it reaches users.
Without it the full district scale is measured (generated first if missing: minutes, gigabytes).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

#: Measure name → "module:function" in this package, in the order they run.
MEASURES = {
    "startup": "startup:measure_startup",
    "listing": "listing:measure",
    "search": "search:measure",
    "bundles": "bundles:measure",
    "spreadsheets": "spreadsheets:measure",
    "printing": "printing:measure",
    "indicators": "indicators:measure",
    "memory": "startup:measure_memory",
}


def _prepare_environment(scratch: Path) -> None:
    """Offscreen Qt and private settings folders, for this process and the app processes it starts."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for variable, folder in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")):
        os.environ[variable] = str(scratch / folder)
    os.environ.pop("INCUBATOR_DB", None)


def _measure(name: str) -> Callable[..., list]:  # type: ignore[type-arg]
    """The measure function of `name`, imported only when it runs."""
    module, function = MEASURES[name].split(":")
    return getattr(importlib.import_module(f"benchmarks.{module}"), function)  # type: ignore[no-any-return]


def format_table(figures: list[dict[str, object]]) -> str:
    def number(value: object) -> str:
        if value is None:
            return "—"
        assert isinstance(value, int | float)
        return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"

    header = ("figure", "value", "unit", "baseline", "ratio", "target", "met")
    rows = [
        (
            str(f["name"]),
            number(f["value"]),
            str(f["unit"]),
            number(f["baseline"]),
            number(f["ratio"]),
            str(f["target"] or "informational"),
            {True: "yes", False: "NO", None: "—"}[f["met"]],  # type: ignore[index]
        )
        for f in figures
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [" | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in [header, *rows]]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    return "\n".join(lines)


def markdown_table(figures: list[dict[str, object]]) -> str:
    """The figures as the Markdown table RESULTS.md shows."""

    def number(value: object) -> str:
        if value is None:
            return "—"
        assert isinstance(value, int | float)
        return f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"

    lines = ["| figure | value | unit | baseline | ratio | target | met |", "|---|---:|---|---:|---:|---|---|"]
    for f in figures:
        met = {True: "yes", False: "**no**", None: "—"}[f["met"]]  # type: ignore[index]
        lines.append(
            f"| {f['name']} | {number(f['value'])} | {f['unit']} | {number(f['baseline'])} | {number(f['ratio'])} "
            f"| {f['target'] or 'informational'} | {met} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small data, under a minute (CI, everyday use)")
    parser.add_argument("--json", type=Path, help="write the figures to this file as a JSON list")
    parser.add_argument("--data", type=Path, help="generated data folder (default: per scale, in the temp folder)")
    parser.add_argument("--only", nargs="+", choices=list(MEASURES), help="run only these measures")
    parser.add_argument("--profile", type=Path, help="write cProfile top entries of each figure to this file")
    parser.add_argument("--markdown", type=Path, help="write the table in Markdown (as RESULTS.md shows it)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    scratch = Path(tempfile.mkdtemp(prefix="incubator-bench-"))
    _prepare_environment(scratch)

    from PySide6.QtWidgets import QApplication

    from benchmarks.dataset import use_key_files
    from benchmarks.figures import Context
    from benchmarks.generate import ensure_dataset
    from benchmarks.scale import FULL, QUICK

    use_key_files()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    scale = QUICK if args.quick else FULL
    dataset = ensure_dataset(scale, args.data, say=print)
    scale = dataset.as_scale(scale)
    ctx = Context(dataset=dataset, scale=scale, scratch=scratch, say=print, profile=args.profile is not None)
    figures: list[dict[str, object]] = []
    failed: list[str] = []
    for name in MEASURES:
        if args.only and name not in args.only:
            continue
        print(f"measuring {name} …", flush=True)
        begun = time.perf_counter()
        try:
            figures += [item.as_json() for item in _measure(name)(ctx)]
        except Exception:
            traceback.print_exc()
            failed.append(name)
        print(f"  {name}: {time.perf_counter() - begun:.1f} s", flush=True)
    del app
    print()
    print(format_table(figures))
    print(f"\n{scale.name} scale, {len(figures)} figures in {time.perf_counter() - started:.0f} s" +
          (f"; FAILED: {', '.join(failed)}" if failed else ""))  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.markdown:
        args.markdown.write_text(markdown_table(figures) + "\n", encoding="utf-8")
    if args.profile:
        args.profile.write_text("\n\n".join(f"## {k}\n{v}" for k, v in ctx.profiles.items()), encoding="utf-8")
    shutil.rmtree(scratch, ignore_errors=True)  # database copies, workbooks, PDFs and bundles of this run
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
