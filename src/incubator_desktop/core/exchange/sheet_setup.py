"""Sheet-wide settings the exports share: column widths and printing one page wide with the header repeated."""

from __future__ import annotations

from typing import Any, cast

from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

A4 = 9  # openpyxl's paperSize code for A4


def _settings(sheet: Worksheet | WriteOnlyWorksheet) -> Any:
    """The sheet's layout attributes; write-only sheets have them at run time but the type stubs leave them out."""
    return cast(Any, sheet)


def set_widths(sheet: Worksheet | WriteOnlyWorksheet, widths: list[float]) -> None:
    """Set columns A, B, … to `widths`; on a write-only sheet this must happen before the first row."""
    for index, width in enumerate(widths, 1):
        _settings(sheet).column_dimensions[get_column_letter(index)].width = width


def fit_for_print(sheet: Worksheet | WriteOnlyWorksheet, *, header_row: int) -> None:
    """Print landscape on A4, one page wide, with the header row repeated at the top of every page."""
    settings = _settings(sheet)
    settings.page_setup.orientation = "landscape"
    settings.page_setup.paperSize = A4
    settings.page_setup.fitToWidth = 1
    settings.page_setup.fitToHeight = 0  # as many pages down as the rows need
    settings.sheet_properties.pageSetUpPr.fitToPage = True
    settings.print_title_rows = f"{header_row}:{header_row}"


def set_filter(sheet: Worksheet | WriteOnlyWorksheet, reference: str) -> None:
    """Put filter buttons on the header; `reference` covers the header and the data, e.g. "A1:F120"."""
    _settings(sheet).auto_filter.ref = reference
