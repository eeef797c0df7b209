"""Indicators of the funded projects overlapping the period: staffing and spending against the budget rules."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.indicators.counts import Scope, Tally, fen_to_yuan
from incubator_desktop.core.indicators.model import Comparison

# 003's budget and staffing rules live once, beside the budget service that enforces them.
from incubator_desktop.core.services.budgets import (
    MIN_PRACTICE_YEARS,
    OTHER_CAP_FEN,
    PERSONNEL_CAP_FEN,
    RULE_PROJECT_FEN,
    SERVICES_FLOOR_FEN,
)
from incubator_desktop.core.vocab import BudgetKind


@dataclass(frozen=True)
class BudgetRule:
    code: str
    kind: BudgetKind
    comparison: Comparison
    rule_fen: int  # the limit for a project of RULE_PROJECT_FEN; scaled to the real project's total


BUDGET_RULES = (
    BudgetRule("budget_personnel_ratio", BudgetKind.PERSONNEL, Comparison.AT_MOST, PERSONNEL_CAP_FEN),
    BudgetRule("budget_services_ratio", BudgetKind.SERVICES, Comparison.AT_LEAST, SERVICES_FLOOR_FEN),
    BudgetRule("budget_other_ratio", BudgetKind.EVALUATION_OTHER, Comparison.AT_MOST, OTHER_CAP_FEN),
)

#: Years of practice a certified staff member needs (003).


@dataclass(frozen=True)
class BudgetTally:
    spent: Tally
    limit_yuan: Decimal | None  # None when no funded project overlaps the period


def overlapping_projects(session: Session, scope: Scope) -> dict[str, int]:
    """Live funded projects running during the period: id -> total in fen."""
    rows = session.execute(
        select(m.FundedProject.id, m.FundedProject.total_fen).where(
            m.FundedProject.deleted.is_(False),
            m.FundedProject.origin_site == scope.site_code,
            m.FundedProject.start_on <= scope.end,
            m.FundedProject.end_on.is_(None) | (m.FundedProject.end_on >= scope.start),
        )
    )
    return {project_id: int(total) for project_id, total in rows}


def staff(session: Session, project_ids: list[str], *, certified: bool) -> Tally:
    """Distinct live full-time staff of the projects; `certified` keeps those with a certificate and ≥ 2 years."""
    query = (
        select(m.Person.id)
        .join(m.ProjectStaff, m.ProjectStaff.person_id == m.Person.id)
        .where(
            m.ProjectStaff.project_id.in_(project_ids),
            m.ProjectStaff.deleted.is_(False),
            m.ProjectStaff.full_time.is_(True),
            m.Person.deleted.is_(False),
        )
        .group_by(m.Person.id, m.Person.name)
        .order_by(m.Person.name)
    )
    if certified:
        query = query.where(m.Person.certificate_level.is_not(None), m.Person.practice_years >= MIN_PRACTICE_YEARS)
    ids = tuple(session.scalars(query))
    return Tally(len(ids), ids)


def budget(session: Session, scope: Scope, projects: dict[str, int]) -> dict[str, BudgetTally]:
    """Spending per budget rule in the period, against the budget line's cap/floor or the scaled 003 rule."""
    project_ids = list(projects)
    limits: dict[tuple[str, str], tuple[int | None, int | None]] = {}
    for project_id, kind, cap, floor in session.execute(
        select(m.BudgetLine.project_id, m.BudgetLine.kind, m.BudgetLine.cap_fen, m.BudgetLine.floor_fen).where(
            m.BudgetLine.project_id.in_(project_ids), m.BudgetLine.deleted.is_(False)
        )
    ):
        limits[(project_id, kind)] = (cap, floor)
    spent_filter = (
        m.Expense.project_id.in_(project_ids),
        m.Expense.deleted.is_(False),
        m.Expense.spent_on.between(scope.start, scope.end),
    )
    spent_fen = dict(
        session.execute(
            select(m.Expense.kind, func.sum(m.Expense.amount_fen)).where(*spent_filter).group_by(m.Expense.kind)
        ).all()
    )
    ids: dict[str, list[str]] = defaultdict(list)
    for expense_id, kind in session.execute(
        select(m.Expense.id, m.Expense.kind).where(*spent_filter).order_by(m.Expense.spent_on)
    ):
        ids[kind].append(expense_id)
    result = {}
    for rule in BUDGET_RULES:
        limit_fen = sum(_limit_fen(rule, project_id, total, limits) for project_id, total in projects.items())
        spent = Tally(fen_to_yuan(int(spent_fen.get(rule.kind.value) or 0)), tuple(ids[rule.kind.value]))
        result[rule.code] = BudgetTally(spent, fen_to_yuan(limit_fen) if projects else None)
    return result


def _limit_fen(
    rule: BudgetRule, project_id: str, total_fen: int, limits: dict[tuple[str, str], tuple[int | None, int | None]]
) -> int:
    cap, floor = limits.get((project_id, rule.kind.value), (None, None))
    written = cap if rule.comparison is Comparison.AT_MOST else floor
    if written is not None:
        return written
    # No limit on the budget line: scale 003's limit to this project's size (exact in fen, rounded down).
    return total_fen * rule.rule_fen // RULE_PROJECT_FEN
