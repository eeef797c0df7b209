"""A district database holding two townships' records (written as sync would leave them), and a bundle network."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.sites import init_site
from incubator_desktop.core.vocab import SiteKind

from ..sync.conftest import DISTRICT, TOWNSHIP_A, TOWNSHIP_B, Network, network, site_database

TODAY = date(2025, 3, 1)  # after the 2024 period: amber and red follow the numbers alone
YEAR = 2024
#: An ID number shared by two townships' records; it must never be printed.
SHARED_ID = "653121198001010030"
SHARED_CREDIT = "52653121MJY000101X"

__all__ = ["DISTRICT", "TOWNSHIP_A", "TOWNSHIP_B", "Network", "network", "site_database"]


@dataclass
class TownshipWriter:
    """Writes records owned by `site`, as they stand on the district after that township's bundles arrived."""

    session: Session
    site: str
    ids: dict[str, str] = field(default_factory=dict)

    def add(self, key: str | None, model: type[m.SyncedRecord], **values: Any) -> str:
        record = model(origin_site=self.site, **values)
        self.session.add(record)
        self.session.flush()
        if key:
            self.ids[key] = record.id
        return record.id


def add_township(session: Session, code: str, name: str) -> TownshipWriter:
    writer = TownshipWriter(session, code)
    writer.add(None, m.Site, code=code, name=name, kind=SiteKind.TOWNSHIP.value, parent_code=DISTRICT)
    return writer


def received(session: Session, site: str, device: str, *sequences: int) -> None:
    for sequence in sequences:
        session.add(
            m.ReceivedBundle(
                sender_site=site,
                sender_device=device,
                sequence=sequence,
                chain_start=1,
                kind="changes",
                sha256=f"{site}{device}{sequence}".ljust(64, "0")[:64],
                previous="0" * 64,
                created=f"2025-01-0{sequence}T10:00:00+00:00",
            )
        )
    session.flush()


def _township_a(w: TownshipWriter) -> None:
    village = w.add("village", m.Community, name="团结村", is_village=True)
    w.add("community", m.Community, name="幸福社区", is_village=False)
    org = w.add(
        "dance",
        m.Organization,
        name="团结村舞蹈队",
        category="文体活动类",
        stage="已备案",
        community_id=village,
        filed_on=date(2024, 3, 1),
        entered_on=date(2024, 2, 1),
        credit_code=SHARED_CREDIT,
        leader_id_number=SHARED_ID,
    )
    for day in (date(2024, 4, 2), date(2024, 5, 6)):
        w.add(None, m.Activity, title="广场舞", held_on=day, kind="社区活动", organization_id=org, beneficiaries=30)
    for number, day in enumerate((date(2024, 3, 5), date(2024, 6, 7), date(2024, 9, 9)), 1):
        w.add(f"activity{number}", m.Activity, title=f"小组{number}", held_on=day, kind="小组", beneficiaries=40)
    training = w.add(
        "training", m.Training, title="政策培训", topic="民政政策", held_on=date(2024, 4, 10), hours=Decimal(2)
    )
    for name in ("甲", "乙"):
        w.add(None, m.Attendance, training_id=training, attendee_name=name)
    w.add(
        "gift",
        m.ResourceLink,
        received_on=date(2024, 5, 1),
        donor="某公司",
        donor_kind="企业",
        form="现金",
        description="慰问金",
        value_fen=300_000,
    )
    w.add(None, m.CaseStudy, title="案例", written_on=date(2024, 7, 1))


def _township_b(w: TownshipWriter) -> None:
    village = w.add("village", m.Community, name="兰干村", is_village=True)
    w.add(
        "dance",
        m.Organization,
        name="兰干舞蹈协会",
        category="文体活动类",
        stage="入驻",
        community_id=village,
        credit_code=SHARED_CREDIT,
    )
    w.add(
        "elders",
        m.Organization,
        name="兰干为老服务队",
        category="生活服务类",
        stage="培育中",
        leader_id_number=SHARED_ID,
    )
    w.add(
        "other", m.Organization, name="兰干调解队", category="社区事务类", stage="培育中", filing_number="兰备2024-01"
    )
    w.add(None, m.Activity, title="走访", held_on=date(2024, 8, 8), kind="个案", beneficiaries=5)


@dataclass
class District:
    db: Database
    a: dict[str, str]
    b: dict[str, str]


def fill_district(db: Database) -> District:
    with db.transaction() as session:
        init_site(session, role=SiteKind.DISTRICT, code=DISTRICT, name="疏附县民政局")
        a = add_township(session, TOWNSHIP_A, "托克扎克镇孵化基地")
        b = add_township(session, TOWNSHIP_B, "兰干乡孵化基地")
        _township_a(a)
        _township_b(b)
        for kind, month, count in (("婚俗宣传", "2024-03", 5), ("婚俗宣传", "2024-11", 3), ("婚俗宣传", "2025-01", 9)):
            session.add(m.ServiceFileCount(site_code=TOWNSHIP_A, kind=kind, month=month, count=count, as_of_hlc="1"))
        session.add(
            m.ServiceFileCount(site_code=TOWNSHIP_A, kind="婚姻家庭辅导", month="2024-05", count=2, as_of_hlc="1")
        )
        received(session, TOWNSHIP_A, "device-a", 1, 2, 4)
        received(session, TOWNSHIP_B, "device-b", 1)
        return District(db, dict(a.ids), dict(b.ids))


@pytest.fixture
def district(make_database: Callable[[str], Database]) -> District:
    return fill_district(make_database("district"))


@pytest.fixture
def township_writer() -> Callable[[Session, str], TownshipWriter]:
    return TownshipWriter
