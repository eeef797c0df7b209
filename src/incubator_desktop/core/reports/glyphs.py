"""Text as the printouts draw it: Paragraph markup and single lines, all in the embedded font."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from incubator_desktop.core.reports.fonts import register_cjk_font
from incubator_desktop.core.reports.linebreak import CJKParagraph


def markup(text: str) -> str:
    """Paragraph markup for plain `text`: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain `text` with Chinese line breaking."""
    return CJKParagraph(markup(text), style)


def string_width(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, register_cjk_font(), size)


def draw_string(canvas: Canvas, x: float, y: float, text: str, *, size: float, align: str = "left") -> None:
    """Draw one line of text; `align` is left, center or right of `x`."""
    width = string_width(text, size)
    start = {"left": x, "center": x - width / 2, "right": x - width}[align]
    canvas.setFont(register_cjk_font(), size)
    canvas.drawString(start, y, text)
