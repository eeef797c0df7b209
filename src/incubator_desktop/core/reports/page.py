"""The page every printout shares: A4, header line, "第 N 页 共 M 页" footer, and embedded TrueType fonts only."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from incubator_desktop.core.reports.fonts import register_cjk_font
from incubator_desktop.core.reports.glyphs import draw_string
from incubator_desktop.core.reports.guard import mask_sensitive

MARGIN = 18 * mm
PAGE_NUMBER = "第 {page} 页 共 {pages} 页"


@dataclass(frozen=True)
class PageSetup:
    """What the page furniture shows; `header` is None for documents without one (certificates)."""

    title: str
    header: str | None = None
    page_numbers: bool = True
    landscape: bool = False
    border: bool = False  # a double frame around the page (certificates)
    margin: float = MARGIN
    page_number_text: str = PAGE_NUMBER


def _numbered_canvas(setup: PageSetup) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each footer can say how many pages there are."""
    font = register_cjk_font()

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Starting in the CJK font keeps ReportLab from putting Helvetica into every page's resources.
            kwargs.setdefault("initialFontName", font)
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # ReportLab's own page reset, not in the stubs

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                if setup.page_numbers:
                    self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _height = self._pagesize  # type: ignore[attr-defined]
            self.setFillColor(colors.black)
            text = setup.page_number_text.format(page=self.getPageNumber(), pages=total)
            draw_string(self, width / 2, MARGIN / 2, text, size=10, align="center")

    return NumberedCanvas


def _draw_furniture(setup: PageSetup) -> Any:
    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        if setup.border:
            canvas.saveState()
            canvas.setLineWidth(3)
            canvas.rect(MARGIN / 2, MARGIN / 2, width - MARGIN, height - MARGIN)
            canvas.setLineWidth(0.8)
            canvas.rect(MARGIN / 2 + 5, MARGIN / 2 + 5, width - MARGIN - 10, height - MARGIN - 10)
            canvas.restoreState()
        if setup.header is None:
            return
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.2, 0.2, 0.2))
        y = height - MARGIN / 2 - 3 * mm
        draw_string(canvas, MARGIN, y, mask_sensitive(setup.header), size=9)
        draw_string(canvas, width - MARGIN, y, mask_sensitive(setup.title), size=9, align="right")
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y - 2 * mm, width - MARGIN, y - 2 * mm)
        canvas.restoreState()

    return on_page


class ReportDocument(BaseDocTemplate):
    """A4 document whose headings with a `toc_level` attribute feed a table of contents."""

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            text = getattr(flowable, "toc_text", "")
            key = f"toc-{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.notify("TOCEntry", (level, text, self.page, key))


def render(story: Sequence[Flowable], setup: PageSetup, *, multi_pass: bool = False) -> bytes:
    """Lay out `story` on A4 pages and return the PDF bytes; `multi_pass` resolves a table of contents."""
    # Binary image streams, not ASCII85: without ReportLab's C accelerator encoding 20 photos took 1.3 s
    # in pure Python, and the PDF is smaller. (A process-wide setting; every PDF here is built this way.)
    rl_config.useA85 = 0
    font = register_cjk_font()
    pagesize = landscape(A4) if setup.landscape else A4
    buffer = io.BytesIO()
    doc = ReportDocument(
        buffer,
        pagesize=pagesize,
        leftMargin=setup.margin,
        rightMargin=setup.margin,
        topMargin=setup.margin + (6 * mm if setup.header else 0),
        bottomMargin=setup.margin,
        title=setup.title,
        creator="Incubator Desktop",
        invariant=1,  # no timestamps or random ids: the same records give the same bytes (and sha256)
        initialFontName=font,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_draw_furniture(setup))])
    canvasmaker = _numbered_canvas(setup)
    if multi_pass:
        doc.multiBuild(list(story), canvasmaker=canvasmaker)
    else:
        doc.build(list(story), canvasmaker=canvasmaker)
    return buffer.getvalue()
