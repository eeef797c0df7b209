"""Gathers one organization's whole story through the services; a plain function run off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.masking import mask_phone
from incubator_desktop.core.services.browse import BrowseQuery, SortOrder, fetch_rows, record_labels
from incubator_desktop.core.services.organizations import EffectiveStatus, effective_incubation
from incubator_desktop.core.services.records import get_record, list_records
from incubator_desktop.core.vocab import ChecklistStatus

RECENT_ACTIVITIES = 50


@dataclass(frozen=True)
class Milestone:
    id: str
    title: str
    due_on: date | None
    done_on: date | None


@dataclass(frozen=True)
class Plan:
    id: str
    goals: str
    support: list[str]
    mentor: str | None
    start_on: date
    end_on: date | None
    milestones: list[Milestone]


@dataclass(frozen=True)
class Case:
    id: str
    kind: str
    status: str
    opened_on: date
    closed_on: date | None
    items: list[tuple[str, str]]  # (item, status) in checklist order

    @property
    def approved(self) -> int:
        return sum(1 for _item, status in self.items if status == ChecklistStatus.APPROVED.value)


@dataclass(frozen=True)
class OrganizationStory:
    """Everything the organization page shows, as plain values."""

    id: str
    profile: dict[str, object]
    community: str | None
    stages: list[tuple[date, str, str | None]]
    plans: list[Plan]
    cases: list[Case]
    activity_count: int
    activities: list[tuple[date, str, str, int]]  # held on, title, kind, beneficiaries
    trainings: list[tuple[date, str, str]]  # held on, title, attendee
    resources: list[tuple[date, str, str, int]]  # received on, donor, form, value in fen
    entries: list[tuple[str, str, str, int]]  # contest, project title, result, grant in fen
    case_studies: list[tuple[date, str]]
    status: EffectiveStatus | None = None


def _plans(session: Session, organization_id: str) -> list[Plan]:
    plans = []
    for plan in list_records(session, m.IncubationPlan, filters={"organization_id": organization_id}):
        milestones = [
            Milestone(id=item.id, title=item.title, due_on=item.due_on, done_on=item.done_on)
            for item in list_records(session, m.PlanMilestone, filters={"plan_id": plan.id}, order_by=["due_on"])
        ]
        plans.append(
            Plan(plan.id, plan.goals, list(plan.support or []), plan.mentor, plan.start_on, plan.end_on, milestones)
        )
    return sorted(plans, key=lambda plan: plan.start_on)


def _cases(session: Session, organization_id: str) -> list[Case]:
    cases = []
    for case in list_records(
        session, m.RegistrationCase, filters={"organization_id": organization_id}, order_by=["opened_on"]
    ):
        items = list_records(session, m.ChecklistItem, filters={"case_id": case.id}, order_by=["position"])
        cases.append(
            Case(
                case.id,
                case.kind,
                case.status,
                case.opened_on,
                case.closed_on,
                [(item.item, item.status) for item in items],
            )
        )
    return cases


def _trainings(session: Session, organization_id: str) -> list[tuple[date, str, str]]:
    attended = list_records(session, m.Attendance, filters={"organization_id": organization_id})
    trainings = {tid: get_record(session, m.Training, tid) for tid in {row.training_id for row in attended}}
    rows = [
        (trainings[row.training_id].held_on, trainings[row.training_id].title, row.attendee_name) for row in attended
    ]
    return sorted(rows, reverse=True)


def load_organization_story(db: Database, organization_id: str) -> OrganizationStory:
    """Read the organization and everything recorded about it, in one read session."""
    with db.reading() as session:
        org = get_record(session, m.Organization, organization_id)
        profile = {key: getattr(org, key) for key in m.Organization.__table__.columns.keys()}  # noqa: SIM118
        profile["leader_phone"] = mask_phone(org.leader_phone) or None
        profile.pop("leader_id_number", None)
        community_ids = [org.community_id] if org.community_id else []
        community = record_labels(session, m.Community, community_ids).get(org.community_id or "")
        stages = [
            (event.happened_on, event.stage, event.note)
            for event in list_records(
                session, m.StageEvent, filters={"organization_id": organization_id}, order_by=["happened_on"]
            )
        ]
        by_org = BrowseQuery(equals={"organization_id": organization_id})
        newest = SortOrder("held_on", descending=True)
        activity_rows = fetch_rows(session, m.Activity, by_org, order=newest, limit=RECENT_ACTIVITIES)
        resources = list_records(
            session, m.ResourceLink, filters={"recipient_organization_id": organization_id}, order_by=["-received_on"]
        )
        entries = list_records(session, m.ContestEntry, filters={"organization_id": organization_id})
        contests = record_labels(session, m.VentureContest, {entry.contest_id for entry in entries})
        studies = list_records(
            session, m.CaseStudy, filters={"organization_id": organization_id}, order_by=["-written_on"]
        )
        status = next((item for item in effective_incubation(session) if item.organization_id == organization_id), None)
        return OrganizationStory(
            id=organization_id,
            profile=profile,
            community=community,
            stages=stages,
            plans=_plans(session, organization_id),
            cases=_cases(session, organization_id),
            activity_count=status.activities if status else len(activity_rows),
            activities=[
                (
                    row.values["held_on"],
                    row.values["title"],
                    row.values["kind"],
                    int(row.values["beneficiaries"] or 0),
                )
                for row in activity_rows
            ],
            trainings=_trainings(session, organization_id),
            resources=[(item.received_on, item.donor, item.form, item.value_fen) for item in resources],
            entries=[
                (contests.get(entry.contest_id, ""), entry.project_title, entry.result, entry.grant_fen)
                for entry in entries
            ],
            case_studies=[(study.written_on, study.title) for study in studies],
            status=status,
        )
