"""Funded-project budgets and staff against the 003 rules: lines with caps and floors, spending, warnings."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import FieldError, InputRejected, ValidationFailed
from incubator_desktop.core.services.records import create_record, get_record
from incubator_desktop.core.vocab import BudgetKind

#: 003: a 160 000-yuan project spends ≤ 100 000 on personnel, ≥ 40 000 on services, ≤ 20 000 on the rest.
RULE_PROJECT_FEN = 16_000_000
PERSONNEL_CAP_FEN = 10_000_000
SERVICES_FLOOR_FEN = 4_000_000
OTHER_CAP_FEN = 2_000_000

#: Spending at or above this share of a cap (in percent) earns `cap_near`.
NEAR_CAP_PERCENT = 90

#: 003: at least 2 full-time staff, at least 1 holding a certificate (any level) with ≥ 2 years of practice.
MIN_STAFF = 2
MIN_CERTIFIED = 1
MIN_PRACTICE_YEARS = 2

CENT = Decimal("0.01")


class Severity(StrEnum):
    INFO = "info"  # worth knowing, nothing wrong yet
    WARNING = "warning"  # close to a rule, or a plan that does not add up
    ERROR = "error"  # a rule is broken


class BudgetWarningCode(StrEnum):
    CAP_CROSSED = "cap_crossed"
    CAP_NEAR = "cap_near"
    FLOOR_NOT_REACHED = "floor_not_reached"
    PLANNED_OVER_TOTAL = "planned_over_total"
    PLANNED_OVER_CAP = "planned_over_cap"
    PLANNED_BELOW_FLOOR = "planned_below_floor"


class StaffProblemCode(StrEnum):
    TOO_FEW_STAFF = "too_few_staff"
    NO_CERTIFIED_STAFF = "no_certified_staff"
    STAFF_ON_OTHER_PROJECT = "staff_on_other_project"


@dataclass(frozen=True)
class BudgetLinePlan:
    """A budget line to create: planned amount and its rule (a cap, a floor, or neither), all in fen."""

    kind: BudgetKind
    planned_fen: int
    cap_fen: int | None = None
    floor_fen: int | None = None


@dataclass(frozen=True)
class BudgetWarning:
    """A budget rule crossed or nearly crossed; `kind` is the budget line it concerns (None: the whole budget)."""

    code: BudgetWarningCode
    severity: Severity
    kind: BudgetKind | None = None
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class LineStatus:
    """One budget kind: the plan, its rule, and what was spent. Percentages have 2 decimals."""

    kind: BudgetKind
    planned_fen: int
    cap_fen: int | None
    floor_fen: int | None
    spent_fen: int
    remaining_to_cap_fen: int | None  # negative once the cap is crossed
    missing_to_floor_fen: int | None  # still to spend to reach the floor; 0 once reached
    percent_of_planned: Decimal | None  # None when nothing is planned
    percent_of_cap: Decimal | None


@dataclass(frozen=True)
class BudgetStatus:
    project_id: str
    name: str
    total_fen: int
    planned_fen: int
    spent_fen: int
    ended: bool  # the project's end date has passed: floors are due
    lines: tuple[LineStatus, ...]  # one per BudgetKind, in vocabulary order
    warnings: tuple[BudgetWarning, ...]


@dataclass(frozen=True)
class StaffMember:
    person_id: str
    name: str
    role: str
    full_time: bool
    certificate_level: str | None
    practice_years: int | None
    certified: bool  # a certificate of any level and ≥ MIN_PRACTICE_YEARS of practice


@dataclass(frozen=True)
class StaffProblem:
    code: StaffProblemCode
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class StaffStatus:
    project_id: str
    staff: tuple[StaffMember, ...]
    full_time_count: int
    certified_count: int  # certified full-time staff
    problems: tuple[StaffProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ProjectLink:
    """How one person is tied to one funded project."""

    project_id: str
    project_name: str
    origin_site: str
    as_staff: bool
    as_payee: bool


@dataclass(frozen=True)
class SharedPerson:
    """A person (one or several records of them) tied to two or more funded projects of the same year."""

    person_ids: tuple[str, ...]  # several when the same ID number is recorded by several sites
    name: str
    matched_by_id_number: bool
    projects: tuple[ProjectLink, ...]


# --- Budget lines ------------------------------------------------------------------------------------


def _ceil_div(numerator: int, denominator: int) -> int:
    return -(-numerator // denominator)


def default_budget_lines(total_fen: int = RULE_PROJECT_FEN) -> list[BudgetLinePlan]:
    """The three 003 lines scaled to `total_fen`, planned at their limits so they add up to the total.

    Caps are rounded down and the floor up, so the scaled rules are never looser than 003's.
    """
    personnel_cap = total_fen * PERSONNEL_CAP_FEN // RULE_PROJECT_FEN
    other_cap = total_fen * OTHER_CAP_FEN // RULE_PROJECT_FEN
    services_floor = _ceil_div(total_fen * SERVICES_FLOOR_FEN, RULE_PROJECT_FEN)
    # 5/8 + 1/4 + 1/8 = 1: services take what the rounded-down caps leave, which is never below the floor.
    services_planned = total_fen - personnel_cap - other_cap
    return [
        BudgetLinePlan(BudgetKind.PERSONNEL, personnel_cap, cap_fen=personnel_cap),
        BudgetLinePlan(BudgetKind.SERVICES, services_planned, floor_fen=services_floor),
        BudgetLinePlan(BudgetKind.EVALUATION_OTHER, other_cap, cap_fen=other_cap),
    ]


def create_project_with_budget(
    session: Session,
    values: Mapping[str, Any],
    *,
    lines: Iterable[BudgetLinePlan] | None = None,
    today: date | None = None,
) -> m.FundedProject:
    """Create a funded project and its budget lines (the 003 defaults scaled to its total unless given).

    A budget kind given twice is rejected (`duplicate_budget_kind`) before anything is written.
    """
    plans = list(lines) if lines is not None else None
    if plans is not None:
        seen = [plan.kind for plan in plans]
        repeated = sorted({kind for kind in seen if seen.count(kind) > 1})
        if repeated:
            raise InputRejected("duplicate_budget_kind", kind=repeated[0].value)
    project = create_record(session, m.FundedProject, values, today=today)
    for plan in plans if plans is not None else default_budget_lines(project.total_fen):
        create_record(
            session,
            m.BudgetLine,
            {
                "project_id": project.id,
                "kind": plan.kind.value,
                "planned_fen": plan.planned_fen,
                "cap_fen": plan.cap_fen,
                "floor_fen": plan.floor_fen,
            },
            today=today,
        )
    return project


# --- Budget status -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    planned_fen: int
    cap_fen: int | None
    floor_fen: int | None


def _rules(session: Session, project_id: str) -> dict[BudgetKind, _Rule]:
    """The project's lines per kind; several lines of one kind add their plans and keep the strictest rule."""
    query = select(m.BudgetLine).where(m.BudgetLine.project_id == project_id, m.BudgetLine.deleted.is_(False))
    planned: dict[BudgetKind, int] = defaultdict(int)
    caps: dict[BudgetKind, list[int]] = defaultdict(list)
    floors: dict[BudgetKind, list[int]] = defaultdict(list)
    for line in session.scalars(query):
        kind = BudgetKind(line.kind)
        planned[kind] += line.planned_fen
        if line.cap_fen is not None:
            caps[kind].append(line.cap_fen)
        if line.floor_fen is not None:
            floors[kind].append(line.floor_fen)
    return {
        kind: _Rule(planned[kind], min(caps[kind], default=None), max(floors[kind], default=None))
        for kind in BudgetKind
    }


def _spent(session: Session, project_id: str, *, excluding: str | None = None) -> dict[BudgetKind, int]:
    query = (
        select(m.Expense.kind, func.sum(m.Expense.amount_fen))
        .where(m.Expense.project_id == project_id, m.Expense.deleted.is_(False))
        .group_by(m.Expense.kind)
    )
    if excluding is not None:
        query = query.where(m.Expense.id != excluding)
    spent = dict.fromkeys(BudgetKind, 0)
    for kind, total in session.execute(query):
        spent[BudgetKind(kind)] = int(total or 0)
    return spent


def _percent(part: int, whole: int | None) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(CENT, rounding=ROUND_HALF_UP)


def _cap_warnings(kind: BudgetKind, rule: _Rule, spent: int) -> list[BudgetWarning]:
    cap = rule.cap_fen
    if cap is None:
        return []
    params = {"spent_fen": spent, "cap_fen": cap}
    if spent > cap:  # exactly at the cap is allowed: the rule is "不得超出"
        return [BudgetWarning(BudgetWarningCode.CAP_CROSSED, Severity.ERROR, kind, {**params, "over_fen": spent - cap})]
    # Integer comparison so a boundary like 90 % of 10 000 000 fen is exact; an empty line is never "near".
    if spent > 0 and spent * 100 >= cap * NEAR_CAP_PERCENT:
        return [BudgetWarning(BudgetWarningCode.CAP_NEAR, Severity.WARNING, kind, {**params, "left_fen": cap - spent})]
    return []


def _floor_warnings(kind: BudgetKind, rule: _Rule, spent: int, *, ended: bool) -> list[BudgetWarning]:
    floor = rule.floor_fen
    if floor is None or spent >= floor:
        return []
    # Spending toward a floor happens over the whole project, so falling short only matters at its end.
    severity = Severity.ERROR if ended else Severity.INFO
    params = {"spent_fen": spent, "floor_fen": floor, "missing_fen": floor - spent}
    return [BudgetWarning(BudgetWarningCode.FLOOR_NOT_REACHED, severity, kind, params)]


def _plan_warnings(total_fen: int, rules: Mapping[BudgetKind, _Rule]) -> list[BudgetWarning]:
    warnings: list[BudgetWarning] = []
    for kind, rule in rules.items():
        if rule.cap_fen is not None and rule.planned_fen > rule.cap_fen:
            params = {"planned_fen": rule.planned_fen, "cap_fen": rule.cap_fen}
            warnings.append(BudgetWarning(BudgetWarningCode.PLANNED_OVER_CAP, Severity.WARNING, kind, params))
        if rule.floor_fen is not None and rule.planned_fen < rule.floor_fen:
            params = {"planned_fen": rule.planned_fen, "floor_fen": rule.floor_fen}
            warnings.append(BudgetWarning(BudgetWarningCode.PLANNED_BELOW_FLOOR, Severity.WARNING, kind, params))
    planned = sum(rule.planned_fen for rule in rules.values())
    if planned > total_fen:
        params = {"planned_fen": planned, "total_fen": total_fen, "over_fen": planned - total_fen}
        warnings.append(BudgetWarning(BudgetWarningCode.PLANNED_OVER_TOTAL, Severity.WARNING, None, params))
    return warnings


def _line_status(kind: BudgetKind, rule: _Rule, spent: int) -> LineStatus:
    return LineStatus(
        kind=kind,
        planned_fen=rule.planned_fen,
        cap_fen=rule.cap_fen,
        floor_fen=rule.floor_fen,
        spent_fen=spent,
        remaining_to_cap_fen=None if rule.cap_fen is None else rule.cap_fen - spent,
        missing_to_floor_fen=None if rule.floor_fen is None else max(0, rule.floor_fen - spent),
        percent_of_planned=_percent(spent, rule.planned_fen),
        percent_of_cap=_percent(spent, rule.cap_fen),
    )


def budget_status(session: Session, project_id: str, *, today: date | None = None) -> BudgetStatus:
    """Planned and spent per budget kind against the caps and floors, with every warning that applies.

    `floor_not_reached` is INFO while the project runs and ERROR once its end date is before `today`.
    """
    today = today or date.today()
    project = get_record(session, m.FundedProject, project_id)
    rules = _rules(session, project_id)
    spent = _spent(session, project_id)
    ended = project.end_on is not None and project.end_on < today
    warnings: list[BudgetWarning] = []
    for kind, rule in rules.items():
        warnings += _cap_warnings(kind, rule, spent[kind])
        warnings += _floor_warnings(kind, rule, spent[kind], ended=ended)
    warnings += _plan_warnings(project.total_fen, rules)
    return BudgetStatus(
        project_id=project.id,
        name=project.name,
        total_fen=project.total_fen,
        planned_fen=sum(rule.planned_fen for rule in rules.values()),
        spent_fen=sum(spent.values()),
        ended=ended,
        lines=tuple(_line_status(kind, rules[kind], spent[kind]) for kind in BudgetKind),
        warnings=tuple(warnings),
    )


def _expense_kind(kind: str) -> BudgetKind:
    try:
        return BudgetKind(kind)
    except ValueError:
        allowed = [member.value for member in BudgetKind]
        raise ValidationFailed([FieldError("kind", "unknown_choice", {"value": kind, "allowed": allowed})]) from None


def check_expense(
    session: Session, project_id: str, kind: str, amount_fen: int, *, replacing: str | None = None
) -> list[BudgetWarning]:
    """The cap warnings the line would carry if this expense were recorded; writes nothing.

    For the expense form, so the clerk is warned before a cap is crossed. `replacing` is the id of an
    expense being edited, whose old amount is left out.
    """
    budget_kind = _expense_kind(kind)
    if amount_fen < 0:
        raise ValidationFailed([FieldError("amount_fen", "negative")])
    get_record(session, m.FundedProject, project_id)
    rule = _rules(session, project_id)[budget_kind]
    spent = _spent(session, project_id, excluding=replacing)[budget_kind] + amount_fen
    return _cap_warnings(budget_kind, rule, spent)


# --- Staff -------------------------------------------------------------------------------------------


def _is_certified(person: m.Person) -> bool:
    return person.certificate_level is not None and (person.practice_years or 0) >= MIN_PRACTICE_YEARS


def _staff_members(session: Session, project_id: str) -> list[StaffMember]:
    query = (
        select(m.ProjectStaff, m.Person)
        .join(m.Person, m.Person.id == m.ProjectStaff.person_id)
        .where(
            m.ProjectStaff.project_id == project_id,
            m.ProjectStaff.deleted.is_(False),
            m.Person.deleted.is_(False),
        )
        .order_by(m.Person.name, m.Person.id)
    )
    members: dict[str, StaffMember] = {}
    for link, person in session.execute(query):
        known = members.get(person.id)
        # One person listed twice counts once, full-time if either listing says so.
        members[person.id] = StaffMember(
            person_id=person.id,
            name=person.name,
            role=link.role if known is None else known.role,
            full_time=link.full_time or (known is not None and known.full_time),
            certificate_level=person.certificate_level,
            practice_years=person.practice_years,
            certified=_is_certified(person),
        )
    return list(members.values())


def _other_projects(session: Session, project: m.FundedProject, person_ids: list[str]) -> dict[str, list[str]]:
    """For each person, the other live projects of the same year they are staff on (003: no double posts)."""
    query = (
        select(m.ProjectStaff.person_id, m.FundedProject.id)
        .join(m.FundedProject, m.FundedProject.id == m.ProjectStaff.project_id)
        .where(
            m.ProjectStaff.person_id.in_(person_ids),
            m.ProjectStaff.deleted.is_(False),
            m.FundedProject.deleted.is_(False),
            m.FundedProject.year == project.year,
            m.FundedProject.id != project.id,
        )
        .order_by(m.FundedProject.id)
    )
    others: dict[str, list[str]] = defaultdict(list)
    for person_id, other_id in session.execute(query):
        if other_id not in others[person_id]:
            others[person_id].append(other_id)
    return others


def staff_check(session: Session, project_id: str) -> StaffStatus:
    """The project's staff against 003: ≥ 2 full-time, ≥ 1 of them certified with ≥ 2 years, no double posts.

    Only full-time staff count (003 says 专职); a staff member also on another project of the same year is
    reported per person. Same-person matching across sites is `people_paid_by_several_projects`' job.
    """
    project = get_record(session, m.FundedProject, project_id)
    staff = _staff_members(session, project_id)
    full_time = [member for member in staff if member.full_time]
    certified = [member for member in full_time if member.certified]
    problems: list[StaffProblem] = []
    if len(full_time) < MIN_STAFF:
        problems.append(StaffProblem(StaffProblemCode.TOO_FEW_STAFF, {"count": len(full_time), "minimum": MIN_STAFF}))
    if len(certified) < MIN_CERTIFIED:
        problems.append(StaffProblem(StaffProblemCode.NO_CERTIFIED_STAFF, {"minimum_years": MIN_PRACTICE_YEARS}))
    others = _other_projects(session, project, [member.person_id for member in full_time])
    for member in full_time:
        if others.get(member.person_id):
            params = {"person_id": member.person_id, "name": member.name, "project_ids": others[member.person_id]}
            problems.append(StaffProblem(StaffProblemCode.STAFF_ON_OTHER_PROJECT, params))
    return StaffStatus(
        project_id=project_id,
        staff=tuple(staff),
        full_time_count=len(full_time),
        certified_count=len(certified),
        problems=tuple(problems),
    )


# --- District cross-check ----------------------------------------------------------------------------


@dataclass
class _Ties:
    person_ids: set[str] = dataclasses.field(default_factory=set)
    names: set[str] = dataclasses.field(default_factory=set)
    staff_of: set[str] = dataclasses.field(default_factory=set)
    payee_of: set[str] = dataclasses.field(default_factory=set)


def _person_key(person_id: str, id_number: str | None) -> tuple[bool, str]:
    # Each site keeps its own record of a person, so across townships only the ID number says "same person".
    return (True, id_number) if id_number else (False, person_id)


def _collect_ties(session: Session, year: int) -> dict[tuple[bool, str], _Ties]:
    live_project = (m.FundedProject.deleted.is_(False), m.FundedProject.year == year, m.Person.deleted.is_(False))
    staff_rows = session.execute(
        select(m.Person.id, m.Person.id_number, m.Person.name, m.ProjectStaff.project_id)
        .join(m.ProjectStaff, m.ProjectStaff.person_id == m.Person.id)
        .join(m.FundedProject, m.FundedProject.id == m.ProjectStaff.project_id)
        .where(m.ProjectStaff.deleted.is_(False), *live_project)
    )
    payee_rows = session.execute(
        select(m.Person.id, m.Person.id_number, m.Person.name, m.Expense.project_id)
        .join(m.Expense, m.Expense.payee_person_id == m.Person.id)
        .join(m.FundedProject, m.FundedProject.id == m.Expense.project_id)
        .where(m.Expense.deleted.is_(False), *live_project)
        .distinct()
    )
    ties: dict[tuple[bool, str], _Ties] = defaultdict(_Ties)
    for rows, as_staff in ((staff_rows, True), (payee_rows, False)):
        for person_id, id_number, name, project_id in rows:
            tie = ties[_person_key(person_id, id_number)]
            tie.person_ids.add(person_id)
            tie.names.add(name)
            (tie.staff_of if as_staff else tie.payee_of).add(project_id)
    return ties


def people_paid_by_several_projects(session: Session, year: int) -> list[SharedPerson]:
    """People who are staff or payee on two or more live funded projects of `year`, sorted by name.

    The same person is the same record, or records with the same ID number (as the district sees
    them from several townships); the ID number itself is never returned.
    """
    ties = _collect_ties(session, year)
    shared = {key: tie for key, tie in ties.items() if len(tie.staff_of | tie.payee_of) >= 2}
    project_ids = set().union(*(tie.staff_of | tie.payee_of for tie in shared.values()))
    projects = {
        project.id: project
        for project in session.scalars(select(m.FundedProject).where(m.FundedProject.id.in_(project_ids)))
    }
    result = []
    for (by_id_number, _), tie in shared.items():
        links = tuple(
            ProjectLink(
                project_id=pid,
                project_name=projects[pid].name,
                origin_site=projects[pid].origin_site,
                as_staff=pid in tie.staff_of,
                as_payee=pid in tie.payee_of,
            )
            for pid in sorted(tie.staff_of | tie.payee_of, key=lambda pid: (projects[pid].name, pid))
        )
        result.append(
            SharedPerson(
                person_ids=tuple(sorted(tie.person_ids)),
                name="、".join(sorted(tie.names)),
                matched_by_id_number=by_id_number,
                projects=links,
            )
        )
    return sorted(result, key=lambda person: (person.name, person.person_ids))
