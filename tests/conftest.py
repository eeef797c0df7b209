"""Shared fixtures: fresh databases per test — SQLite files, or PostgreSQL when INCUBATOR_TEST_PG is set.

With INCUBATOR_TEST_PG=postgresql://user@host:port/postgres (an admin URL), every test that takes a
database through `make_database`, `db` or `township` runs on a fresh PostgreSQL database cloned from a
migrated template, and the tests that take none are deselected (they already ran on SQLite).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import create_engine, text

from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.services.sites import init_site
from incubator_desktop.core.vocab import SiteKind

TOWNSHIP_CODE = "653121103"
PG_ADMIN_URL = os.environ.get("INCUBATOR_TEST_PG", "")
DATABASE_FIXTURES = {"make_database", "db", "township"}
_TEMPLATE = f"incubator_template_{os.getpid()}"


class MemoryKeyring(KeyringBackend):
    """A credential store that lives only in this process: what tests use instead of the OS store."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def private_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own per-user data folder, so nothing is ever written into the real one."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not PG_ADMIN_URL:
        return
    keep = [item for item in items if DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))]
    config.hook.pytest_deselected(items=[item for item in items if item not in keep])
    items[:] = keep


def _pg_url(database: str) -> str:
    return PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + database


def _pg_admin(statement: str) -> None:
    engine = create_engine(
        _pg_url("postgres").replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT"
    )
    with engine.connect() as connection:
        connection.execute(text(statement))
    engine.dispose()


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A migrated PostgreSQL database that each test's database is cloned from (fast CREATE ... TEMPLATE)."""
    _pg_admin(f"DROP DATABASE IF EXISTS {_TEMPLATE}")
    _pg_admin(f"CREATE DATABASE {_TEMPLATE}")
    open_database(_pg_url(_TEMPLATE)).close()
    yield _TEMPLATE
    _pg_admin(f"DROP DATABASE IF EXISTS {_TEMPLATE} WITH (FORCE)")


@pytest.fixture
def make_database(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Callable[[str], Database]]:
    """Open a fresh, migrated, empty database by name; several per test are fine (two townships and a district)."""
    opened: list[Database] = []
    created: list[str] = []

    def make(name: str = "incubator") -> Database:
        if PG_ADMIN_URL:
            template = request.getfixturevalue("pg_template")
            database = f"t_{uuid.uuid4().hex[:12]}"
            _pg_admin(f"CREATE DATABASE {database} TEMPLATE {template}")
            created.append(database)
            opened.append(open_database(_pg_url(database)))
        else:
            opened.append(open_database(str(tmp_path / f"{name}.db")))
        return opened[-1]

    yield make
    for database in opened:
        database.close()
    for name in created:
        _pg_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A SQLite file path, for tests about the file itself (backups, WAL, refusal without a byte changed)."""
    return tmp_path / "incubator.db"


@pytest.fixture
def db(make_database: Callable[[str], Database]) -> Database:
    return make_database("incubator")


@pytest.fixture
def township(db: Database) -> Database:
    with db.transaction() as session:
        init_site(session, role=SiteKind.TOWNSHIP, code=TOWNSHIP_CODE, name="托克扎克镇孵化基地")
    return db
