"""The `incubator` command: its options, JSON output and exit codes, on a real database file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from incubator_desktop.cli import main

TOWNSHIP = ["init", "--role", "township", "--code", "653121103", "--name", "托克扎克镇孵化基地"]


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_init_then_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """init makes the database a township and info reports it back as JSON."""
    db = tmp_path / "t.db"
    code, out, _ = run(capsys, db, *TOWNSHIP, "--json")
    assert code == 0
    assert json.loads(out)["code"] == "653121103"
    code, out, _ = run(capsys, db, "info", "--json")
    info = json.loads(out)
    assert info["site"]["role"] == "township"
    assert info["site"]["parent_code"] == "653121"
    assert info["counts"]["sites"] == 1


def test_init_twice_is_rejected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A second init is refused with exit 3 and a one-line reason; the first site stays."""
    db = tmp_path / "t.db"
    run(capsys, db, *TOWNSHIP)
    code, out, err = run(capsys, db, "init", "--role", "district", "--code", "653121", "--name", "疏附县民政局")
    assert code == 3
    assert out == "" and len(err.strip().splitlines()) == 1


def test_bad_division_code_is_rejected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """init with a malformed division code exits 3 and leaves the database without a site."""
    db = tmp_path / "t.db"
    code, _, err = run(capsys, db, "init", "--role", "township", "--code", "12AB", "--name", "某镇")
    assert code == 3 and err.strip()
    code, out, _ = run(capsys, db, "info", "--json")
    assert json.loads(out)["site"] is None


def test_org_add_list_and_masking(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Organizations added from the shell list as JSON with the required keys and a masked phone."""
    db = tmp_path / "t.db"
    run(capsys, db, *TOWNSHIP)
    code, out, _ = run(
        capsys,
        db,
        "org",
        "add",
        "--name",
        "团结村舞蹈队",
        "--category",
        "文体活动类",
        "--community",
        "团结村",
        "--phone",
        "13912345678",
        "--founded",
        "2023年5月1日",
        "--members",
        "15",
    )
    assert code == 0
    code, out, _ = run(capsys, db, "org", "list", "--json")
    rows = json.loads(out)
    assert isinstance(rows, list) and len(rows) == 1
    row = rows[0]
    assert {"id", "name", "category", "community", "stage", "phone", "founded", "members"} <= row.keys()
    assert (row["name"], row["community"], row["founded"], row["members"]) == (
        "团结村舞蹈队",
        "团结村",
        "2023-05-01",
        15,
    )
    assert row["phone"] == "139****5678"
    reveals = "SELECT count(*) FROM audit_entries WHERE action = 'reveal_personal_data'"
    assert sqlite3.connect(db).execute(reveals).fetchone()[0] == 0
    code, out, _ = run(capsys, db, "org", "list", "--json", "--reveal")
    assert json.loads(out)[0]["phone"] == "13912345678"
    assert sqlite3.connect(db).execute(reveals).fetchone()[0] == 1


@pytest.mark.parametrize(
    ("extra", "needle"),
    [
        (["--credit-code", "91350100M000100Y44"], "信用代码"),
        (["--id-number", "110105194912310021"], "身份证"),
        (["--phone", "12345"], "电话"),
        (["--founded", "2023-02-30"], "2023-02-30"),
        (["--members", "-2"], "人数"),
    ],
)
def test_org_add_rejections(tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], needle: str) -> None:
    """Bad input exits 3 with one Chinese line naming the problem, and nothing is written."""
    db = tmp_path / "t.db"
    run(capsys, db, *TOWNSHIP)
    code, out, err = run(capsys, db, "org", "add", "--name", "某协会", "--category", "公益慈善类", *extra)
    assert code == 3, err
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and needle in err
    code, out, _ = run(capsys, db, "org", "list", "--json")
    assert json.loads(out) == []


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Unknown commands and missing arguments are usage errors (exit 2)."""
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(tmp_path / "t.db"), "frobnicate"])
    assert exited.value.code == 2
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(tmp_path / "t.db"), "org", "add", "--name", "x"])
    assert exited.value.code == 2


def test_commands_before_init_are_rejected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Writing before the site is set up exits 3 and says to run init."""
    code, _, err = run(capsys, tmp_path / "t.db", "org", "add", "--name", "某协会", "--category", "公益慈善类")
    assert code == 3 and "init" in err


def test_newer_database_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A database from a newer version is refused with exit 3."""
    db = tmp_path / "t.db"
    run(capsys, db, *TOWNSHIP)
    raw = sqlite3.connect(db)
    raw.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    raw.commit()
    raw.close()
    code, _, err = run(capsys, db, "org", "list")
    assert code == 3 and err.strip()


def test_search_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """search finds an organization by a fragment of its name and prints a JSON list."""
    db = tmp_path / "t.db"
    run(capsys, db, *TOWNSHIP)
    run(capsys, db, "org", "add", "--name", "幸福社区夕阳红志愿服务队", "--category", "公益慈善类")
    code, out, _ = run(capsys, db, "search", "夕阳红", "--json")
    hits = json.loads(out)
    assert code == 0 and [hit["title"] for hit in hits] == ["幸福社区夕阳红志愿服务队"]
    code, out, _ = run(capsys, db, "search", "夕阳", "--json")
    assert len(json.loads(out)) == 1


def test_console_script_and_environment_variable(tmp_path: Path) -> None:
    """The installed `incubator` entry point honours INCUBATOR_DB when --db is not given."""
    db = tmp_path / "env.db"
    executable = Path(sys.executable).with_name("incubator")
    env = {**os.environ, "INCUBATOR_DB": str(db)}
    done = subprocess.run([str(executable), *TOWNSHIP], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([str(executable), "info", "--json"], env=env, capture_output=True, text=True, check=False)
    assert json.loads(done.stdout)["site"]["code"] == "653121103"
    assert db.exists()


def test_org_list_plain_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without --json, org list prints one tab-separated line per organization and a count on stderr."""
    db = tmp_path / "t.db"
    run(capsys, db, *TOWNSHIP)
    run(capsys, db, "org", "add", "--name", "团结村舞蹈队", "--category", "文体活动类", "--phone", "13912345678")
    code, out, err = run(capsys, db, "org", "list")
    assert code == 0
    fields = out.strip().split("\t")
    assert fields[1:3] == ["团结村舞蹈队", "文体活动类"] and "139****5678" in fields
    assert "1" in err
