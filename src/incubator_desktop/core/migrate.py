"""Schema migrations: Alembic scripts shipped in the package, run at start-up after a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from incubator_desktop.core import backups
from incubator_desktop.core.errors import DatabaseRefused

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported inside the functions that need it: a database already at HEAD_REVISION is opened
# without loading it at all, which keeps start-up fast.

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SEARCH_TABLES = ("search_index", "search_docs")
#: The newest migration's revision. A test compares it with the script directory: add a migration, update this.
HEAD_REVISION = "0005"


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Leave the hand-written full-text index out of model comparisons; the models do not describe it."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLES))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _refuse_unknown(revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise DatabaseRefused("db_too_new", found=revision)


def sqlite_revision(connection: sqlite3.Connection) -> str | None:
    """The schema revision recorded in an open SQLite database; None when it has none (not ours, or empty)."""
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def read_sqlite_revision(path: Path) -> str | None:
    """The schema revision of a SQLite file, read with plain sqlite3 and without writing a byte."""
    if not path.exists():
        return None
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return sqlite_revision(connection)
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused("db_unreadable", detail=str(exc)) from exc
    finally:
        connection.close()


def refuse_newer_sqlite(path: Path) -> str | None:
    """Read the schema version without writing a byte; refuse a database from a newer version. Returns it."""
    revision = read_sqlite_revision(path)
    if revision != HEAD_REVISION:
        _refuse_unknown(revision)
    return revision


def refuse_newer(engine: Engine) -> None:
    _refuse_unknown(current_revision(engine))


def _upgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            # Batch migrations rebuild tables; with foreign keys on, ON DELETE CASCADE would empty children.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.commit()
        if engine.dialect.name == "sqlite":
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            connection.rollback()
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
            if problems:
                raise DatabaseRefused("db_foreign_keys_broken", count=len(problems))


def build_sqlite_at(path: Path, revision: str) -> None:
    """Create a new, empty SQLite database at `path` with the schema of `revision` (for reference schemas)."""
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    try:
        _upgrade(engine, revision)
    finally:
        engine.dispose()


def upgrade_to_head(engine: Engine, *, backup_path: Path | None = None) -> str | None:
    """Migrate to the newest schema; an existing SQLite file is backed up first. Returns the backup path."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    backup: Path | None = None
    if backup_path is not None and current is not None:
        backup = backups.backup_and_thin(backup_path, "migration")
    _upgrade(engine, "head")
    return str(backup) if backup else None
