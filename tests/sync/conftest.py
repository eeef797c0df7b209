"""Fixtures for sync: an in-memory credential store, and a district with two townships that trust it."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.services.sites import init_site
from incubator_desktop.core.sync.exporter import ExportResult, export_bundle
from incubator_desktop.core.sync.importer import ImportResult, import_bundle
from incubator_desktop.core.sync.trust import create_site_keys, enroll_public_keys, export_public_keys
from incubator_desktop.core.sync.vault import KeyVault, vault_for
from incubator_desktop.core.vocab import SiteKind

DISTRICT, TOWNSHIP_A, TOWNSHIP_B = "653121", "653121103", "653121104"


@dataclass
class SiteHandle:
    """One site's database file, open database and key vault."""

    code: str
    path: Path
    db: Database
    vault: KeyVault

    def export(self, out_dir: Path, recipient: str | None = None) -> ExportResult:
        return export_bundle(self.db, self.vault, out_dir=out_dir, recipient=recipient)

    def import_(self, bundle: Path | str, *, dry_run: bool = False) -> ImportResult:
        return import_bundle(self.db, self.vault, Path(bundle), dry_run=dry_run)

    def file_hash(self) -> str:
        """The database file's bytes, after closing every connection so the WAL is folded in."""
        self.db.close()
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


_TEMPLATE: list[Path] = []


def _migrated_copy(path: Path) -> None:
    """An empty database at the newest schema, copied from one migrated once per run (migrating is slow)."""
    if not _TEMPLATE:
        template = Path(tempfile.mkdtemp(prefix="incubator-template-")) / "template.db"
        open_database(str(template)).close()
        _TEMPLATE.append(template)
    shutil.copyfile(_TEMPLATE[0], path)


def make_site(folder: Path, role: SiteKind, code: str, name: str) -> SiteHandle:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "incubator.db"
    _migrated_copy(path)
    db = open_database(str(path))
    vault = vault_for(db.url)
    with db.transaction() as session:
        init_site(session, role=role, code=code, name=name)
        create_site_keys(session, vault)
    return SiteHandle(code, path, db, vault)


def introduce(a: SiteHandle, b: SiteHandle) -> None:
    """Each site enrolls the other's public-key file, as the clerks do with a USB stick and the paper form."""
    for source, target in ((a, b), (b, a)):
        with source.db.reading() as session:
            document = export_public_keys(session, source.vault)
        with target.db.transaction() as session:
            enroll_public_keys(session, document)


@dataclass
class Network:
    district: SiteHandle
    township_a: SiteHandle
    township_b: SiteHandle
    sticks: Path


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    district = make_site(tmp_path / "district", SiteKind.DISTRICT, DISTRICT, "疏附县民政局")
    township_a = make_site(tmp_path / "a", SiteKind.TOWNSHIP, TOWNSHIP_A, "托克扎克镇孵化基地")
    township_b = make_site(tmp_path / "b", SiteKind.TOWNSHIP, TOWNSHIP_B, "兰干乡孵化基地")
    introduce(district, township_a)
    introduce(district, township_b)
    yield Network(district, township_a, township_b, tmp_path / "usb")
    for site in (district, township_a, township_b):
        site.db.close()


def clone_device(site: SiteHandle, folder: Path) -> SiteHandle:
    """A second PC of the same site: a copy of the database with its own device id and its own keys."""
    from sqlalchemy import text

    from incubator_desktop.core.ids import new_id

    site.db.close()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "incubator.db"
    path.write_bytes(site.path.read_bytes())
    db = open_database(str(path))
    vault = vault_for(db.url)
    with db.transaction() as session:
        session.execute(text("UPDATE local_site SET device_id = :device"), {"device": new_id()})
        create_site_keys(session, vault)
    return SiteHandle(site.code, path, db, vault)


def enroll_one_way(source: SiteHandle, target: SiteHandle) -> None:
    with source.db.reading() as session:
        document = export_public_keys(session, source.vault)
    with target.db.transaction() as session:
        enroll_public_keys(session, document)
