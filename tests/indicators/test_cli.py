"""`incubator indicators`: JSON keys and numbers, default period, language of the labels, bad dates."""

from __future__ import annotations

import json

import pytest

from incubator_desktop.cli import main
from incubator_desktop.core.db import Database
from incubator_desktop.core.indicators.compute import INDICATOR_CODES

Small = tuple[Database, dict[str, str]]


def run(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> tuple[int, str, str]:
    code = main(["--db", db.url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_has_every_indicator_with_its_keys(small: Small, db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints a list with code, label, value, target, met, status, rule, unit; counts are ints, yuan numbers."""
    code, out, _err = run(capsys, db, "indicators", "--from", "2024-01-01", "--to", "2024-12-31", "--json")
    assert code == 0
    rows = {row["code"]: row for row in json.loads(out)}
    assert list(rows) == list(INDICATOR_CODES)
    for row in rows.values():
        assert {"code", "label", "value", "target", "met", "status", "rule", "unit"} <= row.keys()
    assert rows["new_orgs_effective"]["value"] == 1 and rows["new_orgs_effective"]["target"] == 10
    assert rows["new_orgs_effective"]["met"] is False and rows["new_orgs_effective"]["label"] == "有效培育社区社会组织"
    assert rows["resources_yuan"]["value"] == 3734.56 and rows["resources_yuan"]["target"] == 5000
    assert rows["volunteer_hours"]["target"] is None and rows["volunteer_hours"]["met"] is None
    assert [miss["reason"] for miss in rows["new_orgs_effective"]["near_misses"]] == ["not_filed", "one_activity_short"]


def test_english_labels(small: Small, db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """--lang en gives English labels and status words in the text output."""
    code, out, _err = run(capsys, db, "--lang", "en", "indicators", "--from", "2024-01-01", "--to", "2024-12-31")
    assert code == 0
    assert "Organizations effectively incubated\t1 >= 10 orgs\tnot met" in out.splitlines()


def test_default_period_is_this_year(small: Small, db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """Without --from/--to the period starts on 1 January of this year (no target set covers today)."""
    code, out, _err = run(capsys, db, "indicators")
    assert code == 0
    from datetime import date

    assert f"{date.today().year}-01-01" in out.splitlines()[0]


def test_bad_date_exits_3(small: Small, db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """A malformed date or an end before the start is rejected with exit 3."""
    assert run(capsys, db, "indicators", "--from", "2024-02-30")[0] == 3
    assert run(capsys, db, "indicators", "--from", "2024-05-01", "--to", "2024-04-01")[0] == 3


def test_targets_can_be_shown_and_set(township: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """`incubator targets --set` changes one target of the site's set (made from the defaults), and the
    indicators then compare against it; an unknown indicator or a non-number exits 3."""
    period = ["--from", "2026-01-01", "--to", "2026-10-31"]
    code, out, _ = run(capsys, township, "targets", *period, "--json")
    assert code == 0 and json.loads(out)["targets"]["case_studies"] == "3"
    code, out, _ = run(capsys, township, "targets", *period, "--set", "case_studies", "5", "--json")
    assert code == 0 and json.loads(out)["targets"]["case_studies"] == "5.00"
    code, out, _ = run(capsys, township, "indicators", *period, "--json")
    assert next(i for i in json.loads(out) if i["code"] == "case_studies")["target"] == 5
    assert run(capsys, township, "targets", *period, "--set", "no_such_thing", "5")[0] == 3
    assert run(capsys, township, "targets", *period, "--set", "case_studies", "五")[0] == 3
