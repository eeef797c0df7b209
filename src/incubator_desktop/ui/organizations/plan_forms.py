"""Forms for an organization's one-to-one incubation plan and its milestones."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from incubator_desktop.core import models as m
from incubator_desktop.ui.widgets.form_spec import FieldKind, FieldSpec, FormSpec
from incubator_desktop.ui.widgets.vocab_labels import support_labels

translate = QCoreApplication.translate


def plan_form(organization_id: str) -> FormSpec:
    return FormSpec(
        model=m.IncubationPlan,
        new_title=translate("PlanForms", "New one-to-one incubation plan"),
        edit_title=translate("PlanForms", "Edit incubation plan"),
        fields=(
            FieldSpec("goals", translate("PlanForms", "Goals"), FieldKind.TEXT, required=True),
            FieldSpec("support", translate("PlanForms", "Support given"), FieldKind.MULTI, choices=support_labels()),
            FieldSpec("mentor", translate("PlanForms", "Mentor")),
            FieldSpec("start_on", translate("PlanForms", "Starts on"), FieldKind.DATE, True, default=date.today()),
            FieldSpec("end_on", translate("PlanForms", "Ends on"), FieldKind.DATE),
        ),
        fixed={"organization_id": organization_id},
        scopes=("incubation_plans",),
    )


def milestone_form(plan_id: str) -> FormSpec:
    return FormSpec(
        model=m.PlanMilestone,
        new_title=translate("PlanForms", "New milestone"),
        edit_title=translate("PlanForms", "Edit milestone"),
        fields=(
            FieldSpec("title", translate("PlanForms", "Milestone"), required=True),
            FieldSpec("due_on", translate("PlanForms", "Due on"), FieldKind.DATE),
            FieldSpec(
                "done_on",
                translate("PlanForms", "Done on"),
                FieldKind.DATE,
                hint=translate("PlanForms", "Leave empty while the milestone is not reached."),
            ),
        ),
        fixed={"plan_id": plan_id},
        scopes=("plan_milestones",),
    )
