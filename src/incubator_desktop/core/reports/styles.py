"""Paragraph and table styles for printouts: a desk size and a large size for the noticeboard."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from incubator_desktop.core.reports.fonts import cjk_style, register_cjk_font

#: Light enough to keep black text legible when photocopied, dark enough to mark the header row in grey.
HEADER_GREY = colors.Color(0.86, 0.86, 0.86)


@dataclass(frozen=True)
class Styles:
    """The styles one document uses; `large` documents are read on a noticeboard from a few steps away."""

    large: bool
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    right: ParagraphStyle
    center: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle


def make_styles(*, large: bool = False) -> Styles:
    """Desk documents: 11 pt body, 20 pt title. Noticeboard documents: 15 pt body and table, 24 pt title."""
    body = 15 if large else 11
    title = 24 if large else 20
    cell = 14 if large else 10
    return Styles(
        large=large,
        title=cjk_style("title", size=title, leading=title * 1.4, alignment=TA_CENTER, spaceAfter=title * 0.6),
        subtitle=cjk_style("subtitle", size=body + 1, alignment=TA_CENTER, spaceAfter=body * 0.8),
        heading=cjk_style("heading", size=body + 3, spaceBefore=body, spaceAfter=body * 0.5),
        subheading=cjk_style("subheading", size=body + 1, spaceBefore=body * 0.6, spaceAfter=body * 0.3),
        body=cjk_style("body", size=body, firstLineIndent=body * 2, spaceAfter=body * 0.4, alignment=TA_LEFT),
        right=cjk_style("right", size=body, alignment=TA_RIGHT),
        center=cjk_style("center", size=body, alignment=TA_CENTER),
        small=cjk_style("small", size=body - 2, textColor=colors.Color(0.25, 0.25, 0.25)),
        cell=cjk_style("cell", size=cell, leading=cell * 1.35),
        cell_center=cjk_style("cell_center", size=cell, leading=cell * 1.35, alignment=TA_CENTER),
        cell_head=cjk_style("cell_head", size=cell, leading=cell * 1.35, alignment=TA_CENTER),
    )


def cell_padding(*, large: bool = False) -> int:
    """Points between a table cell's border and its text."""
    return 5 if large else 3


def grid_style(*, large: bool = False, header_rows: int = 1) -> TableStyle:
    """Black grid, grey header row, generous padding: reads well in black and white and at a distance."""
    line = 1.0 if large else 0.6
    padding = cell_padding(large=large)
    commands: list[Any] = [
        # Tables set their cells' font even around paragraphs; left at its default that would be Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), register_cjk_font()),
        ("GRID", (0, 0), (-1, -1), line, colors.black),
        ("BOX", (0, 0), (-1, -1), line * 1.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_GREY))
    return TableStyle(commands)


def form_style(*, large: bool = False) -> TableStyle:
    """Key-value tables (an organization's details): grey captions in the first column."""
    style = grid_style(large=large, header_rows=0)
    style.add("BACKGROUND", (0, 0), (0, -1), HEADER_GREY)
    return style


def layout_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A borderless table style for layout (photo grids, contents), in the CJK font like every table."""
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), register_cjk_font())])
    for command in commands:
        style.add(*command)
    return style
