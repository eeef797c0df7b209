"""Sending a bundle: to the USB stick found in one click, or to a folder the clerk picks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.core.sync.exporter import ExportResult
from incubator_desktop.core.vocab import SiteKind
from incubator_desktop.ui.sync.counts import export_count_rows, export_counts_model
from incubator_desktop.ui.sync.jobs import Drive, SyncOverview, find_drives, make_site_keys, run_export
from incubator_desktop.ui.sync.keys import VaultKeeper
from incubator_desktop.ui.sync.restore_dialog import RestoreDialog
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.failure_text import failure_text
from incubator_desktop.ui.widgets.tasks import TaskHandle
from incubator_desktop.ui.widgets.text_table import TextTableView


class ExportPanel(QWidget):
    """`exported(result)` fires once a bundle was written and read back intact."""

    exported = Signal(object)

    def __init__(self, context: AppContext, keeper: VaultKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._keeper = context, keeper
        self.overview: SyncOverview | None = None
        self.drives: list[Drive] = []
        self.result: ExportResult | None = None
        self._running: TaskHandle | None = None
        self._target: Path | None = None

        self.explanation = QLabel(
            self.tr(
                "A bundle carries every change the other site has not confirmed yet, signed by this site and "
                "locked so that only the recipient can open it. A lost USB stick does no harm: the next bundle "
                "carries the same changes again."
            )
        )
        self.explanation.setWordWrap(True)
        self.recipient = QComboBox()
        self.drive_combo = QComboBox()
        self.drive_combo.setMinimumContentsLength(24)
        refresh = QPushButton(self.tr("Look again"))
        refresh.setToolTip(self.tr("Look for USB sticks again (after plugging one in)"))
        refresh.clicked.connect(self.refresh_drives)
        drive_row = QHBoxLayout()
        drive_row.addWidget(self.drive_combo, 1)
        drive_row.addWidget(refresh)
        form = QFormLayout()
        form.addRow(self.tr("Send to:"), self.recipient)
        form.addRow(self.tr("USB stick:"), drive_row)

        self.export_button = QPushButton(self.tr("Export to the USB stick"))
        self.export_button.setObjectName("primaryAction")
        self.export_button.setMinimumHeight(36)
        self.export_button.clicked.connect(self.export_to_drive)
        self.folder_button = QPushButton(self.tr("Export to another folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.restore_button = QPushButton(self.tr("Make a restore bundle for a township…"))
        self.restore_button.setToolTip(self.tr("Rebuilds a township whose computer died, from what the district holds"))
        self.restore_button.clicked.connect(self.open_restore_dialog)
        self.restore_button.hide()
        self.restore_dialog: RestoreDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)

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
        self.keys_button = QPushButton(self.tr("Make this site's keys now"))
        self.keys_button.clicked.connect(self.make_keys)
        self.keys_button.hide()
        self.counts = export_counts_model()
        self.counts_view = TextTableView(self.counts, stretch=0)
        self.counts_view.setMaximumWidth(520)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addLayout(progress_row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.keys_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.counts_view, 10)
        layout.addStretch(1)  # holds everything at the top while there are no counts to show
        self._set_busy(False)
        self.counts_view.hide()

    # --- state --------------------------------------------------------------------------------------

    def set_overview(self, overview: SyncOverview) -> None:
        self.overview = overview
        keep = self.recipient.currentData()
        self.recipient.clear()
        for code, name in overview.recipients:
            if name != code:
                shown = self.tr("{name} ({code})").format(name=name, code=code)
            elif overview.site is not None and overview.site.role is SiteKind.TOWNSHIP:
                shown = self.tr("The district civil-affairs bureau ({code})").format(code=code)
            else:
                shown = code
            self.recipient.addItem(shown, code)
        index = self.recipient.findData(keep)
        self.recipient.setCurrentIndex(max(index, 0))
        district = overview.site is not None and overview.site.role is SiteKind.DISTRICT
        self.recipient.setEnabled(district and self.recipient.count() > 1)
        self.restore_button.setVisible(district)
        self.keys_button.setVisible(overview.key_problem is not None and overview.key_problem.code == "keys_missing")
        if overview.key_problem is not None:
            self.result_label.setText(failure_text(overview.key_problem))
        elif not overview.recipients:
            self.result_label.setText(self.tr("No other site's keys are enrolled yet, so there is no one to send to."))
        self._set_busy(False)

    def refresh_drives(self) -> None:
        self._context.tasks.run(find_drives, on_result=self.set_drives, owner=self)

    def set_drives(self, drives: list[Drive]) -> None:
        self.drives = drives
        self.drive_combo.clear()
        locale = QLocale()
        for drive in drives:
            free = locale.formattedDataSize(drive.free_bytes)
            self.drive_combo.addItem(
                self.tr("{name} ({path}, {free} free)").format(name=drive.name, path=drive.path, free=free),
                str(drive.path),
            )
        if not drives:
            self.drive_combo.addItem(self.tr("No USB stick found: plug one in and press “Look again”"), None)
        self._set_busy(self.is_busy())

    def _ready(self) -> bool:
        overview = self.overview
        return overview is not None and overview.key_problem is None and bool(overview.recipients)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.export_button.setEnabled(not busy and self._ready() and self.drive_combo.currentData() is not None)
        self.folder_button.setEnabled(not busy and self._ready())

    def is_busy(self) -> bool:
        return self._running is not None and not self._running.done and not self._running.cancelled

    def make_keys(self) -> None:
        """Make the keys this site signs and receives with (normally done when the site was set up)."""
        db, vault = self._context.db, self._keeper.vault()
        self.keys_button.setEnabled(False)
        self._context.tasks.run(
            lambda: make_site_keys(db, vault),
            on_result=self._keys_made,
            on_error=self._keys_failed,
            owner=self,
        )

    def _keys_made(self, fingerprint: str) -> None:
        self.keys_button.setEnabled(True)
        self.result_label.setText(
            self.tr("The keys were made. Fingerprint: {fingerprint}").format(fingerprint=fingerprint)
        )
        self._context.bus.notify("sync")

    def _keys_failed(self, error: BaseException) -> None:
        self.keys_button.setEnabled(True)
        self.result_label.setText(failure_text(error))
        if self._keeper.needs_passphrase(error):
            self._keeper.ask(self, wrong=False, then=self.make_keys)

    def open_restore_dialog(self) -> RestoreDialog | None:
        """制作恢复包 (district only): choose the township and the folder in a dialog that shows the procedure."""
        overview = self.overview
        if overview is None or overview.site is None or overview.site.role is not SiteKind.DISTRICT:
            return None
        dialog = RestoreDialog(self._context, self._keeper, list(overview.recipients), self)
        dialog.exported.connect(self.exported)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    # --- exporting ----------------------------------------------------------------------------------

    def export_to_drive(self) -> None:
        path = self.drive_combo.currentData()
        if path:
            self.export_to(Path(path))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose where to write the bundle"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        """Write a bundle into `folder` off the GUI thread; asks for the key passphrase if it is needed."""
        db, vault, recipient = self._context.db, self._keeper.vault(), self.recipient.currentData()
        self._target = folder
        self.progress.setValue(0)
        self._set_busy(True)
        self.result_label.setText(self.tr("Writing the bundle to {folder}…").format(folder=folder))
        self._running = self._context.tasks.run_cancellable(
            lambda state: run_export(db, vault, folder, recipient, state),
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
        self.result = result
        self._set_busy(False)
        size = QLocale().formattedDataSize(result.size)
        self.result_label.setText(
            self.tr("Bundle No. {sequence} was written and checked: {path} ({size}).").format(
                sequence=result.sequence, path=result.path, size=size
            )
        )
        self.counts.set_rows(export_count_rows(result.counts))
        self.counts_view.show()
        self._context.bus.notify("sync")
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if self._keeper.needs_passphrase(error) and self._target is not None:
            wrong = getattr(error, "code", "") == "passphrase_wrong"
            folder = self._target
            self._keeper.ask(self, wrong=wrong, then=lambda: self.export_to(folder))
            self.result_label.setText(failure_text(error))
            return
        self.result_label.setText(failure_text(error))
