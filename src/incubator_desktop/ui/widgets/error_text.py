"""Turns the core's error codes into translated sentences for the screen (the CLI has its own, in core)."""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from incubator_desktop.core.errors import CoreError, FieldError, ValidationFailed
from incubator_desktop.ui.widgets.grant_error_text import grant_templates
from incubator_desktop.ui.widgets.output_error_text import output_templates
from incubator_desktop.ui.widgets.refusals import refusal_templates
from incubator_desktop.ui.widgets.sync_error_text import sync_templates

_FORMATTER = string.Formatter()


def _templates(code: str) -> tuple[str, ...]:
    """Sentences for `code`, richest first; the last one never needs a parameter."""
    if code == "required":
        return (QCoreApplication.translate("ErrorText", "This field must be filled in."),)
    if code == "too_long":
        return (
            QCoreApplication.translate("ErrorText", "Too long: at most {max} characters."),
            QCoreApplication.translate("ErrorText", "Too long; please shorten it."),
        )
    if code == "unknown_choice":
        return (QCoreApplication.translate("ErrorText", "Please choose one of the offered values."),)
    if code == "negative":
        return (QCoreApplication.translate("ErrorText", "Must not be negative; enter 0 or more."),)
    if code == "out_of_range":
        return (
            QCoreApplication.translate("ErrorText", "Must be between {low} and {high}."),
            QCoreApplication.translate("ErrorText", "The number is outside the allowed range."),
        )
    if code == "weights_sum":
        return (
            QCoreApplication.translate(
                "ErrorText", "The three weights must add up to 100; now they add up to {total}."
            ),
            QCoreApplication.translate("ErrorText", "The three weights must add up to 100."),
        )
    if code in ("date_invalid", "bad_date"):
        return (
            QCoreApplication.translate("ErrorText", "“{value}” is not a date; write it like 2024-05-01."),
            QCoreApplication.translate("ErrorText", "Not a date; write it like 2024-05-01."),
        )
    if code == "date_in_future":
        return (QCoreApplication.translate("ErrorText", "This date is later than today; please check it."),)
    if code == "date_order":
        return (
            QCoreApplication.translate(
                "ErrorText", "This date is earlier than the date it must follow; please check it."
            ),
        )
    if code == "number_invalid":
        return (
            QCoreApplication.translate("ErrorText", "“{value}” is not a number."),
            QCoreApplication.translate("ErrorText", "Not a number."),
        )
    if code == "phone_invalid":
        return (
            QCoreApplication.translate(
                "ErrorText",
                "Not a phone number: enter an 11-digit mobile number, or a landline with its area code "
                "(like 0998-1234567).",
            ),
        )
    if code == "credit_code_length":
        return (
            QCoreApplication.translate(
                "ErrorText", "A unified social credit code has 18 characters; this one has {length}."
            ),
            QCoreApplication.translate("ErrorText", "A unified social credit code has 18 characters."),
        )
    if code == "credit_code_chars":
        return (
            QCoreApplication.translate(
                "ErrorText",
                "A credit code cannot contain “{char}”: only digits and capital letters (not I, O, Z, S, V).",
            ),
            QCoreApplication.translate(
                "ErrorText", "A credit code uses only digits and capital letters (not I, O, Z, S, V)."
            ),
        )
    if code == "credit_code_checksum":
        return (
            QCoreApplication.translate(
                "ErrorText", "The credit code's last character is wrong (it should be {expected}); please check it."
            ),
            QCoreApplication.translate("ErrorText", "The credit code's last character is wrong; please check it."),
        )
    if code == "id_number_length":
        return (
            QCoreApplication.translate("ErrorText", "An ID number has 18 characters; this one has {length}."),
            QCoreApplication.translate("ErrorText", "An ID number has 18 characters."),
        )
    if code == "id_number_chars":
        return (
            QCoreApplication.translate(
                "ErrorText", "An ID number cannot contain “{char}”: 17 digits, then a digit or X."
            ),
            QCoreApplication.translate("ErrorText", "An ID number is 17 digits, then a digit or X."),
        )
    if code == "id_number_region":
        return (
            QCoreApplication.translate(
                "ErrorText", "The region code “{region}” at the start of the ID number does not exist."
            ),
            QCoreApplication.translate("ErrorText", "The region code at the start of the ID number does not exist."),
        )
    if code == "id_number_birthdate":
        return (
            QCoreApplication.translate("ErrorText", "The birth date “{birthdate}” in the ID number is not possible."),
            QCoreApplication.translate("ErrorText", "The birth date in the ID number is not possible."),
        )
    if code == "id_number_checksum":
        return (
            QCoreApplication.translate(
                "ErrorText", "The ID number's last character is wrong (it should be {expected}); please check it."
            ),
            QCoreApplication.translate("ErrorText", "The ID number's last character is wrong; please check it."),
        )
    if code == "division_code_invalid":
        return (QCoreApplication.translate("ErrorText", "A division code has 6, 9 or 12 digits."),)
    if code == "duplicate":
        return (
            QCoreApplication.translate("ErrorText", "“{value}” is already recorded; do not enter it twice."),
            QCoreApplication.translate("ErrorText", "This is already recorded; do not enter it twice."),
        )
    if code == "not_found":
        return (QCoreApplication.translate("ErrorText", "The chosen record no longer exists; please choose again."),)
    if code == "not_owner":
        return (
            QCoreApplication.translate(
                "ErrorText", "This record belongs to another site ({owner}) and cannot be changed here."
            ),
            QCoreApplication.translate("ErrorText", "This record belongs to another site and cannot be changed here."),
        )
    if code == "site_not_initialized":
        return (
            QCoreApplication.translate("ErrorText", "This computer has not been set up yet, so nothing can be saved."),
        )
    if code in ("attachment_changed_while_copying", "attachment_unreadable"):
        return (
            QCoreApplication.translate(
                "ErrorText", "The file could not be read completely; copy it to this computer and try again."
            ),
        )
    if code == "attachment_type":
        return (QCoreApplication.translate("ErrorText", "Only photos (JPG, PNG…) and scans (PDF) can be attached."),)
    if code == "validation_failed":
        return (QCoreApplication.translate("ErrorText", "Some entries need correcting; nothing was saved."),)
    if code == "disk_full":
        return (
            QCoreApplication.translate(
                "ErrorText",
                "The disk is full, so nothing was saved. Free some disk space (for example, empty the recycle "
                "bin) and try again.",
            ),
        )
    if code in ("disk_io_error", "disk_failed"):
        return (
            QCoreApplication.translate(
                "ErrorText",
                "The disk could not be read or written, so nothing was saved. Try again; if it keeps "
                "happening, have the computer's hard disk checked.",
            ),
        )
    # Printouts, workbooks and bundles keep their sentences beside each other, out of this list.
    extra = output_templates(code) or sync_templates(code) or grant_templates(code) or refusal_templates(code)
    if extra:
        return extra
    return (
        QCoreApplication.translate("ErrorText", "The program could not do this (code {code}). Nothing was saved."),
        QCoreApplication.translate("ErrorText", "The program could not do this. Nothing was saved."),
    )


def error_text(code: str, params: Mapping[str, Any] | None = None) -> str:
    """The translated sentence for `code`, as full as `params` allow; never raises on missing params."""
    values = {key: _show(value) for key, value in (params or {}).items()}
    values.setdefault("code", code)
    for template in _templates(code):
        names = {name for _, name, _, _ in _FORMATTER.parse(template) if name}
        if names <= values.keys():
            return template.format_map(values)
    return _templates(code)[-1]


def field_error_text(error: FieldError) -> str:
    return error_text(error.code, error.params)


def core_error_text(error: CoreError) -> str:
    """One sentence for any core error; a failed validation lists each field's problem."""
    if isinstance(error, ValidationFailed) and error.errors:
        return "\n".join(field_error_text(item) for item in error.errors)
    return error_text(error.code, error.params)


def _show(value: Any) -> str:
    if isinstance(value, list | tuple | set | frozenset):
        return QCoreApplication.translate("ErrorText", ", ").join(str(item) for item in value)
    return str(value)
