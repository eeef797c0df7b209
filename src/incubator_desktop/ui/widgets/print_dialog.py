"""The print dialog of every printout: its options, a preview made off the GUI thread, Save… and Print….

Any workspace opens one with `open_print_dialog(context, kind, **preset)`, e.g. the contests workspace with
`open_print_dialog(context, PrintKind.CERTIFICATE, contest_id=...)`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.failure_text import failure_text
from incubator_desktop.ui.widgets.pdf_output_dialog import PdfOutputDialog
from incubator_desktop.ui.widgets.print_jobs import (
    PrintChoices,
    PrintKind,
    PrintRequest,
    commit_printout,
    load_print_choices,
    preview_printout,
)
from incubator_desktop.ui.widgets.print_options import PrintOptionsForm
from incubator_desktop.ui.widgets.tasks import TaskHandle

#: Edits to the options wait this long before the preview is made again (typing stays smooth).
PREVIEW_DELAY_MS = 500


def print_titles() -> dict[PrintKind, str]:
    """Each printout's name, as menus and dialog titles show it."""
    translate = QCoreApplication.translate
    return {
        PrintKind.NOTICE: translate("PrintDialog", "Public notice"),
        PrintKind.MONTHLY: translate("PrintDialog", "Monthly progress report"),
        PrintKind.CASEBOOK: translate("PrintDialog", "Case-study booklet"),
        PrintKind.SIGNIN: translate("PrintDialog", "Training sign-in sheet"),
        PrintKind.ORGFILE: translate("PrintDialog", "Organization file"),
        PrintKind.CERTIFICATE: translate("PrintDialog", "Contest award certificates"),
    }


class PrintDialog(PdfOutputDialog):
    """Options on the left, the preview on the right; the preview follows the options as they change.

    A preview records nothing; Save… and Print… build the printout again in a transaction that records
    it (a notice's register entry, the audit log), so what is recorded is exactly what left the office.
    """

    def __init__(
        self, context: AppContext, kind: PrintKind, preset: dict[str, object], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, print_titles()[kind], parent)
        self.kind = kind
        self.preset = preset
        self.choices: PrintChoices | None = None
        self.preview_request: PrintRequest | None = None
        self._running: TaskHandle | None = None
        self.options = PrintOptionsForm(kind)
        self.options.changed.connect(self.schedule_preview)
        self.refresh_button = QPushButton(self.tr("Preview again"))
        self.refresh_button.clicked.connect(self.make_preview)
        side = QWidget()
        heading = QLabel(print_titles()[kind])
        heading.setObjectName("sectionTitle")
        layout = QVBoxLayout(side)
        layout.addWidget(heading)
        layout.addWidget(self.options)
        layout.addStretch(1)
        layout.addWidget(self.refresh_button)
        self.set_side(side)
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.make_preview)
        self.output_done.connect(lambda _path: self._recorded())
        self.preview.show_message(self.tr("Loading…"))
        db = context.db
        context.tasks.run(
            lambda: load_print_choices(db), on_result=self._choices_loaded, on_error=self._failed, owner=self
        )

    def suggested_name(self) -> str:
        return f"{print_titles()[self.kind]}.pdf"

    def _choices_loaded(self, choices: PrintChoices) -> None:
        self.choices = choices
        self.options.blockSignals(True)
        self.options.set_choices(choices)
        self.options.apply_preset(self.preset)
        self.options.blockSignals(False)
        self.make_preview()

    def schedule_preview(self) -> None:
        self.set_ready(False)
        self._timer.start()

    def is_busy(self) -> bool:
        return self._timer.isActive() or (self._running is not None and not self._running.done)

    def make_preview(self) -> None:
        self._timer.stop()
        if self.choices is None:
            return
        if self._running is not None:
            self._running.cancel()
        missing = self.options.missing()
        if missing:
            self.set_ready(False)
            self.preview.show_message(missing)
            return
        request, out, db = self.options.request(), self.new_file("preview"), self.context.db
        self.set_ready(False)
        self.status_label.setText(self.tr("Making the preview…"))
        self._running = self.context.tasks.run(
            lambda: preview_printout(db, request, out),
            on_result=lambda path: self._previewed(request, path),
            on_error=self._failed,
            owner=self,
        )

    def _previewed(self, request: PrintRequest, path: Path) -> None:
        self.preview_request = request
        self.show_pdf(path)
        self.status_label.setText(
            QCoreApplication.translate(
                "PrintDialog", "%n page(s). Nothing is recorded until you save or print.", "", self.preview.page_count()
            )
        )

    def _failed(self, error: BaseException) -> None:
        self.set_ready(False)
        self.preview_request = None
        self.status_label.clear()
        self.preview.show_message(failure_text(error))

    def output_job(self, target: Path) -> Callable[[], Path]:
        request, db = self.preview_request, self.context.db
        assert request is not None

        def commit() -> Path:
            return commit_printout(db, request, target)

        return commit

    def _recorded(self) -> None:
        # A saved or printed notice is entered in the notice register: views of it refresh.
        if self.kind is PrintKind.NOTICE:
            self.context.bus.notify("notices")


def open_print_dialog(
    context: AppContext, kind: PrintKind | str, *, parent: QWidget | None = None, **preset: object
) -> PrintDialog:
    """Open the print dialog of `kind` (window-modal, not blocking) with what the caller already knows chosen."""
    dialog = PrintDialog(context, PrintKind(kind), dict(preset), parent)
    dialog.open()
    return dialog
