"""The keys tab: this site's fingerprint and files to hand over, the keys it trusts, enrolling and revoking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.core.sync.trust import KeyRow
from incubator_desktop.core.vocab import SiteKind
from incubator_desktop.ui.sync.enrol_dialog import KeyEnrolDialog
from incubator_desktop.ui.sync.key_jobs import KeysSnapshot, load_keys, revoke_peer_key, save_keyform, save_public_key
from incubator_desktop.ui.sync.key_text import key_failure_text
from incubator_desktop.ui.sync.keys import VaultKeeper
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.failure_text import failure_text
from incubator_desktop.ui.widgets.fingerprint_text import fingerprint_lines
from incubator_desktop.ui.widgets.text_table import TextRow, TextTableModel, TextTableView, Tone


class KeysPanel(QWidget):
    """Loads the keys when the page does; every write runs off the GUI thread and is announced as "sync"."""

    def __init__(self, context: AppContext, keeper: VaultKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._keeper = context, keeper
        self.snapshot: KeysSnapshot | None = None
        self.enrol_dialog: KeyEnrolDialog | None = None
        self._loading = False

        own = QGroupBox(self.tr("This site's key"))
        self.own_label = QLabel()
        self.own_label.setWordWrap(True)
        self.own_fingerprint = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.own_fingerprint.setFont(font)
        self.own_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own_fingerprint.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # groups in the form's order
        self.save_key_button = QPushButton(self.tr("Save this site's public-key file…"))
        self.save_key_button.clicked.connect(self.choose_public_key_path)
        self.save_form_button = QPushButton(self.tr("Save the key enrolment form (PDF)…"))
        self.save_form_button.clicked.connect(self.choose_keyform_path)
        own_buttons = QHBoxLayout()
        own_buttons.addWidget(self.save_key_button)
        own_buttons.addWidget(self.save_form_button)
        own_buttons.addStretch(1)
        own_layout = QVBoxLayout(own)
        own_layout.addWidget(self.own_label)
        own_layout.addWidget(self.own_fingerprint)
        own_layout.addLayout(own_buttons)

        self.model = TextTableModel(
            [self.tr("Site"), self.tr("Division code"), self.tr("Fingerprint"), self.tr("Status"), self.tr("Since")]
        )
        self.table = TextTableView(self.model, stretch=2, empty_text=self.tr("No other site's key is enrolled yet."))
        self.enrol_button = QPushButton(self.tr("Enrol another site's key…"))
        self.enrol_button.setObjectName("primaryAction")
        self.enrol_button.clicked.connect(self.open_enrol_dialog)
        self.revoke_button = QPushButton(self.tr("Revoke the selected key…"))
        self.revoke_button.setToolTip(
            self.tr("For a lost, stolen or replaced computer: bundles it signs are refused from now on")
        )
        self.revoke_button.clicked.connect(self.revoke_selected)
        trusted_buttons = QHBoxLayout()
        trusted_buttons.addWidget(self.enrol_button)
        trusted_buttons.addWidget(self.revoke_button)
        trusted_buttons.addStretch(1)
        trusted = QGroupBox(self.tr("Keys this site trusts"))
        trusted_layout = QVBoxLayout(trusted)
        trusted_layout.addWidget(self.table, 1)
        trusted_layout.addLayout(trusted_buttons)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addWidget(trusted, 1)
        layout.addWidget(self.message)
        self._set_enabled()

    # --- loading ------------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._loading

    def reload(self) -> None:
        db = self._context.db
        self._loading = True
        self._context.tasks.run(lambda: load_keys(db), on_result=self.set_snapshot, on_error=self._failed, owner=self)

    def set_snapshot(self, snapshot: KeysSnapshot) -> None:
        self._loading = False
        self.snapshot = snapshot
        site = snapshot.site
        district = site is not None and site.role is SiteKind.DISTRICT
        self.enrol_button.setText(
            self.tr("Enrol a township's key…") if district else self.tr("Enrol the district's key…")
        )
        if snapshot.own is not None:
            self.own_label.setText(
                self.tr(
                    "Give the other site this site's public-key file and the printed, signed and sealed "
                    "enrolment form. They compare this fingerprint with the form before enrolling the file:"
                )
            )
            self.own_fingerprint.setText(fingerprint_lines(snapshot.own.fingerprint, per_line=6))
        else:
            self.own_label.setText(failure_text(snapshot.problem) if snapshot.problem else "")
            self.own_fingerprint.clear()
        peers = [row for row in snapshot.keys if not row.own]
        self.model.set_rows([self._row(row, snapshot.names) for row in peers])
        self._set_enabled()

    def _row(self, row: KeyRow, names: dict[str, str]) -> TextRow:
        status = {
            "active": self.tr("Trusted"),
            "replaced": self.tr("Replaced by a newer key"),
            "revoked": self.tr("Revoked"),
        }.get(row.status, row.status)
        tone = Tone.PLAIN if row.status == "active" else Tone.BAD if row.status == "revoked" else Tone.MUTED
        name = names.get(row.site_code, row.site_code)
        # Before its first bundle arrives a site's name is not on record here; the code says who it is.
        cells = (name if name != row.site_code else "—", row.site_code, row.fingerprint, status)
        return TextRow((*cells, row.created_at.strftime("%Y-%m-%d")), row, tone)

    def _set_enabled(self) -> None:
        ready = self.snapshot is not None and self.snapshot.site is not None
        self.enrol_button.setEnabled(ready)
        self.revoke_button.setEnabled(ready and self.model.rowCount() > 0)
        has_key = ready and self.snapshot is not None and self.snapshot.own is not None
        self.save_key_button.setEnabled(has_key)
        self.save_form_button.setEnabled(has_key)

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self._show(key_failure_text(error), error=True)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c0392b;" if error else "")
        self.message.setText(text)

    # --- enrolling and revoking ---------------------------------------------------------------------

    def open_enrol_dialog(self) -> KeyEnrolDialog | None:
        site = self.snapshot.site if self.snapshot else None
        if site is None:
            return None
        dialog = KeyEnrolDialog(self._context, site.role, self)
        dialog.enrolled.connect(self._enrolled)
        self.enrol_dialog = dialog
        dialog.open()
        return dialog

    def _enrolled(self, row: KeyRow) -> None:
        found = self.enrol_dialog.found if self.enrol_dialog else None
        name = found.name if found is not None else row.site_code
        self._show(
            self.tr("Enrolled the key of {name} ({code}). Fingerprint: {fingerprint}").format(
                name=name, code=row.site_code, fingerprint=row.fingerprint
            )
        )
        self.reload()

    def selected_key(self) -> KeyRow | None:
        key = self.table.current_key()
        return key if isinstance(key, KeyRow) else None

    def revoke_selected(self) -> None:
        """Stop trusting the selected key after the clerk confirms; the owner learns it with the next bundle."""
        row = self.selected_key()
        if row is None:
            self._show(self.tr("Select a key in the list first."))
            return
        if row.status == "revoked":
            self._show(self.tr("That key is already revoked."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Revoke this key?"),
            self.tr(
                "Revoke the key of {code} with fingerprint {fingerprint}? Bundles signed with it will be refused "
                "from now on. Do this only for a lost, stolen or replaced computer."
            ).format(code=row.site_code, fingerprint=row.fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self._context.db
        self._context.tasks.run(
            lambda: revoke_peer_key(db, row.key_id), on_result=self._revoked, on_error=self._failed, owner=self
        )

    def _revoked(self, row: KeyRow) -> None:
        self._show(self.tr("The key of {code} is revoked.").format(code=row.site_code))
        self._context.bus.notify("sync")
        self.reload()

    # --- this site's files --------------------------------------------------------------------------

    def choose_public_key_path(self) -> None:
        code = self.snapshot.site.code if self.snapshot and self.snapshot.site else "site"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save this site's public-key file"),
            str(Path.home() / f"{code}-public-key.json"),
            self.tr("Public-key file (*.json)"),
        )
        if path:
            self.save_public_key_to(Path(path))

    def save_public_key_to(self, out: Path) -> None:
        db, vault = self._context.db, self._keeper.vault()

        def failed(error: BaseException) -> None:
            if self._keeper.needs_passphrase(error):
                wrong = getattr(error, "code", "") == "passphrase_wrong"
                self._keeper.ask(self, wrong=wrong, then=lambda: self.save_public_key_to(out))
            self._failed(error)

        self._context.tasks.run(
            lambda: save_public_key(db, vault, out),
            on_result=lambda written: self._show(
                self.tr("Saved to {path}. Carry it to the other site with the signed enrolment form.").format(
                    path=written
                )
            ),
            on_error=failed,
            owner=self,
        )

    def choose_keyform_path(self) -> None:
        code = self.snapshot.site.code if self.snapshot and self.snapshot.site else "site"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the key enrolment form"),
            str(Path.home() / f"{code}-key-form.pdf"),
            self.tr("PDF file (*.pdf)"),
        )
        if path:
            self.save_keyform_to(Path(path))

    def save_keyform_to(self, out: Path) -> None:
        db = self._context.db
        self._context.tasks.run(
            lambda: save_keyform(db, out),
            on_result=lambda written: self._show(
                self.tr("Saved to {path}. Print it, sign it and have it sealed.").format(path=written)
            ),
            on_error=self._failed,
            owner=self,
        )
