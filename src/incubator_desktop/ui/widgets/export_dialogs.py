"""Writing workbooks: the roster, a blank roster template, and the ledger (台账) of a period."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.core.db import Database
from incubator_desktop.core.services.sites import list_communities
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.failure_text import failure_text
from incubator_desktop.ui.widgets.period_chooser import date_edit, picked
from incubator_desktop.ui.widgets.tasks import TaskHandle, TaskState


class ExportKind(StrEnum):
    ROSTER = "roster"
    TEMPLATE = "template"
    LEDGER = "ledger"


def export_titles() -> dict[ExportKind, str]:
    translate = QCoreApplication.translate
    return {
        ExportKind.ROSTER: translate("ExportDialog", "Export the organization roster"),
        ExportKind.TEMPLATE: translate("ExportDialog", "Blank roster template"),
        ExportKind.LEDGER: translate("ExportDialog", "Export the ledger"),
    }


def run_export(
    db: Database, kind: ExportKind, path: Path, *, start: date, end: date, reveal: bool, state: TaskState
) -> int:
    """Write the workbook on a worker thread; returns the number of rows written (0 for a template)."""
    # openpyxl loads with the first workbook written, not with the window that offers it.
    from incubator_desktop.core.exchange.ledger import export_ledger
    from incubator_desktop.core.exchange.roster_export import export_roster, export_template

    if kind is ExportKind.TEMPLATE:
        with db.reading() as session:
            communities = [community.name for community in list_communities(session)]
        export_template(path, communities=communities)
        return 0
    with db.transaction() as session:  # the export and its audit entries are one unit of work
        if kind is ExportKind.ROSTER:
            return export_roster(session, path, reveal=reveal).rows
        ledger = export_ledger(
            session, path, start=start, end=end, reveal=reveal, progress=state.progress, cancelled=state.cancelled
        )
        return sum(rows for _title, rows in ledger.sheets)


class ExportDialog(QDialog):
    """Choose where (and for the ledger, which period); personal data stays masked unless asked for."""

    exported = Signal(str)

    def __init__(self, context: AppContext, kind: ExportKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.kind = context, kind
        self.written: Path | None = None
        self._running: TaskHandle | None = None
        self.setWindowTitle(export_titles()[kind])
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form = QFormLayout()
        today = date.today()
        self.start, self.end = date_edit(date(today.year, 1, 1)), date_edit(today)
        if kind is ExportKind.LEDGER:
            form.addRow(self.tr("From:"), self.start)
            form.addRow(self.tr("To:"), self.end)
        self.reveal = QCheckBox(self.tr("Show full phone and ID numbers"))
        self.reveal_warning = QLabel(
            self.tr(
                "Full phone and ID numbers will be written into the workbook, and this will be recorded in the "
                "audit log. Keep the file safe and delete it when it is no longer needed."
            )
        )
        self.reveal_warning.setObjectName("fieldError")
        self.reveal_warning.setWordWrap(True)
        self.reveal_warning.hide()
        self.reveal.toggled.connect(self.reveal_warning.setVisible)
        if kind is not ExportKind.TEMPLATE:
            form.addRow(self.reveal)
            form.addRow(self.reveal_warning)
        self.path_edit = QLineEdit(str(self._default_path()))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("Save to:"), path_row)

        self.progress = QProgressBar()
        self.progress.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open the folder"))
        self.open_folder_button.hide()
        self.open_folder_button.clicked.connect(self.open_folder)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(lambda: self.export_to(Path(self.path_edit.text().strip())))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(620, 300)

    def _default_path(self) -> Path:
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        today = date.today().isoformat()
        names = {
            ExportKind.ROSTER: self.tr("Organization roster {date}.xlsx").format(date=today),
            ExportKind.TEMPLATE: self.tr("Roster template.xlsx"),
            ExportKind.LEDGER: self.tr("Ledger {date}.xlsx").format(date=today),
        }
        return folder / names[self.kind]

    def choose_path(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.path_edit.text(), self.tr("Excel workbooks (*.xlsx)")
        )
        if name:
            self.path_edit.setText(name if name.lower().endswith(".xlsx") else name + ".xlsx")

    def is_busy(self) -> bool:
        return self._running is not None and not self._running.done

    def export_to(self, path: Path) -> None:
        """Write the workbook to `path` off the GUI thread (a ledger shows its progress)."""
        db, kind, reveal = self.context.db, self.kind, self.reveal.isChecked()
        start, end = picked(self.start), picked(self.end)
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.result_label.setText(self.tr("Writing the workbook…"))
        self._running = self.context.tasks.run_cancellable(
            lambda state: run_export(db, kind, path, start=start, end=end, reveal=reveal, state=state),
            on_result=lambda rows: self._done(path, rows),
            on_error=self._failed,
            on_progress=self._progressed,
            owner=self,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        if total:
            self.progress.setValue(min(done, total))

    def _done(self, path: Path, rows: int) -> None:
        self.written = path
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.open_folder_button.show()
        if self.kind is ExportKind.TEMPLATE:
            self.result_label.setText(self.tr("The blank template was written to {path}").format(path=path))
        else:
            self.result_label.setText(
                QCoreApplication.translate("ExportDialog", "%n row(s) written to {path}", "", rows).format(path=path)
            )
        self.exported.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.result_label.setText(failure_text(error))

    def open_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))


def open_export_dialog(context: AppContext, kind: ExportKind | str, parent: QWidget | None = None) -> ExportDialog:
    dialog = ExportDialog(context, ExportKind(kind), parent)
    dialog.open()
    return dialog
