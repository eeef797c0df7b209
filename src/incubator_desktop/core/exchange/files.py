"""Saving workbooks: only to .xlsx names, in existing folders, never half-written under the final name."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl.workbook.workbook import Workbook

from incubator_desktop.core import durable
from incubator_desktop.core.exchange.errors import ExportRefused


def export_target(path: Path | str) -> Path:
    """Check where a workbook is to be written before any work is done; return the path."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ExportRefused("export_not_xlsx", path=str(target))
    if not target.parent.is_dir():
        raise ExportRefused("export_folder_missing", folder=str(target.parent))
    return target


def save_workbook(workbook: Workbook, target: Path) -> None:
    """Write to a temporary file beside `target`, read it back, then swap it in; a failure leaves the old file.

    A USB stick that fills up, is pulled out, or hands back other bytes than were written makes the export
    fail with ExportRefused, and nothing is left under the final name.
    """
    try:
        buffer = io.BytesIO()
        workbook.save(buffer)
        if not durable.write_verified(target, buffer.getvalue()):
            raise ExportRefused("export_failed", path=str(target), detail="read-back")
    except PermissionError:
        # On Windows a workbook open in Excel or WPS cannot be replaced.
        raise ExportRefused("export_file_locked", path=str(target)) from None
    except OSError as error:
        raise ExportRefused("export_failed", path=str(target), detail=error.strerror or str(error)) from None
