"""Right-to-left screens (Uyghur): masked phones and IDs keep their digits in order in tables."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from incubator_desktop.core.services.browse import BrowseQuery, BrowseRow, SortOrder
from incubator_desktop.ui.widgets.bidi import keep_left_to_right
from incubator_desktop.ui.widgets.period_chooser import date_edit
from incubator_desktop.ui.widgets.record_table import Column, RecordTableModel
from incubator_desktop.ui.widgets.section_table import SectionTable
from incubator_desktop.ui.widgets.text_table import TextRow, TextTableModel

PHONE = "182****8317"
FINGERPRINT = "12345 67890 24680"


def _cursor_xs(text: str) -> list[float]:
    """Where Qt puts the cursor before each character of `text` laid out as a right-to-left paragraph."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1000)
    layout.endLayout()
    return [line.cursorToX(position)[0] for position in range(len(text))]


def _in_reading_order(text: str) -> bool:
    """True when each cursor position between two visible characters lies right of the one before it.

    The position before the first character is left out: at the edge of a run Qt reports the outer side.
    """
    start = 1 if text.startswith("\u2066") else 0
    xs = _cursor_xs(text)[start + 1 : start + len(text.strip("\u2066\u2069"))]
    return all(left < right for left, right in pairwise(xs))


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_qt_reorders_a_bare_masked_phone_and_keeps_an_isolated_one(qapp: QApplication) -> None:
    """Without isolation Qt shows 182****8317 as 8317****182 in right-to-left text; isolated, it stays."""
    assert not _in_reading_order(PHONE)
    assert _in_reading_order(keep_left_to_right(PHONE))
    assert not _in_reading_order(FINGERPRINT)
    assert _in_reading_order(keep_left_to_right(FINGERPRINT))


def test_only_numbers_with_marks_are_isolated() -> None:
    """Plain numbers, words and Uyghur text are left alone; masked IDs, phones, fractions and fingerprints are not."""
    assert keep_left_to_right("2024") == "2024"
    assert keep_left_to_right("邻里互助会") == "邻里互助会"
    assert keep_left_to_right("3/5 ماددا") == "3/5 ماددا"
    for text in (PHONE, "1101**********002X", "3/5", FINGERPRINT):
        assert keep_left_to_right(text) == f"\u2066{text}\u2069"


class _OneRow:
    def count(self, query: BrowseQuery) -> int:
        return 1

    def fetch(self, query: BrowseQuery, order: SortOrder | None, offset: int, limit: int) -> list[BrowseRow]:
        return [BrowseRow(id="a", values={"phone": PHONE})][offset : offset + limit]

    def locate(self, query: BrowseQuery, order: SortOrder | None, record_id: str) -> int | None:
        return 0


def test_record_and_text_tables_isolate_numbers_on_right_to_left_screens(qtbot: QtBot, right_to_left: None) -> None:
    """Under a right-to-left layout the record, text and section tables show the isolated masked phone."""
    model = RecordTableModel(_OneRow(), (Column("phone", "Phone"),))
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) is not None, timeout=3000)
    assert model.data(model.index(0, 0)) == keep_left_to_right(PHONE)
    table = TextTableModel(["Phone"])
    table.set_rows([TextRow(cells=(PHONE,))])
    assert table.data(table.index(0, 0)) == keep_left_to_right(PHONE)
    section = SectionTable(["Phone"])
    qtbot.addWidget(section)
    section.set_rows([[PHONE]])
    assert section.texts(0) == [keep_left_to_right(PHONE)]


def test_left_to_right_screens_show_the_text_untouched(qtbot: QtBot) -> None:
    """In Chinese or English the cell text is exactly the masked phone, with no invisible marks."""
    table = TextTableModel(["Phone"])
    table.set_rows([TextRow(cells=(PHONE,))])
    assert table.data(table.index(0, 0)) == PHONE


def test_date_edits_stay_year_month_day_on_right_to_left_screens(qtbot: QtBot, right_to_left: None) -> None:
    """The period and print date edits are not mirrored: 2024-05-01 does not turn into 01-05-2024."""
    edit = date_edit(date(2024, 5, 1))
    qtbot.addWidget(edit)
    assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert edit.text() == "2024-05-01"
