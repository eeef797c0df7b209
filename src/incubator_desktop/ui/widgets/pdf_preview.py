"""Shows a PDF on screen (QtPdf, else the system viewer) and sends it to a printer page by page."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

try:  # QtPdf ships in its own wheel; without it the preview falls back to the system's PDF viewer.
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - the PySide6 wheel this app pins includes QtPdf
    HAVE_QTPDF = False

log = logging.getLogger(__name__)

#: Pages are rasterized for the printer at this resolution at most: sharp text, bounded memory.
PRINT_DPI = 300


class PdfPreview(QWidget):
    """A PDF shown page under page at the window's width, or a message in its place (busy, error, empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.message_label = QLabel()
        self.message_label.setObjectName("emptyState")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.message_label)
        if HAVE_QTPDF:
            self.document: QPdfDocument | None = QPdfDocument(self)
            self.view: QWidget = QPdfView(self)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setDocument(self.document)
        else:  # pragma: no cover
            self.document = None
            self.view = QPushButton(self.tr("Open the PDF in the system's viewer"))
            self.view.clicked.connect(self.open_externally)
        self._stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.show_message(self.tr("No preview yet."))

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self._stack.setCurrentWidget(self.message_label)

    def load(self, path: Path) -> None:
        """Show the PDF at `path` (each new preview should be a new file: the old one may still be open)."""
        self.path = path
        if self.document is not None:
            self.document.load(str(path))
        self._stack.setCurrentWidget(self.view)

    def is_showing_pdf(self) -> bool:
        return self._stack.currentWidget() is self.view and self.path is not None

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def open_externally(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def close_document(self) -> None:
        if self.document is not None:
            self.document.close()


def paint_pdf(path: Path, printer: QPrinter) -> int:
    """Draw every page of the PDF (or the printer's chosen range) on `printer`; returns the pages printed."""
    if not HAVE_QTPDF:  # pragma: no cover
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return 0
    document = QPdfDocument()
    document.load(str(path))
    count = document.pageCount()
    first = max(printer.fromPage(), 1) - 1 if printer.fromPage() else 0
    last = min(printer.toPage(), count) - 1 if printer.toPage() else count - 1
    painter = QPainter()
    if count == 0 or not painter.begin(printer):
        document.close()
        return 0
    printed = 0
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        area = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
        area.moveTo(0, 0)
        for number in range(first, last + 1):
            if printed:
                printer.newPage()
            points = document.pagePointSize(number)
            image = document.render(number, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)))
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(area.center())
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
        document.close()
    return printed
