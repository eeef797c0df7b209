"""Demo data: a reproducible, valid and internally consistent year of a township base's work."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Date, inspect, select

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.demo import fill_demo
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.services.organizations import effective_incubation
from incubator_desktop.core.services.sites import current_site, init_site
from incubator_desktop.core.validation.identifiers import check_credit_code, check_id_number
from incubator_desktop.core.vocab import FILED_OR_LATER, ActivityKind, EntryResult, ServiceFileKind, SiteKind, Stage

TODAY = date(2026, 3, 10)

#: Dates that plan the future (a plan's end, a milestone's due date) rather than record the past.
PLANNED_DATES = {("incubation_plans", "end_on"), ("plan_milestones", "due_on")}

#: (low, high) for each record kind the brief sizes.
COUNT_RANGES = {
    "communities": (8, 10),
    "organizations": (34, 38),
    "people": (75, 85),
    "incubation_plans": (13, 17),
    "trainings": (6, 8),
    "activities": (100, 140),
    "case_studies": (4, 4),
    "resource_links": (9, 11),
    "venture_contests": (1, 1),
    "contest_entries": (12, 12),
    "judge_scores": (60, 60),
    "funded_projects": (1, 1),
    "budget_lines": (3, 3),
    "project_staff": (2, 3),
    "progress_reports": (12, 12),
    "service_files": (28, 28),
    "target_sets": (1, 1),
    "target_values": (11, 11),
}


def filled(path: Path, *, seed: int = 1) -> tuple[Database, dict[str, Any]]:
    db = open_database(str(path))
    with db.transaction() as session:
        summary = fill_demo(session, seed=seed, today=TODAY)
    return db, summary


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict[str, Any]]]:
    db, summary = filled(tmp_path_factory.mktemp("demo") / "demo.db")
    yield db, summary
    db.close()


ORG_FACTS = (
    "name", "category", "stage", "founded_on", "entered_on", "filed_on", "filing_number", "registered_on",
    "credit_code", "exited_on", "leader_name", "leader_phone", "leader_id_number", "members",
)  # fmt: skip


def organization_facts(db: Database) -> list[tuple[object, ...]]:
    with db.reading() as session:
        orgs = session.scalars(select(m.Organization).order_by(m.Organization.name))
        return [tuple(getattr(org, name) for name in ORG_FACTS) for org in orgs]


def amounts(db: Database) -> list[list[tuple[object, ...]]]:
    with db.reading() as session:
        activities = [
            (a.title, a.held_on, a.beneficiaries, a.volunteer_hours) for a in session.scalars(select(m.Activity))
        ]
        gifts = [(r.donor, r.received_on, r.value_fen) for r in session.scalars(select(m.ResourceLink))]
        scores = [(s.judge, s.score) for s in session.scalars(select(m.JudgeScore))]
    return [sorted(activities), sorted(gifts), sorted(scores)]


def test_same_seed_gives_identical_data(tmp_path: Path, demo: tuple[Database, dict[str, Any]]) -> None:
    """Filling a second database with the same seed and day gives the same organizations, amounts and counts."""
    first, first_summary = demo
    second, second_summary = filled(tmp_path / "demo.db")
    try:
        assert organization_facts(second) == organization_facts(first)
        assert amounts(second) == amounts(first)
        assert second_summary == first_summary
    finally:
        second.close()


def test_different_seed_gives_different_data(tmp_path: Path, demo: tuple[Database, dict[str, Any]]) -> None:
    """Another seed gives other organizations and dates."""
    first, _ = demo
    other, _ = filled(tmp_path / "demo.db", seed=2)
    try:
        assert organization_facts(other) != organization_facts(first)
        assert [f[0] for f in organization_facts(other)] != [f[0] for f in organization_facts(first)]
    finally:
        other.close()


def test_summary_counts_are_in_range(demo: tuple[Database, dict[str, Any]]) -> None:
    """The summary names the demo site and counts every kind within the sizes a plausible year has."""
    db, summary = demo
    assert summary["site_code"] == "653121103"
    assert summary["site_name"] == "疏附县托克扎克镇社区社会组织孵化培育基地"
    for kind, (low, high) in COUNT_RANGES.items():
        assert low <= summary[kind] <= high, kind
    with db.reading() as session:
        site = current_site(session)
        assert site is not None and site.is_demo
        for kind, count in summary.items():
            if kind in ("site_code", "site_name"):
                continue
            model = next(model for model in m.SYNCED_MODELS if model.__tablename__ == kind)
            assert len(session.scalars(select(model.id)).all()) == count, kind


def test_identifiers_and_phones_are_valid(demo: tuple[Database, dict[str, Any]]) -> None:
    """Every ID number passes GB 11643 and every credit code GB 32100; people and leaders have them in part."""
    db, _ = demo
    with db.reading() as session:
        orgs = session.scalars(select(m.Organization)).all()
        people = session.scalars(select(m.Person)).all()
        org_ids = [o.leader_id_number for o in orgs if o.leader_id_number]
        codes = [o.credit_code for o in orgs if o.credit_code]
        person_ids = [p.id_number for p in people if p.id_number]
        registered = [o for o in orgs if o.registered_on]
        assert all(o.credit_code for o in registered)
    assert org_ids and codes and person_ids
    for number in org_ids + person_ids:
        assert check_id_number(number, today=TODAY) is None, number
        assert "19550101" <= number[6:14] <= "19951231"
    for code in codes:
        assert check_credit_code(code) is None, code
        assert code[:2] in ("51", "52") and code[2:8] == "653121"


def test_no_recorded_date_is_after_today(demo: tuple[Database, dict[str, Any]]) -> None:
    """Nothing that happened is dated after `today`; only planned dates (plan ends, milestones due) may be."""
    db, _ = demo
    late: list[tuple[str, str, date]] = []
    with db.reading() as session:
        for model in m.SYNCED_MODELS:
            columns = [c.key for c in inspect(model).columns if isinstance(c.type, Date)]
            for column in columns:
                if (model.__tablename__, column) in PLANNED_DATES:
                    continue
                for value in session.scalars(select(getattr(model, column))):
                    if value is not None and value > TODAY:
                        late.append((model.__tablename__, column, value))
    assert late == []


def test_stage_history_matches_the_dates(demo: tuple[Database, dict[str, Any]]) -> None:
    """Each organization's stage events run in lifecycle order, end at its stage, and match its dates."""
    db, _ = demo
    order = list(Stage)
    with db.reading() as session:
        for org in session.scalars(select(m.Organization)):
            events = session.scalars(
                select(m.StageEvent).where(m.StageEvent.organization_id == org.id).order_by(m.StageEvent.happened_on)
            ).all()
            stages = [Stage(e.stage) for e in events]
            assert stages == sorted(stages, key=order.index), org.name
            assert stages[-1] == org.stage, org.name
            happened = {e.stage: e.happened_on for e in events}
            assert happened.get(Stage.FILED) == org.filed_on
            assert happened.get(Stage.REGISTERED) == org.registered_on
            assert happened.get(Stage.EXITED) == org.exited_on
            if org.stage in FILED_OR_LATER:
                assert org.filed_on and org.filing_number and org.founded_on, org.name
                assert org.founded_on <= org.filed_on
            if org.registered_on:
                assert org.filed_on and org.filed_on <= org.registered_on
            if org.graduated_on:
                assert org.filed_on and org.filed_on <= org.graduated_on
            if org.entered_on and org.founded_on:
                assert org.founded_on <= org.entered_on


def test_effective_incubation_has_winners_and_near_misses(demo: tuple[Database, dict[str, Any]]) -> None:
    """At least 10 organizations are effectively incubated and at least 2 filed ones are one activity short."""
    db, _ = demo
    with db.reading() as session:
        statuses = effective_incubation(session, start=date(2025, 3, 11), end=TODAY)
    assert sum(s.effective for s in statuses) >= 10
    assert sum(s.filed and s.missing_activities == 1 for s in statuses) >= 2


def test_the_year_meets_the_project_targets(demo: tuple[Database, dict[str, Any]]) -> None:
    """The base's own work, trainings, files, resources, contest and budget meet the 003 targets."""
    db, _ = demo
    with db.reading() as session:
        base = session.scalars(select(m.Activity).where(m.Activity.organization_id.is_(None))).all()
        assert {a.kind for a in base} == {k.value for k in ActivityKind}
        assert len(base) >= 10 and sum(a.beneficiaries for a in base) >= 200
        assert len(session.scalars(select(m.Attendance.id)).all()) >= 30
        files = [f.kind for f in session.scalars(select(m.ServiceFile))]
        assert files.count(ServiceFileKind.MARRIAGE_CUSTOM) == 22
        assert files.count(ServiceFileKind.FAMILY_COUNSELLING) == 6
        resources = sum(r.value_fen for r in session.scalars(select(m.ResourceLink)))
        assert 600_000 <= resources <= 1_500_000

        contest = session.scalars(select(m.VentureContest)).one()
        assert (contest.expert_weight, contest.pledge_weight, contest.vote_weight) == (60, 20, 20)
        entries = session.scalars(select(m.ContestEntry)).all()
        assert len({e.organization_id for e in entries}) == 12
        assert any(e.direct_beneficiaries < 50 for e in entries)
        winners = [e for e in entries if e.result == EntryResult.WINNER]
        assert len(winners) == 5 and all(e.direct_beneficiaries >= 50 for e in winners)
        assert sum(e.result == EntryResult.IDEA_AWARD for e in entries) == 2
        for entry in winners:
            tranches = session.scalars(
                select(m.GrantTranche).where(m.GrantTranche.entry_id == entry.id).order_by(m.GrantTranche.sequence)
            ).all()
            assert [t.percent for t in tranches] == [50, 30, 20]
            assert sum(t.amount_fen for t in tranches) == entry.grant_fen > 0
            assert tranches[0].paid_on is not None
        for score in session.scalars(select(m.JudgeScore.score)):
            assert Decimal(60) <= score <= Decimal(95)

        project = session.scalars(select(m.FundedProject)).one()
        assert project.total_fen == 16_000_000
        lines = {b.kind: b for b in session.scalars(select(m.BudgetLine))}
        assert sum(b.planned_fen for b in lines.values()) <= project.total_fen
        assert lines["人力成本"].planned_fen <= 10_000_000 and lines["人力成本"].cap_fen == 10_000_000
        assert lines["服务性支出"].planned_fen >= 4_000_000 and lines["服务性支出"].floor_fen == 4_000_000
        assert lines["评估及其他"].cap_fen == 2_000_000
        staff = session.scalars(select(m.Person).join(m.ProjectStaff, m.ProjectStaff.person_id == m.Person.id)).all()
        assert len(staff) >= 2
        assert any(p.certificate_level and (p.practice_years or 0) >= 2 for p in staff)

        targets = {t.indicator: t.value for t in session.scalars(select(m.TargetValue))}
        assert targets["new_orgs_effective"] == 10 and targets["resources_yuan"] == 5000


def test_second_fill_is_refused(tmp_path: Path) -> None:
    """Filling a database that already has organizations raises demo_not_empty and writes nothing."""
    db, summary = filled(tmp_path / "demo.db")
    try:
        with pytest.raises(InputRejected) as raised, db.transaction() as session:
            fill_demo(session, seed=1, today=TODAY)
        assert raised.value.code == "demo_not_empty"
        with db.reading() as session:
            assert len(session.scalars(select(m.Organization.id)).all()) == summary["organizations"]
    finally:
        db.close()


def test_fills_an_existing_empty_site(tmp_path: Path) -> None:
    """A site set up beforehand keeps its code and name and is filled (and marked as demo) like a new one."""
    db = open_database(str(tmp_path / "demo.db"))
    try:
        with db.transaction() as session:
            init_site(session, role=SiteKind.TOWNSHIP, code="653121104", name="乌帕尔镇孵化基地")
        with db.transaction() as session:
            summary = fill_demo(session, seed=3, today=TODAY)
        assert (summary["site_code"], summary["site_name"]) == ("653121104", "乌帕尔镇孵化基地")
        assert "sites" not in summary
        with db.reading() as session:
            site = current_site(session)
            assert site is not None and site.is_demo
            origins = set(session.scalars(select(m.Organization.origin_site)))
        assert origins == {"653121104"}
    finally:
        db.close()
