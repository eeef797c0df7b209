"""The attendance list beside the trainings: add people from the people list or walk-ins, see the 人次."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import CoreError
from incubator_desktop.core.services.browse import record_labels, reference_choices
from incubator_desktop.core.services.records import create_record, delete_record, get_record, list_records
from incubator_desktop.ui.widgets.change_bus import concerns
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.error_text import core_error_text
from incubator_desktop.ui.widgets.form_fields import FieldProblem, ReferenceEditor

_ID_ROLE = Qt.ItemDataRole.UserRole


class AttendancePanel(QWidget):
    """Who attended the selected training; every change is saved at once and announced as "attendance"."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.training_id: str | None = None
        self._people_loaded = False
        title = QLabel(self.tr("Attendance"))
        title.setObjectName("sectionTitle")
        self.count_label = QLabel()
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.count_label)
        self.hint = QLabel(self.tr("Choose a training on the left to see and record who attended."))
        self.hint.setObjectName("emptyState")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.list = QListWidget()
        self.person = ReferenceEditor([], placeholder=self.tr("Type part of a name"))
        self.add_person_button = QPushButton(self.tr("Add"))
        self.add_person_button.clicked.connect(self.add_person)
        person_line = self.person.combo.lineEdit()
        assert person_line is not None  # the people combo box is editable
        person_line.returnPressed.connect(self.add_person)
        self.walk_in = QLineEdit()
        self.walk_in.setPlaceholderText(self.tr("Name of someone not in the people list"))
        self.walk_in.returnPressed.connect(self.add_walk_in)
        self.add_walk_in_button = QPushButton(self.tr("Add"))
        self.add_walk_in_button.clicked.connect(self.add_walk_in)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("From the people list:"), self._row(self.person.widget, self.add_person_button))
        form.addRow(self.tr("Walk-in:"), self._row(self.walk_in, self.add_walk_in_button))
        self._editing = QWidget()
        editing = QVBoxLayout(self._editing)
        editing.setContentsMargins(0, 0, 0, 0)
        editing.addWidget(self.list, 1)
        editing.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        editing.addLayout(form)
        editing.addWidget(self.error_label)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.hint, 1)
        layout.addWidget(self._editing, 1)
        context.bus.data_changed.connect(self._on_data_changed)
        self.show_record(None)

    def _row(self, field: QWidget, button: QPushButton) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field, 1)
        layout.addWidget(button)
        return row

    def _on_data_changed(self, scope: str) -> None:
        if concerns(scope, "people"):
            self._people_loaded = False

    def _load_people(self) -> None:
        with self._context.db.reading() as session:
            people = reference_choices(session, "people")
        combo = self.person.combo
        combo.clear()
        combo.addItem("", None)
        for person in people:
            combo.addItem(person.label, person.id)
        self._people_loaded = True

    def show_record(self, record_id: str | None, *, force: bool = False) -> None:
        if record_id == self.training_id and record_id is not None and not force:
            return
        self.training_id = record_id
        self.error_label.hide()
        self.hint.setVisible(record_id is None)
        self._editing.setVisible(record_id is not None)
        if record_id is None:
            self.count_label.clear()
            return
        if not self._people_loaded:
            self._load_people()
        self.reload()

    def reload(self) -> None:
        if self.training_id is None:
            return
        with self._context.db.reading() as session:
            records = list_records(session, m.Attendance, filters={"training_id": self.training_id})
            rows = sorted((r.attendee_name, r.id, r.person_id, r.organization_id) for r in records)
            organizations = record_labels(session, m.Organization, {row[3] for row in rows if row[3]})
        self.list.clear()
        for name, attendance_id, person_id, organization_id in rows:
            text = name
            if organization_id in organizations:
                text += f"  ·  {organizations[organization_id]}"
            elif person_id is None:
                text += self.tr("  (walk-in)")
            item = QListWidgetItem(text)
            item.setData(_ID_ROLE, attendance_id)
            self.list.addItem(item)
        self.count_label.setText(self.tr("%n attendance(s)", "", len(rows)))

    def names(self) -> list[str]:
        return [self.list.item(row).text().split("  ")[0] for row in range(self.list.count())]

    # --- changes ------------------------------------------------------------------------------------

    def add_person(self) -> None:
        try:
            person_id = self.person.value()
        except FieldProblem:
            self._say(self.tr("Choose someone from the list, or add them as a walk-in below."))
            return
        if person_id is None or self.training_id is None:
            return
        training_id = self.training_id

        def add(session: Session) -> None:
            present = list_records(session, m.Attendance, filters={"training_id": training_id, "person_id": person_id})
            if present:
                raise _AlreadyThere
            person = get_record(session, m.Person, person_id)
            values = {
                "training_id": training_id,
                "person_id": person_id,
                "attendee_name": person.name,
                "organization_id": person.organization_id,
            }
            create_record(session, m.Attendance, values)

        if self._change(add):
            self.person.set_value(None)

    def add_walk_in(self) -> None:
        name = self.walk_in.text().strip()
        if not name or self.training_id is None:
            return
        values = {"training_id": self.training_id, "attendee_name": name}
        if self._change(lambda session: create_record(session, m.Attendance, values)):
            self.walk_in.clear()

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            attendance_id = str(item.data(_ID_ROLE))
            self._change(lambda session: delete_record(session, m.Attendance, attendance_id))

    def _change(self, change: Callable[[Session], object]) -> bool:
        self.error_label.hide()
        try:
            with self._context.db.transaction() as session:
                change(session)
        except _AlreadyThere:
            self._say(self.tr("This person is already on the list."))
            return False
        except CoreError as error:
            self._say(core_error_text(error))
            return False
        self.reload()
        self._context.bus.notify("attendance")
        return True

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


class _AlreadyThere(Exception):
    """The person already attends this training; nothing is written."""
