"""Cell-level rules: reading any cell never crashes, formula-like text stays text, widths count CJK double."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from incubator_desktop.core.exchange.cells import display_width, fitted_width, set_value, stream_cell
from incubator_desktop.core.exchange.roster_cells import read_cell
from incubator_desktop.core.exchange.roster_columns import ROSTER_COLUMNS, column_for_header, header_key
from incubator_desktop.core.messages import ALL_CODES

from .builders import CODES, TODAY, sheet_xml


def plain_cell(cell: Cell | MergedCell) -> Cell:
    assert isinstance(cell, Cell)
    return cell


CELL_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.dates(),
    st.datetimes(),
    st.times(),
    st.decimals(allow_nan=False, allow_infinity=False),
)


@given(value=CELL_VALUES)
def test_any_cell_reads_to_a_value_or_a_known_problem(value: object) -> None:
    """Whatever a cell holds, each column reads it without raising, as a value or a problem with a sentence."""
    for column in ROSTER_COLUMNS:
        result, problem = read_cell(column, value, today=TODAY)
        assert result is None or problem is None
        if problem is not None:
            assert problem.code in ALL_CODES and problem.field == column.field


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("leader_phone", "139 1234 5678", "13912345678"),
        ("leader_phone", "０９９８－１２３４５６７", "0998-1234567"),
        ("leader_phone", 13912345678.0, "13912345678"),
        ("leader_phone", "139****5678", None),  # a masked export: keep what is stored
        ("leader_id_number", CODES.id_a.lower(), CODES.id_a),
        ("members", "15人", 15),
        ("members", "１５ 名", 15),
        ("members", 15.0, 15),
        ("category", "公益慈善", "公益慈善类"),
        ("stage", "已退出", "退出"),
        ("founded_on", "2023年5月1日", date(2023, 5, 1)),
        ("founded_on", "２０２３．５．１", date(2023, 5, 1)),
        ("founded_on", 45047, date(2023, 5, 1)),
        ("founded_on", datetime(2023, 5, 1, 0, 0), date(2023, 5, 1)),
        ("service_areas", "为老、助残，为老", ["为老", "助残"]),
        ("name", "\u3000舞蹈队  一队\u3000", "舞蹈队 一队"),
    ],
)
def test_cells_are_normalized(field: str, value: object, expected: object) -> None:
    """Typical spellings from real rosters read to the stored form."""
    column = next(c for c in ROSTER_COLUMNS if c.field == field)
    assert read_cell(column, value, today=TODAY) == (expected, None)


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("leader_id_number", 110105194912310020, "id_number_as_number"),
        ("leader_id_number", "1.10105E+17", "id_number_as_number"),
        ("credit_code", 91350100000100000, "credit_code_as_number"),
        ("members", True, "members_invalid"),
        ("members", "-3", "members_invalid"),
        ("founded_on", 2019, "date_invalid"),
        ("founded_on", time(10, 30), "date_invalid"),
        ("stage", "孵化", "unknown_choice"),
        ("service_areas", "为老、跳舞", "unknown_choice"),
    ],
)
def test_bad_cells_are_problems(field: str, value: object, code: str) -> None:
    """Lost digits, bare years, times, unknown stages and areas are reported, not guessed."""
    column = next(c for c in ROSTER_COLUMNS if c.field == field)
    result, problem = read_cell(column, value, today=TODAY)
    assert result is None and problem is not None and problem.code == code


def test_headers_compare_without_bracket_width_spaces_or_marks() -> None:
    """（） equals (), spaces, stars and colons vanish, and a trailing note in brackets is tolerated."""
    assert header_key("所在村（社区）") == header_key(" 所在村 (社区) ")
    assert column_for_header("*组织名称：") is column_for_header("组织名称")
    found = column_for_header("成员人数（人）")
    assert found is not None and found.field == "members"
    assert column_for_header("序号") is None and column_for_header(42) is None


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x","y")', "+1", "-1", "@SUM(A1)", "\tTab", "\rCR", "=1+1"])
def test_formula_like_text_is_written_as_text(text: str, tmp_path: Path) -> None:
    """Every value that a spreadsheet could evaluate is stored as a quoted string, never as <f>."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    set_value(plain_cell(sheet.cell(1, 1)), text)
    path = tmp_path / "cells.xlsx"
    workbook.save(path)
    assert "<f>" not in sheet_xml(path)
    cell = load_workbook(path).active["A1"]  # type: ignore[index]
    assert cell.data_type == "s" and cell.quotePrefix
    assert cell.value == text.replace("\r", "\n")  # XML reads a bare CR as a line feed


def test_a_control_character_cannot_smuggle_a_formula_into_a_stream(tmp_path: Path) -> None:
    """Dropping an illegal character first means "\\x07=1+1" is still caught as formula-like."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("s")
    assert isinstance(sheet, WriteOnlyWorksheet)
    sheet.append([stream_cell(sheet, "\x07=1+1"), stream_cell(sheet, "plain"), stream_cell(sheet, 3)])
    workbook.save(tmp_path / "s.xlsx")
    assert "<f>" not in sheet_xml(tmp_path / "s.xlsx")
    assert [c.value for c in load_workbook(tmp_path / "s.xlsx")["s"][1]] == ["=1+1", "plain", 3]


def test_control_characters_cannot_break_a_save(tmp_path: Path) -> None:
    """Characters an xlsx cannot hold are dropped instead of aborting the whole export."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    set_value(plain_cell(sheet.cell(1, 1)), "舞蹈\x07队\x00")
    workbook.save(tmp_path / "ok.xlsx")
    assert load_workbook(tmp_path / "ok.xlsx").active["A1"].value == "舞蹈队"  # type: ignore[index]


def test_widths_count_wide_characters_twice() -> None:
    """CJK and full-width characters take two columns; dates and money their printed size; bounds hold."""
    assert display_width("舞蹈队") == 6 and display_width("abc") == 3 and display_width("ＡＢ") == 4
    assert display_width(date(2024, 1, 1)) == 10 and display_width(Decimal("1234.5")) == len("1,234.50")
    assert fitted_width(["舞蹈队"]) == 8 and fitted_width([]) == 6 and fitted_width(["长" * 100]) == 50
