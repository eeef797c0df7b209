"""Cross-township checks: duplicate organizations, double pay, too many wins and crossed budget caps."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.district.checks import cross_checks, finding_counts

from .conftest import SHARED_ID, TODAY, TOWNSHIP_A, TOWNSHIP_B, YEAR, District, TownshipWriter


def _of(district: District, code: str) -> list[dict[str, object]]:
    with district.db.reading() as session:
        findings = cross_checks(session, year=YEAR, today=TODAY)
    return [
        {"sites": f.sites, "ids": f.record_ids, "kind": f.record_kind, **f.params} for f in findings if f.code == code
    ]


def test_same_organization_in_two_townships_by_credit_code_and_leader(district: District) -> None:
    """A shared credit code and a shared leader ID across townships are found; the ID number is never shown."""
    found = _of(district, "org_in_two_townships")
    assert [item["match"] for item in found] == ["credit_code", "leader_id_number"]
    by_code, by_leader = found
    assert by_code["sites"] == (TOWNSHIP_A, TOWNSHIP_B) and by_code["kind"] == "organizations"
    assert set(by_code["ids"]) == {district.a["dance"], district.b["dance"]}  # type: ignore[arg-type]
    assert by_code["value"] == "52653121MJY000101X"
    assert set(by_leader["ids"]) == {district.a["dance"], district.b["elders"]}  # type: ignore[arg-type]
    assert "value" not in by_leader
    assert SHARED_ID not in json.dumps(found, ensure_ascii=False, default=str)


def test_identifiers_within_one_township_or_unshared_are_not_findings(district: District) -> None:
    """A filing number only one township uses, and duplicates inside one township, are not cross-township."""
    with district.db.transaction() as session:
        writer = TownshipWriter(session, TOWNSHIP_B)
        writer.add(
            None,
            m.Organization,
            name="兰干调解二队",
            category="社区事务类",
            stage="培育中",
            filing_number="兰备2024-01",
        )
    found = _of(district, "org_in_two_townships")
    assert [item["match"] for item in found] == ["credit_code", "leader_id_number"]


def _project(w: TownshipWriter, key: str, year: int) -> str:
    return w.add(
        key,
        m.FundedProject,
        name=f"{w.site}项目{year}",
        year=year,
        contractor="某社工机构",
        total_fen=16_000_000,
        start_on=date(year, 1, 1),
    )


def _person(w: TownshipWriter, name: str, id_number: str | None) -> str:
    return w.add(None, m.Person, name=name, id_number=id_number)


def test_person_paid_by_projects_of_two_townships(district: District) -> None:
    """The same ID number as staff in one township's project and payee in another's is one person paid twice."""
    with district.db.transaction() as session:
        a, b = TownshipWriter(session, TOWNSHIP_A), TownshipWriter(session, TOWNSHIP_B)
        project_a, project_b = _project(a, "p", YEAR), _project(b, "p", YEAR)
        a.add(None, m.ProjectStaff, project_id=project_a, person_id=_person(a, "王社工", SHARED_ID), role="社工")
        payee = _person(b, "王社工", SHARED_ID)
        b.add(
            None,
            m.Expense,
            project_id=project_b,
            kind="人力成本",
            spent_on=date(2024, 5, 1),
            amount_fen=100,
            description="劳务",
            payee_person_id=payee,
        )
    (found,) = _of(district, "person_paid_twice")
    assert found["sites"] == (TOWNSHIP_A, TOWNSHIP_B) and found["kind"] == "people"
    assert found["match"] == "id_number" and found["name"] == "王社工" and len(found["ids"]) == 2  # type: ignore[arg-type]
    assert SHARED_ID not in json.dumps(found, ensure_ascii=False, default=str)


def test_projects_of_another_year_do_not_make_double_pay(district: District) -> None:
    """The same person on a project of another year is not paid twice in this one."""
    with district.db.transaction() as session:
        a, b = TownshipWriter(session, TOWNSHIP_A), TownshipWriter(session, TOWNSHIP_B)
        project_a, project_b = _project(a, "p", YEAR), _project(b, "p", YEAR - 1)
        a.add(None, m.ProjectStaff, project_id=project_a, person_id=_person(a, "王社工", SHARED_ID), role="社工")
        b.add(None, m.ProjectStaff, project_id=project_b, person_id=_person(b, "王社工", SHARED_ID), role="社工")
    assert _of(district, "person_paid_twice") == []


def _wins(session: Session, w: TownshipWriter, org_id: str, count: int, *, year: int = YEAR) -> None:
    contest = w.add(None, m.VentureContest, name=f"{w.site}创投大赛", year=year, held_on=date(year, 6, 1))
    for n in range(count):
        w.add(None, m.ContestEntry, contest_id=contest, organization_id=org_id, project_title=f"项目{n}", result="获奖")


def test_three_wins_in_a_year_is_over_the_limit_and_two_is_not(district: District) -> None:
    """Three winning projects of one organization in a year is a finding; two is allowed."""
    with district.db.transaction() as session:
        a, b = TownshipWriter(session, TOWNSHIP_A), TownshipWriter(session, TOWNSHIP_B)
        _wins(session, a, district.a["dance"], 3)
        _wins(session, b, district.b["other"], 2)
    (found,) = _of(district, "org_over_win_limit")
    assert found["ids"] == (district.a["dance"],) and found["wins"] == 3 and found["sites"] == (TOWNSHIP_A,)


def test_wins_of_one_organization_across_townships_add_up(district: District) -> None:
    """Two wins in one township and one for the same organization in another exceed the limit together."""
    with district.db.transaction() as session:
        a, b = TownshipWriter(session, TOWNSHIP_A), TownshipWriter(session, TOWNSHIP_B)
        _wins(session, a, district.a["dance"], 2)
        _wins(session, b, district.b["dance"], 1)
    (found,) = _of(district, "org_over_win_limit")
    assert found["combined"] is True and found["wins"] == 3 and found["sites"] == (TOWNSHIP_A, TOWNSHIP_B)


def test_budget_cap_crossed_and_not(district: District) -> None:
    """Spending over a line's cap is a finding naming the project; spending exactly the cap is not."""
    projects = {}
    with district.db.transaction() as session:
        a, b = TownshipWriter(session, TOWNSHIP_A), TownshipWriter(session, TOWNSHIP_B)
        for writer, spent in ((a, 15_000), (b, 10_000)):
            project = projects[writer.site] = _project(writer, "p", YEAR)
            writer.add(None, m.BudgetLine, project_id=project, kind="评估及其他", planned_fen=10_000, cap_fen=10_000)
            writer.add(
                None,
                m.Expense,
                project_id=project,
                kind="评估及其他",
                spent_on=date(2024, 5, 1),
                amount_fen=spent,
                description="评估",
            )
    (found,) = _of(district, "budget_cap_crossed")
    assert found["sites"] == (TOWNSHIP_A,) and found["ids"] == (projects[TOWNSHIP_A],)
    assert str(found["over_yuan"]) == "50.00" and found["kind"] == "评估及其他"


def test_counts_cover_every_code(district: District) -> None:
    """finding_counts lists every check, with zero where nothing was found."""
    with district.db.reading() as session:
        counts = finding_counts(cross_checks(session, year=YEAR, today=TODAY))
    assert counts == {
        "org_in_two_townships": 2,
        "person_paid_twice": 0,
        "org_over_win_limit": 0,
        "budget_cap_crossed": 0,
    }
