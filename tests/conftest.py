"""Shared fixtures: a fresh database file per test, optionally already set up as a township."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.services.sites import init_site
from incubator_desktop.core.vocab import SiteKind

TOWNSHIP_CODE = "653121103"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "incubator.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(str(db_path))
    yield database
    database.close()


@pytest.fixture
def township(db: Database) -> Database:
    with db.transaction() as session:
        init_site(session, role=SiteKind.TOWNSHIP, code=TOWNSHIP_CODE, name="托克扎克镇孵化基地")
    return db
