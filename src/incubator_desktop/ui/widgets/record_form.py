"""The record form dialog: fields built from a FormSpec, saved through the core, errors shown inline."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from incubator_desktop.core.errors import CoreError, FieldError, ValidationFailed
from incubator_desktop.core.services.browse import reference_choices
from incubator_desktop.core.services.records import create_record, get_record, update_record
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.error_text import core_error_text, field_error_text
from incubator_desktop.ui.widgets.form_fields import (
    BoolEditor,
    ChoiceEditor,
    DateEditor,
    DecimalEditor,
    FieldEditor,
    FieldProblem,
    IntEditor,
    LineEditor,
    MoneyEditor,
    MultiChoiceEditor,
    ReferenceEditor,
    TextEditor,
)
from incubator_desktop.ui.widgets.form_spec import FieldKind, FieldSpec, FormSpec


class RecordFormDialog(QDialog):
    """Creates (record_id None) or edits one record. Enter saves, Esc cancels; it closes only once saved.

    After a save `saved_id` holds the record's id and the spec's scopes have been announced on the bus.
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
        super().__init__(parent)
        self._context, self._spec, self.record_id = context, spec, record_id
        self.saved_id: str | None = None
        self.setWindowTitle(spec.edit_title if record_id else spec.new_title)
        self.setMinimumWidth(560)
        self.fields = [f for f in spec.fields if record_id is None or not f.create_only]
        self.editors: dict[str, FieldEditor] = {}
        self.error_labels: dict[str, QLabel] = {}

        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for field_spec in self.fields:
            editor = self._make_editor(field_spec)
            self.editors[field_spec.name] = editor
            form.addRow(self._label(field_spec), self._cell(field_spec, editor))
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setWidget(body)

        self.general_error = QLabel()
        self.general_error.setObjectName("formError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)

        self._load(initial or {})
        self._chain_tab_order()
        height = min(body.sizeHint().height() + 110, 640)
        self.resize(max(560, body.sizeHint().width() + 40), height)

    # --- building -----------------------------------------------------------------------------------

    def _label(self, field_spec: FieldSpec) -> QLabel:
        text = field_spec.label + (" *" if field_spec.required else "")
        label = QLabel(text)
        label.setObjectName("fieldLabel")
        return label

    def _cell(self, field_spec: FieldSpec, editor: FieldEditor) -> QWidget:
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor.widget)
        if field_spec.hint:
            hint = QLabel(field_spec.hint)
            hint.setObjectName("fieldHint")
            hint.setWordWrap(True)
            column.addWidget(hint)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.error_labels[field_spec.name] = error
        return cell

    def _make_editor(self, spec: FieldSpec) -> FieldEditor:
        kind = spec.kind
        choices = list((spec.choices or {}).items())
        if kind is FieldKind.TEXT:
            return TextEditor(spec.placeholder)
        if kind is FieldKind.DATE:
            return DateEditor(spec.placeholder or self.tr("e.g. 2024-05-01"))
        if kind is FieldKind.INT:
            return IntEditor(spec.placeholder)
        if kind is FieldKind.MONEY:
            return MoneyEditor(spec.placeholder or self.tr("yuan"))
        if kind is FieldKind.DECIMAL:
            return DecimalEditor(spec.placeholder)
        if kind is FieldKind.CHOICE:
            return ChoiceEditor(choices, empty_text=self.tr("Please choose") if spec.required else "—")
        if kind is FieldKind.MULTI:
            return MultiChoiceEditor(choices)
        if kind is FieldKind.BOOL:
            return BoolEditor()
        if kind is FieldKind.REFERENCE:
            assert spec.reference is not None, f"{spec.name}: a reference field names its record kind"
            with self._context.db.reading() as session:
                options = reference_choices(session, spec.reference, equals=spec.reference_filter)
            return ReferenceEditor(options, placeholder=spec.placeholder)
        return LineEditor(spec.placeholder)

    def _chain_tab_order(self) -> None:
        widgets = [self.editors[f.name].focus_widget() for f in self.fields]
        widgets += [self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)
        if widgets:
            widgets[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _load(self, initial: dict[str, Any]) -> None:
        values: dict[str, Any] = {f.name: f.default for f in self.fields}
        if self.record_id is not None:
            # One primary-key read of the record as stored (sensitive fields unmasked: this is the editor).
            with self._context.db.reading() as session:
                record = get_record(session, self._spec.model, self.record_id)
                values = {f.name: getattr(record, f.name, None) for f in self.fields}
        values.update(initial)
        for name, editor in self.editors.items():
            editor.set_value(values.get(name))

    # --- saving -------------------------------------------------------------------------------------

    def read(self) -> tuple[dict[str, Any], list[FieldError]]:
        """The typed value of every readable field, and a problem for each field that cannot be read."""
        values: dict[str, Any] = {}
        problems: list[FieldError] = []
        for name, editor in self.editors.items():
            try:
                values[name] = editor.value()
            except FieldProblem as problem:
                problems.append(problem.as_field_error(name))
        return values, problems

    def save(self) -> None:
        """Validate and write in one transaction; show every problem at once, unreadable fields included."""
        self.clear_errors()
        values, problems = self.read()
        unreadable = {problem.field for problem in problems}
        try:
            with self._context.db.transaction() as session:
                record_id = self._write(session, values)
                if problems:
                    # The rest was checked by the core; roll it back until every field can be read.
                    raise ValidationFailed(problems)
        except ValidationFailed as failed:
            checked = [error for error in failed.errors if error.field not in unreadable]
            self.show_errors(problems + checked)
            return
        except CoreError as error:
            self._show_general(core_error_text(error))
            return
        self.saved_id = record_id
        for scope in self._spec.announced_scopes():
            self._context.bus.notify(scope)
        self.accept()

    def _write(self, session: Session, values: dict[str, Any]) -> str:
        spec = self._spec
        if spec.save is not None:
            return spec.save(session, values, self.record_id)
        if self.record_id is not None:
            return update_record(session, spec.model, self.record_id, values).id
        record = create_record(session, spec.model, {**spec.fixed, **values})
        if spec.after_create is not None:
            spec.after_create(session, record.id)
        return record.id

    # --- errors -------------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self.error_labels.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self.general_error.hide()

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message under its field; errors about fields not on the form go above the buttons."""
        elsewhere: list[str] = []
        aliases = self._spec.error_fields
        errors = [FieldError(aliases.get(e.field, e.field), e.code, e.params) for e in errors]
        for error in errors:
            label = self.error_labels.get(error.field)
            text = field_error_text(error)
            if label is None:
                # A field the form does not show (a gap in the form's spec): name it so it can be found.
                elsewhere.append(f"{error.field}: {text}")
                continue
            label.setText(f"{label.text()}\n{text}" if label.text() else text)
            label.show()
        if elsewhere:
            self._show_general("\n".join(elsewhere))
        order = [f.name for f in self.fields]
        shown = [error.field for error in errors if error.field in self.editors]
        if shown:
            first = self.editors[min(shown, key=order.index)]
            self._scroll.ensureWidgetVisible(first.widget)
            first.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()

    def error_text(self, name: str) -> str:
        """The message shown under field `name` ("" when none)."""
        label = self.error_labels[name]
        return label.text() if label.isVisibleTo(self) else ""
