"""Where this install keeps its data by default: the per-user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "IncubatorDesktop"
DB_ENV = "INCUBATOR_DB"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False, ensure_exists=False)


def default_database_path() -> Path:
    return data_dir() / "incubator.db"


def resolve_database(target: str | os.PathLike[str] | None) -> str:
    """Turn `--db`, else $INCUBATOR_DB, else the default location, into a SQLAlchemy URL."""
    chosen = str(target) if target else os.environ.get(DB_ENV) or str(default_database_path())
    if chosen.startswith(("postgresql://", "postgres://")):
        # Plain PostgreSQL URLs use psycopg 3, the driver that ships with the program.
        return "postgresql+psycopg://" + chosen.split("://", 1)[1]
    if "://" in chosen:
        return chosen
    return f"sqlite:///{Path(chosen).expanduser().absolute()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another database or an in-memory one."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url in (prefix, "sqlite:///:memory:"):
        return None
    return Path(url[len(prefix) :].split("?", 1)[0])
