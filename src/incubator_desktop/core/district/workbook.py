"""The city-bureau workbook: a summary sheet with totals and evaluations, then one sheet per indicator."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy.orm import Session

from incubator_desktop.core.district.criteria import list_criteria
from incubator_desktop.core.district.evaluation import Evaluation, evaluations_of_year
from incubator_desktop.core.district.overview import TownshipRow, township_overview
from incubator_desktop.core.district.roles import require_district, year_bounds
from incubator_desktop.core.district.totals import coverage_total, indicator_total
from incubator_desktop.core.exchange.cells import MONEY_FORMAT, Value, fitted_width, header_cell, stream_cell
from incubator_desktop.core.exchange.files import export_target, save_workbook
from incubator_desktop.core.exchange.progress import Cancelled, Progress, Ticker
from incubator_desktop.core.exchange.sheet_setup import fit_for_print, set_widths
from incubator_desktop.core.indicators.compute import INDICATOR_CODES
from incubator_desktop.core.indicators.messages import ZH_CN as STATUS_WORDS
from incubator_desktop.core.services.audit import record_audit

CAPTIONS: dict[str, str] = {
    "summary": "汇总",
    "township": "乡镇（街道）",
    "code": "行政区划代码",
    "green": "达标指标数",
    "amber": "接近指标数",
    "red": "未达标指标数",
    "coverage": "社区覆盖率（%）",
    "last_bundle": "最近同步包",
    "total": "评估总分",
    "grade": "评估等级",
    "comments": "评语",
    "value": "完成值（{unit}）",
    "target": "目标",
    "met": "是否达标",
    "status": "状态",
    "yes": "是",
    "no": "否",
    "totals": "合计",
    "met_count": "{met}/{count} 个乡镇达标",
    "year": "统计年度",
    "exported": "导出时间",
    "none": "—",
}
#: Indicators whose values are yuan, and those with one decimal (percent, hours).
MONEY_CODES = frozenset({"resources_yuan", "budget_personnel_ratio", "budget_services_ratio", "budget_other_ratio"})
TENTHS_CODES = frozenset({"community_coverage", "volunteer_hours"})
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class CityWorkbook:
    path: Path
    sheets: tuple[str, ...]
    townships: int


def _sheet_title(label: str, used: set[str]) -> str:
    base = _SHEET_FORBIDDEN.sub("、", label)[:31]
    title, n = base, 2
    while title in used:
        title = f"{base[:28]}（{n}）"
        n += 1
    used.add(title)
    return title


def _write(
    sheet: WriteOnlyWorksheet, header: Sequence[str], rows: Sequence[Sequence[Value]], formats: list[str | None]
) -> None:
    widths = [fitted_width([caption, *(row[i] for row in rows)]) for i, caption in enumerate(header)]
    set_widths(sheet, widths)
    sheet.freeze_panes = "A2"
    fit_for_print(sheet, header_row=1)
    sheet.append([header_cell(sheet, caption) for caption in header])
    for row in rows:
        sheet.append([stream_cell(sheet, value, number_format=fmt) for value, fmt in zip(row, formats, strict=True)])


def _format(code: str) -> str:
    if code in MONEY_CODES:
        return MONEY_FORMAT
    return "0.0" if code in TENTHS_CODES else "0"


def _indicator_rows(code: str, rows: list[TownshipRow], words: Mapping[str, str]) -> list[list[Value]]:
    table: list[list[Value]] = []
    for row in rows:
        indicator = row.indicator(code)
        met = None if indicator.met is None else words["yes" if indicator.met else "no"]
        status = STATUS_WORDS[f"indicator_status_{indicator.status.value}"][0]
        table.append([row.name, row.code, indicator.value, indicator.target, met, status])
    value, target, met_count = indicator_total(code, rows)
    judged = sum(1 for row in rows if row.indicator(code).met is not None)
    met_text = words["met_count"].format(met=met_count, count=judged) if judged else None
    table.append([words["totals"], None, value, target, met_text, None])
    return table


def _summary_rows(
    rows: list[TownshipRow], evaluations: Mapping[str, Evaluation], codes: list[str], words: Mapping[str, str]
) -> list[list[Value]]:
    table: list[list[Value]] = []
    for row in rows:
        evaluation = evaluations.get(row.code)
        bundle = row.last_bundle.imported_at.strftime("%Y-%m-%d") if row.last_bundle else words["none"]
        line: list[Value] = [row.name, row.code, row.green, row.amber, row.red, row.coverage, bundle]
        line += [evaluation.total, evaluation.grade] if evaluation else [None, None]
        line += [evaluation.points(code) if evaluation else None for code in codes]
        line.append(evaluation.comments if evaluation else None)
        table.append(line)
    scored = [evaluations[row.code].total for row in rows if row.code in evaluations]
    mean = (sum(scored, Decimal(0)) / len(scored)).quantize(Decimal("0.1")) if scored else None
    totals: list[Value] = [words["totals"], None, sum(r.green for r in rows), sum(r.amber for r in rows)]
    totals += [sum(r.red for r in rows), coverage_total(rows), None, mean, None]
    totals += [None] * (len(codes) + 1)
    table.append(totals)
    return table


def export_city_workbook(
    session: Session,
    path: Path | str,
    *,
    year: int,
    today: date | None = None,
    captions: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> CityWorkbook:
    """Write the year's workbook for the city bureau (district only); numbers stay numbers, nothing is a formula."""
    words = {**CAPTIONS, **(captions or {})}
    target = export_target(path)
    require_district(session)
    start, end = year_bounds(year)
    rows = township_overview(session, start=start, end=end, today=today, progress=progress, cancelled=cancelled)
    evaluations = evaluations_of_year(session, year)
    criteria = list_criteria(session)
    ticker = Ticker(progress, cancelled, every=1)
    workbook = Workbook(write_only=True)
    used: set[str] = set()
    sheets = [_sheet_title(words["summary"], used)]
    summary = workbook.create_sheet(sheets[0])
    assert isinstance(summary, WriteOnlyWorksheet)
    header = [words[key] for key in ("township", "code", "green", "amber", "red", "coverage", "last_bundle")]
    header += [words["total"], words["grade"], *(f"{c.label}（{c.weight}）" for c in criteria), words["comments"]]
    formats: list[str | None] = [None, None, "0", "0", "0", "0.0", None, "0.0", None]
    formats += ["0.0"] * len(criteria) + [None]
    body = _summary_rows(rows, evaluations, [c.code for c in criteria], words)
    body += [[None] * len(header), [words["year"], year, *[None] * (len(header) - 2)]]
    body.append([words["exported"], datetime.now().strftime("%Y-%m-%d %H:%M"), *[None] * (len(header) - 2)])
    _write(summary, header, body, formats)
    for done, code in enumerate(INDICATOR_CODES):
        ticker.report(done, len(INDICATOR_CODES))
        sample = rows[0].indicator(code) if rows else None
        label = sample.label if sample else code
        unit = sample.unit if sample else ""
        title = _sheet_title(label, used)
        sheets.append(title)
        sheet = workbook.create_sheet(title)
        assert isinstance(sheet, WriteOnlyWorksheet)
        columns = [words["township"], words["code"], words["value"].format(unit=unit), words["target"]]
        columns += [words["met"], words["status"]]
        fmt = _format(code)
        _write(sheet, columns, _indicator_rows(code, rows, words), [None, None, fmt, fmt, None, None])
    record_audit(session, "city_workbook_export", summary=f"export city-workbook {target.name}", year=year)
    save_workbook(workbook, target)
    ticker.report(len(INDICATOR_CODES), len(INDICATOR_CODES))
    return CityWorkbook(target, tuple(sheets), len(rows))
