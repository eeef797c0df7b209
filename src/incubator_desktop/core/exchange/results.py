"""What a roster import found and did, as plain values the UI and the command line both show."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from incubator_desktop.core.messages import DEFAULT_LANGUAGE, describe


@dataclass(frozen=True)
class RowProblem:
    """Why one row was not imported: the spreadsheet's own row number, the field and a message code.

    `field` is the stable Organization field name ("leader_id_number"); `column` is the header exactly
    as the clerk's file spells it, so the reason can point at the column they see.
    """

    row: int
    field: str
    column: str
    code: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def reason(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return describe(self.code, self.params, lang=lang)


class RowAction(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class RowOutcome:
    """What happened (or, in a dry run, would happen) to one accepted row."""

    row: int
    name: str
    action: RowAction
    changed: tuple[str, ...] = ()


@dataclass(frozen=True)
class DuplicateRow:
    """A row naming an organization an earlier row of the same file already named; counted once."""

    row: int
    first_row: int
    name: str


@dataclass(frozen=True)
class ImportSummary:
    """The outcome of one roster import; a dry run reports exactly what a real run would do."""

    dry_run: bool
    sheet: str
    header_row: int
    outcomes: tuple[RowOutcome, ...]
    duplicate_rows: tuple[DuplicateRow, ...]
    rejected: tuple[RowProblem, ...]
    communities_created: tuple[str, ...]

    def _count(self, action: RowAction) -> int:
        return sum(1 for outcome in self.outcomes if outcome.action is action)

    @property
    def created(self) -> int:
        return self._count(RowAction.CREATED)

    @property
    def updated(self) -> int:
        return self._count(RowAction.UPDATED)

    @property
    def unchanged(self) -> int:
        return self._count(RowAction.UNCHANGED)

    @property
    def duplicates(self) -> int:
        return len(self.duplicate_rows)

    @property
    def rejected_rows(self) -> tuple[int, ...]:
        """The numbers of the rows that were not imported, each once, in sheet order."""
        return tuple(sorted({problem.row for problem in self.rejected}))

    @property
    def accepted(self) -> int:
        return len(self.outcomes)

    def as_dict(self, *, lang: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
        """The summary as JSON-ready data: counts, then every rejected cell with its reason."""
        return {
            "dry_run": self.dry_run,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "rejected_rows": len(self.rejected_rows),
            "rejected": [
                {
                    "row": problem.row,
                    "field": problem.field,
                    "column": problem.column,
                    "code": problem.code,
                    "reason": problem.reason(lang),
                }
                for problem in self.rejected
            ],
            "duplicate_rows": [
                {"row": dup.row, "first_row": dup.first_row, "name": dup.name} for dup in self.duplicate_rows
            ],
            "communities_created": list(self.communities_created),
        }
