"""Printout fixtures: a township seeded with personal data that must never reach a notice, PDF text helpers."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.services.records import create_record

TODAY = date(2024, 6, 28)
DEMO_TODAY = date(2025, 6, 30)

#: Personal data seeded below; none of it may appear on any notice.
LEADER_PHONE = "13912345678"
LEADER_ID = "11010519491231002X"
PERSON_PHONE = "18699001122"
PERSON_ID = "653121198001010030"
COUNSELLING_SUBJECT = "保密人甲乙"
DONOR_FULL_NAME = "王秘密"
RECIPIENT_TEXT = "李某某家庭（残疾）"
LEADER_NAME = "张负责"
SECRETS = (
    LEADER_PHONE,
    LEADER_ID,
    PERSON_PHONE,
    PERSON_ID,
    COUNSELLING_SUBJECT,
    DONOR_FULL_NAME,
    RECIPIENT_TEXT,
    LEADER_NAME,
)

MOBILE = re.compile(r"1[3-9]\d{9}")
ID_NUMBER = re.compile(r"\d{17}[\dXx]")


def pdf_text(path: Path) -> str:
    """All text of a PDF, NFKC-folded so full-width digits compare like ASCII."""
    reader = PdfReader(str(path))
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() or "" for page in reader.pages))


def flat(text: str) -> str:
    """Text NFKC-folded and without whitespace, so a name wrapped inside a table cell still matches."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def flat_text(path: Path) -> str:
    return flat(pdf_text(path))


def layout_lines(path: Path) -> list[str]:
    """The PDF's text line by line as pdftotext -layout sees it."""
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def add(session: Any, model: type[m.SyncedRecord], **values: Any) -> str:
    return create_record(session, model, values, today=TODAY).id


def fill_sensitive_site(session: Any) -> dict[str, str]:
    """Organizations, people, files and gifts carrying phones, ID numbers and private names."""
    site = session.query(m.Site).one()
    site.address = "托克扎克镇人民政府院内"
    site.contact = "0998-5123456"
    ids: dict[str, str] = {}
    community = add(session, m.Community, name="团结村")
    ids["org"] = add(
        session,
        m.Organization,
        name="团结村夕阳红志愿服务队",
        category="公益慈善类",
        stage="已备案",
        community_id=community,
        leader_name=LEADER_NAME,
        leader_phone=LEADER_PHONE,
        leader_id_number=LEADER_ID,
        filed_on=date(2024, 6, 3),
        filing_number="托备字〔2024〕第001号",
        description=f"负责人电话{LEADER_PHONE}，欢迎加入。",
    )
    ids["org2"] = add(
        session,
        m.Organization,
        name="幸福社区舞蹈队",
        category="文体活动类",
        stage="已备案",
        leader_phone="13800001111",
        filed_on=date(2024, 6, 10),
        filing_number="托备字〔2024〕第002号",
    )
    ids["old_org"] = add(
        session,
        m.Organization,
        name="去年备案的老年协会",
        category="生活服务类",
        stage="已备案",
        filed_on=date(2023, 5, 1),
    )
    ids["person"] = add(
        session, m.Person, name="李学员", phone=PERSON_PHONE, id_number=PERSON_ID, organization_id=ids["org"]
    )
    add(
        session,
        m.ServiceFile,
        kind="婚姻家庭辅导",
        opened_on=date(2024, 5, 1),
        subject_name=COUNSELLING_SUBJECT,
        notes=f"当事人电话{PERSON_PHONE}",
    )
    add(
        session,
        m.ResourceLink,
        received_on=date(2024, 6, 5),
        donor=f"爱心人士{DONOR_FULL_NAME}",
        donor_kind="个人",
        form="现金",
        description="助学款",
        value_fen=200_000,
        recipient=RECIPIENT_TEXT,
    )
    add(
        session,
        m.ResourceLink,
        received_on=date(2024, 6, 6),
        donor="疏附县丰源商贸有限公司",
        donor_kind="企业",
        form="实物",
        description="米面油50份",
        value_fen=600_000,
        recipient_organization_id=ids["org"],
    )
    ids["training"] = add(
        session,
        m.Training,
        title="社区社会组织规范管理培训",
        topic="规范管理",
        held_on=date(2024, 6, 12),
        hours=Decimal(2),
        location="镇党群服务中心",
    )
    add(
        session,
        m.Attendance,
        training_id=ids["training"],
        person_id=ids["person"],
        attendee_name="李学员",
        organization_id=ids["org"],
    )
    add(session, m.Attendance, training_id=ids["training"], attendee_name="王来宾")
    ids["contest"] = add(
        session, m.VentureContest, name="2024年托克扎克镇微公益创投大赛", year=2024, held_on=date(2024, 6, 20)
    )
    for org, title, result, votes in (
        (ids["org"], "“银龄守护”关爱计划", "获奖", 300),
        (ids["org2"], "舞动幸福", "优秀创意奖", 100),
    ):
        entry = add(
            session,
            m.ContestEntry,
            contest_id=ids["contest"],
            organization_id=org,
            project_title=title,
            result=result,
            votes=votes,
            direct_beneficiaries=60,
        )
        add(session, m.JudgeScore, entry_id=entry, judge="专家", score=Decimal(80))
    add(
        session,
        m.Activity,
        title="夕阳红入户探访",
        held_on=date(2024, 6, 15),
        kind="社区活动",
        organization_id=ids["org"],
        beneficiaries=12,
    )
    ids["case"] = add(
        session,
        m.CaseStudy,
        title="夕阳红守护独居老人",
        organization_id=ids["org"],
        written_on=date(2024, 6, 20),
        background=f"联系电话{LEADER_PHONE}。",
        process="入户探访。",
        results="老人满意。",
    )
    return ids


@pytest.fixture
def sensitive(township: Database) -> tuple[Database, dict[str, str]]:
    with township.transaction() as session:
        ids = fill_sensitive_site(session)
    return township, ids


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A demo year (seed 1, up to DEMO_TODAY) that the printout tests print from."""
    from incubator_desktop.core.demo import fill_demo

    database = open_database(str(tmp_path_factory.mktemp("demo") / "demo.db"))
    with database.transaction() as session:
        fill_demo(session, seed=1, today=DEMO_TODAY)
    yield database
    database.close()


KINDS = (
    "notice-new-orgs",
    "notice-contest",
    "notice-resources",
    "monthly",
    "casebook",
    "signin",
    "signin-filled",
    "orgfile",
    "certificate",
)


@pytest.fixture(scope="session")
def demo_prints(demo_db: Database, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every kind printed once from the demo year: kind -> PDF path."""
    from sqlalchemy import select

    from incubator_desktop.core.reports.casebook import build_casebook
    from incubator_desktop.core.reports.certificate import build_certificate
    from incubator_desktop.core.reports.monthly import build_monthly
    from incubator_desktop.core.reports.notice import build_notice
    from incubator_desktop.core.reports.orgfile import build_orgfile
    from incubator_desktop.core.reports.signin import build_signin

    folder = tmp_path_factory.mktemp("prints")
    paths = {kind: folder / f"{kind}.pdf" for kind in KINDS}
    start = date(2024, 7, 1)
    with demo_db.transaction() as session:
        for kind in ("new-orgs", "contest", "resources"):
            build_notice(session, paths[f"notice-{kind}"], kind=kind, issued_on=DEMO_TODAY, start=start)
        build_monthly(session, paths["monthly"])
        build_casebook(session, paths["casebook"], today=DEMO_TODAY)
        build_signin(session, paths["signin"])
        training = session.scalars(select(m.Training).order_by(m.Training.held_on)).first()
        assert training is not None
        build_signin(session, paths["signin-filled"], training_id=training.id)
        org = session.scalars(select(m.Organization).where(m.Organization.stage == "已登记")).first()
        assert org is not None
        build_orgfile(session, paths["orgfile"], organization_id=org.id)
        build_certificate(session, paths["certificate"], issued_on=DEMO_TODAY)
    return paths
