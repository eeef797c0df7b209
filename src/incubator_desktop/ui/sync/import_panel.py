"""Receiving a bundle: choose the file, check it and preview what it changes, confirm, print the receipt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.core.errors import CoreError
from incubator_desktop.core.sync.importer import ALREADY_APPLIED, APPLIED, ImportResult
from incubator_desktop.ui.sync.counts import import_count_rows, import_counts_model
from incubator_desktop.ui.sync.jobs import Drive, run_import
from incubator_desktop.ui.sync.keys import VaultKeeper
from incubator_desktop.ui.sync.receipt import ReceiptDialog, open_receipt
from incubator_desktop.ui.widgets.bundle_status import local_time_text
from incubator_desktop.ui.widgets.change_bus import ALL_SCOPES
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.failure_text import failure_text
from incubator_desktop.ui.widgets.tasks import TaskHandle
from incubator_desktop.ui.widgets.text_table import TextTableView

#: A refusal stands out (its words say the same: every one ends by saying nothing was changed).
REFUSAL_STYLE = "color: #b03a2e; font-weight: bold;"


class ImportPanel(QWidget):
    """Every check and a trial run first (nothing written); “Import” applies it in one transaction."""

    imported = Signal(object)

    def __init__(self, context: AppContext, keeper: VaultKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._keeper = context, keeper
        self.path: Path | None = None
        self.preview: ImportResult | None = None
        self.result: ImportResult | None = None
        self.refusal: BaseException | None = None
        self.receipt_dialog: ReceiptDialog | None = None
        self._running: TaskHandle | None = None
        self._names: dict[str, str] = {}
        self.drives: list[Drive] = []

        explanation = QLabel(
            self.tr(
                "Choose the bundle file (it ends in .incubator-bundle). It is checked and tried first; "
                "nothing changes until you press “Import”."
            )
        )
        explanation.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No bundle chosen yet"))
        choose = QPushButton(self.tr("Choose a bundle…"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(choose)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.header_label = QLabel()
        self.header_label.setObjectName("sectionTitle")
        self.header_label.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.gap_label = QLabel()
        self.gap_label.setObjectName("fieldError")
        self.gap_label.setWordWrap(True)
        self.counts = import_counts_model()
        self.counts_view = TextTableView(self.counts, stretch=0)
        self.counts_view.setMaximumWidth(760)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setMinimumHeight(32)
        self.import_button.clicked.connect(self.confirm)
        self.receipt_button = QPushButton(self.tr("Print import receipt…"))
        self.receipt_button.clicked.connect(self.print_receipt)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(file_row)
        layout.addLayout(progress_row)
        for label in (self.header_label, self.message_label, self.gap_label):
            layout.addWidget(label)
        layout.addWidget(self.counts_view, 10)
        layout.addStretch(1)  # holds everything at the top until there is a preview
        layout.addLayout(buttons)
        self._show(None)
        self._set_busy(False)

    def set_site_names(self, names: dict[str, str]) -> None:
        self._names = dict(names)

    # --- steps --------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        start = str(self.drives[0].path) if self.drives else ""  # open on the USB stick when there is one
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a bundle"), start, self.tr("Bundles (*.incubator-bundle);;All files (*)")
        )
        if name:
            self.preview_file(Path(name))

    def preview_file(self, path: Path) -> None:
        """Check the bundle and compute what it would change, without writing anything."""
        self.path, self.preview, self.result, self.refusal = path, None, None, None
        self.path_edit.setText(str(path))
        self._show(None)
        self._start(dry_run=True)

    def confirm(self) -> None:
        if self.path is not None and self.preview is not None and self.preview.status != ALREADY_APPLIED:
            self._start(dry_run=False)

    def cancel(self) -> None:
        if self._running is not None:
            self._running.cancel()
        self._set_busy(False)
        self.message_label.setText(self.tr("Cancelled. Nothing was changed."))

    def is_busy(self) -> bool:
        return self._running is not None and not self._running.done and not self._running.cancelled

    def _start(self, *, dry_run: bool) -> None:
        db, vault, path = self._context.db, self._keeper.vault(), self.path
        assert path is not None
        self.progress.setValue(0)
        self._set_busy(True)
        self.message_label.setText(self.tr("Checking the bundle…") if dry_run else self.tr("Importing…"))
        self._running = self._context.tasks.run_cancellable(
            lambda state: run_import(db, vault, path, dry_run=dry_run, state=state),
            on_result=self._previewed if dry_run else self._imported,
            on_error=lambda error: self._failed(error, dry_run=dry_run),
            on_progress=lambda done, _total: self.progress.setValue(done),
            owner=self,
        )

    def _previewed(self, result: ImportResult) -> None:
        self.preview = result
        self._set_busy(False)
        self._show(result)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        self._set_busy(False)
        self._show(result)
        self._context.bus.notify(ALL_SCOPES)  # records of any kind may have arrived
        self.imported.emit(result)

    def _failed(self, error: BaseException, *, dry_run: bool) -> None:
        self._set_busy(False)
        if self._keeper.needs_passphrase(error):
            wrong = isinstance(error, CoreError) and error.code == "passphrase_wrong"
            self._keeper.ask(self, wrong=wrong, then=lambda: self._start(dry_run=dry_run))
        else:
            self.refusal = error
            self._show(None)
        self.message_label.setText(failure_text(error))
        self.message_label.setStyleSheet(REFUSAL_STYLE)

    def print_receipt(self) -> None:
        result = self.result
        sender, sequence = (result.sender, result.sequence) if result else (None, None)
        self.receipt_dialog = open_receipt(self._context, sender=sender, sequence=sequence, parent=self.window())

    # --- showing ------------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        can_import = self.preview is not None and self.result is None and self.preview.status != ALREADY_APPLIED
        self.import_button.setEnabled(not busy and can_import)
        self.receipt_button.setEnabled(not busy and self.result is not None and self.result.status == APPLIED)

    def _show(self, result: ImportResult | None) -> None:
        self.message_label.setStyleSheet("")
        self.counts.set_rows([] if result is None else import_count_rows(result.counts))
        self.counts_view.setVisible(result is not None)
        self.gap_label.setVisible(bool(result and result.gap))
        if result is None:
            self.header_label.clear()
            self.message_label.clear()
            return
        name = self._names.get(result.sender, result.sender)
        sender = self.tr("{name} ({code})").format(name=name, code=result.sender) if name != result.sender else name
        self.header_label.setText(
            self.tr("Bundle No. {sequence} from {sender}, made {created}").format(
                sequence=result.sequence, sender=sender, created=local_time_text(result.created)
            )
        )
        self.message_label.setText(self._status_text(result))
        if result.gap:
            missing = QCoreApplication.translate("ErrorText", ", ").join(str(number) for number in result.gap)
            self.gap_label.setText(
                self.tr(
                    "Bundles No. {missing} from this site have not arrived (a lost USB stick?). Nothing is lost: "
                    "later bundles carry their changes again."
                ).format(missing=missing)
            )

    def _status_text(self, result: ImportResult) -> str:
        if result.status == ALREADY_APPLIED:
            return self.tr("This bundle was imported before; importing it again changes nothing.")
        conflicts = (
            QCoreApplication.translate(
                "ImportPanel",
                "%n record(s) were changed on both sides; the older version goes to the conflict log.",
                "",
                result.conflicts,
            )
            if result.conflicts
            else ""
        )
        if result.status == APPLIED:
            return " ".join(filter(None, [self.tr("Imported. The table shows what changed."), conflicts]))
        return " ".join(
            filter(
                None, [self.tr("Checked: the bundle is intact and can be imported. Nothing is saved yet."), conflicts]
            )
        )
