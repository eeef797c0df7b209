"""Enrolling another site's key: read its public-key file, compare the fingerprint with the paper form, trust it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_desktop.core.sync.trust import KeyRow, PublicKeyFile
from incubator_desktop.core.vocab import SiteKind
from incubator_desktop.ui.sync.key_jobs import enrol_key_file, read_key_file
from incubator_desktop.ui.sync.key_text import key_failure_text
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.vocab_labels import role_label


class FingerprintGrid(QFrame):
    """The fingerprint in a grid of twelve boxes, four to a row, laid out like the printed enrolment form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Read like the paper form, group 1 top left, on a right-to-left (Uyghur) screen too.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setStyleSheet("QLabel { border: 1px solid #5f6b77; background: white; padding: 4px 10px; }")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(0)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.boxes: list[QLabel] = []
        for number in range(12):
            box = QLabel()
            box.setFont(font)
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._grid.addWidget(box, number // 4, number % 4)
            self.boxes.append(box)

    def set_fingerprint(self, fingerprint: str) -> None:
        groups = fingerprint.split()
        for number, box in enumerate(self.boxes):
            box.setText(groups[number] if number < len(groups) else "")

    def text(self) -> str:
        return " ".join(box.text() for box in self.boxes if box.text())


class KeyEnrolDialog(QDialog):
    """`enrolled(KeyRow)` fires once the key is trusted; the dialog then closes itself."""

    enrolled = Signal(object)

    def __init__(self, context: AppContext, my_role: SiteKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.found: PublicKeyFile | None = None
        self.result_row: KeyRow | None = None
        self._busy = False
        district = my_role is SiteKind.DISTRICT
        self.setWindowTitle(self.tr("Enrol a township's key") if district else self.tr("Enrol the district's key"))
        self.setMinimumWidth(620)

        intro = QLabel(
            self.tr(
                "Choose the public-key file the township exported (a .json file, usually on a USB stick). "
                "Have its sealed key enrolment form (密钥登记表) at hand."
            )
            if district
            else self.tr(
                "Choose the public-key file the district exported (a .json file, usually on a USB stick). "
                "Have its sealed key enrolment form (密钥登记表) at hand."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("The other site's public-key file"))
        self.path_edit.editingFinished.connect(self.check_file)
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.site_label = QLabel()
        self.role_label = QLabel()
        self.key_label = QLabel()
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label = FingerprintGrid()
        compare = QLabel(
            self.tr(
                "Compare this fingerprint, group by group, with the one printed on the signed and sealed form. "
                "If a single digit differs, do not enrol: the file may be forged. Phone the other site."
            )
        )
        compare.setWordWrap(True)
        compare.setObjectName("fieldHint")
        self.confirm_box = QCheckBox(self.tr("All 60 digits match the sealed enrolment form"))
        self.confirm_box.toggled.connect(self._update_buttons)
        self.details = QGroupBox(self.tr("What the file says"))
        details = QFormLayout(self.details)
        details.addRow(self.tr("Site:"), self.site_label)
        details.addRow(self.tr("Kind:"), self.role_label)
        details.addRow(self.tr("Key ID:"), self.key_label)
        details.addRow(self.tr("Fingerprint:"), self.fingerprint_label)
        details.addRow(compare)
        details.addRow(self.confirm_box)
        self.details.hide()

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.enrol_button = QPushButton(self.tr("Enrol this key"))
        self.enrol_button.setObjectName("primaryAction")
        self.enrol_button.clicked.connect(self.enrol)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(path_row)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- reading the file ---------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._busy

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the public-key file"), "", self.tr("Public-key file (*.json);;All files (*)")
        )
        if path:
            self.path_edit.setText(path)
            self.check_file()

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    def check_file(self) -> None:
        """Read and check the chosen file off the GUI thread; nothing is trusted yet."""
        path = self.path()
        if path is None or self._busy:
            return
        self.found = None
        self.details.hide()
        self.confirm_box.setChecked(False)
        self._show(self.tr("Checking the file…"))
        self._busy = True
        self._update_buttons()
        db = self._context.db
        self._context.tasks.run(
            lambda: read_key_file(db, path), on_result=self._read, on_error=self._failed, owner=self
        )

    def _read(self, found: PublicKeyFile) -> None:
        self._busy = False
        self.found = found
        self.site_label.setText(self.tr("{name} ({code})").format(name=found.name, code=found.site_code))
        kind = SiteKind(found.role) if found.role in {k.value for k in SiteKind} else None
        self.role_label.setText(role_label(kind) if kind else found.role)
        self.key_label.setText(found.key_id)
        self.fingerprint_label.set_fingerprint(found.fingerprint)
        self.details.show()
        self.adjustSize()  # the details were hidden when the dialog took its size
        if found.already_enrolled:
            self.confirm_box.hide()
            self._show(self.tr("This key is already enrolled: there is nothing more to do."))
        else:
            self.confirm_box.show()
            self._show("")
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._show(key_failure_text(error), error=True)
        self._update_buttons()

    # --- enrolling ----------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        found = self.found
        ready = found is not None and not found.already_enrolled and self.confirm_box.isChecked()
        self.enrol_button.setEnabled(ready and not self._busy)
        self.close_button.setText(self.tr("Close") if found and found.already_enrolled else self.tr("Cancel"))

    def enrol(self) -> None:
        """Trust the key, if the file still carries the fingerprint the clerk compared."""
        found, path = self.found, self.path()
        if found is None or path is None or not self.confirm_box.isChecked():
            return
        db = self._context.db
        self._busy = True
        self._update_buttons()
        self._show(self.tr("Enrolling…"))
        self._context.tasks.run(
            lambda: enrol_key_file(db, path, found.fingerprint),
            on_result=self._enrolled,
            on_error=self._failed,
            owner=self,
        )

    def _enrolled(self, row: KeyRow) -> None:
        self._busy = False
        self.result_row = row
        self._context.bus.notify("sync")
        self.enrolled.emit(row)
        self.accept()

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c0392b;" if error else "")
        self.message.setText(text)

    def message_text(self) -> str:
        return self.message.text()
