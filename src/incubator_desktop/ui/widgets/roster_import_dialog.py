"""Importing a roster workbook: pick the file, see what a trial run would do, confirm, save the rows to fix."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.core.backups import backup_before
from incubator_desktop.core.db import Database
from incubator_desktop.core.exchange.rejected_rows import export_rejected_rows
from incubator_desktop.core.exchange.results import ImportSummary, RowAction
from incubator_desktop.core.exchange.roster_import import import_roster
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.failure_text import failure_text
from incubator_desktop.ui.widgets.tasks import TaskHandle, TaskState
from incubator_desktop.ui.widgets.text_table import TextRow, TextTableModel, TextTableView, Tone


def run_roster_import(db: Database, path: Path, *, dry_run: bool, state: TaskState) -> ImportSummary:
    """The import as a worker runs it: a trial run reads inside a session that is always rolled back."""
    if not dry_run:
        backup_before(db, "roster")
    context = db.reading() if dry_run else db.transaction()
    with context as session:
        return import_roster(session, path, dry_run=dry_run, progress=state.progress, cancelled=state.cancelled)


class RosterImportDialog(QDialog):
    """Trial run first (nothing written), then the real import on “Import”; `imported(summary)` after it."""

    imported = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.source: Path | None = None
        self.preview_summary: ImportSummary | None = None
        self.result_summary: ImportSummary | None = None
        self.saved_rejected: Path | None = None
        self._running: TaskHandle | None = None
        self.setWindowTitle(self.tr("Import a roster"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        intro = QLabel(
            self.tr(
                "Choose the roster workbook (.xlsx). The program first tries it without saving anything and "
                "shows what would happen; nothing is imported until you press “Import”."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen yet"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(choose)

        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("sectionTitle")
        self.summary_label.setWordWrap(True)

        self.problems = TextTableModel([self.tr("Row"), self.tr("Column"), self.tr("Problem")], numeric=(0,))
        self.to_import = TextTableModel(
            [self.tr("Row"), self.tr("Organization"), self.tr("What happens")], numeric=(0,)
        )
        self.repeated = TextTableModel(
            [self.tr("Row"), self.tr("Same as row"), self.tr("Organization")], numeric=(0, 1)
        )
        self.tabs = QTabWidget()
        for model in (self.problems, self.to_import, self.repeated):
            self.tabs.addTab(TextTableView(model), "")

        self.save_button = QPushButton(self.tr("Save rows to correct…"))
        self.save_button.setToolTip(self.tr("A workbook of the rows not imported, with the reason beside each"))
        self.save_button.clicked.connect(self.choose_rejected_path)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.clicked.connect(self.confirm)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addLayout(progress_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.resize(820, 600)
        self._show_summary(None)
        self._set_busy(False)

    # --- steps --------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the roster"), folder, self.tr("Excel workbooks (*.xlsx)")
        )
        if name:
            self.preview(Path(name))

    def preview(self, path: Path) -> None:
        """Run the import as a trial (nothing is written) and show what it would do."""
        self.source, self.preview_summary, self.result_summary = path, None, None
        self.path_edit.setText(str(path))
        self._show_summary(None)
        self._start(dry_run=True)

    def confirm(self) -> None:
        """Import for real; the result shown is the real run's own (the data may have changed meanwhile)."""
        if self.source is not None and self.preview_summary is not None:
            self._start(dry_run=False)

    def cancel(self) -> None:
        if self._running is not None:
            self._running.cancel()
        self._set_busy(False)
        self.summary_label.setText(self.tr("Cancelled. Nothing was changed."))

    def is_busy(self) -> bool:
        return self._running is not None and not self._running.done and not self._running.cancelled

    def _start(self, *, dry_run: bool) -> None:
        db, path = self.context.db, self.source
        assert path is not None
        self._set_busy(True)
        self._running = self.context.tasks.run_cancellable(
            lambda state: run_roster_import(db, path, dry_run=dry_run, state=state),
            on_result=self._previewed if dry_run else self._imported,
            on_error=self._failed,
            on_progress=self._progressed,
            owner=self,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        if total:
            self.progress.setValue(min(done, total))

    def _previewed(self, summary: ImportSummary) -> None:
        self.preview_summary = summary
        self._set_busy(False)
        self._show_summary(summary)

    def _imported(self, summary: ImportSummary) -> None:
        self.result_summary = summary
        self._set_busy(False)
        self._show_summary(summary)
        self.context.bus.notify("organizations")
        if summary.communities_created:
            self.context.bus.notify("communities")
        self.imported.emit(summary)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_summary(None)
        self.summary_label.setText(failure_text(error))

    # --- showing ------------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setRange(0, 0)
        preview = self.preview_summary
        importable = preview is not None and preview.accepted > 0 and self.result_summary is None
        self.import_button.setEnabled(not busy and importable)
        shown = self.result_summary or self.preview_summary
        self.save_button.setEnabled(not busy and shown is not None and bool(shown.rejected))

    def _show_summary(self, summary: ImportSummary | None) -> None:
        lang = QLocale().name()
        problems = [] if summary is None else summary.rejected
        self.problems.set_rows(
            [TextRow((str(p.row), p.column, p.reason(lang)), key=p.row, tone=Tone.BAD) for p in problems]
        )
        actions = {
            RowAction.CREATED: self.tr("New"),
            RowAction.UPDATED: self.tr("Updated"),
            RowAction.UNCHANGED: self.tr("No change"),
        }
        outcomes = [] if summary is None else summary.outcomes
        self.to_import.set_rows([TextRow((str(o.row), o.name, actions[o.action]), key=o.row) for o in outcomes])
        repeated = [] if summary is None else summary.duplicate_rows
        self.repeated.set_rows([TextRow((str(d.row), str(d.first_row), d.name), key=d.row) for d in repeated])
        translate = QCoreApplication.translate
        rejected_rows = 0 if summary is None else len(summary.rejected_rows)
        self.tabs.setTabText(0, translate("RosterImportDialog", "Not imported (%n row(s))", "", rejected_rows))
        self.tabs.setTabText(1, translate("RosterImportDialog", "To import (%n row(s))", "", len(outcomes)))
        self.tabs.setTabText(2, translate("RosterImportDialog", "Repeated (%n row(s))", "", len(repeated)))
        if summary is not None and summary.rejected and not summary.outcomes:
            self.tabs.setCurrentIndex(0)
        self.summary_label.setText(self._summary_text(summary))

    def _summary_text(self, summary: ImportSummary | None) -> str:
        if summary is None:
            return ""
        values = {
            "created": summary.created,
            "updated": summary.updated,
            "unchanged": summary.unchanged,
            "duplicates": summary.duplicates,
            "rejected": len(summary.rejected_rows),
        }
        if summary.dry_run:
            text = self.tr(
                "Trial run, nothing saved yet: {created} new, {updated} updated, {unchanged} unchanged, "
                "{duplicates} repeated rows, {rejected} rows not imported."
            )
        else:
            text = self.tr(
                "Imported: {created} new, {updated} updated, {unchanged} unchanged, {duplicates} repeated rows, "
                "{rejected} rows not imported."
            )
        return text.format(**values)

    # --- rows to correct ----------------------------------------------------------------------------

    def choose_rejected_path(self) -> None:
        if self.source is None:
            return
        suggested = self.source.with_name(self.tr("{name} - rows to correct.xlsx").format(name=self.source.stem))
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save rows to correct"), str(suggested), self.tr("Excel workbooks (*.xlsx)")
        )
        if name:
            self.save_rejected_to(Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx"))

    def save_rejected_to(self, path: Path) -> None:
        """Write the rejected rows as the clerk typed them, with the reasons, to `path` (off the GUI thread)."""
        summary, source, lang = self.result_summary or self.preview_summary, self.source, QLocale().name()
        if summary is None or source is None:
            return
        self.save_button.setEnabled(False)
        self.context.tasks.run(
            lambda: export_rejected_rows(source, summary, path, lang=lang),
            on_result=lambda count: self._rejected_saved(path, count),
            on_error=self._failed_saving,
            owner=self,
        )

    def _rejected_saved(self, path: Path, count: int) -> None:
        self.saved_rejected = path
        self.save_button.setEnabled(True)
        self.summary_label.setText(
            QCoreApplication.translate("RosterImportDialog", "Saved %n row(s) to correct in {path}", "", count).format(
                path=path
            )
        )

    def _failed_saving(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.summary_label.setText(failure_text(error))


def open_roster_import(context: AppContext, parent: QWidget | None = None) -> RosterImportDialog:
    dialog = RosterImportDialog(context, parent)
    dialog.open()
    return dialog
