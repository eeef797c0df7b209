"""The case-studies workspace declared: columns, filters (organization, month), search and the case form."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.services.browse import BrowseRow, SortOrder, count_children
from incubator_desktop.core.services.records import create_record, update_record
from incubator_desktop.ui.widgets.form_spec import FieldKind, FieldSpec, FormSpec
from incubator_desktop.ui.widgets.page_spec import RecordPageSpec
from incubator_desktop.ui.widgets.record_filters import FilterKind, FilterSpec
from incubator_desktop.ui.widgets.record_table import Column

translate = QCoreApplication.translate
K = FieldKind
RECORD_TYPE = "case_studies"
PARTS = ("background", "process", "results")


def add_photo_counts(session: Session, rows: list[BrowseRow]) -> None:
    ids = [row.id for row in rows]
    counts = count_children(session, m.Attachment, "record_id", ids, equals={"record_type": RECORD_TYPE})
    for row in rows:
        row.values["photos"] = counts[row.id]


def save_case(session: Session, values: dict[str, Any], record_id: str | None) -> str:
    """Create or update a case. The core turns empty text into NULL, which these NOT NULL parts refuse, so an
    emptied part is left out of the update and then set to the column's own default, ""."""
    emptied = [name for name in PARTS if not values.get(name)]
    kept = {name: value for name, value in values.items() if name not in emptied}
    if record_id is None:
        return create_record(session, m.CaseStudy, kept).id
    record = update_record(session, m.CaseStudy, record_id, kept)
    for name in emptied:
        setattr(record, name, "")
    session.flush()
    return record.id


def case_form() -> FormSpec:
    return FormSpec(
        model=m.CaseStudy,
        save=save_case,
        new_title=translate("CaseSpec", "New case study"),
        edit_title=translate("CaseSpec", "Edit case study"),
        fields=(
            FieldSpec("title", translate("CaseSpec", "Title"), required=True),
            FieldSpec(
                "organization_id",
                translate("CaseSpec", "Organization"),
                K.REFERENCE,
                reference="organizations",
                placeholder=translate("CaseSpec", "The organization the case is about (type part of the name)"),
            ),
            FieldSpec("written_on", translate("CaseSpec", "Written on"), K.DATE, True, default=date.today()),
            FieldSpec("author", translate("CaseSpec", "Author")),
            FieldSpec(
                "background",
                translate("CaseSpec", "Background"),
                K.TEXT,
                placeholder=translate("CaseSpec", "The need or problem the organization met"),
            ),
            FieldSpec(
                "process",
                translate("CaseSpec", "Process"),
                K.TEXT,
                placeholder=translate("CaseSpec", "What the organization did, step by step"),
            ),
            FieldSpec(
                "results",
                translate("CaseSpec", "Results"),
                K.TEXT,
                placeholder=translate("CaseSpec", "What changed, with numbers where possible"),
            ),
        ),
    )


def case_page_spec() -> RecordPageSpec:
    return RecordPageSpec(
        model=m.CaseStudy,
        title=translate("CaseSpec", "Case studies"),
        columns=(
            Column("written_on", translate("CaseSpec", "Written on"), K.DATE),
            Column("title", translate("CaseSpec", "Title"), stretch=True),
            Column(
                "organization_id",
                translate("CaseSpec", "Organization"),
                K.REFERENCE,
                sortable=False,
                empty=translate("CaseSpec", "(none given)"),
            ),
            Column("author", translate("CaseSpec", "Author")),
            Column("photos", translate("CaseSpec", "Photos"), K.INT, sortable=False),
        ),
        form=case_form,
        search_fields=("title", "author", "background", "process", "results", "organization_id"),
        search_placeholder=translate("CaseSpec", "Title, author, organization or any words of the case"),
        filters=(
            FilterSpec(
                "organization_id",
                translate("CaseSpec", "Organization:"),
                translate("CaseSpec", "All organizations"),
                FilterKind.REFERENCE,
                reference="organizations",
            ),
            FilterSpec(
                "written_on",
                translate("CaseSpec", "Month:"),
                translate("CaseSpec", "All months"),
                FilterKind.MONTH,
            ),
        ),
        order=SortOrder("written_on", descending=True),
        empty_text=translate(
            "CaseSpec",
            "No case studies written yet. Press “New…” (Ctrl+N) to write one; a base writes at least three a "
            "year. Photos go beside it.",
        ),
        filtered_empty_text=translate("CaseSpec", "No case study matches these filters."),
        refresh_on=("organizations", "attachments"),
        enrich=add_photo_counts,
    )
