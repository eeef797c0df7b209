"""What the first-run wizard does to the database, as plain functions the tests can call without widgets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from incubator_desktop.core.db import Database
from incubator_desktop.core.demo import fill_demo
from incubator_desktop.core.exchange.results import ImportSummary
from incubator_desktop.core.exchange.roster_import import import_roster
from incubator_desktop.core.services.sites import init_site
from incubator_desktop.core.sync.errors import KeyProblem
from incubator_desktop.core.sync.keyform import build_keyform_pdf
from incubator_desktop.core.sync.printouts import keyform_facts
from incubator_desktop.core.sync.trust import create_site_keys
from incubator_desktop.core.sync.vault import KeyVault
from incubator_desktop.core.vocab import SiteKind


@dataclass(frozen=True)
class SiteChoices:
    """The answers of the wizard's first pages."""

    role: SiteKind
    code: str
    name: str
    parent_code: str | None


@dataclass(frozen=True)
class SetupOutcome:
    """The site was set up; `fingerprint` is None when the keys could not be made (`key_problem` says why)."""

    fingerprint: str | None
    key_problem: KeyProblem | None


def set_up_site(db: Database, choices: SiteChoices, vault: KeyVault) -> SetupOutcome:
    """Make the database this site and try to make its keys; a key problem leaves the site set up anyway."""
    fingerprint: str | None = None
    problem: KeyProblem | None = None
    with db.transaction() as session:
        init_site(
            session, role=choices.role, code=choices.code, name=choices.name, parent_code=choices.parent_code or None
        )
        try:
            with session.begin_nested():
                fingerprint = create_site_keys(session, vault).fingerprint
        except KeyProblem as error:
            problem = error  # like `incubator init`: keys can be made later on the Sync page
    return SetupOutcome(fingerprint, problem)


def save_keyform(db: Database, out: Path) -> Path:
    """Write the key enrolment form of this site's current key to `out`."""
    with db.reading() as session:
        facts = keyform_facts(session)
    return build_keyform_pdf(out, facts)


def import_roster_file(db: Database, path: Path) -> ImportSummary:
    """Import an existing roster workbook into the new site."""
    with db.transaction() as session:
        return import_roster(session, path, dry_run=False)


def fill_practice_data(db: Database) -> None:
    """Fill the new (empty) site with a year of practice data; the site is marked as demo."""
    with db.transaction() as session:
        fill_demo(session)
