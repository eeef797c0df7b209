"""Writing cells safely: text that looks like a formula stays text, and column widths that fit CJK."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from decimal import Decimal

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

#: A value starting with one of these would be evaluated by Excel or WPS if it were ever a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
TEXT_FORMAT = "@"
HEADER_FILL = "DDEBF7"  # light blue, the shade Excel's own table styles use for headers
MIN_WIDTH = 6
MAX_WIDTH = 50

#: What the exports put in a cell.
Value = str | int | float | Decimal | date | datetime | None


def clean_text(text: str) -> str:
    """Drop the control characters an xlsx cannot hold, which would otherwise abort the whole save."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def set_value(cell: Cell, value: Value, *, number_format: str | None = None) -> Cell:
    """Put `value` in `cell`; a string is always stored as a string, never as a live formula."""
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text
        if text.startswith(FORMULA_PREFIXES):
            # openpyxl turns "=..." into a formula; force a string, and quotePrefix keeps Excel and WPS
            # from re-reading it as one when the clerk edits the cell.
            cell.data_type = "s"
            cell.quotePrefix = True
    else:
        cell.value = value
    if number_format is not None:
        cell.number_format = number_format
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    return cell


def stream_cell(sheet: WriteOnlyWorksheet, value: Value, *, number_format: str | None = None) -> object:
    """A value for a write-only `append`: plain values pass through, others become a styled cell."""
    if value is None:
        return None  # nothing to show: a styled empty cell would only make the file bigger
    if isinstance(value, str):
        value = clean_text(value)  # first, so "\x07=..." cannot slip past the formula check below
        if number_format is None and not value.startswith(FORMULA_PREFIXES):
            return value
    elif number_format is None:
        return value
    return set_value(WriteOnlyCell(sheet), value, number_format=number_format)


def header_cell(sheet: WriteOnlyWorksheet, caption: Value, *, fill: str = HEADER_FILL) -> Cell:
    """A bold, shaded header cell for a streamed sheet."""
    cell = set_value(WriteOnlyCell(sheet), caption)
    cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor=fill)
    return cell


def display_width(value: object) -> int:
    """How many narrow characters `value` takes on screen; CJK and other wide characters count two."""
    if value is None:
        return 0
    if isinstance(value, datetime | date):
        return len(DATE_FORMAT)
    if isinstance(value, Decimal | float):
        return len(f"{value:,.2f}")
    text = str(value)
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def fitted_width(values: list[object]) -> float:
    """A column width that shows the widest value, within sane bounds, with a little air."""
    widest = max((display_width(value) for value in values), default=0)
    return float(min(max(widest + 2, MIN_WIDTH), MAX_WIDTH))
