"""Opens an untrusted workbook safely and returns its roster sheet: header, data rows and merges."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TypeVar
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from incubator_desktop.core.exchange.archive_checks import check_workbook_file
from incubator_desktop.core.exchange.errors import WorkbookRefused
from incubator_desktop.core.exchange.progress import Cancelled, Progress, Ticker
from incubator_desktop.core.exchange.roster_columns import HEADER_SEARCH_ROWS, HeaderMap, find_header
from incubator_desktop.core.exchange.sheet_xml import MergedRange, merged_ranges, worksheet_parts

T = TypeVar("T")

#: More rows than any township keeps; past this a file is refused rather than read on and on.
MAX_ROWS = 200_000
#: The header search looks this far to the right; real rosters have 10-30 columns.
MAX_HEADER_COLUMNS = 200
# What openpyxl raises on a malformed package; defusedxml's refusals are ValueErrors.
_READ_ERRORS = (
    zipfile.BadZipFile,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
    EOFError,
    OSError,
    zlib.error,
    ParseError,
)

Cells = tuple[object, ...]


@dataclass(frozen=True)
class SheetRow:
    """A non-empty row below the header: its number in the spreadsheet and its cells from column A."""

    number: int
    cells: Cells


@dataclass(frozen=True)
class RosterSheet:
    """The sheet that holds the roster: title, header, non-empty rows below the header and merges."""

    title: str
    header: HeaderMap
    rows: list[SheetRow]
    merges: list[MergedRange]


def read_roster_sheet(
    path: Path, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> RosterSheet:
    """Read the first visible sheet whose top rows hold a roster header; raise WorkbookRefused otherwise."""
    check_workbook_file(path)
    ticker = Ticker(progress, cancelled, every=1000)
    with path.open("rb") as handle, zipfile.ZipFile(path) as archive:
        workbook = _load(handle)
        try:
            parts = worksheet_parts(archive)
            for sheet in _visible_sheets(workbook):
                header = _header_of(sheet)
                if header is not None:
                    rows = _rows_below(sheet, header, ticker)
                    part = parts.get(sheet.title)
                    merges = merged_ranges(archive, part) if part else []
                    return RosterSheet(title=sheet.title, header=header, rows=rows, merges=merges)
        finally:
            workbook.close()
    raise WorkbookRefused("roster_no_header")


def _load(handle: IO[bytes]) -> Workbook:
    try:
        # data_only: a formula cell gives the value Excel last showed, never the formula text.
        return load_workbook(handle, read_only=True, data_only=True, keep_links=False)
    except _READ_ERRORS as error:
        raise WorkbookRefused("workbook_damaged", detail=type(error).__name__) from None


def _visible_sheets(workbook: Workbook) -> Iterator[ReadOnlyWorksheet]:
    for sheet in workbook.worksheets:
        if isinstance(sheet, ReadOnlyWorksheet) and sheet.sheet_state == "visible":
            _refuse_absurd_dimensions(sheet)
            yield sheet


def _refuse_absurd_dimensions(sheet: ReadOnlyWorksheet) -> None:
    declared = sheet.max_row
    if isinstance(declared, int) and declared > MAX_ROWS:
        raise WorkbookRefused("workbook_too_many_rows", rows=declared, limit=MAX_ROWS)


def _header_of(sheet: ReadOnlyWorksheet) -> HeaderMap | None:
    # Always the full width: a stale declared size (some writers leave "A1") would hide header columns.
    top = _values(sheet, min_row=1, max_row=HEADER_SEARCH_ROWS, max_col=MAX_HEADER_COLUMNS)
    return find_header(list(_guarded(top)))


def _rows_below(sheet: ReadOnlyWorksheet, header: HeaderMap, ticker: Ticker) -> list[SheetRow]:
    # The declared size may be stale (some writers never update it); read until the XML ends instead.
    estimate = sheet.max_row if isinstance(sheet.max_row, int) else 0
    sheet.reset_dimensions()
    rows: list[SheetRow] = []
    first = header.row + 1
    for offset, cells in enumerate(_guarded(_values(sheet, min_row=first, max_row=None, max_col=header.width))):
        number = first + offset
        if number > MAX_ROWS:
            raise WorkbookRefused("workbook_too_many_rows", rows=number, limit=MAX_ROWS)
        ticker.step(number, estimate)
        if any(cell is not None and cell != "" for cell in cells):
            rows.append(SheetRow(number, tuple(cells)))
    return rows


def _values(sheet: ReadOnlyWorksheet, *, min_row: int, max_row: int | None, max_col: int) -> Iterator[Cells]:
    # The stubs type iter_rows for Worksheet only; ReadOnlyWorksheet borrows that very function.
    return sheet.iter_rows(min_row=min_row, max_row=max_row, max_col=max_col, values_only=True)  # type: ignore[misc]


def _guarded(rows: Iterator[T]) -> Iterator[T]:
    """Yield from openpyxl's row iterator, turning its failures on a malformed sheet into a refusal."""
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except _READ_ERRORS as error:
            raise WorkbookRefused("workbook_damaged", detail=type(error).__name__) from None
        yield row
