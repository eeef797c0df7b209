"""`incubator backup`, `backups`, `restore` and `check`: checked copies, a confirmed restore, exit codes."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from incubator_desktop.cli import main
from incubator_desktop.core import backups
from incubator_desktop.core.instance import InstanceLock

TOWNSHIP = ["init", "--role", "township", "--code", "653121103", "--name", "托克扎克镇孵化基地"]


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def add_org(capsys: pytest.CaptureFixture[str], db: Path, name: str) -> None:
    assert run(capsys, db, "org", "add", "--name", name, "--category", "文体活动类")[0] == 0


def names(capsys: pytest.CaptureFixture[str], db: Path) -> set[str]:
    code, out, _ = run(capsys, db, "org", "list", "--json")
    assert code == 0
    payload = json.loads(out)
    rows = payload["organizations"] if isinstance(payload, dict) else payload
    return {row["name"] for row in rows}


@pytest.fixture
def township(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "data" / "incubator.db"
    assert run(capsys, db, *TOWNSHIP)[0] == 0
    return db


def test_backup_out_writes_a_checked_copy_and_never_overwrites(
    township: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """backup --out writes a copy that passes quick_check; a second run to the same file is refused (exit 3)."""
    add_org(capsys, township, "团结村舞蹈队")
    out = tmp_path / "stick" / "copy.db"
    code, text, _ = run(capsys, township, "backup", "--out", str(out), "--json")
    assert code == 0 and json.loads(text)["checked"] is True
    with sqlite3.connect(out) as copy:
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT name FROM organizations").fetchone()[0] == "团结村舞蹈队"
    before = out.read_bytes()
    code, _, err = run(capsys, township, "--lang", "zh_CN", "backup", "--out", str(out))
    assert code == 3 and "已经存在" in err
    assert out.read_bytes() == before


def test_backup_without_out_goes_to_the_backups_folder_and_is_listed(
    township: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --out the backup is dated in the automatic folder, and `backups` lists it."""
    code, text, _ = run(capsys, township, "backup", "--json")
    made = Path(json.loads(text)["path"])
    assert code == 0 and made.parent == township.parent / "backups" and made.name.endswith("-command.db")
    code, text, _ = run(capsys, township, "backups", "--json")
    listed = json.loads(text)["backups"]
    assert code == 0 and [row["path"] for row in listed] == [str(made)]
    assert listed[0]["reason"] == "command"


def test_restore_drill_from_the_command_line(
    township: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Back up, add a record, restore with --yes: the record is gone and the state before was backed up."""
    add_org(capsys, township, "团结村舞蹈队")
    copy = tmp_path / "copy.db"
    assert run(capsys, township, "backup", "--out", str(copy))[0] == 0
    add_org(capsys, township, "备份之后才有的队伍")
    code, text, _ = run(capsys, township, "restore", str(copy), "--yes", "--json")
    result = json.loads(text)
    assert code == 0
    assert names(capsys, township) == {"团结村舞蹈队"}
    with sqlite3.connect(result["previous"]) as previous:
        found = {row[0] for row in previous.execute("SELECT name FROM organizations")}
    assert found == {"团结村舞蹈队", "备份之后才有的队伍"}


def test_restore_needs_confirmation_when_not_interactive(
    township: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --yes and without a terminal, restore changes nothing and exits 2 saying how to confirm."""
    copy = tmp_path / "copy.db"
    assert run(capsys, township, "backup", "--out", str(copy))[0] == 0
    add_org(capsys, township, "不该消失的队伍")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = run(capsys, township, "--lang", "zh_CN", "restore", str(copy))
    assert code == 2 and "--yes" in err
    assert "不该消失的队伍" in names(capsys, township)


def test_restore_is_refused_while_the_database_is_open_elsewhere(
    township: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """While another program holds the database's lock, restore is refused (exit 3) and nothing changes."""
    copy = tmp_path / "copy.db"
    assert run(capsys, township, "backup", "--out", str(copy))[0] == 0
    add_org(capsys, township, "不该消失的队伍")
    with InstanceLock(township):
        code, _, err = run(capsys, township, "--lang", "zh_CN", "restore", str(copy), "--yes")
    assert code == 3 and "另一个程序窗口" in err
    assert "不该消失的队伍" in names(capsys, township)


def test_restore_refuses_a_foreign_file(township: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A SQLite file that is not this program's database is refused with exit 3."""
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE notes (x)")
    code, _, err = run(capsys, township, "--lang", "en", "restore", str(foreign), "--yes")
    assert code == 3 and "not a backup of this program" in err


def test_check_reports_health_and_damage(township: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """check passes a healthy database (exit 0) and reports a damaged one (exit 3)."""
    code, text, _ = run(capsys, township, "check", "--json")
    assert code == 0 and json.loads(text)["ok"] is True and json.loads(text)["full"] is True
    code, _, _ = run(capsys, township, "check", "--quick")
    assert code == 0
    township.write_bytes(b"\x00" * 8192)
    Path(f"{township}-wal").unlink(missing_ok=True)
    Path(f"{township}-shm").unlink(missing_ok=True)
    code, _, err = run(capsys, township, "--lang", "zh_CN", "check")
    assert code == 3 and "已损坏" in err


def test_roster_import_backs_up_first_but_a_dry_run_does_not(
    township: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A roster import that writes is preceded by a backup; a trial run (--dry-run) makes none."""
    template = tmp_path / "roster.xlsx"
    assert run(capsys, township, "org", "template", str(template))[0] == 0
    folder = township.parent / "backups"
    run(capsys, township, "org", "import", str(template), "--dry-run")
    assert not list(folder.glob("*-roster.db"))
    run(capsys, township, "org", "import", str(template))
    assert len(list(folder.glob("*-roster.db"))) == 1


def test_restore_checks_the_backup_once(
    township: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check made before asking for confirmation is the one the restore relies on: the file is read once."""
    copy = tmp_path / "copy.db"
    assert run(capsys, township, "backup", "--out", str(copy))[0] == 0
    checked: list[Path] = []
    real_check = backups.check_backup
    monkeypatch.setattr(backups, "check_backup", lambda path: checked.append(path) or real_check(path))
    assert run(capsys, township, "restore", str(copy), "--yes")[0] == 0
    assert checked == [copy]
