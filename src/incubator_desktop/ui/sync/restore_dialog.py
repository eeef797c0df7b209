"""On the district: a restore bundle that rebuilds a township whose PC died, with the procedure in words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
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

from incubator_desktop.core.sync.exporter import ExportResult
from incubator_desktop.ui.sync.counts import export_count_rows, export_counts_model
from incubator_desktop.ui.sync.jobs import run_restore_export
from incubator_desktop.ui.sync.keys import VaultKeeper
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.failure_text import failure_text
from incubator_desktop.ui.widgets.tasks import TaskHandle
from incubator_desktop.ui.widgets.text_table import TextTableView


class RestoreDialog(QDialog):
    """`exported(result)` fires once the restore bundle was written and read back intact."""

    exported = Signal(object)

    def __init__(
        self,
        context: AppContext,
        keeper: VaultKeeper,
        townships: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context, self._keeper = context, keeper
        self.written: ExportResult | None = None
        self._running: TaskHandle | None = None
        self.setWindowTitle(self.tr("Make a restore bundle for a township"))
        self.setMinimumWidth(680)

        self.procedure = QLabel(self.procedure_text())
        self.procedure.setObjectName("commandLine")
        self.procedure.setWordWrap(True)
        self.procedure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.township_combo = QComboBox()
        for code, name in townships:
            shown = self.tr("{name} ({code})").format(name=name, code=code) if name != code else code
            self.township_combo.addItem(shown, code)
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("The folder to write to, e.g. the USB stick"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Township:"), self.township_combo)
        form.addRow(self.tr("Write to:"), folder_row)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if not townships:
            self.result_label.setText(
                self.tr("No township's key is enrolled. Enrol the new township PC's key first (Keys tab).")
            )
        self.counts = export_counts_model()
        self.counts_view = TextTableView(self.counts, stretch=0)
        self.counts_view.hide()
        self.make_button = QPushButton(self.tr("Make the restore bundle"))
        self.make_button.setObjectName("primaryAction")
        self.make_button.clicked.connect(self.make)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.make_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.procedure)
        layout.addLayout(form)
        layout.addLayout(progress_row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.counts_view, 1)
        layout.addLayout(buttons)
        self._set_busy(False)

    def procedure_text(self) -> str:
        """The CLI's restore procedure (incubator bundle restore --help), as the clerks do it in the program."""
        return self.tr(
            "Rebuild a township whose PC died, from everything the district holds of it.\n"
            "1. On the new township PC: set the program up for the same township (same division code; "
            "it gets a new device and new keys). In Sync → Keys, save its public-key file and print its key "
            "enrolment form.\n"
            "2. On the district: in Sync → Keys, enrol the new PC's public-key file (compare the fingerprint "
            "with the sealed form), revoke the dead PC's key, and save the district's public-key file.\n"
            "3. On the district: make the restore bundle here.\n"
            "4. On the new township PC: enrol the district's public-key file, then import the restore bundle "
            "in Sync → Receive a bundle.\n"
            "The restore carries every record the district holds of the township (service files never travel, "
            "so they are not in it) and the district's targets for it. The new PC numbers its bundles after "
            "the last one the district received, so no sequence number is ever used twice."
        )

    def is_busy(self) -> bool:
        return self._running is not None and not self._running.done and not self._running.cancelled

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.make_button.setEnabled(not busy and self.township_combo.count() > 0)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose where to write the restore bundle"))
        if folder:
            self.folder_edit.setText(folder)

    def make(self) -> None:
        """Write the restore bundle off the GUI thread; asks for the key passphrase if it is needed."""
        township = self.township_combo.currentData()
        folder = self.folder_edit.text().strip()
        if not folder:
            self.result_label.setText(self.tr("Choose the folder to write the restore bundle to first."))
            return
        if not isinstance(township, str):
            return
        db, vault, target = self._context.db, self._keeper.vault(), Path(folder)
        self.progress.setValue(0)
        self._set_busy(True)
        self.counts_view.hide()
        self.result_label.setText(self.tr("Writing the restore bundle to {folder}…").format(folder=target))
        self._running = self._context.tasks.run_cancellable(
            lambda state: run_restore_export(db, vault, target, township, state),
            on_result=self._done,
            on_error=self._failed,
            on_progress=lambda done, _total: self.progress.setValue(done),
            owner=self,
        )

    def cancel(self) -> None:
        if self._running is not None:
            self._running.cancel()
        self._set_busy(False)
        self.result_label.setText(self.tr("Cancelled. Nothing was written."))

    def _done(self, result: ExportResult) -> None:
        self.written = result
        self._set_busy(False)
        size = QLocale().formattedDataSize(result.size)
        self.result_label.setText(
            self.tr(
                "The restore bundle No. {sequence} was written and checked: {path} ({size}). Carry it to the new "
                "township PC and import it there (step 4)."
            ).format(sequence=result.sequence, path=result.path, size=size)
        )
        self.counts.set_rows(export_count_rows(result.counts))
        self.counts_view.show()
        self._context.bus.notify("sync")
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.result_label.setText(failure_text(error))
        if self._keeper.needs_passphrase(error):
            wrong = getattr(error, "code", "") == "passphrase_wrong"
            self._keeper.ask(self, wrong=wrong, then=self.make)
