"""The import receipt (导入回执) of a received bundle, previewed for saving and printing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from incubator_desktop.ui.sync.jobs import write_receipt
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.failure_text import failure_text
from incubator_desktop.ui.widgets.pdf_output_dialog import PdfOutputDialog


class ReceiptDialog(PdfOutputDialog):
    """Builds the receipt off the GUI thread when it opens; saving or printing hands out that same file."""

    def __init__(
        self, context: AppContext, *, sender: str | None, sequence: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, QCoreApplication.translate("ReceiptDialog", "Import receipt"), parent)
        self.bundle_sender, self.bundle_sequence = sender, sequence
        self.preview.show_message(self.tr("Making the receipt…"))
        db, out = context.db, self.new_file("receipt")
        context.tasks.run(
            lambda: write_receipt(db, out, sender=sender, sequence=sequence),
            on_result=self.show_pdf,
            on_error=lambda error: self.preview.show_message(failure_text(error)),
            owner=self,
        )

    def suggested_name(self) -> str:
        name = self.tr("Import receipt")
        if self.bundle_sender and self.bundle_sequence:
            return f"{name} {self.bundle_sender}-{self.bundle_sequence}.pdf"
        return f"{name}.pdf"

    def show_pdf(self, path: Path) -> None:
        super().show_pdf(path)
        self.status_label.setText(self.tr("Print it, sign it and keep it with the bundle records."))


def open_receipt(
    context: AppContext, *, sender: str | None = None, sequence: int | None = None, parent: QWidget | None = None
) -> ReceiptDialog:
    dialog = ReceiptDialog(context, sender=sender, sequence=sequence, parent=parent)
    dialog.open()
    return dialog
