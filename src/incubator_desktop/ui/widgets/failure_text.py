"""One sentence for whatever a background task raised: core refusals by code, file errors, anything else."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from incubator_desktop.core.errors import CoreError
from incubator_desktop.ui.widgets.error_text import core_error_text

log = logging.getLogger(__name__)


def failure_text(error: BaseException) -> str:
    """What to tell the clerk; unexpected errors are logged with their traceback as well."""
    if isinstance(error, CoreError):
        return core_error_text(error)
    if isinstance(error, OSError):
        detail = error.strerror or str(error)
        where = f" ({error.filename})" if error.filename else ""
        return QCoreApplication.translate(
            "FailureText", "The file could not be read or written: {detail}{where}. Choose another place and try again."
        ).format(detail=detail, where=where)
    log.error("task failed", exc_info=error)
    return QCoreApplication.translate(
        "FailureText", "Something unexpected went wrong ({detail}). Ask for technical help."
    ).format(detail=f"{type(error).__name__}: {error}")
