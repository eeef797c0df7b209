"""The projects workspace declared: the project list, and the project form that creates the default budget."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.services.browse import BrowseRow, SortOrder
from incubator_desktop.core.services.budgets import budget_status, create_project_with_budget
from incubator_desktop.core.services.records import update_record
from incubator_desktop.ui.widgets.form_spec import FieldKind, FieldSpec, FormSpec
from incubator_desktop.ui.widgets.page_spec import RecordPageSpec
from incubator_desktop.ui.widgets.record_filters import FilterSpec
from incubator_desktop.ui.widgets.record_table import Column

translate = QCoreApplication.translate
K = FieldKind
YEARS_OFFERED = 6
PROJECT_SCOPES = ("funded_projects", "budget_lines")


def year_choices(today: date | None = None) -> dict[int, str]:
    year = (today or date.today()).year + 1
    return {value: str(value) for value in range(year, year - YEARS_OFFERED - 1, -1)}


def add_spending(session: Session, rows: list[BrowseRow]) -> None:
    for row in rows:
        row.values["spent_fen"] = budget_status(session, row.id).spent_fen


def save_project(session: Session, values: dict[str, Any], record_id: str | None) -> str:
    """A new project gets the policy's three budget lines scaled to its total; an edit changes the project only."""
    if record_id is not None:
        return update_record(session, m.FundedProject, record_id, values).id
    return create_project_with_budget(session, values).id


def project_form() -> FormSpec:
    return FormSpec(
        model=m.FundedProject,
        new_title=translate("ProjectSpec", "New funded project"),
        edit_title=translate("ProjectSpec", "Edit funded project"),
        save=save_project,
        scopes=PROJECT_SCOPES,
        fields=(
            FieldSpec("name", translate("ProjectSpec", "Name"), required=True),
            FieldSpec("year", translate("ProjectSpec", "Year"), K.INT, True, default=date.today().year),
            FieldSpec(
                "contractor",
                translate("ProjectSpec", "Undertaking organization"),
                required=True,
                placeholder=translate("ProjectSpec", "e.g. a social work service centre"),
            ),
            FieldSpec("funder", translate("ProjectSpec", "Funder")),
            FieldSpec(
                "total_fen",
                translate("ProjectSpec", "Total (yuan)"),
                K.MONEY,
                True,
                default=16_000_000,
                hint=translate(
                    "ProjectSpec",
                    "The budget starts with the policy's lines scaled to this total: personnel at most 62.5 %, "
                    "services at least 25 %, evaluation and other at most 12.5 %.",
                ),
            ),
            FieldSpec("start_on", translate("ProjectSpec", "Starts on"), K.DATE, True, default=date.today()),
            FieldSpec("end_on", translate("ProjectSpec", "Ends on"), K.DATE),
        ),
    )


def project_page_spec() -> RecordPageSpec:
    return RecordPageSpec(
        model=m.FundedProject,
        title=translate("ProjectSpec", "Funded projects"),
        columns=(
            Column("name", translate("ProjectSpec", "Name"), stretch=True),
            Column("year", translate("ProjectSpec", "Year"), K.INT),
            Column("contractor", translate("ProjectSpec", "Undertaking organization"), width=200),
            Column("total_fen", translate("ProjectSpec", "Total (yuan)"), K.MONEY),
            Column("spent_fen", translate("ProjectSpec", "Spent (yuan)"), K.MONEY, sortable=False),
            Column("start_on", translate("ProjectSpec", "Starts on"), K.DATE),
            Column("end_on", translate("ProjectSpec", "Ends on"), K.DATE),
        ),
        form=project_form,
        search_fields=("name", "contractor", "funder"),
        search_placeholder=translate("ProjectSpec", "Project, undertaking organization or funder"),
        filters=(
            FilterSpec(
                "year",
                translate("ProjectSpec", "Year:"),
                translate("ProjectSpec", "All years"),
                choices=year_choices(),  # type: ignore[arg-type]  # stored years are ints
            ),
        ),
        order=SortOrder("start_on", descending=True),
        empty_text=translate(
            "ProjectSpec",
            "No funded projects yet. Press “New…” (Ctrl+N) to add one; its budget lines start from the policy's "
            "caps and floor.",
        ),
        filtered_empty_text=translate("ProjectSpec", "No project matches these filters."),
        refresh_on=("expenses", "budget_lines"),
        enrich=add_spending,
    )


def budget_line_form(project_id: str, kind: str) -> FormSpec:
    """One budget line of a project: planned amount and its rule (a cap, a floor, or neither)."""
    return FormSpec(
        model=m.BudgetLine,
        new_title=translate("ProjectSpec", "Budget line"),
        edit_title=translate("ProjectSpec", "Budget line"),
        fixed={"project_id": project_id, "kind": kind},
        scopes=("budget_lines",),
        fields=(
            FieldSpec("planned_fen", translate("ProjectSpec", "Planned (yuan)"), K.MONEY, True),
            FieldSpec(
                "cap_fen",
                translate("ProjectSpec", "Cap (yuan)"),
                K.MONEY,
                hint=translate("ProjectSpec", "Spending may not go over it; leave empty for none."),
            ),
            FieldSpec(
                "floor_fen",
                translate("ProjectSpec", "Floor (yuan)"),
                K.MONEY,
                hint=translate("ProjectSpec", "Spending must reach it by the end; leave empty for none."),
            ),
        ),
    )
