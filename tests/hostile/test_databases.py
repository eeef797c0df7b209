"""A database file carrying triggers or views this program did not make is refused wherever a file is taken.

`--db FILE` (every command and the desktop app open through `open_database`), `migrate-db --from FILE`
and `restore FILE`: each refuses with a plain sentence and changes no byte of any database.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from incubator_desktop.cli import main
from incubator_desktop.core.db import open_database
from incubator_desktop.core.errors import DatabaseRefused
from incubator_desktop.core.schema_guard import foreign_code
from incubator_desktop.core.services.sites import init_site
from incubator_desktop.core.vocab import SiteKind

from .caps import refused

OWN_AI = "search_organizations_ai"
#: Ways a file from elsewhere could carry code that runs by itself when the program writes.
HOSTILE: dict[str, list[str]] = {
    "a trigger that wipes the audit log": [
        "CREATE TRIGGER wipe AFTER INSERT ON organizations BEGIN DELETE FROM audit_entries; END"
    ],
    "the program's own trigger name with another body": [
        f"DROP TRIGGER {OWN_AI}",
        f"CREATE TRIGGER {OWN_AI} AFTER INSERT ON organizations BEGIN DELETE FROM people; END",
    ],
    "an own-looking trigger hung on another table": [
        "DROP TRIGGER search_people_ai",
        "CREATE TRIGGER search_people_ai AFTER INSERT ON organizations BEGIN"
        " INSERT INTO search_docs (kind, record_id) SELECT 'people', new.id WHERE new.deleted = 0; END",
    ],
    "an own trigger with one statement more": [
        f"DROP TRIGGER {OWN_AI}",
        f"CREATE TRIGGER {OWN_AI} AFTER INSERT ON organizations BEGIN"
        " INSERT INTO search_docs (kind, record_id) SELECT 'organizations', new.id WHERE new.deleted = 0;"
        " INSERT INTO search_index (rowid, body) SELECT last_insert_rowid(), coalesce(new.name, '')"
        " WHERE new.deleted = 0; UPDATE organizations SET leader_phone = NULL; END",
    ],
    "a view": ["CREATE VIEW everyone AS SELECT name, id_number, phone FROM people"],
    "a temporary-looking trigger before update": [
        "CREATE TRIGGER zz BEFORE UPDATE ON people BEGIN SELECT RAISE(IGNORE); END"
    ],
}


def file_state(path: Path) -> tuple[str, bytes]:
    """The database file's bytes, and what its write-ahead log holds (absent and empty are alike)."""
    wal = Path(f"{path}-wal")
    return hashlib.sha256(path.read_bytes()).hexdigest(), wal.read_bytes() if wal.exists() else b""


@pytest.fixture
def clean_database(tmp_path: Path) -> Path:
    """A real township database at the newest schema, closed."""
    path = tmp_path / "clean" / "incubator.db"
    db = open_database(str(path))
    with db.transaction() as session:
        init_site(session, role=SiteKind.TOWNSHIP, code="653121103", name="托克扎克镇孵化基地")
    db.close()
    return path


@pytest.fixture
def make_hostile(clean_database: Path, tmp_path: Path) -> Callable[[str], Path]:
    def make(case: str) -> Path:
        path = tmp_path / "hostile" / f"{len(list(tmp_path.glob('hostile/*.db')))}.db"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(clean_database.read_bytes())
        connection = sqlite3.connect(path)
        for statement in HOSTILE[case]:
            connection.execute(statement)
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.close()
        return path

    return make


def test_the_program_s_own_triggers_pass_the_check(clean_database: Path) -> None:
    """Every trigger a freshly migrated database has is recognised as the program's own, so the check can pass."""
    connection = sqlite3.connect(clean_database)
    assert connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0] >= 30
    assert foreign_code(connection) == []
    connection.close()


@pytest.mark.parametrize("case", list(HOSTILE))
def test_opening_a_database_with_foreign_code_is_refused(
    make_hostile: Callable[[str], Path], case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--db FILE` with foreign code: refused before any connection writes; the CLI says why in one line."""
    path = make_hostile(case)
    before = file_state(path)
    error = refused(lambda: open_database(str(path)))
    assert isinstance(error, DatabaseRefused) and error.code == "db_foreign_code"
    assert main(["--db", str(path), "org", "add", "--name", "新队", "--category", "文体活动类"]) == 3
    assert "触发器或视图" in capsys.readouterr().err
    assert file_state(path) == before


@pytest.mark.parametrize("case", ["a trigger that wipes the audit log", "a view"])
def test_migrate_db_from_a_database_with_foreign_code_is_refused(
    make_hostile: Callable[[str], Path], case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`migrate-db --from FILE` refuses the source; neither it nor the target is touched."""
    path = make_hostile(case)
    before = file_state(path)
    target = tmp_path / "target.db"
    assert main(["migrate-db", "--from", str(path), "--to", str(target)]) == 3
    assert "触发器或视图" in capsys.readouterr().err
    assert file_state(path) == before and not target.exists()
    tally_cli_refusal()


@pytest.mark.parametrize("case", list(HOSTILE))
def test_restoring_from_a_database_with_foreign_code_is_refused(
    make_hostile: Callable[[str], Path], clean_database: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`restore FILE` refuses a backup carrying foreign code and leaves the live database as it was."""
    path = make_hostile(case)
    live, hostile = file_state(clean_database), file_state(path)
    assert main(["--db", str(clean_database), "restore", str(path), "--yes"]) == 3
    message = capsys.readouterr().err
    assert "不是本程序的数据库备份" in message or "触发器或视图" in message
    assert file_state(clean_database) == live and file_state(path) == hostile
    tally_cli_refusal()


def tally_cli_refusal() -> None:
    from ..faults.counts import tally

    tally("hostile_tried")
