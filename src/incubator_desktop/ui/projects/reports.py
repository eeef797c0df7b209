"""A project's monthly progress reports: the list, and a form that reads the month as 2024-05."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import FieldError, ValidationFailed
from incubator_desktop.core.services.browse import SortOrder
from incubator_desktop.core.services.records import create_record, update_record
from incubator_desktop.core.validation.text import normalize_text
from incubator_desktop.ui.projects.scoped import ProjectScope, ProjectScopedSource
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.form_spec import FieldKind, FieldSpec, FormSpec, SaveHook
from incubator_desktop.ui.widgets.page_spec import RecordPageSpec
from incubator_desktop.ui.widgets.record_page import RecordPage
from incubator_desktop.ui.widgets.record_table import Column

translate = QCoreApplication.translate
K = FieldKind
SEARCH_FIELDS = ("month", "summary", "issues", "next_plan")
_MONTH = re.compile(r"^(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*月?|(\d{2}))$")


def parse_month(text: str | None) -> str | None:
    """ "2024-5", "2024/05", "2024年5月" or "202405" → "2024-05"; None when it is not a month."""
    found = _MONTH.match(normalize_text(text or ""))
    if found is None:
        return None
    month = int(found.group(2) or found.group(3))
    return f"{found.group(1)}-{month:02d}" if 1 <= month <= 12 else None


def report_saver(project_id: str) -> SaveHook:
    def save(session: Session, values: dict[str, Any], record_id: str | None) -> str:
        typed = values.get("month")
        month = parse_month(typed)
        if typed and month is None:
            raise ValidationFailed([FieldError("month", "month_invalid", {"value": typed})])
        values = {**values, "month": month}
        if record_id is not None:
            return update_record(session, m.ProgressReport, record_id, values).id
        return create_record(session, m.ProgressReport, {**values, "project_id": project_id}).id

    return save


def report_form(project_id: str) -> FormSpec:
    return FormSpec(
        model=m.ProgressReport,
        new_title=translate("ReportSpec", "New monthly progress report"),
        edit_title=translate("ReportSpec", "Edit monthly progress report"),
        save=report_saver(project_id),
        scopes=("progress_reports",),
        fields=(
            FieldSpec("month", translate("ReportSpec", "Month"), required=True, placeholder="2024-05"),
            FieldSpec("summary", translate("ReportSpec", "Work done"), K.TEXT, True),
            FieldSpec("issues", translate("ReportSpec", "Problems met"), K.TEXT),
            FieldSpec("next_plan", translate("ReportSpec", "Plan for next month"), K.TEXT),
        ),
    )


def report_page_spec(scope: ProjectScope) -> RecordPageSpec:
    return RecordPageSpec(
        model=m.ProgressReport,
        title=translate("ReportSpec", "Monthly progress reports"),
        columns=(
            Column("month", translate("ReportSpec", "Month"), width=90),
            Column("summary", translate("ReportSpec", "Work done"), stretch=True),
            Column("issues", translate("ReportSpec", "Problems met"), width=220),
        ),
        form=lambda: report_form(scope.project_id),
        search_fields=SEARCH_FIELDS,
        search_placeholder=translate("ReportSpec", "Month or any words of the report"),
        order=SortOrder("month", descending=True),
        empty_text=translate(
            "ReportSpec", "No monthly reports yet. Press “New…” to record the report the undertaking organization sent."
        ),
        filtered_empty_text=translate("ReportSpec", "No report matches the search."),
        source=lambda db: ProjectScopedSource(db, m.ProgressReport, scope, search_fields=SEARCH_FIELDS),
    )


class ReportsPage(RecordPage):
    """A project's monthly progress reports."""

    def __init__(self, context: AppContext, scope: ProjectScope) -> None:
        super().__init__(context, report_page_spec(scope))
        self.scope = scope
