"""The service-file form: a saved file opens with the name masked and the notes hidden until revealed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import CoreError, FieldError
from incubator_desktop.core.masking import mask_name
from incubator_desktop.core.services.audit import record_audit
from incubator_desktop.core.services.records import get_record
from incubator_desktop.ui.service_files.spec import SENSITIVE_FIELDS
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.error_text import core_error_text
from incubator_desktop.ui.widgets.form_fields import LineEditor, TextEditor
from incubator_desktop.ui.widgets.form_spec import FormSpec
from incubator_desktop.ui.widgets.record_form import RecordFormDialog

REVEAL_ACTION = "reveal_personal_data"


class ServiceFileFormDialog(RecordFormDialog):
    """A RecordFormDialog that keeps SENSITIVE_FIELDS hidden on saved files until `reveal()`.

    Revealing reads the record again and writes an audit entry in the same transaction. While hidden,
    saving leaves the hidden fields exactly as stored.
    """

    def __init__(
        self,
        context: AppContext,
        spec: FormSpec,
        record_id: str | None = None,
        *,
        initial: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, spec, record_id, initial=initial, parent=parent)
        self._db = context.db
        self.revealed = record_id is None
        self.reveal_bar = QFrame()
        self.reveal_bar.setObjectName("undoBar")  # the calm yellow notice bar
        note = QLabel(self.tr("The name is masked and the notes are hidden. Showing them is written to the log."))
        note.setWordWrap(True)
        self.reveal_button = QPushButton(self.tr("Show full details"))
        self.reveal_button.setAutoDefault(False)
        self.reveal_button.clicked.connect(self.reveal)
        bar = QHBoxLayout(self.reveal_bar)
        bar.setContentsMargins(10, 4, 4, 4)
        bar.addWidget(note, 1)
        bar.addWidget(self.reveal_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.reveal_bar)
        self.reveal_bar.setVisible(not self.revealed)
        if not self.revealed:
            self._hide_sensitive()

    def _sensitive_editors(self) -> tuple[LineEditor, TextEditor]:
        name, notes = (self.editors[field] for field in SENSITIVE_FIELDS)
        assert isinstance(name, LineEditor) and isinstance(notes, TextEditor)
        return name, notes

    def _hide_sensitive(self) -> None:
        name, notes = self._sensitive_editors()
        name.set_value(mask_name(name.edit.text()))
        notes.set_value(None)
        notes.edit.setPlaceholderText(self.tr("Hidden. Press “Show full details” to read or change the notes."))
        for edit in (name.edit, notes.edit):
            edit.setReadOnly(True)

    def reveal(self) -> None:
        """Show the full name and notes, recording in the audit log that they were shown."""
        if self.revealed or self.record_id is None:
            return
        record_id = self.record_id
        try:
            with self._db.transaction() as session:
                record = get_record(session, m.ServiceFile, record_id)
                values = {field: getattr(record, field) for field in SENSITIVE_FIELDS}
                record_audit(
                    session,
                    REVEAL_ACTION,
                    summary=f"service file {record_id} shown in full",
                    kind="service_files",
                    record_id=record_id,
                    fields=list(SENSITIVE_FIELDS),
                )
        except CoreError as error:
            self.general_error.setText(core_error_text(error))
            self.general_error.show()
            return
        self.revealed = True
        name, notes = self._sensitive_editors()
        name.set_value(values["subject_name"])
        notes.set_value(values["notes"])
        notes.edit.setPlaceholderText("")
        for edit in (name.edit, notes.edit):
            edit.setReadOnly(False)
        self.reveal_bar.hide()

    def read(self) -> tuple[dict[str, Any], list[FieldError]]:
        values, problems = super().read()
        if not self.revealed:
            # What is on screen is the mask, not the data: leave the stored values alone.
            for field in SENSITIVE_FIELDS:
                values.pop(field, None)
        return values, problems

    def notes_text(self) -> str:
        edit = self.editors["notes"].focus_widget()
        assert isinstance(edit, QPlainTextEdit)
        return edit.toPlainText()
