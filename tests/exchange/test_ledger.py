"""The ledger workbook: a sheet per record type, dates as dates, money in yuan, counts only for service files."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import insert, select

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.errors import ValidationFailed
from incubator_desktop.core.exchange.errors import OperationCancelled
from incubator_desktop.core.exchange.ledger import export_ledger
from incubator_desktop.core.ids import new_id
from incubator_desktop.core.services.records import create_record

from .builders import CODES

START, END = date(2024, 1, 1), date(2024, 6, 30)
SECRETS = ("测试对象甲", "测试对象乙", "机密备注内容")
SHEETS = [
    "说明",
    "社会组织",
    "培训",
    "培训签到",
    "服务活动",
    "典型案例",
    "资源链接",
    "公益创投",
    "项目支出",
    "服务档案",
]


@pytest.fixture
def ledger_db(township: Database) -> Database:
    """A little of every record type inside the period, and one activity before it."""
    with township.transaction() as session:

        def add(model: type[m.SyncedRecord], **values: Any) -> str:
            return create_record(session, model, values).id

        place = add(m.Community, name="团结村")
        org = add(
            m.Organization, name="团结村舞蹈队", category="文体活动类", stage="培育中", community_id=place,
            leader_name="张三", leader_phone="13912345678", leader_id_number=CODES.id_a, entered_on=date(2024, 1, 10),
        )  # fmt: skip
        training = add(
            m.Training,
            title="社区社会组织财务管理培训",
            topic="规范管理",
            held_on=date(2024, 3, 1),
            hours=Decimal("2.5"),
        )
        for name in ("甲", "乙", "丙"):
            add(m.Attendance, training_id=training, attendee_name=name, organization_id=org)
        add(m.Activity, title="重阳节联欢", held_on=date(2024, 3, 5), kind="社区活动", organization_id=org,
            beneficiaries=30, volunteers=5, volunteer_hours=Decimal("12.5"))  # fmt: skip
        add(m.Activity, title="去年的活动", held_on=date(2023, 1, 1), kind="小组")
        add(m.Activity, title="=cmd|' /C calc'!A0", held_on=date(2024, 3, 6), kind="小组", location="+1-1")
        add(m.CaseStudy, title="舞出精气神", written_on=date(2024, 4, 1), organization_id=org)
        add(m.ResourceLink, received_on=date(2024, 4, 2), donor="某商行", donor_kind="企业", form="现金",
            description="活动经费", value_fen=123456, recipient_organization_id=org)  # fmt: skip
        contest = add(m.VentureContest, name="2024年微创投大赛", year=2024, held_on=date(2024, 5, 1))
        entry = add(m.ContestEntry, contest_id=contest, organization_id=org, project_title="广场舞进万家",
                    requested_fen=500000, pledged_fen=100000, votes=300, result="获奖", grant_fen=300000)  # fmt: skip
        for judge, score in (("评委一", Decimal(80)), ("评委二", Decimal(90))):
            add(m.JudgeScore, entry_id=entry, judge=judge, score=score)
        project = add(m.FundedProject, name="福彩公益金项目", year=2024, contractor="某社工机构",
                      total_fen=16000000, start_on=date(2024, 1, 1))  # fmt: skip
        add(m.Expense, project_id=project, kind="人力成本", spent_on=date(2024, 5, 10), amount_fen=360000,
            description="5月社工工资")  # fmt: skip
        files = [("婚俗宣传", 3, "测试对象甲"), ("婚俗宣传", 9, "测试对象乙"), ("婚姻家庭辅导", 20, "测试对象甲")]
        for kind, day, subject in files:
            add(m.ServiceFile, kind=kind, opened_on=date(2024, 3, day), subject_name=subject, notes="机密备注内容")
        add(m.ServiceFile, kind="婚姻家庭辅导", opened_on=date(2024, 5, 2), subject_name="测试对象乙")
    return township


def write_ledger(db: Database, path: Path, **options: Any) -> Path:
    with db.transaction() as session:
        export_ledger(session, path, start=START, end=END, **options)
    return path


def all_parts(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(name).decode("utf-8", errors="replace") for name in archive.namelist())


def data_rows(sheet: Worksheet) -> Iterator[tuple[Any, ...]]:
    return sheet.iter_rows(min_row=2, values_only=True)


def test_every_record_type_has_its_sheet_with_a_frozen_bold_header(ledger_db: Database, tmp_path: Path) -> None:
    """The workbook holds the cover and nine data sheets, each with a frozen, bold, filtered header row."""
    workbook = load_workbook(write_ledger(ledger_db, tmp_path / "台账.xlsx"))
    assert workbook.sheetnames == SHEETS
    for title in SHEETS[1:]:
        sheet = workbook[title]
        assert sheet.freeze_panes == "A2", title
        assert all(cell.font.b for cell in sheet[1]), title
        assert sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:"), title


def test_dates_are_dates_and_money_is_yuan_with_two_decimals(ledger_db: Database, tmp_path: Path) -> None:
    """Dates are real date cells; money is a number in yuan formatted #,##0.00 (stored as 1234.56)."""
    path = write_ledger(ledger_db, tmp_path / "台账.xlsx")
    workbook = load_workbook(path)
    resources = workbook["资源链接"]
    day, value = resources["A2"], resources["F2"]
    assert day.is_date and day.value.date() == date(2024, 4, 2) and day.number_format == "yyyy-mm-dd"
    assert value.data_type == "n" and value.value == pytest.approx(1234.56) and value.number_format == "#,##0.00"
    assert "<v>1234.56</v>" in all_parts(path)
    contest = next(data_rows(workbook["公益创投"]))
    assert contest[5:8] == (5000, 1000, 300) and contest[8] == pytest.approx(85) and contest[11] == 3000
    expense = next(data_rows(workbook["项目支出"]))
    assert expense[1].date() == date(2024, 5, 10) and expense[3] == 3600


def test_counts_and_period(ledger_db: Database, tmp_path: Path) -> None:
    """Trainings carry their 人次; records outside the period are left out; activities by the base say so."""
    workbook = load_workbook(write_ledger(ledger_db, tmp_path / "台账.xlsx"))
    assert [row[6] for row in data_rows(workbook["培训"])] == [3]
    assert len(list(data_rows(workbook["培训签到"]))) == 3
    assert [row[1] for row in data_rows(workbook["服务活动"])] == ["重阳节联欢", "=cmd|' /C calc'!A0"]


def test_ledger_text_is_never_a_formula(ledger_db: Database, tmp_path: Path) -> None:
    """A title that would run a DDE command in Excel is stored as plain text in the streamed sheets."""
    path = write_ledger(ledger_db, tmp_path / "台账.xlsx")
    package = all_parts(path)
    assert "<f>" not in package and "<f " not in package
    activity = load_workbook(path)["服务活动"]["B3"]
    assert (activity.value, activity.data_type, activity.quotePrefix) == ("=cmd|' /C calc'!A0", "s", True)


def test_service_files_are_counts_only(ledger_db: Database, tmp_path: Path) -> None:
    """Service files appear as counts per month and kind; no subject name or note is anywhere in the file."""
    path = write_ledger(ledger_db, tmp_path / "台账.xlsx", reveal=True)
    rows = list(data_rows(load_workbook(path)["服务档案"]))
    assert rows == [("2024-03", 2, 1, 3), ("2024-05", 0, 1, 1)]
    package = all_parts(path)
    assert not any(secret in package for secret in SECRETS)


def test_personal_data_is_masked_unless_revealed_and_revealing_is_audited(ledger_db: Database, tmp_path: Path) -> None:
    """ID and phone are masked by default; --reveal shows them and writes the audit log."""
    masked = all_parts(write_ledger(ledger_db, tmp_path / "masked.xlsx"))
    assert CODES.id_a not in masked and "13912345678" not in masked
    assert "1101************2X" in masked and "139****5678" in masked
    full = all_parts(write_ledger(ledger_db, tmp_path / "full.xlsx", reveal=True))
    assert CODES.id_a in full and "13912345678" in full
    with ledger_db.reading() as session:
        actions = list(session.scalars(select(m.AuditEntry.action).order_by(m.AuditEntry.hlc)))
    assert actions == ["ledger_export", "ledger_export", "reveal_personal_data"]


def test_column_widths_fit_chinese_text(ledger_db: Database, tmp_path: Path) -> None:
    """A column of Chinese titles is wider than a column of dates, which fits its ten characters."""
    sheet = load_workbook(write_ledger(ledger_db, tmp_path / "台账.xlsx"))["培训"]
    title_width = sheet.column_dimensions["B"].width
    assert title_width >= 2 * len("社区社会组织财务管理培训")
    assert 10 <= sheet.column_dimensions["A"].width < title_width


def test_a_period_that_ends_before_it_starts_is_refused(ledger_db: Database, tmp_path: Path) -> None:
    """--from after --to is a rejected input and writes no file."""
    with pytest.raises(ValidationFailed) as refused, ledger_db.transaction() as session:
        export_ledger(session, tmp_path / "x.xlsx", start=END, end=START)
    assert [(e.field, e.code) for e in refused.value.errors] == [("end", "date_order")]
    assert not (tmp_path / "x.xlsx").exists()


def test_a_large_sheet_streams_out_with_progress_and_can_be_cancelled(township: Database, tmp_path: Path) -> None:
    """20 000 activity rows stream into one sheet with steady progress; cancelling stops and writes no file."""
    with township.transaction() as session:
        me = session.scalars(select(m.LocalSite)).one()
        rows = [
            {"id": new_id(), "origin_site": me.site_code, "device_id": me.device_id, "hlc": f"{n:024d}",
             "title": f"入户探访第{n}次", "held_on": date(2024, 1 + n % 6, 1 + n % 28), "kind": "个案",
             "beneficiaries": n % 7}
            for n in range(20_000)
        ]  # fmt: skip
        session.execute(insert(m.Activity), rows)
    reports: list[tuple[int, int]] = []
    with township.transaction() as session:
        result = export_ledger(
            session, tmp_path / "big.xlsx", start=START, end=END, progress=lambda *p: reports.append(p)
        )
    assert dict(result.sheets)["服务活动"] == 20_000
    assert reports[-1] == (20_000, 20_000) and len(reports) > 20
    with zipfile.ZipFile(result.path) as archive:
        tail = archive.read("xl/worksheets/sheet5.xml")[-4000:].decode("utf-8", errors="replace")
    assert '<row r="20001"' in tail
    with pytest.raises(OperationCancelled), township.transaction() as session:
        export_ledger(session, tmp_path / "cancelled.xlsx", start=START, end=END, cancelled=lambda: len(reports) > 25,
                      progress=lambda *p: reports.append(p))  # fmt: skip
    assert not (tmp_path / "cancelled.xlsx").exists()
