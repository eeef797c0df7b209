"""The people workspace declared: columns, filters (organization, certificate), search and the person form.

Roles are a JSON list, which the filter bar cannot narrow by, so the filters are organization and
certificate level. The list shows ID numbers and phones masked (the browse service masks them).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from incubator_desktop.core import models as m
from incubator_desktop.core.services.browse import SortOrder
from incubator_desktop.ui.widgets.form_spec import FieldKind, FieldSpec, FormSpec
from incubator_desktop.ui.widgets.page_spec import RecordPageSpec
from incubator_desktop.ui.widgets.record_filters import FilterKind, FilterSpec
from incubator_desktop.ui.widgets.record_table import Column
from incubator_desktop.ui.widgets.vocab_labels import certificate_labels, gender_labels, person_role_labels

translate = QCoreApplication.translate
K = FieldKind


def person_form() -> FormSpec:
    return FormSpec(
        model=m.Person,
        new_title=translate("PersonSpec", "New person"),
        edit_title=translate("PersonSpec", "Edit person"),
        fields=(
            FieldSpec("name", translate("PersonSpec", "Name"), required=True),
            FieldSpec("gender", translate("PersonSpec", "Gender"), K.CHOICE, choices=gender_labels()),
            FieldSpec("roles", translate("PersonSpec", "Roles"), K.MULTI, choices=person_role_labels()),
            FieldSpec(
                "organization_id",
                translate("PersonSpec", "Organization"),
                K.REFERENCE,
                reference="organizations",
                placeholder=translate("PersonSpec", "The organization the person belongs to (type part of the name)"),
            ),
            FieldSpec(
                "community_id", translate("PersonSpec", "Village (community)"), K.REFERENCE, reference="communities"
            ),
            FieldSpec(
                "id_number",
                translate("PersonSpec", "ID number"),
                hint=translate("PersonSpec", "Personal data: lists show it masked."),
            ),
            FieldSpec("phone", translate("PersonSpec", "Phone")),
            FieldSpec(
                "certificate_level",
                translate("PersonSpec", "Social work certificate"),
                K.CHOICE,
                choices=certificate_labels(),
            ),
            FieldSpec("practice_years", translate("PersonSpec", "Years in practice"), K.INT),
        ),
    )


def person_page_spec() -> RecordPageSpec:
    return RecordPageSpec(
        model=m.Person,
        title=translate("PersonSpec", "People"),
        columns=(
            Column("name", translate("PersonSpec", "Name"), stretch=True),
            Column("gender", translate("PersonSpec", "Gender"), K.CHOICE, gender_labels(), width=60),
            Column("roles", translate("PersonSpec", "Roles"), K.MULTI, person_role_labels(), sortable=False),
            Column(
                "organization_id",
                translate("PersonSpec", "Organization"),
                K.REFERENCE,
                sortable=False,
                empty=translate("PersonSpec", "(none)"),
            ),
            Column("phone", translate("PersonSpec", "Phone"), sortable=False, width=130),
            Column("id_number", translate("PersonSpec", "ID number"), sortable=False, width=170),
            Column(
                "certificate_level",
                translate("PersonSpec", "Certificate"),
                K.CHOICE,
                certificate_labels(),
                width=130,
            ),
            Column("practice_years", translate("PersonSpec", "Years in practice"), K.INT),
        ),
        form=person_form,
        search_fields=("name",),
        search_placeholder=translate("PersonSpec", "Name"),
        filters=(
            FilterSpec(
                "organization_id",
                translate("PersonSpec", "Organization:"),
                translate("PersonSpec", "All organizations"),
                FilterKind.REFERENCE,
                reference="organizations",
            ),
            FilterSpec(
                "certificate_level",
                translate("PersonSpec", "Certificate:"),
                translate("PersonSpec", "All levels"),
                choices=certificate_labels(),
            ),
        ),
        order=SortOrder("name"),
        empty_text=translate(
            "PersonSpec",
            "No people recorded yet. Press “New…” (Ctrl+N) to add one: leaders, volunteers, trainees, social "
            "workers and project staff.",
        ),
        filtered_empty_text=translate("PersonSpec", "No person matches these filters."),
        refresh_on=("organizations", "communities"),
    )
