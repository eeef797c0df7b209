"""The roster workbook the export and the template share: title, header, drop-downs, text columns."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from incubator_desktop.core.exchange.cells import (
    DATE_FORMAT,
    HEADER_FILL,
    TEXT_FORMAT,
    Value,
    fitted_width,
    set_value,
)
from incubator_desktop.core.exchange.roster_columns import (
    COMMUNITY,
    ROSTER_COLUMNS,
    SERIAL_CAPTION,
    ColumnKind,
    RosterColumn,
)
from incubator_desktop.core.exchange.sheet_setup import fit_for_print
from incubator_desktop.core.vocab import Category, Stage

DEFAULT_TITLE = "社区社会组织名册"
SHEET_TITLE = "名册"
OPTIONS_SHEET = "选项"
#: Rows below the data that still get drop-downs and text format, for organizations typed in later.
INPUT_ROWS = 500
# An inline list in a data validation is limited to 255 characters; longer lists live on a sheet.
_INLINE_LIST_LIMIT = 250
_ErrorStyle = Literal["stop", "warning"]
_TITLE_FONT = Font(bold=True, size=14)
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor=HEADER_FILL)
_CENTERED = Alignment(horizontal="center", vertical="center", wrap_text=True)


@dataclass(frozen=True)
class RosterLayout:
    """What to write: the title, an optional note row, column captions and the known communities."""

    title: str
    captions: Mapping[str, str]
    communities: Sequence[str]
    note: str | None = None

    def caption(self, column: RosterColumn) -> str:
        return self.captions.get(column.field, column.caption)


def build_roster_workbook(layout: RosterLayout, rows: Sequence[Sequence[Value]]) -> Workbook:
    """A workbook with one roster sheet: `rows` hold one value per ROSTER_COLUMNS entry, in order."""
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    sheet.title = SHEET_TITLE
    width = len(ROSTER_COLUMNS) + 1  # the serial-number column comes first
    header_row = _write_top(sheet, layout, width)
    captions = [layout.captions.get("serial", SERIAL_CAPTION), *(layout.caption(c) for c in ROSTER_COLUMNS)]
    for index, caption in enumerate(captions, 1):
        cell = set_value(_cell(sheet, header_row, index), caption)
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _CENTERED
    for offset, values in enumerate(rows, 1):
        row = header_row + offset
        sheet.cell(row, 1, offset)
        for index, (column, value) in enumerate(zip(ROSTER_COLUMNS, values, strict=True), 2):
            set_value(_cell(sheet, row, index), value, number_format=_number_format(column))
    last_row = header_row + len(rows) + INPUT_ROWS
    _format_columns(sheet, captions, rows)
    _add_drop_downs(workbook, sheet, layout, first_row=header_row + 1, last_row=last_row)
    sheet.freeze_panes = f"B{header_row + 1}"
    fit_for_print(sheet, header_row=header_row)
    return workbook


def _write_top(sheet: Worksheet, layout: RosterLayout, width: int) -> int:
    """Write the merged title (and note) rows; return the header's row number."""
    title = set_value(_cell(sheet, 1, 1), layout.title)
    title.font, title.alignment = _TITLE_FONT, _CENTERED
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.row_dimensions[1].height = 28
    if layout.note is None:
        return 2
    note = set_value(_cell(sheet, 2, 1), layout.note)
    note.alignment = Alignment(wrap_text=True, vertical="center")
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    sheet.row_dimensions[2].height = 32
    return 3


def _cell(sheet: Worksheet, row: int, column: int) -> Cell:
    cell = sheet.cell(row, column)
    assert isinstance(cell, Cell), "only the top-left cell of a merge is ever written"
    return cell


def _number_format(column: RosterColumn) -> str | None:
    if column.text_format:
        return TEXT_FORMAT
    return DATE_FORMAT if column.kind is ColumnKind.DATE else None


def _format_columns(sheet: Worksheet, captions: list[str], rows: Sequence[Sequence[Value]]) -> None:
    sheet.column_dimensions["A"].width = fitted_width([captions[0], len(rows)])
    for index, column in enumerate(ROSTER_COLUMNS):
        letter = get_column_letter(index + 2)
        dimension = sheet.column_dimensions[letter]
        dimension.width = fitted_width([captions[index + 1], *(row[index] for row in rows)])
        number_format = _number_format(column)
        if number_format is not None:
            # The column's own style is what Excel and WPS give cells typed in later.
            dimension.number_format = number_format


def _add_drop_downs(
    workbook: Workbook, sheet: Worksheet, layout: RosterLayout, *, first_row: int, last_row: int
) -> None:
    lists: dict[str, tuple[str, _ErrorStyle]] = {
        "category": (_inline([c.value for c in Category]), "stop"),
        "stage": (_inline([s.value for s in Stage]), "stop"),
    }
    if layout.communities:
        lists[COMMUNITY] = (_community_source(workbook, layout.communities), "warning")
    for index, column in enumerate(ROSTER_COLUMNS, 2):
        if column.field not in lists:
            continue
        source, style = lists[column.field]
        validation = DataValidation(type="list", formula1=source, allow_blank=True, errorStyle=style)
        validation.showErrorMessage = True
        validation.errorTitle = layout.caption(column)
        validation.error = (
            "不在列表中的村（社区）导入时将作为新的村（社区）" if style == "warning" else "请从下拉列表中选择"
        )
        letter = get_column_letter(index)
        validation.add(f"{letter}{first_row}:{letter}{last_row}")
        sheet.add_data_validation(validation)


def _inline(values: Sequence[str]) -> str:
    return '"' + ",".join(values) + '"'


def _community_source(workbook: Workbook, names: Sequence[str]) -> str:
    fits_inline = len(",".join(names)) <= _INLINE_LIST_LIMIT
    if fits_inline and not any("," in name or '"' in name for name in names):
        return _inline(names)
    options = workbook.create_sheet(OPTIONS_SHEET)
    options.sheet_state = "hidden"
    for row, name in enumerate(names, 1):
        set_value(_cell(options, row, 1), name)
    return f"{quote_sheetname(OPTIONS_SHEET)}!$A$1:$A${len(names)}"
