"""What the district page shows, read in one go off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from incubator_desktop.core.db import Database
from incubator_desktop.core.district.approvals import REQUESTED, ReopenInfo, list_reopen_requests
from incubator_desktop.core.district.checks import Finding, cross_checks
from incubator_desktop.core.district.overview import TownshipRow, township_overview
from incubator_desktop.core.district.roles import year_bounds
from incubator_desktop.ui.widgets.tasks import TaskState


@dataclass(frozen=True)
class DistrictSnapshot:
    """The year's overview rows, the cross-township findings and the re-open requests still waiting."""

    year: int
    rows: tuple[TownshipRow, ...]
    findings: tuple[Finding, ...]
    pending: tuple[ReopenInfo, ...]


def load_district(
    db: Database, year: int, state: TaskState | None = None, today: date | None = None
) -> DistrictSnapshot:
    """Read everything the page shows for `year` (district only; a township gets `district_only`)."""
    start, end = year_bounds(year)
    progress = state.progress if state else None
    cancelled = state.cancelled if state else None
    with db.reading() as session:
        rows = township_overview(session, start=start, end=end, today=today, progress=progress, cancelled=cancelled)
        findings = cross_checks(session, year=year, today=today)
        pending = [item for item in list_reopen_requests(session) if item.status == REQUESTED]
    return DistrictSnapshot(year, tuple(rows), tuple(findings), tuple(pending))
