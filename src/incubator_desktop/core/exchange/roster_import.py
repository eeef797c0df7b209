"""Imports a clerk's organization roster: creates new organizations, updates changed ones, reports the rest.

Matching: a row is the stored organization with the same unified social credit code; failing that, the
one with the same name in the same community (or a same-named one stored without a community); a row
without a community matches a uniquely named organization. Cells that are empty, or masked with stars
by an export, leave the stored value alone: an import adds and corrects, it never erases.
A dry run does all of this inside a savepoint and rolls it back, so its summary is the real one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.bulk_insert import insert_rows
from incubator_desktop.core.errors import FieldError
from incubator_desktop.core.exchange.progress import Cancelled, Progress, Ticker
from incubator_desktop.core.exchange.results import DuplicateRow, ImportSummary, RowAction, RowOutcome, RowProblem
from incubator_desktop.core.exchange.roster_columns import HeaderMap
from incubator_desktop.core.exchange.roster_matching import Findable, OrganizationIndex
from incubator_desktop.core.exchange.roster_rows import RosterRow, column_caption, roster_rows
from incubator_desktop.core.exchange.workbook_reader import read_roster_sheet
from incubator_desktop.core.ids import new_id
from incubator_desktop.core.services.audit import record_audit
from incubator_desktop.core.services.records import create_record, editable_fields
from incubator_desktop.core.services.sites import list_communities, require_site
from incubator_desktop.core.stamping import stamp_new_rows
from incubator_desktop.core.validation.records import normalize_values, validate_record
from incubator_desktop.core.validation.text import normalize_text
from incubator_desktop.core.vocab import Stage

#: The stage of a new organization whose row does not say.
DEFAULT_STAGE = Stage.ENTERED
ORGANIZATIONS = cast(Table, m.Organization.__table__)
# Resolved by the import itself against preloaded maps, so validation needs no query per row.
_RESOLVED_HERE = {"community_id": None, "credit_code": None}


def import_roster(
    session: Session,
    path: Path | str,
    *,
    dry_run: bool,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: date | None = None,
) -> ImportSummary:
    """Import the roster workbook at `path` into the caller's transaction and say what happened.

    Raises WorkbookRefused (nothing read, nothing written) for a file that is not a safe, readable xlsx
    roster, and OperationCancelled when `cancelled()` turns true. `progress(done, total)` is called
    while reading rows (total from the sheet's declared size, 0 if unknown), then while applying them.
    """
    me = require_site(session)
    today = today or date.today()
    sheet = read_roster_sheet(Path(path), progress=progress, cancelled=cancelled)
    rows = roster_rows(sheet, today=today)
    run = _ImportRun(session, sheet.header, site_code=me.code, today=today)
    ticker = Ticker(progress, cancelled, every=200)
    if dry_run:
        savepoint = session.begin_nested()
        try:
            run.apply(rows, ticker)
        finally:
            savepoint.rollback()
    else:
        run.apply(rows, ticker)
    summary = run.summary(dry_run=dry_run, sheet=sheet.title)
    if not dry_run:
        record_audit(
            session,
            "roster_import",
            summary=f"org import {Path(path).name}",
            file=Path(path).name,
            sheet=sheet.title,
            created=summary.created,
            updated=summary.updated,
            unchanged=summary.unchanged,
            duplicates=summary.duplicates,
            rejected=len(summary.rejected_rows),
        )
    return summary


@dataclass(frozen=True)
class _NewOrganization:
    """A new organization of this import, inserted with the others at the end: what matching needs of it."""

    id: str
    name: str
    credit_code: str | None
    community_id: str | None


@dataclass
class _ImportRun:
    """The state of one pass over the rows: what is known, what was seen, what happened."""

    session: Session
    header: HeaderMap
    site_code: str
    today: date
    outcomes: list[RowOutcome] = field(default_factory=list)
    duplicates: list[DuplicateRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    communities_created: list[str] = field(default_factory=list)
    _seen_keys: dict[tuple[str, str | None], int] = field(default_factory=dict)
    _seen_codes: dict[str, int] = field(default_factory=dict)
    _seen_orgs: dict[str, int] = field(default_factory=dict)
    _communities: dict[str, m.Community] = field(default_factory=dict)
    _editable: list[str] = field(default_factory=list)
    _new_rows: list[dict[str, Any]] = field(default_factory=list)

    def apply(self, rows: list[RosterRow], ticker: Ticker) -> None:
        # Loaded inside the (possibly nested) transaction, so a dry run sees what a real run would.
        self._index = OrganizationIndex(self.session)
        for community in list_communities(self.session):
            self._communities.setdefault(normalize_text(community.name), community)
        self._editable = editable_fields(m.Organization)
        for done, row in enumerate(rows, 1):
            ticker.step(done, len(rows))
            self._apply_row(row)
        # One flush for the changed ones: each flush walks every object the session holds, so flushing as we
        # go would make a large import quadratic. New ones skip the ORM altogether (see _insert_new).
        self.session.flush()
        self._insert_new()
        ticker.report(len(rows), len(rows))

    def _insert_new(self) -> None:
        """Insert the new organizations without the ORM, stamped as a flush would stamp them."""
        if not self._new_rows:
            return
        stamp_new_rows(self.session, self._new_rows)
        # As in a flush, an empty value is left out so the column's default applies; rows giving the same
        # columns go in together (a roster gives the same few on nearly every row).
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in self._new_rows:
            given = {name: value for name, value in row.items() if value is not None}
            groups.setdefault(tuple(sorted(given)), []).append(given)
        for rows in groups.values():
            insert_rows(self.session, ORGANIZATIONS, rows)
        self.session.flush()  # the site's clock, moved past the new stamps

    def summary(self, *, dry_run: bool, sheet: str) -> ImportSummary:
        return ImportSummary(
            dry_run=dry_run,
            sheet=sheet,
            header_row=self.header.row,
            outcomes=tuple(self.outcomes),
            duplicate_rows=tuple(self.duplicates),
            rejected=tuple(self.problems),
            communities_created=tuple(self.communities_created),
        )

    def _apply_row(self, row: RosterRow) -> None:
        if row.problems:
            self.problems.extend(row.problems)
            return
        key = (row.name, row.community)
        if key in self._seen_keys:
            self.duplicates.append(DuplicateRow(row.number, self._seen_keys[key], row.name))
            return
        values = normalize_values(m.Organization, row.values)
        code = values.get("credit_code")
        if code and code in self._seen_codes:
            self._reject(row, "credit_code", "credit_code_repeated", first_row=self._seen_codes[code])
            return
        community = self._communities.get(row.community) if row.community else None
        match = self._index.match(
            row.name,
            community_id=community.id if community else None,
            community_given=row.community is not None,
            credit_code=code,
        )
        if match.ambiguous:
            self._reject(row, "community", "roster_ambiguous_name")
            return
        organization = match.organization
        if organization is not None and organization.id in self._seen_orgs:
            # Every match of an organization this import creates lands here, so only stored ones are updated.
            self.duplicates.append(DuplicateRow(row.number, self._seen_orgs[organization.id], row.name))
            return
        stored: Findable | None
        if organization is None:
            stored = self._create(row, values)
        else:
            assert isinstance(organization, m.Organization)
            stored = self._update(row, organization, values)
        if stored is not None:
            self._seen_keys[key] = row.number
            self._seen_orgs[stored.id] = row.number
            if code:
                self._seen_codes[code] = row.number
            self._index.add(stored)

    def _create(self, row: RosterRow, values: dict[str, Any]) -> _NewOrganization | None:
        values = {"stage": DEFAULT_STAGE.value, **values}
        if not self._valid(row, values):
            return None
        organization = _NewOrganization(
            new_id(), values["name"], values.get("credit_code"), self._community_id(row.community)
        )
        self._new_rows.append({**values, "id": organization.id, "community_id": organization.community_id})
        self.outcomes.append(RowOutcome(row.number, row.name, RowAction.CREATED, tuple(sorted(values))))
        return organization

    def _update(self, row: RosterRow, organization: m.Organization, values: dict[str, Any]) -> m.Organization | None:
        changes = {name: value for name, value in values.items() if _differs(getattr(organization, name), value)}
        community = self._communities.get(row.community) if row.community else None
        community_changed = row.community is not None and (
            community is None or community.id != organization.community_id
        )
        if not changes and not community_changed:
            self.outcomes.append(RowOutcome(row.number, row.name, RowAction.UNCHANGED))
            return organization
        if organization.origin_site != self.site_code:
            # The owner site is the only writer of its records (see stamping): say so per row, up front.
            self._reject(row, "name", "not_owner", owner=organization.origin_site)
            return None
        merged = {name: getattr(organization, name) for name in self._editable} | changes
        if not self._valid(row, merged):
            return None
        for name, value in changes.items():
            setattr(organization, name, value)
        changed = sorted(changes)
        if community_changed:
            organization.community_id = self._community_id(row.community)
            changed.append("community")
        self.outcomes.append(RowOutcome(row.number, row.name, RowAction.UPDATED, tuple(changed)))
        return organization

    def _valid(self, row: RosterRow, values: dict[str, Any]) -> bool:
        """Run the same checks as the forms; credit code and community were checked and resolved already."""
        errors = validate_record(self.session, m.Organization, values | _RESOLVED_HERE, today=self.today)
        for error in errors:
            self._add_problem(row, error)
        return not errors

    def _community_id(self, name: str | None) -> str | None:
        if name is None:
            return None
        community = self._communities.get(name)
        if community is None:
            community = create_record(self.session, m.Community, {"name": name})
            self._communities[name] = community
            self.communities_created.append(name)
        return community.id

    def _reject(self, row: RosterRow, field_name: str, code: str, **params: Any) -> None:
        self._add_problem(row, FieldError(field_name, code, params))

    def _add_problem(self, row: RosterRow, error: FieldError) -> None:
        caption = column_caption(self.header, error.field)
        self.problems.append(RowProblem(row.number, error.field, caption, error.code, error.params))


def _differs(stored: object, given: object) -> bool:
    if isinstance(stored, list) and isinstance(given, list):
        return set(stored) != set(given)  # the order areas are listed in carries nothing
    return stored != given
