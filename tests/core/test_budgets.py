"""Funded-project budgets and staff: 003 default lines, cap and floor warnings at their boundaries, staff rules."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.demo import fill_demo
from incubator_desktop.core.errors import InputRejected, ValidationFailed
from incubator_desktop.core.services.budgets import (
    BudgetLinePlan,
    BudgetStatus,
    BudgetWarningCode,
    Severity,
    StaffProblemCode,
    budget_status,
    check_expense,
    create_project_with_budget,
    default_budget_lines,
    people_paid_by_several_projects,
    staff_check,
)
from incubator_desktop.core.services.records import create_record, delete_record
from incubator_desktop.core.vocab import BudgetKind

TODAY = date(2026, 3, 10)
PERSONNEL, SERVICES, OTHER = BudgetKind.PERSONNEL, BudgetKind.SERVICES, BudgetKind.EVALUATION_OTHER
VALID_ID = "11010519491231002X"


def project_values(**extra: Any) -> dict[str, Any]:
    return {
        "name": "福彩公益金项目",
        "year": 2025,
        "contractor": "同心社会工作服务中心",
        "total_fen": 16_000_000,
        "start_on": date(2025, 3, 1),
        "end_on": date(2026, 2, 28),
        **extra,
    }


def new_project(session: Session, **extra: Any) -> str:
    return create_project_with_budget(session, project_values(**extra), today=TODAY).id


def spend(session: Session, project_id: str, kind: BudgetKind, amount_fen: int, payee: str | None = None) -> str:
    values = {
        "project_id": project_id,
        "kind": kind.value,
        "spent_on": date(2025, 6, 1),
        "amount_fen": amount_fen,
        "description": "支出",
        "payee_person_id": payee,
    }
    return create_record(session, m.Expense, values, today=TODAY).id


def status_after(township: Database, spending: dict[BudgetKind, int], *, today: date = TODAY) -> BudgetStatus:
    with township.transaction() as session:
        project_id = new_project(session)
        for kind, amount in spending.items():
            spend(session, project_id, kind, amount)
    with township.reading() as session:
        return budget_status(session, project_id, today=today)


def codes(status: BudgetStatus, kind: BudgetKind | None) -> set[BudgetWarningCode]:
    return {warning.code for warning in status.warnings if warning.kind == kind}


# --- Default lines -----------------------------------------------------------------------------------


def test_default_lines_are_the_003_rules() -> None:
    """160 000 yuan: personnel ≤ 100 000, services ≥ 40 000, evaluation/other ≤ 20 000, planned to the total."""
    assert default_budget_lines() == [
        BudgetLinePlan(PERSONNEL, 10_000_000, cap_fen=10_000_000),
        BudgetLinePlan(SERVICES, 4_000_000, floor_fen=4_000_000),
        BudgetLinePlan(OTHER, 2_000_000, cap_fen=2_000_000),
    ]


@pytest.mark.parametrize("total", [8_000_000, 10_000_001, 1, 7, 33_333_333])
def test_default_lines_scale_without_loosening_the_rules(total: int) -> None:
    """For other totals the caps round down, the floor rounds up, and the plan still adds up to the total."""
    personnel, services, other = default_budget_lines(total)
    assert personnel.cap_fen is not None and other.cap_fen is not None and services.floor_fen is not None
    assert personnel.cap_fen * 16 <= total * 10 and other.cap_fen * 16 <= total * 2
    assert services.floor_fen * 16 >= total * 4
    assert personnel.planned_fen + services.planned_fen + other.planned_fen == total
    assert services.planned_fen >= services.floor_fen


def test_half_a_project_halves_the_rules() -> None:
    """An 80 000-yuan project gets 50 000 / 20 000 / 10 000."""
    assert [(p.cap_fen, p.floor_fen) for p in default_budget_lines(8_000_000)] == [
        (5_000_000, None),
        (None, 2_000_000),
        (1_000_000, None),
    ]


def test_project_is_created_with_its_lines(township: Database) -> None:
    """Creating a project writes its three default lines, scaled to its total."""
    with township.transaction() as session:
        project_id = new_project(session, total_fen=8_000_000)
    with township.reading() as session:
        lines = session.scalars(select(m.BudgetLine).where(m.BudgetLine.project_id == project_id)).all()
        got = sorted((line.kind, line.planned_fen, line.cap_fen, line.floor_fen) for line in lines)
    assert got == sorted(
        [
            (PERSONNEL.value, 5_000_000, 5_000_000, None),
            (SERVICES.value, 2_000_000, None, 2_000_000),
            (OTHER.value, 1_000_000, 1_000_000, None),
        ]
    )


def test_a_kind_given_twice_writes_nothing(township: Database) -> None:
    """Two lines of one kind are refused before the project is written."""
    lines = [BudgetLinePlan(PERSONNEL, 1), BudgetLinePlan(PERSONNEL, 2)]
    with township.transaction() as session, pytest.raises(InputRejected) as refused:
        create_project_with_budget(session, project_values(), lines=lines, today=TODAY)
    assert refused.value.code == "duplicate_budget_kind"
    with township.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.FundedProject)) == 0


# --- Budget status -----------------------------------------------------------------------------------


def test_status_lists_every_line_with_its_numbers(township: Database) -> None:
    """Each line shows planned, spent, what is left to the cap or missing to the floor, and percentages."""
    status = status_after(township, {PERSONNEL: 2_500_000, SERVICES: 1_000_000})
    personnel, services, other = status.lines
    assert (personnel.kind, personnel.spent_fen, personnel.remaining_to_cap_fen) == (PERSONNEL, 2_500_000, 7_500_000)
    assert (personnel.percent_of_cap, personnel.percent_of_planned) == (Decimal("25.00"), Decimal("25.00"))
    assert (services.spent_fen, services.missing_to_floor_fen, services.remaining_to_cap_fen) == (
        1_000_000,
        3_000_000,
        None,
    )
    assert (other.spent_fen, other.percent_of_cap) == (0, Decimal("0.00"))
    assert (status.total_fen, status.planned_fen, status.spent_fen) == (16_000_000, 16_000_000, 3_500_000)


@pytest.mark.parametrize(
    ("spent", "expected"),
    [
        (8_999_999, set()),
        (9_000_000, {BudgetWarningCode.CAP_NEAR}),  # exactly 90 %
        (10_000_000, {BudgetWarningCode.CAP_NEAR}),  # exactly at the cap: allowed
        (10_000_001, {BudgetWarningCode.CAP_CROSSED}),  # one fen over
    ],
)
def test_cap_warnings_at_the_boundaries(township: Database, spent: int, expected: set[BudgetWarningCode]) -> None:
    """Near from 90 % of the cap; at the cap is not crossed; one fen over is."""
    status = status_after(township, {PERSONNEL: spent, SERVICES: 4_000_000})
    assert codes(status, PERSONNEL) == expected


def test_a_crossed_cap_is_an_error_with_the_excess(township: Database) -> None:
    """Crossing the evaluation/other cap by one fen is an error that says by how much."""
    status = status_after(township, {OTHER: 2_000_001, SERVICES: 4_000_000})
    [warning] = [w for w in status.warnings if w.kind == OTHER]
    assert (warning.code, warning.severity) == (BudgetWarningCode.CAP_CROSSED, Severity.ERROR)
    assert warning.params == {"spent_fen": 2_000_001, "cap_fen": 2_000_000, "over_fen": 1}
    assert status.lines[2].remaining_to_cap_fen == -1


def test_floor_is_informational_until_the_project_ends(township: Database) -> None:
    """Services below the floor are INFO while the project runs and ERROR after its end; at the floor, nothing."""
    running = status_after(township, {SERVICES: 3_999_999}, today=date(2026, 2, 28))
    ended = status_after(township, {SERVICES: 3_999_999}, today=date(2026, 3, 1))
    reached = status_after(township, {SERVICES: 4_000_000}, today=date(2026, 3, 1))
    [info] = [w for w in running.warnings if w.kind == SERVICES]
    assert (info.code, info.severity, info.params["missing_fen"]) == (BudgetWarningCode.FLOOR_NOT_REACHED, "info", 1)
    assert [(w.code, w.severity) for w in ended.warnings if w.kind == SERVICES] == [
        (BudgetWarningCode.FLOOR_NOT_REACHED, Severity.ERROR)
    ]
    assert (running.ended, ended.ended) == (False, True)
    assert codes(reached, SERVICES) == set()


def test_plan_over_total_and_lines_against_their_rules(township: Database) -> None:
    """Lines planned above the total, above a cap or below a floor are warned about."""
    lines = [
        BudgetLinePlan(PERSONNEL, 10_000_001, cap_fen=10_000_000),
        BudgetLinePlan(SERVICES, 3_999_999, floor_fen=4_000_000),
        BudgetLinePlan(OTHER, 2_000_001, cap_fen=2_000_000),
    ]
    with township.transaction() as session:
        project_id = create_project_with_budget(session, project_values(), lines=lines, today=TODAY).id
    with township.reading() as session:
        status = budget_status(session, project_id, today=TODAY)
    assert codes(status, PERSONNEL) == {BudgetWarningCode.PLANNED_OVER_CAP}
    assert codes(status, SERVICES) == {BudgetWarningCode.PLANNED_BELOW_FLOOR, BudgetWarningCode.FLOOR_NOT_REACHED}
    assert codes(status, OTHER) == {BudgetWarningCode.PLANNED_OVER_CAP}
    [total] = [w for w in status.warnings if w.kind is None]
    assert (total.code, total.params["over_fen"]) == (BudgetWarningCode.PLANNED_OVER_TOTAL, 1)


def test_a_plan_equal_to_the_total_is_fine(township: Database) -> None:
    """The default plan adds up to exactly the total and earns no planning warning."""
    status = status_after(township, {SERVICES: 4_000_000})
    assert status.warnings == ()


def test_deleted_expenses_do_not_count(township: Database) -> None:
    """A tombstoned expense leaves the spending."""
    with township.transaction() as session:
        project_id = new_project(session)
        expense_id = spend(session, project_id, PERSONNEL, 10_000_001)
        delete_record(session, m.Expense, expense_id)
    with township.reading() as session:
        assert budget_status(session, project_id, today=TODAY).lines[0].spent_fen == 0


# --- Checking an expense before it is written --------------------------------------------------------


def test_check_expense_warns_before_the_cap_is_crossed(township: Database) -> None:
    """Adding up to the cap only warns `cap_near`; one fen more warns `cap_crossed`; nothing is written."""
    with township.transaction() as session:
        project_id = new_project(session)
        spend(session, project_id, PERSONNEL, 9_500_000)
    with township.reading() as session:
        at_cap = check_expense(session, project_id, PERSONNEL.value, 500_000)
        over = check_expense(session, project_id, PERSONNEL.value, 500_001)
        small = check_expense(session, project_id, OTHER.value, 100)
        count = session.scalar(select(func.count()).select_from(m.Expense))
    assert [w.code for w in at_cap] == [BudgetWarningCode.CAP_NEAR]
    assert [(w.code, w.params["over_fen"]) for w in over] == [(BudgetWarningCode.CAP_CROSSED, 1)]
    assert small == []
    assert count == 1


def test_check_expense_leaves_out_the_expense_being_edited(township: Database) -> None:
    """Editing an expense checks its new amount instead of adding it to the old one."""
    with township.transaction() as session:
        project_id = new_project(session)
        expense_id = spend(session, project_id, OTHER, 1_500_000)
    with township.reading() as session:
        assert check_expense(session, project_id, OTHER.value, 1_000_000)[0].code is BudgetWarningCode.CAP_CROSSED
        assert check_expense(session, project_id, OTHER.value, 1_000_000, replacing=expense_id) == []


def test_check_expense_rejects_bad_input(township: Database) -> None:
    """An unknown kind or a negative amount is rejected on its field."""
    with township.transaction() as session:
        project_id = new_project(session)
    with township.reading() as session:
        with pytest.raises(ValidationFailed) as failed:
            check_expense(session, project_id, "餐费", 100)
        assert [(e.field, e.code) for e in failed.value.errors] == [("kind", "unknown_choice")]
        with pytest.raises(ValidationFailed) as failed:
            check_expense(session, project_id, PERSONNEL.value, -1)
        assert [(e.field, e.code) for e in failed.value.errors] == [("amount_fen", "negative")]


# --- Staff -------------------------------------------------------------------------------------------


def person(session: Session, name: str, level: str | None = None, years: int | None = None, **extra: Any) -> str:
    values = {"name": name, "certificate_level": level, "practice_years": years, **extra}
    return create_record(session, m.Person, values, today=TODAY).id


def hire(session: Session, project_id: str, person_id: str, *, full_time: bool = True) -> None:
    values = {"project_id": project_id, "person_id": person_id, "role": "项目社工", "full_time": full_time}
    create_record(session, m.ProjectStaff, values, today=TODAY)


def staff_problems(township: Database, team: list[tuple[str | None, int | None, bool]]) -> set[StaffProblemCode]:
    with township.transaction() as session:
        project_id = new_project(session)
        for index, (level, years, full_time) in enumerate(team):
            hire(session, project_id, person(session, f"社工{index}", level, years), full_time=full_time)
    with township.reading() as session:
        return {problem.code for problem in staff_check(session, project_id).problems}


ASSISTANT, INTERMEDIATE = "助理社会工作师", "社会工作师"


@pytest.mark.parametrize(
    ("team", "expected"),
    [
        ([(ASSISTANT, 2, True), (None, None, True)], set()),  # any level, exactly 2 years
        ([(INTERMEDIATE, 5, True)], {StaffProblemCode.TOO_FEW_STAFF}),
        ([(ASSISTANT, 1, True), (None, None, True)], {StaffProblemCode.NO_CERTIFIED_STAFF}),  # 1 year is short
        ([(None, 10, True), (None, None, True)], {StaffProblemCode.NO_CERTIFIED_STAFF}),  # practice, no certificate
        (
            [(INTERMEDIATE, 5, False), (None, None, True)],  # the certified one is part-time
            {StaffProblemCode.TOO_FEW_STAFF, StaffProblemCode.NO_CERTIFIED_STAFF},
        ),
        ([], {StaffProblemCode.TOO_FEW_STAFF, StaffProblemCode.NO_CERTIFIED_STAFF}),
    ],
)
def test_staff_rules(
    township: Database, team: list[tuple[str | None, int | None, bool]], expected: set[StaffProblemCode]
) -> None:
    """At least 2 full-time staff, at least 1 of them certified (any level) with at least 2 years of practice."""
    assert staff_problems(township, team) == expected


def test_staff_on_another_project_of_the_year_is_reported(township: Database) -> None:
    """A full-time staff member also posted on another project of the same year breaks 003's no-double-post rule."""
    with township.transaction() as session:
        first, second = new_project(session, name="项目一"), new_project(session, name="项目二")
        later = new_project(session, name="明年项目", year=2026, start_on=date(2026, 1, 1), end_on=None)
        shared, alone = person(session, "王丽", ASSISTANT, 3), person(session, "李强")
        for project_id in (first, second, later):
            hire(session, project_id, shared)
        hire(session, first, alone)
    with township.reading() as session:
        status = staff_check(session, first)
        other_year = staff_check(session, later)
    [problem] = status.problems
    assert problem.code is StaffProblemCode.STAFF_ON_OTHER_PROJECT
    assert (problem.params["person_id"], problem.params["project_ids"]) == (shared, [second])
    assert (status.full_time_count, status.certified_count) == (2, 1)
    assert StaffProblemCode.STAFF_ON_OTHER_PROJECT not in {p.code for p in other_year.problems}


# --- District cross-check ----------------------------------------------------------------------------


def test_people_paid_by_two_projects(township: Database) -> None:
    """Staff on one project and payee of another in the same year is found; one project or another year is not."""
    with township.transaction() as session:
        first, second = new_project(session, name="项目一"), new_project(session, name="项目二")
        later = new_project(session, name="明年项目", year=2026, start_on=date(2026, 1, 1), end_on=None)
        both, one = person(session, "王丽"), person(session, "李强")
        next_year = person(session, "赵敏")
        hire(session, first, both)
        spend(session, second, SERVICES, 50_000, payee=both)
        hire(session, first, one)
        spend(session, first, PERSONNEL, 300_000, payee=one)
        hire(session, first, next_year)
        spend(session, later, PERSONNEL, 300_000, payee=next_year)
    with township.reading() as session:
        found = people_paid_by_several_projects(session, 2025)
    assert [(p.person_ids, p.name, p.matched_by_id_number) for p in found] == [((both,), "王丽", False)]
    assert [(link.project_name, link.as_staff, link.as_payee) for link in found[0].projects] == [
        ("项目一", True, False),
        ("项目二", False, True),
    ]


def test_the_same_id_number_on_two_records_is_one_person(township: Database) -> None:
    """Two records with one ID number (two townships' copies) tied to two projects are reported together."""
    with township.transaction() as session:
        first, second = new_project(session, name="项目一"), new_project(session, name="项目二")
        here, there = person(session, "王丽", id_number=VALID_ID), person(session, "王莉", id_number=VALID_ID)
        hire(session, first, here)
        hire(session, second, there)
    with township.reading() as session:
        [found] = people_paid_by_several_projects(session, 2025)
    assert found.person_ids == tuple(sorted((here, there)))
    assert (found.name, found.matched_by_id_number) == ("王丽、王莉", True)
    assert [link.project_name for link in found.projects] == ["项目一", "项目二"]


# --- Demo data ---------------------------------------------------------------------------------------


def test_demo_budget_and_staff_compute(township: Database) -> None:
    """On the demo year the budget status adds up to the recorded expenses and the staff meet 003."""
    with township.transaction() as session:
        fill_demo(session, seed=1, today=TODAY)
    with township.reading() as session:
        project = session.scalars(select(m.FundedProject)).one()
        status = budget_status(session, project.id, today=TODAY)
        spent = session.scalar(select(func.sum(m.Expense.amount_fen)).where(m.Expense.project_id == project.id))
        staff = staff_check(session, project.id)
        shared = people_paid_by_several_projects(session, project.year)
    assert [line.kind for line in status.lines] == list(BudgetKind)
    assert status.spent_fen == spent == sum(line.spent_fen for line in status.lines)
    assert status.planned_fen <= status.total_fen == 16_000_000
    assert not any(w.code is BudgetWarningCode.CAP_CROSSED for w in status.warnings)
    assert staff.ok and staff.certified_count >= 1
    assert shared == []
