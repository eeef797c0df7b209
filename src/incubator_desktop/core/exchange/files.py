"""Saving workbooks: only to .xlsx names, in existing folders, never half-written under the final name."""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import zipfile
import zlib
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
    """Write to a temporary file beside `target`, read it back, then swap it in; a failure leaves the old file.

    A USB stick that fills up, is pulled out, or hands back other bytes than were written makes the export
    fail with ExportRefused, and nothing is left under the final name.
    """
    # A plain new file (not mkstemp's private 0600 one), so the result gets the user's usual permissions.
    temporary = target.with_name(f".{target.stem}.{secrets.token_hex(4)}.tmp")
    try:
        workbook.save(temporary)
        if not _reads_back_intact(temporary):
            raise ExportRefused("export_failed", path=str(target), detail="read-back")
        os.replace(temporary, target)
    except PermissionError:
        # On Windows a workbook open in Excel or WPS cannot be replaced.
        raise ExportRefused("export_file_locked", path=str(target)) from None
    except OSError as error:
        raise ExportRefused("export_failed", path=str(target), detail=error.strerror or str(error)) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def read_back(path: Path) -> bytes:
    """Read a written file, asking the OS to drop its cached copy first so the device itself answers."""
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
        if hasattr(os, "posix_fadvise"):
            os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        return handle.read()


def _reads_back_intact(path: Path) -> bool:
    """Whether every member of the written workbook reads back with its checksum (zip CRC) intact."""
    try:
        with zipfile.ZipFile(io.BytesIO(read_back(path))) as archive:
            return archive.testzip() is None
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError):
        return False
