"""Sentences for the refusals of printouts and workbooks (richest first; the last needs no parameter)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def output_templates(code: str) -> tuple[str, ...] | None:
    """The sentences for a printing or spreadsheet code, or None when `code` is not one of them."""
    translate = QCoreApplication.translate
    table: dict[str, tuple[str, ...]] = {
        # Printouts.
        "notice_empty": (
            translate(
                "OutputErrorText", "Nothing in the chosen period can go on this notice. Change the dates and try again."
            ),
        ),
        "office_phone_personal": (
            translate("OutputErrorText", "A notice may only show the office landline, never a personal mobile number."),
        ),
        "unsafe_public_text": (
            translate(
                "OutputErrorText",
                "The printout still contained an ID or phone number, so nothing was printed. Ask for technical help.",
            ),
        ),
        "month_invalid": (
            translate("OutputErrorText", "“{value}” is not a month; write it like 2024-05."),
            translate("OutputErrorText", "Not a month; write it like 2024-05."),
        ),
        "month_empty": (
            translate("OutputErrorText", "Nothing was recorded in {month}, so there is no monthly report for it."),
            translate("OutputErrorText", "Nothing was recorded in that month, so there is no monthly report for it."),
        ),
        "contest_no_awards": (
            translate(
                "OutputErrorText", "This contest has no winners or idea awards yet, so there are no certificates."
            ),
        ),
        "nothing_to_print": (translate("OutputErrorText", "There is nothing to print."),),
        "no_bundle_received": (
            translate("OutputErrorText", "No bundle has been imported yet, so there is no receipt."),
        ),
        # Workbooks that cannot be read: nothing was imported.
        "workbook_missing": (translate("OutputErrorText", "The file was not found. Check where it is and try again."),),
        "workbook_not_xlsx": (
            translate(
                "OutputErrorText",
                "This file is not an Excel workbook (.xlsx). Save .xls or .et files as .xlsx in Excel or WPS first.",
            ),
        ),
        "workbook_encrypted": (
            translate(
                "OutputErrorText",
                "This workbook has an opening password or is an old .xls file. Remove the password and save it "
                "as .xlsx first.",
            ),
        ),
        "workbook_unsafe": (
            translate(
                "OutputErrorText",
                "This workbook contains unsafe content (a DTD) and was refused. Nothing was imported.",
            ),
        ),
        "workbook_too_large": (
            translate(
                "OutputErrorText",
                "This workbook is too large (about {size_mb} MB; the limit is {limit_mb} MB). Nothing was imported.",
            ),
            translate("OutputErrorText", "This workbook is too large. Nothing was imported."),
        ),
        "workbook_too_many_parts": (
            translate("OutputErrorText", "This workbook has too many parts and was refused. Nothing was imported."),
        ),
        "workbook_bomb": (
            translate(
                "OutputErrorText",
                "This workbook grows to an absurd size when opened (a “zip bomb”) and was refused. "
                "Nothing was imported.",
            ),
        ),
        "workbook_too_many_rows": (
            translate(
                "OutputErrorText",
                "The sheet has more than {limit} rows. Split it into smaller files. Nothing was imported.",
            ),
            translate(
                "OutputErrorText", "The sheet has too many rows. Split it into smaller files. Nothing was imported."
            ),
        ),
        "workbook_damaged": (
            translate("OutputErrorText", "This workbook is damaged or not in a known format. Nothing was imported."),
        ),
        "roster_no_header": (
            translate(
                "OutputErrorText",
                "No header row was found in the first 10 rows of any sheet. The header needs at least a "
                "column named 组织名称 (or 社会组织名称, 名称).",
            ),
        ),
        "cancelled": (translate("OutputErrorText", "Cancelled. Nothing was changed."),),
        # Workbooks that cannot be written.
        "export_failed": (translate("OutputErrorText", "The workbook could not be saved. Try another place."),),
        "export_not_xlsx": (translate("OutputErrorText", "Save the workbook under a name ending in .xlsx."),),
        "export_folder_missing": (
            translate("OutputErrorText", "The folder “{folder}” does not exist. Choose another place."),
            translate("OutputErrorText", "That folder does not exist. Choose another place."),
        ),
        "export_file_locked": (
            translate(
                "OutputErrorText",
                "“{path}” cannot be replaced: it is probably open in Excel or WPS. Close it and try again.",
            ),
            translate(
                "OutputErrorText", "The file cannot be replaced: it is probably open in Excel or WPS. Close it first."
            ),
        ),
    }
    return table.get(code)
