"""`incubator print KIND`: each kind writes a PDF, bad options exit 3, and prints are audited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from incubator_desktop.cli import main
from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database

Sensitive = tuple[Database, dict[str, str]]


def run(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> tuple[int, str, str]:
    code = main(["--db", db.url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_every_kind_prints_and_is_audited(
    sensitive: Sensitive, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each kind exits 0 with a PDF; the audit log gets one "print" entry per kind; the notice a Notice row."""
    _db, ids = sensitive
    commands = {
        "notice": ["--kind", "new-orgs", "--date", "2024-06-28", "--from", "2024-06-01"],
        "monthly": ["--month", "2024-06"],
        "casebook": ["--from", "2024-01-01", "--to", "2024-12-31"],
        "signin": ["--training", ids["training"]],
        "orgfile": ["--org", ids["org"]],
        "certificate": ["--contest", ids["contest"]],
    }
    for kind, options in commands.items():
        out = tmp_path / f"{kind}.pdf"
        code, stdout, err = run(capsys, db, "print", kind, *options, "--out", str(out), "--json")
        assert code == 0, err
        assert json.loads(stdout)["kind"] == kind
        assert out.read_bytes().startswith(b"%PDF")
    with db.reading() as session:
        prints = session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "print"))
        assert sorted(entry.detail["kind"] for entry in prints) == sorted(commands)
        notices = session.scalars(select(m.Notice))
        assert [(notice.kind, notice.period_days) for notice in notices] == [("new-orgs", 5)]


@pytest.mark.parametrize(
    "args",
    [
        ["monthly", "--month", "2024-13"],
        ["orgfile", "--org", "no-such-org"],
        ["certificate", "--contest", "no-such-contest"],
        ["notice", "--kind", "contest", "--contest", "no-such-contest"],
        ["notice", "--office-phone", "13912345678", "--from", "2024-06-01", "--date", "2024-06-28"],
        ["signin", "--training", "no-such-training"],
    ],
)
def test_bad_options_exit_3(
    sensitive: Sensitive, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    """Unknown ids, a bad month or a mobile office phone exit 3 with one line, write no file and no audit entry."""
    out = tmp_path / "x.pdf"
    code, stdout, err = run(capsys, db, "print", *args, "--out", str(out))
    assert code == 3
    assert stdout == "" and len(err.strip().splitlines()) == 1
    assert not out.exists()
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.AuditEntry)) == 0


def test_print_group_lists_every_kind(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`print --help` names all six kinds (another engineer adds keyform to the same group)."""
    with pytest.raises(SystemExit):
        main(["--db", str(tmp_path / "t.db"), "print", "--help"])
    out = capsys.readouterr().out
    for kind in ("notice", "monthly", "casebook", "signin", "orgfile", "certificate"):
        assert kind in out
