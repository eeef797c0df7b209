"""Sentences for grant-tranche refusals (richest first; the last needs no parameter)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Named `translate` (not `t`) so that pyside6-lupdate finds the calls.
translate = QCoreApplication.translate


def grant_templates(code: str) -> tuple[str, ...] | None:
    """The sentences for a grant-tranche code, or None when `code` is not one of them."""
    table: dict[str, tuple[str, ...]] = {
        "not_a_winner": (
            translate(
                "GrantErrorText",
                "Only winning entries receive a grant in tranches (this entry's result is “{result}”).",
            ),
            translate("GrantErrorText", "Only winning entries receive a grant in tranches."),
        ),
        "tranches_exist": (translate("GrantErrorText", "The tranches of this entry are already planned."),),
        "grant_not_positive": (translate("GrantErrorText", "The grant must be more than 0 yuan."),),
        "condition_not_met": (
            translate(
                "GrantErrorText",
                "This tranche's condition (“{condition}”) is not recorded as met yet; record that first.",
            ),
            translate("GrantErrorText", "This tranche's condition is not recorded as met yet."),
        ),
        "earlier_tranche_unpaid": (
            translate("GrantErrorText", "Tranche {sequence} has not been paid yet; tranches are paid in order."),
            translate("GrantErrorText", "An earlier tranche has not been paid yet; tranches are paid in order."),
        ),
        "already_paid": (
            translate("GrantErrorText", "This tranche was already paid on {paid_on}."),
            translate("GrantErrorText", "This tranche is already paid."),
        ),
        "paid_before_condition": (
            translate(
                "GrantErrorText", "The payment date is before the day the condition was met ({condition_met_on})."
            ),
            translate("GrantErrorText", "The payment date is before the day the condition was met."),
        ),
    }
    return table.get(code)
