"""A small township whose indicators can be counted by hand, and a demo year for cross-checks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.services.records import create_record, delete_record

TODAY = date(2025, 3, 1)  # after the period: amber/red is decided by the numbers alone
PERIOD = (date(2024, 1, 1), date(2024, 12, 31))
DEMO_TODAY = date(2025, 6, 30)


@dataclass
class SmallSite:
    """Ids of the hand-counted records, by role."""

    ids: dict[str, str] = field(default_factory=dict)


class _Writer:
    def __init__(self, session: Any) -> None:
        self.session = session
        self.ids: dict[str, str] = {}

    def add(self, key: str | None, model: type[m.SyncedRecord], **values: Any) -> str:
        record = create_record(self.session, model, values, today=TODAY)
        if key:
            self.ids[key] = record.id
        return record.id

    def delete(self, model: type[m.SyncedRecord], record_id: str) -> None:
        delete_record(self.session, model, record_id)


def _orgs(w: _Writer) -> None:
    a = w.add("community_a", m.Community, name="团结村")
    b = w.add("community_b", m.Community, name="幸福社区")
    c = w.add("community_c", m.Community, name="光明村")
    w.add("community_d", m.Community, name="友谊村")
    d = w.ids["community_d"]
    # Filed + 2 activities in the period (one on the last day) and one the day before the period: effective.
    w.add(
        "o1",
        m.Organization,
        name="一号协会",
        category="公益慈善类",
        stage="已备案",
        community_id=a,
        filed_on=date(2024, 3, 1),
    )
    # Filed + 1 activity: one activity short.
    w.add(
        "o2",
        m.Organization,
        name="二号服务队",
        category="生活服务类",
        stage="已备案",
        community_id=b,
        filed_on=date(2024, 2, 1),
    )
    # Not filed, 3 activities: needs filing.
    w.add("o3", m.Organization, name="三号议事会", category="社区事务类", stage="培育中", community_id=a)
    # Filed + 2 activities, but deleted: never counts anywhere.
    w.add(
        "o4",
        m.Organization,
        name="四号文艺队",
        category="文体活动类",
        stage="已备案",
        community_id=c,
        filed_on=date(2024, 1, 15),
    )
    # Only an intention: its community is not covered.
    w.add("o5", m.Organization, name="五号读书会", category="文体活动类", stage="意向", community_id=d)
    org_activities = {
        "o1": [(date(2023, 12, 31), Decimal(5)), (date(2024, 4, 10), Decimal(2)), (date(2024, 12, 31), Decimal(0))],
        "o2": [(date(2024, 6, 1), Decimal(0))],
        "o3": [(date(2024, 2, 2), Decimal(0)), (date(2024, 7, 3), Decimal(0)), (date(2024, 8, 4), Decimal(0))],
        "o4": [(date(2024, 3, 3), Decimal(0)), (date(2024, 4, 4), Decimal(0))],
    }
    for key, rows in org_activities.items():
        for index, (held_on, hours) in enumerate(rows):
            w.add(
                f"{key}_activity_{index}",
                m.Activity,
                title=f"{key}活动{index}",
                held_on=held_on,
                kind="社区活动",
                organization_id=w.ids[key],
                beneficiaries=20,
                volunteer_hours=hours,
            )


def _base_activities(w: _Writer) -> None:
    people = {name: w.add(name, m.Person, name=name) for name in ("甲", "乙", "丙", "丁")}
    w.add("p1", m.Activity, title="个案一", held_on=date(2024, 3, 5), kind="个案", beneficiaries=2)
    w.add(
        "p2",
        m.Activity,
        title="小组第1节",
        held_on=date(2024, 4, 6),
        kind="小组",
        beneficiaries=10,
        volunteer_hours=Decimal(3),
    )
    w.add("p3", m.Activity, title="小组第2节", held_on=date(2024, 5, 6), kind="小组", beneficiaries=9)
    w.add(
        "p4",
        m.Activity,
        title="社区活动一",
        held_on=date(2024, 6, 7),
        kind="社区活动",
        beneficiaries=120,
        volunteer_hours=Decimal("10.5"),
    )
    w.add("p5", m.Activity, title="上年的活动", held_on=date(2023, 12, 31), kind="社区活动", beneficiaries=50)
    p6 = w.add(
        "p6",
        m.Activity,
        title="删除的活动",
        held_on=date(2024, 7, 1),
        kind="社区活动",
        beneficiaries=30,
        volunteer_hours=Decimal(4),
    )
    w.add("p7", m.Activity, title="小组第3节", held_on=date(2024, 8, 8), kind="小组", beneficiaries=7)
    for activity, names in (("p2", "甲乙丙"), ("p3", "甲乙"), ("p6", "丁")):
        for name in names:
            w.add(None, m.ActivityBeneficiary, activity_id=w.ids[activity], person_id=people[name])
    # p7's only listed beneficiary row is deleted, so p7 counts its 7 人次.
    row = w.add(None, m.ActivityBeneficiary, activity_id=w.ids["p7"], person_id=people["丁"])
    w.delete(m.ActivityBeneficiary, row)
    w.delete(m.Activity, p6)


def _contests_trainings_files(w: _Writer) -> None:
    c1 = w.add("c1", m.VentureContest, name="2024年微创投大赛", year=2024, held_on=date(2024, 9, 1))
    c2 = w.add("c2", m.VentureContest, name="2023年微创投大赛", year=2023, held_on=date(2023, 11, 1))
    c3 = w.add("c3", m.VentureContest, name="未定日期的大赛", year=2024)
    for contest, org, title in (
        (c1, "o1", "甲"),
        (c1, "o1", "乙"),
        (c1, "o2", "丙"),
        (c1, "o3", "丁"),
        (c1, "o4", "戊"),
        (c2, "o5", "己"),
        (c3, "o5", "庚"),
    ):
        w.add(None, m.ContestEntry, contest_id=contest, organization_id=w.ids[org], project_title=title, result="参赛")
    for key, held_on, count in (("t1", date(2024, 5, 1), 3), ("t2", date(2024, 10, 1), 2), ("t3", date(2023, 6, 1), 4)):
        training = w.add(key, m.Training, title=f"培训{key}", topic="民政政策", held_on=held_on, hours=Decimal(2))
        for index in range(count):
            w.add(None, m.Attendance, training_id=training, attendee_name=f"学员{index}")
    w.delete(m.Attendance, w.add(None, m.Attendance, training_id=w.ids["t1"], attendee_name="删除的签到"))
    for opened_on, kind in (
        (date(2024, 1, 9), "婚俗宣传"),
        (date(2024, 2, 9), "婚俗宣传"),
        (date(2024, 3, 9), "婚俗宣传"),
        (date(2023, 3, 9), "婚俗宣传"),
        (date(2024, 4, 9), "婚姻家庭辅导"),
    ):
        w.add(None, m.ServiceFile, kind=kind, opened_on=opened_on, subject_name="某某")
    w.delete(m.ServiceFile, w.add(None, m.ServiceFile, kind="婚俗宣传", opened_on=date(2024, 5, 9), subject_name="某"))


def _resources_cases_project(w: _Writer) -> None:
    for key, received_on, fen in (
        ("r1", date(2024, 2, 2), 123_456),
        ("r2", date(2024, 11, 11), 250_000),
        ("r3", date(2023, 12, 1), 999_900),
        ("r4", date(2024, 5, 5), 100_000),
    ):
        w.add(
            key,
            m.ResourceLink,
            received_on=received_on,
            donor="某企业",
            donor_kind="企业",
            form="现金",
            description="现金捐赠",
            value_fen=fen,
        )
    w.delete(m.ResourceLink, w.ids["r4"])
    for key, written_on in (
        ("k1", date(2024, 3, 3)),
        ("k2", date(2024, 9, 9)),
        ("k3", date(2023, 9, 9)),
        ("k4", date(2024, 10, 10)),
    ):
        w.add(key, m.CaseStudy, title=f"案例{key}", written_on=written_on)
    w.delete(m.CaseStudy, w.ids["k4"])
    project = w.add(
        "project",
        m.FundedProject,
        name="福彩项目",
        year=2024,
        contractor="某社工中心",
        total_fen=16_000_000,
        start_on=date(2024, 1, 1),
        end_on=date(2024, 12, 31),
    )
    w.add(None, m.BudgetLine, project_id=project, kind="人力成本", planned_fen=9_000_000, cap_fen=10_000_000)
    w.add(None, m.BudgetLine, project_id=project, kind="服务性支出", planned_fen=4_500_000)  # no floor: 003's rule
    for kind, spent_on, yuan in (
        ("人力成本", date(2024, 3, 1), 30_000),
        ("人力成本", date(2024, 6, 1), 30_000),
        ("人力成本", date(2024, 9, 1), 30_000),
        ("服务性支出", date(2024, 5, 1), 45_000),
        ("服务性支出", date(2023, 12, 1), 9_000),
        ("评估及其他", date(2024, 8, 1), 25_000),
    ):
        w.add(
            None, m.Expense, project_id=project, kind=kind, spent_on=spent_on, amount_fen=yuan * 100, description="支出"
        )
    staff = (
        ("s1", "社会工作师", 3, True),
        ("s2", None, None, True),
        ("s3", "助理社会工作师", 1, True),
        ("s4", "社会工作师", 5, False),
    )
    for key, level, years, full_time in staff:
        person = w.add(key, m.Person, name=f"员工{key}", certificate_level=level, practice_years=years)
        w.add(None, m.ProjectStaff, project_id=project, person_id=person, role="社工", full_time=full_time)


def fill_small_site(session: Any) -> dict[str, str]:
    """Write the hand-counted township (see the expected values in test_compute.py); return ids by role."""
    w = _Writer(session)
    _orgs(w)
    _base_activities(w)
    _contests_trainings_files(w)
    _resources_cases_project(w)
    w.delete(m.Organization, w.ids["o4"])
    return w.ids


@pytest.fixture
def small(township: Database) -> tuple[Database, dict[str, str]]:
    with township.transaction() as session:
        ids = fill_small_site(session)
    return township, ids


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A demo year (seed 1, up to DEMO_TODAY), shared by a module's read-only tests."""
    from incubator_desktop.core.demo import fill_demo

    path: Path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(str(path))
    with database.transaction() as session:
        fill_demo(session, seed=1, today=DEMO_TODAY)
    yield database
    database.close()
