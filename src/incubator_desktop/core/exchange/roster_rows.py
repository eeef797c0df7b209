"""Turns the roster sheet's raw rows into normalized rows: skips blanks and footers, fills merges."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from incubator_desktop.core.exchange.results import RowProblem
from incubator_desktop.core.exchange.roster_cells import cell_text, read_cell
from incubator_desktop.core.exchange.roster_columns import COLUMNS_BY_FIELD, COMMUNITY, NAME_COLUMN, HeaderMap
from incubator_desktop.core.exchange.workbook_reader import Cells, RosterSheet
from incubator_desktop.core.validation.text import normalize_text

#: A row whose first non-empty cell starts so is a footer (totals, signatures, notes), not an organization.
FOOTER_PREFIXES = ("合计", "总计", "小计", "填表", "填报", "制表", "审核", "审批", "备注", "说明", "注:")


@dataclass
class RosterRow:
    """One data row: Organization values that the cells give, the community's name, and any problems."""

    number: int
    values: dict[str, Any] = field(default_factory=dict)
    community: str | None = None
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def name(self) -> str:
        return str(self.values.get(NAME_COLUMN.field) or "")


def roster_rows(sheet: RosterSheet, *, today: date) -> list[RosterRow]:
    """The data rows of `sheet`, in order, each normalized cell by cell with every problem collected."""
    return [_read_row(number, cells, sheet.header, today=today) for number, cells in data_rows(sheet).items()]


def data_rows(sheet: RosterSheet) -> dict[int, Cells]:
    """The raw cells of each data row by row number, with vertical merges filled in."""
    data = {row.number: row.cells for row in sheet.rows if _is_data(row.cells, sheet.header)}
    return data | _fill_merges(data, sheet, sheet.header)


def _is_data(cells: Cells, header: HeaderMap) -> bool:
    """Blank rows (nothing in a known column) and footer rows are not data."""
    if all(_empty(cells[index]) for index in header.positions.values() if index < len(cells)):
        return False
    first = next((cell for cell in cells if not _empty(cell)), None)
    return not (first is not None and normalize_text(cell_text(first)).startswith(FOOTER_PREFIXES))


def _empty(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not normalize_text(cell))


def _fill_merges(data: dict[int, Cells], sheet: RosterSheet, header: HeaderMap) -> dict[int, Cells]:
    """Give every data row of a vertical merge the value of the merge's top cell, column by column.

    Blank and footer rows were decided before this, so a merge running past the data cannot turn an
    empty row into an organization.
    """
    mapped = set(header.positions.values())
    filled: dict[int, list[object]] = {}
    for min_row, min_col, max_row, _max_col in sheet.merges:
        index = min_col - 1
        if max_row <= min_row or min_row <= header.row or index not in mapped:
            continue
        top = data.get(min_row)
        if top is None or index >= len(top):
            continue
        for number in range(min_row + 1, max_row + 1):
            if number in data:
                cells = filled.setdefault(number, list(data[number]))
                cells[index] = top[index]
    return {number: tuple(cells) for number, cells in filled.items()}


def _read_row(number: int, cells: Cells, header: HeaderMap, *, today: date) -> RosterRow:
    row = RosterRow(number)
    for field_name, index in header.positions.items():
        cell = cells[index] if index < len(cells) else None
        if cell is None:
            continue  # what read_cell says of an empty cell: nothing
        value, error = read_cell(COLUMNS_BY_FIELD[field_name], cell, today=today)
        if error is not None:
            row.problems.append(_problem(number, header, error.field, error.code, error.params))
        elif value is not None and field_name == COMMUNITY:
            row.community = value
        elif value is not None:
            row.values[field_name] = value
    if not row.name and not any(p.field == NAME_COLUMN.field for p in row.problems):
        row.problems.insert(0, _problem(number, header, NAME_COLUMN.field, "required", {}))
    return row


def _problem(number: int, header: HeaderMap, field_name: str, code: str, params: dict[str, Any]) -> RowProblem:
    return RowProblem(number, field_name, column_caption(header, field_name), code, params)


def column_caption(header: HeaderMap, field_name: str) -> str:
    """The header the clerk's file uses for `field_name`, else the canonical caption."""
    column = COLUMNS_BY_FIELD.get(field_name)
    return header.captions.get(field_name) or (column.caption if column else field_name)
