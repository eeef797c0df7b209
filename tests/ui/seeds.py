"""Builders of test data for the case, resource, contest, project and service-file workspaces."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.budgets import create_project_with_budget
from incubator_desktop.core.services.records import create_record

from .factories import add_organizations, add_record

THIS_YEAR = date.today().year
LAST_YEAR = THIS_YEAR - 1
THIS_MONTH = date.today().strftime("%Y-%m")


def add_case(db: Database, title: str, written_on: date, **values: Any) -> str:
    return add_record(db, m.CaseStudy, title=title, written_on=written_on, **values)


def add_resource(db: Database, donor: str, yuan: int, received_on: date, **values: Any) -> str:
    fields = {"donor_kind": "企业", "form": "现金", "description": "现金捐赠", **values}
    return add_record(db, m.ResourceLink, donor=donor, value_fen=yuan * 100, received_on=received_on, **fields)


def add_contest(db: Database, name: str, year: int = THIS_YEAR, **values: Any) -> str:
    return add_record(db, m.VentureContest, name=name, year=year, **values)


def add_entry(db: Database, contest_id: str, org_id: str, title: str, **values: Any) -> str:
    fields = {"result": "参赛", "direct_beneficiaries": 60, **values}
    return add_record(db, m.ContestEntry, contest_id=contest_id, organization_id=org_id, project_title=title, **fields)


def add_scores(db: Database, entry_id: str, scores: dict[str, str]) -> None:
    with db.transaction() as session:
        for judge, score in scores.items():
            create_record(session, m.JudgeScore, {"entry_id": entry_id, "judge": judge, "score": Decimal(score)})


def add_project(db: Database, name: str, *, year: int = THIS_YEAR, total_yuan: int = 160_000, **values: Any) -> str:
    fields = {"contractor": "同心社会工作服务中心", "start_on": date(year, 1, 1), **values}
    with db.transaction() as session:
        return create_project_with_budget(
            session, {"name": name, "year": year, "total_fen": total_yuan * 100, **fields}
        ).id


def add_file(db: Database, name: str, kind: str = "婚俗宣传", **values: Any) -> str:
    fields = {"opened_on": date(THIS_YEAR, 1, 10), **values}
    return add_record(db, m.ServiceFile, kind=kind, subject_name=name, **fields)


def seed_cases(db: Database) -> None:
    (org,) = add_organizations(db, ["阳光志愿服务队"])
    add_case(db, "邻里互助案例", date(2024, 3, 5), organization_id=org)
    add_case(db, "敬老服务案例", date.today())
    add_case(db, "环保宣传案例", date(2024, 4, 1), author="李老师")


def seed_resources(db: Database) -> None:
    add_resource(db, "天山建材商行", 1000, date(2024, 3, 5))
    add_resource(db, "爱心人士王芳", 500, date(2024, 4, 1), donor_kind="个人", form="实物", description="冬衣")
    add_resource(db, "县红十字会", 800, date(2024, 5, 20), donor_kind="慈善组织", purpose="困难老人")


def seed_contests(db: Database) -> None:
    add_contest(db, "春季微创投大赛")
    add_contest(db, "往年公益创投大赛", LAST_YEAR)
    add_contest(db, "秋季微创投大赛", description="面向青少年服务")


def seed_projects(db: Database) -> None:
    add_project(db, "福彩公益金项目")
    add_project(db, "往年治理项目", year=LAST_YEAR)
    add_project(db, "社区营造项目", funder="县民政局")


def seed_files(db: Database) -> None:
    add_file(db, "张伟")
    add_file(db, "李晓明", kind="婚姻家庭辅导")
    add_file(db, "欧阳娜娜", counsellor="陈社工")
