"""Errors of the spreadsheet capability: files refused before anything is written, cancelled work."""

from __future__ import annotations

from incubator_desktop.core.errors import CoreError, InputRejected


class WorkbookRefused(InputRejected):
    """The file cannot be read as a workbook at all (not xlsx, encrypted, unsafe, too big); nothing changed."""

    code = "workbook_damaged"


class ExportRefused(InputRejected):
    """The workbook cannot be written where asked (wrong extension, missing folder, file open elsewhere)."""

    code = "export_failed"


class OperationCancelled(CoreError):
    """The user cancelled a long import or export; the caller's transaction is rolled back."""

    code = "cancelled"
