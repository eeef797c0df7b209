"""A project's staff against the policy (≥ 2 full-time, ≥ 1 certified with ≥ 2 years): list, add, qualify, remove."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import FieldError, ValidationFailed
from incubator_desktop.core.services.budgets import MIN_PRACTICE_YEARS, MIN_STAFF, StaffStatus
from incubator_desktop.core.services.records import create_record, update_record
from incubator_desktop.core.vocab import PersonRole
from incubator_desktop.ui.projects.warning_text import staff_problem_text
from incubator_desktop.ui.widgets.form_spec import FieldKind, FieldSpec, FormSpec, SaveHook
from incubator_desktop.ui.widgets.section_table import SectionTable
from incubator_desktop.ui.widgets.vocab_labels import certificate_labels, label_for

translate = QCoreApplication.translate
K = FieldKind
STAFF_SCOPES = ("project_staff", "people")


def staff_saver(project_id: str) -> SaveHook:
    def save(session: Session, values: dict[str, Any], record_id: str | None) -> str:
        values = dict(values)
        new_name = values.pop("new_name", None)
        if values.get("person_id") is None and new_name:
            person = create_record(session, m.Person, {"name": new_name, "roles": [PersonRole.STAFF.value]})
            values["person_id"] = person.id
        if values.get("person_id") is None:
            raise ValidationFailed([FieldError("person_id", "required")])
        if record_id is not None:
            return update_record(session, m.ProjectStaff, record_id, values).id
        return create_record(session, m.ProjectStaff, {**values, "project_id": project_id}).id

    return save


def staff_form(project_id: str) -> FormSpec:
    return FormSpec(
        model=m.ProjectStaff,
        new_title=translate("StaffPanel", "Add project staff"),
        edit_title=translate("StaffPanel", "Edit project staff"),
        save=staff_saver(project_id),
        scopes=STAFF_SCOPES,
        error_fields={"name": "new_name"},
        fields=(
            FieldSpec(
                "person_id",
                translate("StaffPanel", "From the people list"),
                K.REFERENCE,
                reference="people",
                placeholder=translate("StaffPanel", "Type part of a name"),
            ),
            FieldSpec(
                "new_name",
                translate("StaffPanel", "Or a new person"),
                hint=translate("StaffPanel", "Their certificate can be added afterwards with “Qualifications…”."),
            ),
            FieldSpec(
                "role",
                translate("StaffPanel", "Post"),
                required=True,
                placeholder=translate("StaffPanel", "e.g. project lead, social worker"),
            ),
            FieldSpec("full_time", translate("StaffPanel", "Full-time"), K.BOOL, default=True),
        ),
    )


def qualification_form() -> FormSpec:
    return FormSpec(
        model=m.Person,
        new_title=translate("StaffPanel", "Qualifications"),
        edit_title=translate("StaffPanel", "Qualifications"),
        scopes=STAFF_SCOPES,
        fields=(
            FieldSpec(
                "certificate_level",
                translate("StaffPanel", "Social-work certificate"),
                K.CHOICE,
                choices=certificate_labels(),
            ),
            FieldSpec("practice_years", translate("StaffPanel", "Years of practice"), K.INT),
        ),
    )


class StaffPanel(QWidget):
    """Shows a StaffStatus; the buttons ask the page to open forms or remove the selected link."""

    add_requested = Signal()
    edit_requested = Signal(str)  # project_staff id
    qualify_requested = Signal(str)  # person id
    remove_requested = Signal(str)  # project_staff id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.links: dict[str, str] = {}  # person id → project_staff id
        self.verdict = QFrame()
        self.verdict.setObjectName("verdict")
        self.verdict_title = QLabel()
        self.verdict_title.setObjectName("sectionTitle")
        self.verdict_detail = QLabel()
        self.verdict_detail.setWordWrap(True)
        rule = QLabel(
            self.tr(
                "The policy asks for at least {staff} full-time staff, at least one of them a certified social "
                "worker with {years} or more years of practice, and no one full-time on two projects."
            ).format(staff=MIN_STAFF, years=MIN_PRACTICE_YEARS)
        )
        rule.setObjectName("fieldHint")
        rule.setWordWrap(True)
        box = QVBoxLayout(self.verdict)
        box.addWidget(self.verdict_title)
        box.addWidget(self.verdict_detail)
        box.addWidget(rule)
        self.table = SectionTable(
            [
                self.tr("Name"),
                self.tr("Post"),
                self.tr("Full-time"),
                self.tr("Certificate"),
                self.tr("Years of practice"),
                self.tr("Counts as certified"),
            ],
            max_visible=10,
        )
        self.table.row_activated.connect(self.edit_requested)
        self.add_button = QPushButton(self.tr("Add staff…"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self._with_selected(self.edit_requested.emit))
        self.qualify_button = QPushButton(self.tr("Qualifications…"))
        self.qualify_button.clicked.connect(self._qualify)
        self.remove_button = QPushButton(self.tr("Remove from the project"))
        self.remove_button.clicked.connect(lambda: self._with_selected(self.remove_requested.emit))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.qualify_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addStretch(1)
        self.person_ids: list[str] = []

    def show_status(self, status: StaffStatus, links: dict[str, str]) -> None:
        self.links = links
        self.verdict.setProperty("effective", "true" if status.ok else "false")
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self.verdict_title.setText(
            self.tr("Staff meet the policy") if status.ok else self.tr("Staff do not meet the policy yet")
        )
        counts = self.tr("{full_time} full-time, {certified} of them certified with enough practice.").format(
            full_time=status.full_time_count, certified=status.certified_count
        )
        problems = [staff_problem_text(problem) for problem in status.problems]
        self.verdict_detail.setText("\n".join([counts, *problems]))
        yes, no = self.tr("yes"), self.tr("no")
        certificates = certificate_labels()
        rows = [
            (
                member.name,
                member.role,
                yes if member.full_time else no,
                label_for(certificates, member.certificate_level) or "—",
                "" if member.practice_years is None else str(member.practice_years),
                "✓" if member.certified else "",
            )
            for member in status.staff
        ]
        self.person_ids = [member.person_id for member in status.staff]
        self.table.set_rows(rows, [links.get(person, "") for person in self.person_ids])
        for button in (self.edit_button, self.qualify_button, self.remove_button):
            button.setEnabled(bool(rows))

    def _selected_person(self) -> str | None:
        row = self.table.currentRow()
        return self.person_ids[row] if 0 <= row < len(self.person_ids) else None

    def _with_selected(self, emit: Callable[[str], object]) -> None:
        person = self._selected_person()
        if person is not None and person in self.links:
            emit(self.links[person])

    def _qualify(self) -> None:
        person = self._selected_person()
        if person is not None:
            self.qualify_requested.emit(person)
