"""Translated names of every record type (as the core names its tables), for sync previews and drill-downs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def record_type_labels() -> dict[str, str]:
    """Table name → plural noun in the current language; a type missing here is shown as stored."""
    translate = QCoreApplication.translate
    return {
        "sites": translate("RecordTypes", "Sites"),
        "communities": translate("RecordTypes", "Villages and communities"),
        "organizations": translate("RecordTypes", "Community organizations"),
        "stage_events": translate("RecordTypes", "Stage changes"),
        "incubation_plans": translate("RecordTypes", "Incubation plans"),
        "plan_milestones": translate("RecordTypes", "Plan milestones"),
        "plan_reviews": translate("RecordTypes", "Plan reviews"),
        "registration_cases": translate("RecordTypes", "Registration and filing help"),
        "checklist_items": translate("RecordTypes", "Checklist items"),
        "people": translate("RecordTypes", "People"),
        "trainings": translate("RecordTypes", "Trainings"),
        "attendance": translate("RecordTypes", "Training attendance"),
        "activities": translate("RecordTypes", "Service activities"),
        "activity_beneficiaries": translate("RecordTypes", "People served by activities"),
        "case_studies": translate("RecordTypes", "Case studies"),
        "resource_links": translate("RecordTypes", "Linked resources"),
        "venture_contests": translate("RecordTypes", "Venture contests"),
        "contest_entries": translate("RecordTypes", "Contest entries"),
        "judge_scores": translate("RecordTypes", "Judges' scores"),
        "grant_tranches": translate("RecordTypes", "Grant tranches"),
        "funded_projects": translate("RecordTypes", "Funded projects"),
        "budget_lines": translate("RecordTypes", "Budget lines"),
        "expenses": translate("RecordTypes", "Expenses"),
        "project_staff": translate("RecordTypes", "Project staff"),
        "progress_reports": translate("RecordTypes", "Progress reports"),
        "service_files": translate("RecordTypes", "Service files"),
        "target_sets": translate("RecordTypes", "Target sets"),
        "target_values": translate("RecordTypes", "Targets"),
        "notices": translate("RecordTypes", "Notices"),
        "attachments": translate("RecordTypes", "Attachments"),
        "audit_entries": translate("RecordTypes", "Audit log entries"),
        "month_approvals": translate("RecordTypes", "Month approvals"),
        "reopen_requests": translate("RecordTypes", "Requests to reopen a month"),
        "reopen_grants": translate("RecordTypes", "Months reopened"),
        "evaluation_criteria": translate("RecordTypes", "Evaluation criteria"),
        "annual_evaluations": translate("RecordTypes", "Annual evaluations"),
    }


def record_type_label(kind: str) -> str:
    return record_type_labels().get(kind, kind)
