"""Fixtures of the exchange tests: a messy roster on disk and a workbook writer."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from .builders import CODES, messy_sheet


@pytest.fixture
def messy_roster(tmp_path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    messy_sheet(sheet, CODES)
    path = tmp_path / "名册.xlsx"
    workbook.save(path)
    return path


@pytest.fixture
def write_roster(tmp_path: Path) -> Callable[..., Path]:
    """Write `rows` (lists of cell values, row 1 first) to a one-sheet workbook; merges as "D2:D4"."""

    def write(rows: Iterable[Iterable[Any]], *, name: str = "roster.xlsx", merges: Iterable[str] = ()) -> Path:
        workbook = Workbook()
        sheet = workbook.active
        assert isinstance(sheet, Worksheet)
        for number, values in enumerate(rows, 1):
            for column, value in enumerate(values, 1):
                sheet.cell(number, column, value)
        for merge in merges:
            sheet.merge_cells(merge)
        path = tmp_path / name
        workbook.save(path)
        return path

    return write
