"""The schema: migrations build exactly the models, refuse newer databases and back up before upgrading."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from incubator_desktop.core import migrate
from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.errors import DatabaseRefused
from incubator_desktop.core.migrate import alembic_config, head_revision, include_object
from incubator_desktop.core.models import Base


def test_upgrade_of_empty_database_equals_models(db_path: Path) -> None:
    """Running every migration on an empty file gives exactly the tables, columns and indexes of the models."""
    open_database(str(db_path)).close()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object, "compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_database_settings_are_wal_and_foreign_keys(db_path: Path) -> None:
    """A file database runs in WAL mode with foreign keys enforced on every connection."""
    db = open_database(str(db_path))
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.close()


def test_newer_database_is_refused_untouched(db_path: Path) -> None:
    """A database stamped by a newer program version is refused and not a byte of it changes."""
    open_database(str(db_path)).close()
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA journal_mode=DELETE")
    raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.commit()
    raw.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseRefused) as refused:
        open_database(str(db_path))
    assert refused.value.code == "db_too_new"
    assert refused.value.params["found"] == "9999_from_the_future"
    assert db_path.read_bytes() == before
    assert not Path(f"{db_path}-wal").exists()


def test_upgrade_backs_up_first_and_keeps_data(db_path: Path) -> None:
    """Opening an older schema migrates it after a verified backup, and existing rows survive both."""
    engine = create_engine(f"sqlite:///{db_path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO communities (id, origin_site, device_id, hlc, deleted, created_at, updated_at, name,"
            " is_village) VALUES ('c1', '653121103', 'd', '1', 0, '2026-01-01', '2026-01-01', '团结村', 1)"
        )
    engine.dispose()

    db = open_database(str(db_path))
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
        assert connection.exec_driver_sql("SELECT name FROM communities").scalar() == "团结村"
    db.close()
    backups = list((db_path.parent / "backups").glob("*.db"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT name FROM communities").fetchone()[0] == "团结村"
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    copy.close()


def test_opening_at_head_makes_no_backup(db_path: Path) -> None:
    """A database already at the newest schema is opened without a migration or a backup."""
    open_database(str(db_path)).close()
    open_database(str(db_path)).close()
    assert not (db_path.parent / "backups").exists()


def test_not_a_database_is_refused(tmp_path: Path) -> None:
    """A file that is not SQLite (say, a renamed spreadsheet) is refused with a reason, not a crash."""
    bogus = tmp_path / "roster.db"
    bogus.write_bytes(b"PK\x03\x04 this is a zip file, not a database" * 20)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(str(bogus))
    assert refused.value.code == "db_unreadable"


def test_migrated_schema_equals_models_on_this_backend(db: Database) -> None:
    """On whichever database the suite runs against (SQLite or PostgreSQL), migrations give the models' schema."""
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object, "compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_head_revision_constant_matches_the_scripts() -> None:
    """HEAD_REVISION, which lets start-up skip Alembic, names the newest migration script."""
    assert head_revision() == migrate.HEAD_REVISION, (
        f"A migration was added: update HEAD_REVISION in core/migrate.py to {head_revision()!r} "
        f"(it is {migrate.HEAD_REVISION!r})."
    )


def test_opening_a_current_database_does_not_load_alembic(db_path: Path) -> None:
    """A database already at the newest schema opens without importing Alembic (start-up speed)."""
    open_database(str(db_path)).close()
    script = (
        "import sys; from incubator_desktop.core.db import open_database; "
        "open_database(sys.argv[1]).close(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", script, str(db_path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", out.stderr
