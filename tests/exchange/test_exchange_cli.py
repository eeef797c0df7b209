"""The spreadsheet commands: exit codes 0 and 3, JSON keys, one-line refusals, and nothing changed on refusal."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from incubator_desktop.cli import main

from .builders import CODES

TOWNSHIP = ["init", "--role", "township", "--code", "653121103", "--name", "托克扎克镇孵化基地"]


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "t.db"
    assert run(capsys, db, *TOWNSHIP)[0] == 0
    return db


def org_names(capsys: pytest.CaptureFixture[str], db: Path) -> list[str]:
    code, out, _ = run(capsys, db, "org", "list", "--json")
    assert code == 0
    return sorted(row["name"] for row in json.loads(out))


def test_import_json_has_the_summary_keys_and_exits_0_despite_rejections(
    site: Path, messy_roster: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--json prints created/updated/unchanged/duplicates/rejected; rows were imported, so the exit is 0."""
    code, out, _ = run(capsys, site, "org", "import", str(messy_roster), "--json")
    assert code == 0
    summary = json.loads(out)
    assert {"created", "updated", "unchanged", "duplicates", "rejected", "dry_run"} <= set(summary)
    assert (summary["created"], summary["duplicates"], summary["dry_run"]) == (4, 1, False)
    assert {"row", "field", "reason"} <= set(summary["rejected"][0])
    assert summary["rejected"][0]["row"] == 6 and "丢失" in summary["rejected"][0]["reason"]


def test_dry_run_changes_nothing_and_reports_the_same(
    site: Path, messy_roster: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--dry-run writes nothing; its counts and rejections equal the real run's."""
    _, preview, _ = run(capsys, site, "org", "import", str(messy_roster), "--dry-run", "--json")
    assert org_names(capsys, site) == []
    _, real, _ = run(capsys, site, "org", "import", str(messy_roster), "--json")
    assert json.loads(preview) | {"dry_run": False} == json.loads(real)
    assert len(org_names(capsys, site)) == 4


def test_plain_output_lists_each_problem_with_its_row(
    site: Path, messy_roster: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --json, a summary line is followed by one line per problem naming row and column."""
    code, out, _ = run(capsys, site, "org", "import", str(messy_roster))
    lines = out.strip().splitlines()
    assert code == 0 and lines[0].startswith("导入完成：新增 4 个")
    assert "第 6 行，身份证号码：" in lines[1]
    assert any("第 12 行与第 4 行是同一个组织" in line for line in lines)


def test_unreadable_file_exits_3_with_one_line_and_changes_nothing(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A text file renamed .xlsx is refused with exit 3, one line on stderr and no records."""
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    code, out, err = run(capsys, site, "org", "import", str(fake), "--json")
    assert (code, out) == (3, "")
    assert len(err.strip().splitlines()) == 1 and "不是 Excel 工作簿" in err
    assert org_names(capsys, site) == []


def test_all_rows_rejected_exits_3_but_still_reports(
    site: Path, write_roster: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """When every data row is rejected the summary is printed and the exit code says nothing was imported."""
    path = write_roster([["组织名称", "类别"], ["甲队", "跳舞类"]])
    code, out, err = run(capsys, site, "org", "import", str(path), "--json")
    assert code == 3 and json.loads(out)["rejected"][0]["field"] == "category"
    assert "没有导入任何组织" in err


def test_export_template_and_ledger_commands(
    site: Path, messy_roster: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """org export, org template and export ledger write their files and exit 0; --reveal is audited."""
    run(capsys, site, "org", "import", str(messy_roster))
    code, out, _ = run(capsys, site, "org", "export", str(tmp_path / "roster.xlsx"), "--json")
    assert code == 0 and json.loads(out) == {"path": str(tmp_path / "roster.xlsx"), "rows": 4, "revealed": False}
    code, out, _ = run(capsys, site, "org", "template", str(tmp_path / "template.xlsx"))
    assert code == 0 and (tmp_path / "template.xlsx").exists() and "模板" in out
    ledger = ["export", "ledger", str(tmp_path / "ledger.xlsx"), "--from", "2023-01-01", "--to", "2023年12月31日"]
    code, out, _ = run(capsys, site, *ledger, "--reveal", "--json")
    payload = json.loads(out)
    assert code == 0 and payload["revealed"] is True and payload["sheets"]["社会组织"] == 4
    assert (payload["start"], payload["end"]) == ("2023-01-01", "2023-12-31")
    actions = [action for (action,) in sqlite3.connect(site).execute("SELECT action FROM audit_entries")]
    mine = {"roster_import", "roster_export", "ledger_export", "reveal_personal_data"}
    assert sorted(a for a in actions if a in mine) == sorted(mine)  # the reveal is logged once, beside its export
    assert CODES.id_a not in (tmp_path / "roster.xlsx").read_bytes().decode("latin-1")


def test_bad_periods_and_targets_exit_3(site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A period ending before it starts, an impossible date or a non-.xlsx target is rejected with exit 3."""
    base = ["export", "ledger", str(tmp_path / "l.xlsx")]
    assert run(capsys, site, *base, "--from", "2024-02-01", "--to", "2024-01-01")[0] == 3
    assert run(capsys, site, *base, "--from", "2024-02-30", "--to", "2024-03-01")[0] == 3
    code, _, err = run(capsys, site, "org", "export", str(tmp_path / "roster.csv"))
    assert code == 3 and ".xlsx" in err
    assert not (tmp_path / "l.xlsx").exists()
