"""Fixtures for sync: an in-memory credential store, and a district with two townships that trust it."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import make_url, text

from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.ids import new_id
from incubator_desktop.core.models import Base
from incubator_desktop.core.paths import sqlite_path
from incubator_desktop.core.services.sites import init_site
from incubator_desktop.core.sync.exporter import ExportResult, export_bundle
from incubator_desktop.core.sync.importer import ImportResult, import_bundle
from incubator_desktop.core.sync.trust import create_site_keys, enroll_public_keys, export_public_keys
from incubator_desktop.core.sync.vault import KeyVault, vault_for
from incubator_desktop.core.transfer import table_checksum
from incubator_desktop.core.vocab import SiteKind

from ..conftest import PG_ADMIN_URL, _pg_admin, _pg_url

DISTRICT, TOWNSHIP_A, TOWNSHIP_B = "653121", "653121103", "653121104"


@dataclass
class SiteHandle:
    """One site's database (a SQLite file, or a PostgreSQL database in the server run) and key vault."""

    code: str
    path: Path | None
    db: Database
    vault: KeyVault

    def export(self, out_dir: Path, recipient: str | None = None) -> ExportResult:
        return export_bundle(self.db, self.vault, out_dir=out_dir, recipient=recipient)

    def import_(self, bundle: Path | str, *, dry_run: bool = False) -> ImportResult:
        return import_bundle(self.db, self.vault, Path(bundle), dry_run=dry_run)

    def file_hash(self) -> str:
        """The database file's bytes (WAL folded in by closing every connection); on a server database, a
        checksum of every table's rows, which is what "unchanged" can mean there."""
        if self.path is None:
            digest = hashlib.sha256()
            with self.db.engine.connect() as connection:
                for table in Base.metadata.sorted_tables:
                    digest.update(repr(table_checksum(connection, table)).encode())
            return digest.hexdigest()
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


def make_site(folder: Path, role: SiteKind, code: str, name: str, *, db: Database | None = None) -> SiteHandle:
    """A site set up with its keys, on `db` if given (from the make_database fixture), else a SQLite file."""
    if db is None:
        folder.mkdir(parents=True, exist_ok=True)
        _migrated_copy(folder / "incubator.db")
        db = open_database(str(folder / "incubator.db"))
    path = sqlite_path(db.url)
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
def site_database(make_database: Callable[[str], Database]) -> Callable[[str], Database | None]:
    """A database for a site on the suite's backend: None on SQLite (make_site copies a migrated file, which
    is faster than migrating), a fresh PostgreSQL database in the server run."""

    def make(name: str) -> Database | None:
        return make_database(name) if PG_ADMIN_URL else None

    return make


@pytest.fixture
def network(
    tmp_path: Path, make_database: Callable[[str], Database], site_database: Callable[[str], Database | None]
) -> Iterator[Network]:
    # Every site is on the suite's backend: SQLite files, or PostgreSQL databases in the server run.
    district = make_site(
        tmp_path / "district", SiteKind.DISTRICT, DISTRICT, "疏附县民政局", db=make_database("district")
    )
    township_a = make_site(tmp_path / "a", SiteKind.TOWNSHIP, TOWNSHIP_A, "托克扎克镇孵化基地", db=site_database("a"))
    township_b = make_site(tmp_path / "b", SiteKind.TOWNSHIP, TOWNSHIP_B, "兰干乡孵化基地", db=site_database("b"))
    introduce(district, township_a)
    introduce(district, township_b)
    yield Network(district, township_a, township_b, tmp_path / "usb")
    for site in (district, township_a, township_b):
        site.db.close()


@pytest.fixture
def copy_database() -> Iterator[Callable[[Database, Path], Database]]:
    """Copies a database as imaging a PC's disk would: the SQLite file into `folder`, or on PostgreSQL a new
    database made from it with CREATE DATABASE ... TEMPLATE. The source is closed first (both need that)."""
    opened: list[Database] = []
    created: list[str] = []

    def copy(source: Database, folder: Path) -> Database:
        source.close()
        path = sqlite_path(source.url)
        if path is None:
            name = f"t_{uuid.uuid4().hex[:12]}"
            _pg_admin(f"CREATE DATABASE {name} TEMPLATE {make_url(source.url).database}")
            created.append(name)
            opened.append(open_database(_pg_url(name)))
        else:
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, folder / "incubator.db")
            opened.append(open_database(str(folder / "incubator.db")))
        return opened[-1]

    yield copy
    for db in opened:
        db.close()
    for name in created:
        _pg_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def clone_device(copy_database: Callable[[Database, Path], Database]) -> Callable[[SiteHandle, Path], SiteHandle]:
    """A second PC of the same site: a copy of the database with its own device id and its own keys."""

    def clone(site: SiteHandle, folder: Path) -> SiteHandle:
        db = copy_database(site.db, folder)
        vault = vault_for(db.url)
        with db.transaction() as session:
            session.execute(text("UPDATE local_site SET device_id = :device"), {"device": new_id()})
            create_site_keys(session, vault)
        return SiteHandle(site.code, sqlite_path(db.url), db, vault)

    return clone


def enroll_one_way(source: SiteHandle, target: SiteHandle) -> None:
    with source.db.reading() as session:
        document = export_public_keys(session, source.vault)
    with target.db.transaction() as session:
        enroll_public_keys(session, document)
