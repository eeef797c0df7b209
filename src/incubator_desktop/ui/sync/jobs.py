"""What the sync workspace asks of the core, as plain functions for worker threads (no widgets here)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QStorageInfo

from incubator_desktop.core.db import Database
from incubator_desktop.core.errors import CoreError
from incubator_desktop.core.services.sites import SiteInfo, current_site
from incubator_desktop.core.storage import classify
from incubator_desktop.core.sync.errors import KeyProblem, Progress
from incubator_desktop.core.sync.exporter import ExportResult, export_bundle, export_restore_bundle
from incubator_desktop.core.sync.history import ConflictRow, SyncHistory, list_conflicts, sync_history
from incubator_desktop.core.sync.importer import ImportResult, import_bundle
from incubator_desktop.core.sync.printouts import latest_receipt_facts, site_name
from incubator_desktop.core.sync.receipt_pdf import build_receipt_pdf
from incubator_desktop.core.sync.trust import create_site_keys, current_own_key, list_keys
from incubator_desktop.core.sync.vault import KeyVault
from incubator_desktop.core.vocab import SiteKind
from incubator_desktop.ui.widgets.tasks import TaskState


@dataclass(frozen=True)
class Drive:
    """A removable drive that can take a bundle: where it is mounted and what it is called."""

    path: Path
    name: str
    free_bytes: int


@dataclass(frozen=True)
class SyncOverview:
    """Who this site is, whom it can send bundles to, and whether its keys are ready (else why not)."""

    site: SiteInfo | None
    recipients: list[tuple[str, str]] = field(default_factory=list)  # (code, name)
    key_problem: CoreError | None = None


@dataclass(frozen=True)
class SyncRecords:
    """The history of bundles, the conflict log and the names of the sites they mention."""

    history: SyncHistory
    conflicts: list[ConflictRow]
    site_names: dict[str, str]


def site_names(db: Database, codes: Iterable[str]) -> dict[str, str]:
    """Code → name of the sites mentioned (a site not on record keeps its code as its name)."""
    with db.reading() as session:
        return {code: site_name(session, code) for code in set(codes)}


def load_overview(db: Database) -> SyncOverview:
    """This site, the sites it can send to (a township: its district), and the first key problem if any."""
    with db.reading() as session:
        site = current_site(session)
        if site is None:
            return SyncOverview(site=None)
        problem: CoreError | None = None
        try:
            current_own_key(session)
        except CoreError as error:
            problem = error
        enrolled = sorted({row.site_code for row in list_keys(session) if not row.own and row.status == "active"})
    peers = enrolled
    if site.role is SiteKind.TOWNSHIP:
        peers = [site.parent_code] if site.parent_code else []
        if problem is None and site.parent_code and site.parent_code not in enrolled:
            problem = KeyProblem("no_key_for_site", site=site.parent_code)
    names = site_names(db, peers)
    return SyncOverview(site, [(code, names.get(code, code)) for code in peers], problem)


def make_site_keys(db: Database, vault: KeyVault) -> str:
    """Make this site's signing and encryption keys (when setting up could not); returns the fingerprint."""
    with db.transaction() as session:
        return create_site_keys(session, vault).fingerprint


def find_drives() -> list[Drive]:
    """Writable, ready removable drives (USB sticks, memory cards), as the core's storage check sees them."""
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly() or volume.isRoot():
            continue
        root = Path(volume.rootPath())
        try:
            removable = classify(root) == "removable"
        except OSError:
            removable = False
        if removable:
            drives.append(Drive(root, volume.displayName() or root.name or str(root), volume.bytesAvailable()))
    return sorted(drives, key=lambda drive: str(drive.path))


def _reporter(state: TaskState) -> Progress:
    """The core's (fraction, step) progress as the task's (done, total) in percent."""
    return lambda fraction, _step: state.progress(round(fraction * 100), 100)


def run_export(db: Database, vault: KeyVault, out_dir: Path, recipient: str | None, state: TaskState) -> ExportResult:
    return export_bundle(
        db, vault, out_dir=out_dir, recipient=recipient, progress=_reporter(state), cancelled=state.cancelled
    )


def run_restore_export(db: Database, vault: KeyVault, out_dir: Path, township: str, state: TaskState) -> ExportResult:
    """Write everything the district holds of `township` as one restore bundle into `out_dir`."""
    return export_restore_bundle(
        db, vault, out_dir=out_dir, township=township, progress=_reporter(state), cancelled=state.cancelled
    )


def run_import(db: Database, vault: KeyVault, path: Path, *, dry_run: bool, state: TaskState) -> ImportResult:
    return import_bundle(db, vault, path, dry_run=dry_run, progress=_reporter(state), cancelled=state.cancelled)


def load_records(db: Database) -> SyncRecords:
    with db.reading() as session:
        history = sync_history(session)
        conflicts = list_conflicts(session)
    codes = [row.recipient for row in history.sent] + [row.sender for row in history.received]
    return SyncRecords(history, conflicts, site_names(db, codes + [gap.sender for gap in history.gaps]))


def write_receipt(db: Database, out: Path, *, sender: str | None = None, sequence: int | None = None) -> Path:
    """The import receipt (导入回执) of a received bundle (the newest by default) as a PDF at `out`."""
    with db.reading() as session:
        facts = latest_receipt_facts(session, sender=sender, sequence=sequence)
    return build_receipt_pdf(out, facts)
