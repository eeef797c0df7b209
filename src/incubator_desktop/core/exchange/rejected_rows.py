"""Writes the rows an import rejected, as the clerk typed them plus the reason, ready to correct and re-import."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from incubator_desktop.core.exchange.cells import TEXT_FORMAT, Value, fitted_width, header_cell, stream_cell
from incubator_desktop.core.exchange.files import export_target, save_workbook
from incubator_desktop.core.exchange.results import ImportSummary
from incubator_desktop.core.exchange.roster_columns import COLUMNS_BY_FIELD
from incubator_desktop.core.exchange.roster_rows import data_rows
from incubator_desktop.core.exchange.sheet_setup import fit_for_print, set_widths
from incubator_desktop.core.exchange.workbook_reader import read_roster_sheet
from incubator_desktop.core.messages import DEFAULT_LANGUAGE

SHEET_TITLE = "未导入的行"
ROW_CAPTION = "原行号"
REASON_CAPTION = "问题"
_REJECTED_FILL = "FCE4D6"  # light orange: this sheet lists problems


def export_rejected_rows(
    source: Path | str, summary: ImportSummary, path: Path | str, *, lang: str = DEFAULT_LANGUAGE
) -> int:
    """Copy the rows `summary` rejected from `source` (the file it was made from) to `path`; return how many.

    The header is the clerk's own, so the corrected workbook imports as it is; the row-number and reason
    columns are unknown to the import and ignored there. Merged cells are written out on every row.
    """
    target = export_target(path)
    sheet = read_roster_sheet(Path(source))
    reasons: defaultdict[int, list[str]] = defaultdict(list)
    for problem in summary.rejected:
        reasons[problem.row].append(f"{problem.column}：{problem.reason(lang)}")
    rows = data_rows(sheet)
    header = list(sheet.header.cells)
    text_columns = {index for field, index in sheet.header.positions.items() if COLUMNS_BY_FIELD[field].text_format}
    lines: list[list[Value]] = []
    for number in sorted(reasons):
        cells = list(rows.get(number, ()))
        cells += [None] * (len(header) - len(cells))
        lines.append([number, *(_plain(cell) for cell in cells), "；".join(reasons[number])])
    workbook = Workbook(write_only=True)
    out = workbook.create_sheet(SHEET_TITLE)
    assert isinstance(out, WriteOnlyWorksheet)
    captions: list[Value] = [ROW_CAPTION, *(_plain(cell) for cell in header), REASON_CAPTION]
    set_widths(out, [fitted_width([captions[i], *(line[i] for line in lines)]) for i in range(len(captions))])
    out.freeze_panes = "B2"
    fit_for_print(out, header_row=1)
    out.append([header_cell(out, caption, fill=_REJECTED_FILL) for caption in captions])
    for line in lines:
        out.append(
            [
                stream_cell(out, value, number_format=TEXT_FORMAT if index - 1 in text_columns else None)
                for index, value in enumerate(line)
            ]
        )
    save_workbook(workbook, target)
    return len(lines)


def _plain(cell: object) -> Value:
    """A cell value the writer accepts; anything exotic (a time, an error) is written as its text."""
    if cell is None or isinstance(cell, str | int | float | Decimal | date | datetime):
        return cell
    return str(cell)
