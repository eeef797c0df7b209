"""The organizations workspace declared: table columns, filters, the organization form, the stage form."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import FieldError, ValidationFailed
from incubator_desktop.core.services.browse import SortOrder
from incubator_desktop.core.services.organizations import STAGE_DATE_FIELD, change_stage
from incubator_desktop.core.vocab import Stage
from incubator_desktop.ui.widgets.form_spec import FieldKind, FieldSpec, FormSpec
from incubator_desktop.ui.widgets.page_spec import RecordPageSpec
from incubator_desktop.ui.widgets.record_filters import FilterKind, FilterSpec
from incubator_desktop.ui.widgets.record_table import Column
from incubator_desktop.ui.widgets.vocab_labels import (
    category_labels,
    rating_labels,
    service_area_labels,
    stage_labels,
)

K = FieldKind


#: An alias lupdate still recognizes (it reads `translate("Context", "text")` calls).
translate = QCoreApplication.translate


def organization_form() -> FormSpec:
    return FormSpec(
        model=m.Organization,
        new_title=translate("OrganizationSpec", "New community organization"),
        edit_title=translate("OrganizationSpec", "Edit community organization"),
        fields=(
            FieldSpec("name", translate("OrganizationSpec", "Name"), required=True),
            FieldSpec("category", translate("OrganizationSpec", "Category"), K.CHOICE, True, category_labels()),
            FieldSpec(
                "service_areas", translate("OrganizationSpec", "Service areas"), K.MULTI, choices=service_area_labels()
            ),
            FieldSpec(
                "community_id",
                translate("OrganizationSpec", "Village (community)"),
                K.REFERENCE,
                reference="communities",
            ),
            FieldSpec(
                "stage",
                translate("OrganizationSpec", "Stage"),
                K.CHOICE,
                True,
                stage_labels(),
                default=Stage.ENTERED.value,
                create_only=True,
                hint=translate("OrganizationSpec", "Later changes of stage are made on the organization's page."),
            ),
            FieldSpec("founded_on", translate("OrganizationSpec", "Founded on"), K.DATE),
            FieldSpec("entered_on", translate("OrganizationSpec", "Moved into the base on"), K.DATE),
            FieldSpec("members", translate("OrganizationSpec", "Members"), K.INT),
            FieldSpec("leader_name", translate("OrganizationSpec", "Leader")),
            FieldSpec("leader_phone", translate("OrganizationSpec", "Leader's phone")),
            FieldSpec(
                "leader_id_number",
                translate("OrganizationSpec", "Leader's ID number"),
                hint=translate("OrganizationSpec", "Shown in full only here; lists and printouts mask it."),
            ),
            FieldSpec("address", translate("OrganizationSpec", "Address")),
            FieldSpec("filed_on", translate("OrganizationSpec", "Filed on"), K.DATE),
            FieldSpec("filing_number", translate("OrganizationSpec", "Filing number")),
            FieldSpec("registered_on", translate("OrganizationSpec", "Registered on"), K.DATE),
            FieldSpec("credit_code", translate("OrganizationSpec", "Unified social credit code")),
            FieldSpec("rating", translate("OrganizationSpec", "Rating"), K.CHOICE, choices=rating_labels()),
            FieldSpec("description", translate("OrganizationSpec", "Description"), K.TEXT),
        ),
    )


def next_stage(current: str | None) -> str:
    """The stage after `current` in the lifecycle (exiting is never proposed)."""
    order = [stage.value for stage in Stage if stage is not Stage.EXITED]
    if current not in order:
        return Stage.ENTERED.value
    return order[min(order.index(current) + 1, len(order) - 1)]


def stage_form(organization_id: str, current: str | None = None) -> FormSpec:
    """Moves the organization to another stage (the next one proposed): the stage, the date, a note."""

    def save(session: Session, values: dict[str, Any], _record_id: str | None) -> str:
        missing = [FieldError(name, "required") for name in ("stage", "happened_on") if not values.get(name)]
        if missing:
            raise ValidationFailed(missing)
        stage, happened_on = Stage(values["stage"]), values["happened_on"]
        change_stage(session, organization_id, stage, on=happened_on, note=values.get("note"))
        return organization_id

    return FormSpec(
        model=m.StageEvent,
        new_title=translate("OrganizationSpec", "Change stage"),
        edit_title=translate("OrganizationSpec", "Change stage"),
        fields=(
            FieldSpec(
                "stage",
                translate("OrganizationSpec", "New stage"),
                K.CHOICE,
                True,
                stage_labels(),
                default=next_stage(current),
            ),
            FieldSpec("happened_on", translate("OrganizationSpec", "Date"), K.DATE, True, default=date.today()),
            FieldSpec("note", translate("OrganizationSpec", "Note")),
        ),
        save=save,
        scopes=("organizations", "stage_events"),
        # change_stage sets the stage's date on the organization; a wrong date shows under "Date".
        error_fields={name: "happened_on" for name in STAGE_DATE_FIELD.values()},
    )


def organization_page_spec() -> RecordPageSpec:
    return RecordPageSpec(
        model=m.Organization,
        title=translate("OrganizationSpec", "Community organizations"),
        columns=(
            Column("name", translate("OrganizationSpec", "Name"), stretch=True),
            Column("category", translate("OrganizationSpec", "Category"), K.CHOICE, category_labels()),
            Column("community_id", translate("OrganizationSpec", "Village (community)"), K.REFERENCE, sortable=False),
            Column("stage", translate("OrganizationSpec", "Stage"), K.CHOICE, stage_labels()),
            Column("leader_name", translate("OrganizationSpec", "Leader")),
            Column("leader_phone", translate("OrganizationSpec", "Phone"), sortable=False),
            Column("founded_on", translate("OrganizationSpec", "Founded"), K.DATE),
            Column("members", translate("OrganizationSpec", "Members"), K.INT),
        ),
        form=organization_form,
        search_fields=("name", "leader_name", "filing_number", "credit_code"),
        search_placeholder=translate("OrganizationSpec", "Name, leader, filing number or credit code"),
        filters=(
            FilterSpec(
                "category",
                translate("OrganizationSpec", "Category:"),
                translate("OrganizationSpec", "All categories"),
                choices=category_labels(),
            ),
            FilterSpec(
                "stage",
                translate("OrganizationSpec", "Stage:"),
                translate("OrganizationSpec", "All stages"),
                choices=stage_labels(),
            ),
            FilterSpec(
                "community_id",
                translate("OrganizationSpec", "Community:"),
                translate("OrganizationSpec", "All communities"),
                FilterKind.REFERENCE,
                reference="communities",
            ),
        ),
        order=SortOrder("name"),
        empty_text=translate(
            "OrganizationSpec",
            "No organizations have been recorded yet. Press “New…” (Ctrl+N) to add the first one.",
        ),
        filtered_empty_text=translate("OrganizationSpec", "No organization matches these filters."),
        refresh_on=("communities",),
    )
