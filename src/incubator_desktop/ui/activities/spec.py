"""The activities workspace declared: columns, filters (kind, area, organization, month) and the form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.services.browse import BrowseRow, SortOrder, count_children
from incubator_desktop.ui.widgets.form_spec import FieldKind, FieldSpec, FormSpec
from incubator_desktop.ui.widgets.page_spec import RecordPageSpec
from incubator_desktop.ui.widgets.record_filters import FilterKind, FilterSpec
from incubator_desktop.ui.widgets.record_table import Column
from incubator_desktop.ui.widgets.vocab_labels import activity_kind_labels, service_area_labels

translate = QCoreApplication.translate
K = FieldKind
RECORD_TYPE = "activities"


def add_photo_counts(session: Session, rows: list[BrowseRow]) -> None:
    ids = [row.id for row in rows]
    counts = count_children(session, m.Attachment, "record_id", ids, equals={"record_type": RECORD_TYPE})
    for row in rows:
        row.values["photos"] = counts[row.id]


def activity_form() -> FormSpec:
    return FormSpec(
        model=m.Activity,
        new_title=translate("ActivitySpec", "New service activity"),
        edit_title=translate("ActivitySpec", "Edit service activity"),
        fields=(
            FieldSpec("title", translate("ActivitySpec", "Title"), required=True),
            FieldSpec("held_on", translate("ActivitySpec", "Held on"), K.DATE, True, default=date.today()),
            FieldSpec("kind", translate("ActivitySpec", "Kind"), K.CHOICE, True, activity_kind_labels()),
            FieldSpec(
                "service_area", translate("ActivitySpec", "Service area"), K.CHOICE, choices=service_area_labels()
            ),
            FieldSpec(
                "organization_id",
                translate("ActivitySpec", "Organization"),
                K.REFERENCE,
                reference="organizations",
                placeholder=translate("ActivitySpec", "Leave empty when the base itself held it"),
            ),
            FieldSpec(
                "community_id", translate("ActivitySpec", "Village (community)"), K.REFERENCE, reference="communities"
            ),
            FieldSpec("location", translate("ActivitySpec", "Place")),
            FieldSpec(
                "beneficiaries",
                translate("ActivitySpec", "People served"),
                K.INT,
                default=0,
                hint=translate("ActivitySpec", "Count each person each time (人次)."),
            ),
            FieldSpec("volunteers", translate("ActivitySpec", "Volunteers"), K.INT, default=0),
            FieldSpec("volunteer_hours", translate("ActivitySpec", "Volunteer hours"), K.DECIMAL),
            FieldSpec("description", translate("ActivitySpec", "What was done"), K.TEXT),
        ),
    )


def activity_page_spec() -> RecordPageSpec:
    return RecordPageSpec(
        model=m.Activity,
        title=translate("ActivitySpec", "Service activities"),
        columns=(
            Column("held_on", translate("ActivitySpec", "Held on"), K.DATE),
            Column("title", translate("ActivitySpec", "Title"), stretch=True),
            Column("kind", translate("ActivitySpec", "Kind"), K.CHOICE, activity_kind_labels()),
            Column("service_area", translate("ActivitySpec", "Area"), K.CHOICE, service_area_labels()),
            Column(
                "organization_id",
                translate("ActivitySpec", "Organization"),
                K.REFERENCE,
                sortable=False,
                empty=translate("ActivitySpec", "(the base)"),
            ),
            Column("beneficiaries", translate("ActivitySpec", "People served"), K.INT),
            Column("photos", translate("ActivitySpec", "Photos"), K.INT, sortable=False),
        ),
        form=activity_form,
        search_fields=("title", "location", "description", "organization_id"),
        search_placeholder=translate("ActivitySpec", "Title, place, or organization"),
        filters=(
            FilterSpec(
                "kind",
                translate("ActivitySpec", "Kind:"),
                translate("ActivitySpec", "All kinds"),
                choices=activity_kind_labels(),
            ),
            FilterSpec(
                "service_area",
                translate("ActivitySpec", "Area:"),
                translate("ActivitySpec", "All areas"),
                choices=service_area_labels(),
            ),
            FilterSpec(
                "organization_id",
                translate("ActivitySpec", "Organization:"),
                translate("ActivitySpec", "All organizations"),
                FilterKind.REFERENCE,
                reference="organizations",
            ),
            FilterSpec(
                "held_on",
                translate("ActivitySpec", "Month:"),
                translate("ActivitySpec", "All months"),
                FilterKind.MONTH,
            ),
        ),
        order=SortOrder("held_on", descending=True),
        empty_text=translate(
            "ActivitySpec",
            "No service activities recorded yet. Press “New…” (Ctrl+N) to record one, then add its photos.",
        ),
        filtered_empty_text=translate("ActivitySpec", "No activity matches these filters."),
        refresh_on=("organizations", "attachments"),
        enrich=add_photo_counts,
    )
