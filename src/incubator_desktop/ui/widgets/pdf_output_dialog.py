"""A PDF preview with Save… and Print…; subclasses say how the final file is made (and recorded)."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.failure_text import failure_text
from incubator_desktop.ui.widgets.pdf_preview import PdfPreview, paint_pdf


class PdfOutputDialog(QDialog):
    """Shows `preview`; saving and printing run `output_job` off the GUI thread, then keep or print the result.

    `output_done(path)` is emitted once a file was saved or sent to the printer.
    """

    output_done = Signal(str)

    def __init__(self, context: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._folder = Path(tempfile.mkdtemp(prefix="incubator-print-"))
        self._numbers = itertools.count(1)
        self.last_saved: Path | None = None
        self.pages_printed = 0
        self.print_dialog: QPrintDialog | None = None
        self._printer: QPrinter | None = None

        self.preview = PdfPreview()
        self.status_label = QLabel()
        self.status_label.setObjectName("countLabel")
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.choose_save_path)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.choose_printer)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        for button in (self.save_button, self.print_button, close_button):
            buttons.addWidget(button)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self.resize(1000, 760)
        self.set_ready(False)
        self.finished.connect(self._clean_up)

    # --- for subclasses -----------------------------------------------------------------------------

    def set_side(self, widget: QWidget) -> None:
        """Put `widget` (the options) left of the preview."""
        self.splitter.insertWidget(0, widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 680])

    def new_file(self, stem: str) -> Path:
        """A fresh file name in the dialog's own temporary folder (a loaded preview is never overwritten)."""
        return self._folder / f"{stem}-{next(self._numbers)}.pdf"

    def suggested_name(self) -> str:
        return "printout.pdf"

    def output_job(self, target: Path) -> Callable[[], Path]:
        """Work for a worker thread that writes the final PDF to `target`; by default a copy of what is shown."""
        source = self.preview.path
        assert source is not None

        def copy() -> Path:
            shutil.copyfile(source, target)
            return target

        return copy

    def set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def show_pdf(self, path: Path) -> None:
        self.preview.load(path)
        self.set_ready(True)

    # --- saving and printing ------------------------------------------------------------------------

    def choose_save_path(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path(folder) / self.suggested_name()), self.tr("PDF files (*.pdf)")
        )
        if name:
            self.save_to(Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf"))

    def save_to(self, path: Path) -> None:
        self._run(path, self._saved)

    def _saved(self, path: Path) -> None:
        self.last_saved = path
        self.status_label.setText(self.tr("Saved to {path}").format(path=path))
        self.output_done.emit(str(path))

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name())
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.print_with(printer))
        self._printer, self.print_dialog = printer, dialog  # both must outlive this method
        QDialog.open(dialog)  # QPrintDialog's own open() wants a receiver; the plain window-modal open is meant

    def print_with(self, printer: QPrinter) -> None:
        self._printer = printer
        self._run(self.new_file("print"), lambda done: self._print(done, printer))

    def _print(self, path: Path, printer: QPrinter) -> None:
        self.pages_printed = paint_pdf(path, printer)
        self.status_label.setText(
            QCoreApplication.translate("PdfOutputDialog", "Sent %n page(s) to the printer.", "", self.pages_printed)
        )
        self.output_done.emit(str(path))

    def _run(self, target: Path, then: Callable[[Path], None]) -> None:
        self.set_ready(False)
        self.status_label.setText(self.tr("Working…"))

        def finish(path: Path) -> None:
            self.set_ready(True)
            then(path)

        self.context.tasks.run(self.output_job(target), on_result=finish, on_error=self._output_failed, owner=self)

    def _output_failed(self, error: BaseException) -> None:
        self.set_ready(self.preview.is_showing_pdf())
        self.status_label.setText(failure_text(error))

    def _clean_up(self, _result: int) -> None:
        self.preview.close_document()
        shutil.rmtree(self._folder, ignore_errors=True)
