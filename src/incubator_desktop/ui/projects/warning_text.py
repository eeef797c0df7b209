"""Sentences for budget warnings and staff problems, with amounts in yuan (the core reports fen)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from incubator_desktop.core.services.budgets import (
    BudgetWarning,
    BudgetWarningCode,
    Severity,
    StaffProblem,
    StaffProblemCode,
)
from incubator_desktop.ui.widgets.vocab_labels import budget_kind_labels

translate = QCoreApplication.translate
W = BudgetWarningCode


def yuan(fen: int | None) -> str:
    return "—" if fen is None else f"{Decimal(fen) / 100:,.2f}"


def _values(warning: BudgetWarning) -> dict[str, Any]:
    kind = budget_kind_labels().get(warning.kind.value, warning.kind.value) if warning.kind else ""
    amounts = {key.removesuffix("_fen"): yuan(value) for key, value in warning.params.items() if key.endswith("_fen")}
    return {"kind": kind, **amounts}


def budget_warning_text(warning: BudgetWarning) -> str:
    """One sentence about the budget as it stands."""
    values = _values(warning)
    if warning.code is W.CAP_CROSSED:
        text = translate("BudgetWarnings", "{kind}: {spent} yuan spent, over the cap of {cap} yuan by {over} yuan.")
    elif warning.code is W.CAP_NEAR:
        text = translate(
            "BudgetWarnings", "{kind}: {spent} yuan spent, close to the cap of {cap} yuan; {left} yuan left."
        )
    elif warning.code is W.FLOOR_NOT_REACHED and warning.severity is Severity.ERROR:
        text = translate(
            "BudgetWarnings", "{kind}: only {spent} yuan spent, below the minimum of {floor} yuan by {missing} yuan."
        )
    elif warning.code is W.FLOOR_NOT_REACHED:
        text = translate(
            "BudgetWarnings",
            "{kind}: {spent} yuan spent so far; at least {floor} yuan must be spent by the end ({missing} yuan to go).",
        )
    elif warning.code is W.PLANNED_OVER_TOTAL:
        text = translate(
            "BudgetWarnings", "The budget lines add up to {planned} yuan, more than the project's {total} yuan."
        )
    elif warning.code is W.PLANNED_OVER_CAP:
        text = translate("BudgetWarnings", "{kind}: {planned} yuan planned, more than the cap of {cap} yuan.")
    else:
        text = translate("BudgetWarnings", "{kind}: {planned} yuan planned, less than the minimum of {floor} yuan.")
    return text.format_map(_Missing(values))


def expense_warning_text(warning: BudgetWarning) -> str:
    """One sentence about what recording an expense would do to its budget line (from `check_expense`)."""
    values = _values(warning)
    if warning.code is W.CAP_CROSSED:
        text = translate(
            "BudgetWarnings",
            "With this expense, “{kind}” would come to {spent} yuan: over its cap of {cap} yuan by {over} yuan.",
        )
    else:
        text = translate(
            "BudgetWarnings",
            "With this expense, “{kind}” would come to {spent} yuan: close to its cap of {cap} yuan, with only "
            "{left} yuan left.",
        )
    return text.format_map(_Missing(values))


def staff_problem_text(problem: StaffProblem) -> str:
    params = problem.params
    if problem.code is StaffProblemCode.TOO_FEW_STAFF:
        return translate(
            "BudgetWarnings", "Only {count} full-time staff; the project needs at least {minimum}."
        ).format(count=params.get("count", "?"), minimum=params.get("minimum", "?"))
    if problem.code is StaffProblemCode.NO_CERTIFIED_STAFF:
        return translate(
            "BudgetWarnings",
            "No full-time staff member holds a social-work certificate with at least {years} years of practice; "
            "at least one is needed.",
        ).format(years=params.get("minimum_years", "?"))
    return translate("BudgetWarnings", "{name} is also full-time staff on another project this year.").format(
        name=params.get("name", "?")
    )


class _Missing(dict[str, Any]):
    """Fills a placeholder the warning did not carry with "?" instead of failing."""

    def __missing__(self, key: str) -> str:
        return "?"
