"""`incubator district …`, `export city-workbook` and `print district-summary`: JSON, sentences and exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from incubator_desktop import cli
from incubator_desktop.commands import district as district_commands
from incubator_desktop.core.db import Database

from .conftest import SHARED_ID, TOWNSHIP_A, District


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """The district commands, whether or not cli.py lists them yet."""
    if district_commands not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, district_commands))


def run(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--db", db.url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> Any:
    code, out, err = run(capsys, db, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_overview_json_and_text(district: District, capsys: pytest.CaptureFixture[str]) -> None:
    """The overview lists each township with indicators, bundles and gaps; text names the gap."""
    rows = run_json(capsys, district.db, "district", "overview", "--year", "2024")
    assert [row["code"] for row in rows] == [TOWNSHIP_A, "653121104"]
    a = rows[0]
    assert a["missing_sequences"] == [3] and a["last_bundle"]["sequence"] == 4
    assert a["coverage"] == 50 and a["coverage_goal_met"] is True
    indicators = {item["code"]: item for item in a["indicators"]}
    assert indicators["professional_activities"]["value"] == 3 and indicators["marriage_files"]["value"] == 8
    code, out, _ = run(capsys, district.db, "district", "overview", "--year", "2024")
    assert code == 0 and "托克扎克镇孵化基地（653121103）" in out and "缺少第 3 号同步包" in out
    code, _, err = run(capsys, district.db, "district", "overview", "--year", "2024", "--from", "2024-01-01")
    assert code == 2 and "--year" in err


def test_checks_never_print_the_id_number(district: District, capsys: pytest.CaptureFixture[str]) -> None:
    """Findings come out as JSON and sentences naming the kind of match, never the ID number itself."""
    findings = run_json(capsys, district.db, "district", "checks", "--year", "2024")
    assert [f["code"] for f in findings] == ["org_in_two_townships", "org_in_two_townships"]
    code, out, _ = run(capsys, district.db, "district", "checks", "--year", "2024")
    assert code == 0 and "负责人身份证号相同" in out and "统一社会信用代码相同" in out
    assert SHARED_ID not in out and SHARED_ID not in json.dumps(findings)


def test_approve_grant_and_their_refusals(district: District, capsys: pytest.CaptureFixture[str]) -> None:
    """Approving works once per month; unknown townships, bad or unfinished months and re-approving exit 3."""
    approved = run_json(capsys, district.db, "district", "approve", "--site", TOWNSHIP_A, "--month", "2024-03")
    assert approved["month"] == "2024-03" and approved["approver"] == "疏附县民政局"
    for site, month, words in (
        (TOWNSHIP_A, "2024-03", "已经审核通过"),
        ("653121999", "2024-03", "653121999"),
        (TOWNSHIP_A, "2024-13", "月份"),
        (TOWNSHIP_A, "2099-01", "尚未结束"),
    ):
        code, _, err = run(capsys, district.db, "district", "approve", "--site", site, "--month", month)
        assert code == 3 and words in err, err
    code, _, err = run(capsys, district.db, "district", "grant", "--site", TOWNSHIP_A, "--month", "2024-03", "--refuse")
    assert code == 3 and "没有待处理" in err
    granted = run_json(capsys, district.db, "district", "grant", "--site", TOWNSHIP_A, "--month", "2024-03")
    assert granted["status"] == "granted" and granted["request_id"] is None
    months = run_json(capsys, district.db, "district", "months")
    assert [(m["site_code"], m["month"], m["reopened"]) for m in months["months"]] == [(TOWNSHIP_A, "2024-03", True)]


def test_each_side_is_refused_the_others_commands(
    district: District, township: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """District commands on a township and the township's re-open request on a district exit 3 with the reason."""
    for args in (
        ("district", "overview"),
        ("district", "checks"),
        ("district", "approve", "--site", TOWNSHIP_A, "--month", "2024-01"),
    ):
        code, _, err = run(capsys, township, *args)
        assert code == 3 and "只能在区（县）民政局使用" in err, args
    code, _, err = run(capsys, district.db, "district", "reopen", "--month", "2024-03", "--reason", "录错")
    assert code == 3 and "只能在乡镇孵化基地使用" in err


def test_evaluate_export_and_print(district: District, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Scores from --score, suggestions for the rest; then the workbook and the summary are written."""
    criteria = run_json(capsys, district.db, "district", "criteria")
    assert sum(item["weight"] for item in criteria) == 100 and criteria[0]["code"] == "incubation"
    scores = ["--score", "satisfaction=4.5", "--score", "staffing=5", "--score", "budget=9"]
    result = run_json(
        capsys, district.db, "district", "evaluate", "--site", TOWNSHIP_A, "--year", "2024", *scores, "--suggested"
    )
    lines = {line["code"]: line["points"] for line in result["lines"]}
    assert lines["satisfaction"] == 4.5 and result["total"] == sum(lines.values())
    code, _, err = run(
        capsys, district.db, "district", "evaluate", "--site", TOWNSHIP_A, "--year", "2024", "--score", "x"
    )
    assert code == 2 and "项目代码=得分" in err
    workbook = run_json(capsys, district.db, "export", "city-workbook", str(tmp_path / "city.xlsx"), "--year", "2024")
    assert workbook["townships"] == 2 and workbook["sheets"][0] == "汇总" and (tmp_path / "city.xlsx").exists()
    printed = run_json(
        capsys, district.db, "print", "district-summary", "--year", "2024", "--out", str(tmp_path / "s.pdf")
    )
    assert printed["kind"] == "district-summary" and (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, district.db, "export", "city-workbook", str(tmp_path / "city.csv"), "--year", "2024")
    assert code == 3 and ".xlsx" in err
