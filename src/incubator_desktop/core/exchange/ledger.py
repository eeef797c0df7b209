"""Exports the ledger (台账) for a period: a cover sheet, then one sheet per record type, streamed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy.orm import Session

from incubator_desktop.core.errors import FieldError, ValidationFailed
from incubator_desktop.core.exchange.cells import (
    DATE_FORMAT,
    MONEY_FORMAT,
    Value,
    fitted_width,
    header_cell,
    stream_cell,
)
from incubator_desktop.core.exchange.files import export_target, save_workbook
from incubator_desktop.core.exchange.ledger_sheets import SHEETS, ColumnType, LedgerSheet, Period
from incubator_desktop.core.exchange.progress import Cancelled, Progress, Ticker
from incubator_desktop.core.exchange.sheet_setup import fit_for_print, set_filter, set_widths
from incubator_desktop.core.services.audit import record_audit
from incubator_desktop.core.services.sites import require_site

COVER_TITLE = "说明"
_FORMATS = {
    ColumnType.DATE: DATE_FORMAT,
    ColumnType.MONEY: MONEY_FORMAT,
    ColumnType.MEASURE: "0.0#",  # hours: 2.0, 2.5, 2.75
    ColumnType.SCORE: "0.00",
}
# Widths are judged on a sample: scanning every cell of 100 000 rows would cost more than the writing.
_WIDTH_SAMPLE = 2000


@dataclass(frozen=True)
class LedgerExport:
    """Where the ledger went, each sheet's title and row count, and whether personal data is shown."""

    path: Path
    sheets: tuple[tuple[str, int], ...]
    revealed: bool


def export_ledger(
    session: Session,
    path: Path | str,
    *,
    start: date,
    end: date,
    reveal: bool = False,
    site_code: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> LedgerExport:
    """Write the ledger of `site_code` (this site by default) for `start`..`end`, both days included."""
    target = export_target(path)
    if end < start:
        raise ValidationFailed([FieldError("end", "date_order")])
    site = require_site(session)
    period = Period(site_code or site.code, start, end, reveal)
    ticker = Ticker(progress, cancelled, every=1000)
    workbook = Workbook(write_only=True)
    cover = workbook.create_sheet(COVER_TITLE)
    sheets: list[LedgerSheet] = []
    for build in SHEETS:
        ticker.report(0, 0)  # the queries are quick; the writing is what takes time and shows progress
        sheets.append(build(session, period))
    total = sum(len(sheet.rows) for sheet in sheets)
    done = 0
    for sheet in sheets:
        done = _write_sheet(workbook, sheet, ticker, done=done, total=total)
    written = [(sheet.title, len(sheet.rows)) for sheet in sheets]
    _write_cover(cover, site_name=site.name, period=period, sheets=written)
    record_audit(
        session,
        "ledger_export",
        summary=f"export ledger {target.name}",
        file=target.name,
        start=start.isoformat(),
        end=end.isoformat(),
        site=period.site_code,
        reveal=reveal,
    )
    if reveal:
        record_audit(
            session,
            "reveal_personal_data",
            summary=f"export ledger --reveal {target.name}",
            fields=["leader_phone", "leader_id_number"],
            rows=len(sheets[0].rows),  # the organizations sheet is the one with phones and ID numbers
        )
    save_workbook(workbook, target)
    ticker.report(total, total)
    return LedgerExport(path=target, sheets=tuple(written), revealed=reveal)


def _write_sheet(workbook: Workbook, data: LedgerSheet, ticker: Ticker, *, done: int, total: int) -> int:
    """Stream one sheet; return how many rows of the whole ledger are written so far."""
    sheet = workbook.create_sheet(data.title)
    assert isinstance(sheet, WriteOnlyWorksheet)
    step = max(1, len(data.rows) // _WIDTH_SAMPLE)
    sample = data.rows[::step]
    # Sizes, filter and the frozen header must be set before the first row: the sheet streams to disk.
    set_widths(sheet, [fitted_width([c.caption, *(row[i] for row in sample)]) for i, c in enumerate(data.columns)])
    sheet.freeze_panes = "A2"
    set_filter(sheet, f"A1:{get_column_letter(len(data.columns))}{len(data.rows) + 1}")
    fit_for_print(sheet, header_row=1)
    sheet.append([header_cell(sheet, column.caption) for column in data.columns])
    formats = [_FORMATS.get(column.type) for column in data.columns]
    for row in data.rows:
        sheet.append([stream_cell(sheet, value, number_format=fmt) for value, fmt in zip(row, formats, strict=True)])
        done += 1
        ticker.step(done, total)
    return done


def _write_cover(cover: WriteOnlyWorksheet, *, site_name: str, period: Period, sheets: list[tuple[str, int]]) -> None:
    personal = "已完整显示（已记入操作记录）" if period.reveal else "电话和身份证号已遮盖"
    lines: list[tuple[Value, Value]] = [
        ("站点", f"{site_name}（{period.site_code}）"),
        ("统计期间", f"{period.start.isoformat()} 至 {period.end.isoformat()}"),
        ("导出时间", datetime.now().strftime("%Y-%m-%d %H:%M")),
        ("个人信息", personal),
        ("服务档案", "只统计数量，不含任何个人信息"),
        ("", ""),
        ("工作表", "行数"),
        *sheets,
    ]
    set_widths(cover, [fitted_width([line[0] for line in lines]), fitted_width([line[1] for line in lines])])
    for label, value in lines:
        cover.append([stream_cell(cover, label), stream_cell(cover, value)])
