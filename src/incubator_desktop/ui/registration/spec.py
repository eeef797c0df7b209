"""The registration workspace declared: cases, their columns and filters, the case form, default checklist."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.services.browse import BrowseRow, SortOrder, count_children
from incubator_desktop.core.services.records import create_record
from incubator_desktop.core.vocab import DEFAULT_CHECKLIST, CaseStatus, ChecklistStatus, RegistrationKind
from incubator_desktop.ui.widgets.form_spec import FieldKind, FieldSpec, FormSpec
from incubator_desktop.ui.widgets.page_spec import RecordPageSpec
from incubator_desktop.ui.widgets.record_filters import FilterKind, FilterSpec
from incubator_desktop.ui.widgets.record_table import Column
from incubator_desktop.ui.widgets.vocab_labels import case_status_labels, registration_kind_labels

translate = QCoreApplication.translate
K = FieldKind


def add_default_checklist(session: Session, case_id: str) -> None:
    """A new case starts with the documents every filing or registration needs, none handed in yet."""
    for position, item in enumerate(DEFAULT_CHECKLIST):
        values = {"case_id": case_id, "item": item, "status": ChecklistStatus.MISSING.value, "position": position}
        create_record(session, m.ChecklistItem, values)


def add_progress(session: Session, rows: list[BrowseRow]) -> None:
    """Each case's checklist progress: documents checked out of all documents."""
    ids = [row.id for row in rows]
    total = count_children(session, m.ChecklistItem, "case_id", ids)
    approved = count_children(
        session, m.ChecklistItem, "case_id", ids, equals={"status": ChecklistStatus.APPROVED.value}
    )
    for row in rows:
        row.values["progress"] = (approved[row.id], total[row.id])


def _progress(row: BrowseRow) -> str:
    done, total = row.values.get("progress") or (0, 0)
    return f"{done}/{total}" if total else "—"


def case_form() -> FormSpec:
    return FormSpec(
        model=m.RegistrationCase,
        new_title=translate("RegistrationSpec", "New filing or registration case"),
        edit_title=translate("RegistrationSpec", "Edit filing or registration case"),
        fields=(
            FieldSpec(
                "organization_id",
                translate("RegistrationSpec", "Organization"),
                K.REFERENCE,
                True,
                reference="organizations",
                placeholder=translate("RegistrationSpec", "Type part of the name"),
            ),
            FieldSpec(
                "kind",
                translate("RegistrationSpec", "Kind"),
                K.CHOICE,
                True,
                registration_kind_labels(),
                default=RegistrationKind.FILING.value,
            ),
            FieldSpec("opened_on", translate("RegistrationSpec", "Opened on"), K.DATE, True, default=date.today()),
            FieldSpec(
                "status",
                translate("RegistrationSpec", "Status"),
                K.CHOICE,
                True,
                case_status_labels(),
                default=CaseStatus.OPEN.value,
            ),
            FieldSpec("closed_on", translate("RegistrationSpec", "Closed on"), K.DATE),
            FieldSpec("outcome", translate("RegistrationSpec", "Outcome"), K.TEXT),
        ),
        after_create=add_default_checklist,
        scopes=("registration_cases", "checklist_items"),
    )


def registration_page_spec() -> RecordPageSpec:
    return RecordPageSpec(
        model=m.RegistrationCase,
        title=translate("RegistrationSpec", "Filing and registration"),
        columns=(
            Column(
                "organization_id",
                translate("RegistrationSpec", "Organization"),
                K.REFERENCE,
                stretch=True,
                sortable=False,
            ),
            Column("kind", translate("RegistrationSpec", "Kind"), K.CHOICE, registration_kind_labels()),
            Column("opened_on", translate("RegistrationSpec", "Opened on"), K.DATE),
            Column("status", translate("RegistrationSpec", "Status"), K.CHOICE, case_status_labels()),
            Column("progress", translate("RegistrationSpec", "Documents checked"), sortable=False, display=_progress),
            Column("closed_on", translate("RegistrationSpec", "Closed on"), K.DATE),
        ),
        form=case_form,
        search_fields=("organization_id", "outcome"),
        search_placeholder=translate("RegistrationSpec", "Organization name or outcome"),
        filters=(
            FilterSpec(
                "kind",
                translate("RegistrationSpec", "Kind:"),
                translate("RegistrationSpec", "All kinds"),
                choices=registration_kind_labels(),
            ),
            FilterSpec(
                "status",
                translate("RegistrationSpec", "Status:"),
                translate("RegistrationSpec", "All statuses"),
                choices=case_status_labels(),
            ),
            FilterSpec(
                "organization_id",
                translate("RegistrationSpec", "Organization:"),
                translate("RegistrationSpec", "All organizations"),
                FilterKind.REFERENCE,
                reference="organizations",
            ),
        ),
        order=SortOrder("opened_on", descending=True),
        empty_text=translate(
            "RegistrationSpec",
            "No filing or registration cases yet. Press “New…” (Ctrl+N) when an organization starts to prepare "
            "its documents; the checklist of documents is created with the case.",
        ),
        filtered_empty_text=translate("RegistrationSpec", "No case matches these filters."),
        refresh_on=("organizations", "checklist_items"),
        enrich=add_progress,
    )
