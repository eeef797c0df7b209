"""How many files of each kind the period holds against its targets; a plain function run off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.indicators.targets import DEFAULT_TARGETS, current_targets, default_period
from incubator_desktop.core.services.records import count_records
from incubator_desktop.core.vocab import ServiceFileKind

#: The target code of each kind of file, as target sets name them.
TARGET_CODES: dict[ServiceFileKind, str] = {
    ServiceFileKind.MARRIAGE_CUSTOM: "marriage_files",
    ServiceFileKind.FAMILY_COUNSELLING: "counselling_files",
}


@dataclass(frozen=True)
class FileCount:
    kind: ServiceFileKind
    count: int
    target: int

    @property
    def missing(self) -> int:
        return max(0, self.target - self.count)


@dataclass(frozen=True)
class FileCounts:
    start: date
    end: date
    counts: tuple[FileCount, ...]


def load_file_counts(db: Database, *, today: date | None = None) -> FileCounts:
    """Files opened in the indicators' default period, per kind, against the targets in force."""
    today = today or date.today()
    with db.reading() as session:
        try:
            start, end = default_period(session, today=today)
            targets = {
                code: int(value) for code, value in current_targets(session, start=start, end=end).values.items()
            }
        except InputRejected:  # no site yet: the calendar year and the policy's defaults
            start, end = date(today.year, 1, 1), today
            targets = dict(DEFAULT_TARGETS)
        counts = tuple(
            FileCount(
                kind,
                count_records(session, m.ServiceFile, filters={"kind": kind.value}, between=("opened_on", start, end)),
                targets.get(code, DEFAULT_TARGETS[code]),
            )
            for kind, code in TARGET_CODES.items()
        )
    return FileCounts(start, end, counts)
