"""Writes rich text to PDF with Qt's own PDF writer, which shapes Arabic-script (Uyghur) text correctly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextOption

#: ReportLab cannot join Arabic letters; every Uyghur PDF goes through here instead.
DPI = 300


def write_html_pdf(out: Path, html: str, *, title: str, font: QFont | None = None, right_to_left: bool = False) -> Path:
    """Lay out `html` on A4 pages and write them to `out`; fonts are embedded, text stays selectable."""
    out.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(out))
    writer.setTitle(title)
    writer.setCreator("Incubator Desktop")
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(18, 18, 18, 18))
    )
    document = QTextDocument()
    if font is not None:
        document.setDefaultFont(font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
    option.setAlignment(Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft)
    document.setDefaultTextOption(option)
    document.setHtml(html)
    document.print_(writer)
    return out
