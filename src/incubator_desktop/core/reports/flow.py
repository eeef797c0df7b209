"""Builds the flowables of a document; every string passes the guard and is escaped on its way in."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from xml.sax.saxutils import unescape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from incubator_desktop.core.reports.glyphs import markup, string_width
from incubator_desktop.core.reports.guard import mask_sensitive, reject_sensitive
from incubator_desktop.core.reports.linebreak import CJKParagraph
from incubator_desktop.core.reports.styles import HEADER_GREY, Styles, cell_padding, form_style, grid_style

Cell = str | int | None

_TAG = re.compile(r"<[^>]*>")

#: Room a section heading needs below it (itself and a few lines) before a page break is better.
SECTION_MIN_SPACE = 35 * mm


class Composer:
    """Makes paragraphs and tables for one document in its styles.

    Strings are masked (ID and phone numbers) before they become markup; `allowed` lists the only
    numbers that may appear as written (the issuing office's landline on a notice).
    """

    def __init__(self, styles: Styles, *, allowed: Iterable[str] = ()) -> None:
        self.styles = styles
        self.allowed = tuple(allowed)

    def markup(self, text: Cell) -> str:
        """Plain text as safe Paragraph markup: masked, escaped, line breaks kept."""
        if text is None:
            return ""
        return markup(mask_sensitive(str(text), allowed=self.allowed))

    def para(self, text: Cell, style: ParagraphStyle | None = None) -> Paragraph:
        return CJKParagraph(self.markup(text), style or self.styles.body)

    def heading(self, text: str, *, toc_level: int | None = None, style: ParagraphStyle | None = None) -> Paragraph:
        paragraph = CJKParagraph(self.markup(text), style or self.styles.heading)
        if toc_level is not None:
            # Read by ReportDocument.afterFlowable to fill the table of contents.
            paragraph.toc_level = toc_level  # type: ignore[attr-defined]
            paragraph.toc_text = markup(mask_sensitive(text, allowed=self.allowed))  # type: ignore[attr-defined]
        return paragraph

    def section(self, text: str) -> list[Flowable]:
        """A section heading that starts a new page rather than sit alone at the foot of one."""
        return [CondPageBreak(SECTION_MIN_SPACE), self.heading(text)]

    def space(self, height: float) -> Spacer:
        return Spacer(1, height)

    def table(
        self,
        header: Sequence[str],
        rows: Iterable[Sequence[Cell]],
        widths: Sequence[float],
        *,
        centered: Iterable[int] = (),
        spans: Iterable[tuple[tuple[int, int], tuple[int, int]]] = (),
        row_height: float | None = None,
    ) -> Table:
        """A grid with a repeated grey header row; `centered` columns (numbers, dates) are centred and
        `spans` merges cells ((first column, row), (last column, row)), rows counted with the header;
        `row_height` gives body rows a fixed height (room to write by hand)."""
        s = self.styles
        center = set(centered)
        # A body cell that fits on one line (a date, a kind, a count, a short name) is drawn as a plain string:
        # wrapping every cell as a paragraph cost most of a long report's time (a month is ~750 rows).
        size, padding = s.cell.fontSize, cell_padding(large=s.large)
        room = {i: width - 2 * padding for i, width in enumerate(widths)}
        data: list[list[Paragraph | str]] = [[CJKParagraph(self.markup(title), s.cell_head) for title in header]]
        for row in rows:
            cells: list[Paragraph | str] = []
            for i, cell in enumerate(row):
                plain = self._one_line(cell, room[i], size) if i in room else None
                if plain is not None:
                    cells.append(plain)
                else:
                    cells.append(CJKParagraph(self.markup(cell), s.cell_center if i in center else s.cell))
            data.append(cells)
        heights = None if row_height is None else [None] + [row_height] * (len(data) - 1)  # header row: auto
        table = Table(data, colWidths=list(widths), rowHeights=heights, repeatRows=1)
        style = grid_style(large=s.large)
        # Plain strings look as the paragraphs would: the cell size and leading, centred where asked.
        style.add("FONTSIZE", (0, 1), (-1, -1), size)
        style.add("LEADING", (0, 1), (-1, -1), s.cell.leading)
        for i in center:
            style.add("ALIGN", (i, 1), (i, -1), "CENTER")
        for first, last in spans:
            style.add("SPAN", first, last)
        table.setStyle(style)
        return table

    def _one_line(self, cell: Cell, room: float, size: float) -> str | None:
        """The cell's text (masked) if it fits on one line of `room` points, else None (it needs wrapping)."""
        text = "" if cell is None else mask_sensitive(str(cell), allowed=self.allowed)
        if "\n" in text or string_width(text, size) > room:
            return None
        return text

    def form(
        self, pairs: Iterable[tuple[str, Cell]], widths: Sequence[float], *, row_height: float | None = None
    ) -> Table:
        """Caption-value rows, two pairs per line when `widths` has four columns; `row_height` leaves room to
        write by hand."""
        s = self.styles
        cells = [
            (CJKParagraph(self.markup(key), s.cell), CJKParagraph(self.markup(value), s.cell)) for key, value in pairs
        ]
        per_row = len(widths) // 2
        data: list[list[Paragraph | str]] = []
        for index in range(0, len(cells), per_row):
            row: list[Paragraph | str] = [item for pair in cells[index : index + per_row] for item in pair]
            data.append(row + [""] * (len(widths) - len(row)))
        table = Table(data, colWidths=list(widths), rowHeights=None if row_height is None else [row_height] * len(data))
        style = form_style(large=s.large)
        if per_row == 2:
            style.add("BACKGROUND", (2, 0), (2, -1), HEADER_GREY)
        table.setStyle(style)
        return table


def story_strings(story: Iterable[object]) -> Iterator[str]:
    """Every string a story will draw: paragraph texts and table cells, nested containers included."""
    for item in story:
        if isinstance(item, Paragraph):
            yield unescape(_TAG.sub("", str(item.text)))  # the text as drawn, without font and break tags
        elif isinstance(item, str):
            yield item
        elif isinstance(item, Table):
            for row in item._cellvalues:  # type: ignore[attr-defined]  # the cells as given, before layout
                yield from story_strings(row)
        elif isinstance(item, KeepTogether):
            yield from story_strings(item._content)  # type: ignore[attr-defined]
        elif isinstance(item, list | tuple):
            yield from story_strings(item)
        elif hasattr(item, "public_strings"):  # flowables that draw their own text (the seal block)
            yield from item.public_strings


def check_story(story: Sequence[Flowable], *, allowed: Iterable[str] = ()) -> None:
    """The final guard: refuse to print a story in which any ID or phone number survived."""
    reject_sensitive(story_strings(story), allowed=allowed)
