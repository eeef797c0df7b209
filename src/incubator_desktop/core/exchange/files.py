"""Saving workbooks: only to .xlsx names, in existing folders, never half-written under the final name."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from openpyxl.workbook.workbook import Workbook

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
    """Write to a temporary file beside `target`, then swap it in, so a crash leaves the old file intact."""
    # A plain new file (not mkstemp's private 0600 one), so the result gets the user's usual permissions.
    temporary = target.with_name(f".{target.stem}.{secrets.token_hex(4)}.tmp")
    try:
        workbook.save(temporary)
        os.replace(temporary, target)
    except PermissionError:
        # On Windows a workbook open in Excel or WPS cannot be replaced.
        raise ExportRefused("export_file_locked", path=str(target)) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
