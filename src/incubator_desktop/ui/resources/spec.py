"""The resources workspace declared: columns, filters (month, donor kind, recipient), search and the form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from incubator_desktop.core import models as m
from incubator_desktop.core.services.browse import BrowseRow, SortOrder
from incubator_desktop.ui.widgets.form_spec import FieldKind, FieldSpec, FormSpec
from incubator_desktop.ui.widgets.page_spec import RecordPageSpec
from incubator_desktop.ui.widgets.record_filters import FilterKind, FilterSpec
from incubator_desktop.ui.widgets.record_table import Column
from incubator_desktop.ui.widgets.vocab_labels import donor_kind_labels, resource_form_labels

translate = QCoreApplication.translate
K = FieldKind
SEARCH_FIELDS = ("donor", "description", "recipient", "purpose", "recipient_organization_id")


def recipient_text(row: BrowseRow) -> str:
    """The recipient organization's name, else the recipient as typed."""
    if row.values.get("recipient_organization_id"):
        return row.labels.get("recipient_organization_id", "")
    return str(row.values.get("recipient") or "")


def resource_form() -> FormSpec:
    return FormSpec(
        model=m.ResourceLink,
        new_title=translate("ResourceSpec", "New linked resource"),
        edit_title=translate("ResourceSpec", "Edit linked resource"),
        fields=(
            FieldSpec("received_on", translate("ResourceSpec", "Received on"), K.DATE, True, default=date.today()),
            FieldSpec(
                "donor",
                translate("ResourceSpec", "Donor"),
                required=True,
                placeholder=translate("ResourceSpec", "Enterprise, charity or person who gave it"),
            ),
            FieldSpec("donor_kind", translate("ResourceSpec", "Kind of donor"), K.CHOICE, True, donor_kind_labels()),
            FieldSpec("form", translate("ResourceSpec", "Given as"), K.CHOICE, True, resource_form_labels()),
            FieldSpec(
                "description",
                translate("ResourceSpec", "What was given"),
                required=True,
                placeholder=translate("ResourceSpec", "e.g. 20 bags of rice, 5 000 yuan, 10 hours of free clinic"),
            ),
            FieldSpec(
                "value_fen",
                translate("ResourceSpec", "Value (yuan)"),
                K.MONEY,
                True,
                hint=translate("ResourceSpec", "Gifts in kind and services count at their market value."),
            ),
            FieldSpec(
                "recipient_organization_id",
                translate("ResourceSpec", "Recipient organization"),
                K.REFERENCE,
                reference="organizations",
                placeholder=translate("ResourceSpec", "Type part of the name"),
            ),
            FieldSpec(
                "recipient",
                translate("ResourceSpec", "Other recipient"),
                hint=translate(
                    "ResourceSpec", "When the recipients are not an organization, e.g. elderly people of a village."
                ),
            ),
            FieldSpec("purpose", translate("ResourceSpec", "Purpose")),
        ),
    )


def resource_page_spec() -> RecordPageSpec:
    return RecordPageSpec(
        model=m.ResourceLink,
        title=translate("ResourceSpec", "Linked resources"),
        columns=(
            Column("received_on", translate("ResourceSpec", "Received on"), K.DATE),
            Column("donor", translate("ResourceSpec", "Donor"), width=180),
            Column("donor_kind", translate("ResourceSpec", "Kind of donor"), K.CHOICE, donor_kind_labels()),
            Column("form", translate("ResourceSpec", "Given as"), K.CHOICE, resource_form_labels(), width=80),
            Column("description", translate("ResourceSpec", "What was given"), stretch=True),
            Column("value_fen", translate("ResourceSpec", "Value (yuan)"), K.MONEY),
            Column(
                "recipient_organization_id",
                translate("ResourceSpec", "Recipient"),
                K.REFERENCE,
                sortable=False,
                display=recipient_text,
            ),
        ),
        form=resource_form,
        search_fields=SEARCH_FIELDS,
        search_placeholder=translate("ResourceSpec", "Donor, gift, recipient or purpose"),
        filters=(
            FilterSpec(
                "received_on",
                translate("ResourceSpec", "Month:"),
                translate("ResourceSpec", "All months"),
                FilterKind.MONTH,
            ),
            FilterSpec(
                "donor_kind",
                translate("ResourceSpec", "Donor:"),
                translate("ResourceSpec", "All donors"),
                choices=donor_kind_labels(),
            ),
            FilterSpec(
                "recipient_organization_id",
                translate("ResourceSpec", "Recipient:"),
                translate("ResourceSpec", "All recipients"),
                FilterKind.REFERENCE,
                reference="organizations",
            ),
        ),
        order=SortOrder("received_on", descending=True),
        empty_text=translate(
            "ResourceSpec",
            "No resources linked yet. Press “New…” (Ctrl+N) to record a donation, a gift in kind or a donated service.",
        ),
        filtered_empty_text=translate("ResourceSpec", "No resource matches these filters."),
        refresh_on=("organizations",),
    )
