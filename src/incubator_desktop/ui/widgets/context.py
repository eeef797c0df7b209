"""What every workspace is given: the open database, the change bus, the task runner, the settings."""

from __future__ import annotations

from dataclasses import dataclass

from incubator_desktop.core.db import Database
from incubator_desktop.ui.widgets.change_bus import ChangeBus
from incubator_desktop.ui.widgets.settings import AppSettings
from incubator_desktop.ui.widgets.tasks import TaskRunner


@dataclass(frozen=True)
class AppContext:
    """Passed down from the composition root; no workspace reaches for a global instead."""

    db: Database
    bus: ChangeBus
    tasks: TaskRunner
    settings: AppSettings
