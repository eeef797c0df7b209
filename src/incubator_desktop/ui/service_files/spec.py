"""The service-files workspace declared: columns (names masked, notes left out), filters and the file form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from incubator_desktop.core import models as m
from incubator_desktop.core.services.browse import BrowseRow, SortOrder
from incubator_desktop.ui.widgets.form_spec import FieldKind, FieldSpec, FormSpec
from incubator_desktop.ui.widgets.page_spec import RecordPageSpec
from incubator_desktop.ui.widgets.record_filters import FilterKind, FilterSpec
from incubator_desktop.ui.widgets.record_table import Column
from incubator_desktop.ui.widgets.vocab_labels import service_file_kind_labels

translate = QCoreApplication.translate
K = FieldKind

#: Fields shown only after "Show full details", which is written to the audit log.
SENSITIVE_FIELDS = ("subject_name", "notes")


def _status(row: BrowseRow) -> str:
    closed = row.values.get("closed_on")
    if closed is None:
        return translate("ServiceFileSpec", "Open")
    return translate("ServiceFileSpec", "Closed {day}").format(day=closed.isoformat())


def service_file_form() -> FormSpec:
    return FormSpec(
        model=m.ServiceFile,
        new_title=translate("ServiceFileSpec", "New service file"),
        edit_title=translate("ServiceFileSpec", "Service file"),
        fields=(
            FieldSpec("kind", translate("ServiceFileSpec", "Kind"), K.CHOICE, True, service_file_kind_labels()),
            FieldSpec("opened_on", translate("ServiceFileSpec", "Opened on"), K.DATE, True, default=date.today()),
            FieldSpec(
                "subject_name",
                translate("ServiceFileSpec", "Person or couple served"),
                required=True,
                hint=translate(
                    "ServiceFileSpec", "Personal data: lists show it masked, and reading it in full is logged."
                ),
            ),
            FieldSpec(
                "community_id",
                translate("ServiceFileSpec", "Village (community)"),
                K.REFERENCE,
                reference="communities",
            ),
            FieldSpec("counsellor", translate("ServiceFileSpec", "Social worker in charge")),
            FieldSpec("notes", translate("ServiceFileSpec", "Notes"), K.TEXT),
            FieldSpec("closed_on", translate("ServiceFileSpec", "Closed on"), K.DATE),
        ),
    )


def service_file_page_spec() -> RecordPageSpec:
    return RecordPageSpec(
        model=m.ServiceFile,
        title=translate("ServiceFileSpec", "Service files"),
        columns=(
            Column("opened_on", translate("ServiceFileSpec", "Opened on"), K.DATE),
            Column("kind", translate("ServiceFileSpec", "Kind"), K.CHOICE, service_file_kind_labels(), width=130),
            Column("subject_name", translate("ServiceFileSpec", "Person or couple served"), width=160),
            Column(
                "community_id",
                translate("ServiceFileSpec", "Village (community)"),
                K.REFERENCE,
                sortable=False,
                stretch=True,
            ),
            Column("counsellor", translate("ServiceFileSpec", "Social worker in charge"), width=130),
            Column("closed_on", translate("ServiceFileSpec", "Status"), K.DATE, display=_status, width=150),
        ),
        form=service_file_form,
        # Never by the person's name: a search must not tell whether someone has a counselling file.
        search_fields=("counsellor", "community_id"),
        search_placeholder=translate("ServiceFileSpec", "Social worker or village (not the person's name)"),
        filters=(
            FilterSpec(
                "kind",
                translate("ServiceFileSpec", "Kind:"),
                translate("ServiceFileSpec", "All kinds"),
                choices=service_file_kind_labels(),
            ),
            FilterSpec(
                "community_id",
                translate("ServiceFileSpec", "Community:"),
                translate("ServiceFileSpec", "All communities"),
                FilterKind.REFERENCE,
                reference="communities",
            ),
            FilterSpec(
                "opened_on",
                translate("ServiceFileSpec", "Month:"),
                translate("ServiceFileSpec", "All months"),
                FilterKind.MONTH,
            ),
        ),
        order=SortOrder("opened_on", descending=True),
        empty_text=translate(
            "ServiceFileSpec",
            "No service files opened yet. Press “New…” (Ctrl+N) to open a marriage-custom promotion or family "
            "counselling file. Names are shown masked in this list.",
        ),
        filtered_empty_text=translate("ServiceFileSpec", "No service file matches these filters."),
        refresh_on=("communities",),
    )
