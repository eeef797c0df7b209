"""Schema migrations: Alembic scripts shipped in the package, run at start-up after a backup."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from incubator_desktop.core.errors import DatabaseRefused

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SEARCH_TABLES = ("search_index", "search_docs")


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Leave the hand-written full-text index out of model comparisons; the models do not describe it."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLES))


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _refuse_unknown(revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise DatabaseRefused("db_too_new", found=revision)


def refuse_newer_sqlite(path: Path) -> None:
    """Read the schema version without writing a byte; refuse a database from a newer version."""
    if not path.exists():
        return
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            _refuse_unknown(row[0] if row else None)
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused("db_unreadable", detail=str(exc)) from exc
    finally:
        connection.close()


def refuse_newer(engine: Engine) -> None:
    _refuse_unknown(current_revision(engine))


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy a live SQLite database with the backup API (never a raw file copy) and verify the copy."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(destination)
    try:
        src.backup(dst)
        verdict = dst.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        dst.close()
        src.close()
    if verdict != "ok":
        destination.unlink(missing_ok=True)
        raise DatabaseRefused("backup_failed", detail=verdict)
    return destination


def upgrade_to_head(engine: Engine, *, backup_path: Path | None = None) -> str | None:
    """Migrate to the newest schema; an existing SQLite file is backed up first. Returns the backup path."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    backup: Path | None = None
    if backup_path is not None and current is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(backup_path, backup_path.parent / "backups" / f"{backup_path.stem}-{current}-{stamp}.db")
    config = alembic_config()
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            # Batch migrations rebuild tables; with foreign keys on, ON DELETE CASCADE would empty children.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()
        if engine.dialect.name == "sqlite":
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            connection.rollback()
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
            if problems:
                raise DatabaseRefused("db_foreign_keys_broken", count=len(problems))
    return str(backup) if backup else None
