"""Registers the embedded CJK TrueType font with ReportLab and teaches its line breaker Chinese rules."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph

from incubator_desktop.core.resources import cjk_font_path

CJK_FONT = "IncubatorCJK"

#: Characters a line must not start with in Chinese typesetting (GB/T 15834 closing marks and the like).
NO_LINE_START = "，。、；：？！）》」』】〕〉”’…—·%‰℃,.;:?!)]}>"


@cache
def register_cjk_font() -> str:
    """Register the shipped TrueType CJK font once (ReportLab embeds a subset in every PDF) and fix breaking."""
    pdfmetrics.registerFont(TTFont(CJK_FONT, str(cjk_font_path()), subfontIndex=0))
    _forbid_line_start(NO_LINE_START)
    return CJK_FONT


def _forbid_line_start(characters: str) -> None:
    # ReportLab consults both copies of the set; extending only one lets "，" start a line.
    from reportlab.lib import textsplit

    extra = "".join(ch for ch in characters if ch not in textsplit.ALL_CANNOT_START)
    textsplit.ALL_CANNOT_START += extra  # type: ignore[misc]
    paragraph.ALL_CANNOT_START = textsplit.ALL_CANNOT_START  # type: ignore[attr-defined]


def cjk_style(name: str, *, size: float = 11, leading: float | None = None, **extra: Any) -> ParagraphStyle:
    """A paragraph style in the CJK font with Chinese line breaking."""
    font = register_cjk_font()
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.5, wordWrap="CJK", **extra)
