"""Opens the database: checks where it lives, refuses newer schemas, migrates, and hands out sessions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from incubator_desktop.core import migrate
from incubator_desktop.core.district.locks import install_month_lock
from incubator_desktop.core.paths import resolve_database, sqlite_path
from incubator_desktop.core.schema_guard import refuse_foreign_code
from incubator_desktop.core.stamping import install_stamping
from incubator_desktop.core.storage import ensure_local_storage, install_storage_errors


def _configure_sqlite(engine: Engine, *, in_memory: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin, so DDL is transactional too.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


@dataclass
class Database:
    """An open database: its URL, engine and session factory."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits if the block succeeds, rolls back everything if it raises."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; nothing it does is committed."""
        with self.sessions() as session:
            yield session
            session.rollback()

    def close(self) -> None:
        self.engine.dispose()


def create_database_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        _configure_sqlite(engine, in_memory=path is None)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    install_storage_errors(engine)
    return engine


def open_database(target: str | None = None, *, upgrade: bool = True) -> Database:
    """Open (creating if needed) the database `target` names and bring its schema to this version.

    Raises DatabaseRefused, leaving the file untouched, when it lives on removable or network storage, was
    made by a newer version of the program, or carries triggers or views the program did not make.
    """
    url = resolve_database(target)
    path = sqlite_path(url)
    revision: str | None = None
    if path is not None:
        ensure_local_storage(path.parent if not path.exists() else path)
        revision = migrate.refuse_newer_sqlite(path)
        refuse_foreign_code(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_database_engine(url)
    if path is None:
        migrate.refuse_newer(engine)
    # A file already at the newest schema skips Alembic entirely (it is slow to import).
    if upgrade and not (path is not None and revision == migrate.HEAD_REVISION):
        migrate.upgrade_to_head(engine, backup_path=path)
    factory = sessionmaker(engine, expire_on_commit=False)
    install_stamping(factory)
    install_month_lock(factory)
    return Database(url=url, engine=engine, sessions=factory)
