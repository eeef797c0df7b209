"""Refuses a database file that carries code this program did not write: foreign triggers or views.

A trigger runs by itself whenever the program writes, so a file from elsewhere could delete or rewrite
records behind the clerk's back. The only triggers this program makes keep the full-text index current
(migration 0002); each must have exactly that shape, on its own table, and the program makes no views.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from incubator_desktop.core.errors import DatabaseRefused

_NAME = re.compile(r"^search_(?P<table>[a-z_]+)_(?P<event>ai|au|ad)$")
_EVENTS = {"ai": "INSERT", "au": "UPDATE", "ad": "DELETE"}
_BODY = r"coalesce\(new\.[a-z_]+, ''\)(?: \|\| ' ' \|\| coalesce\(new\.[a-z_]+, ''\))*"
_FORGET = (
    r"DELETE FROM search_index WHERE rowid = \(SELECT rowid FROM search_docs WHERE record_id = old\.id\);"
    r" DELETE FROM search_docs WHERE record_id = old\.id;"
)
_REMEMBER = (
    r"INSERT INTO search_docs \(kind, record_id\) SELECT '{table}', new\.id WHERE new\.deleted = 0;"
    r" INSERT INTO search_index \(rowid, body\) SELECT last_insert_rowid\(\), " + _BODY + r" WHERE new\.deleted = 0;"
)
_STATEMENTS = {"ai": _REMEMBER, "au": _FORGET + " " + _REMEMBER, "ad": _FORGET}


def _is_own_trigger(name: str, table: str, sql: str) -> bool:
    match = _NAME.match(name)
    if match is None or match["table"] != table:
        return False
    event = match["event"]
    body = _STATEMENTS[event].format(table=re.escape(table))
    expected = rf"CREATE TRIGGER {re.escape(name)} AFTER {_EVENTS[event]} ON {re.escape(table)} BEGIN {body} END"
    return re.fullmatch(expected, " ".join(sql.split())) is not None


def foreign_code(connection: sqlite3.Connection) -> list[str]:
    """Names of the triggers and views in the database that this program did not make."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')")
    return sorted(
        str(name)
        for kind, name, table, sql in rows
        if kind == "view" or not _is_own_trigger(str(name), str(table), str(sql or ""))
    )


def refuse_foreign_code(path: Path) -> None:
    """Raise DatabaseRefused("db_foreign_code") without writing a byte if the file holds foreign code."""
    if not path.exists():
        return
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        found = foreign_code(connection)
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused("db_unreadable", detail=str(exc)) from exc
    finally:
        connection.close()
    if found:
        raise DatabaseRefused("db_foreign_code", names=found[:5])
