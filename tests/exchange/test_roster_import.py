"""Importing rosters as clerks really keep them: what is created, updated, skipped and rejected, and why."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select, update

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.exchange.errors import OperationCancelled, WorkbookRefused
from incubator_desktop.core.exchange.rejected_rows import export_rejected_rows
from incubator_desktop.core.exchange.results import ImportSummary
from incubator_desktop.core.exchange.roster_import import import_roster
from incubator_desktop.core.services.records import create_record, editable_fields

from .builders import CODES, MESSY_CREATED, MESSY_REJECTED, TODAY, database_state

HEADER = ["组织名称", "类别", "所在村（社区）", "联系电话", "成员人数"]


def run_import(db: Database, path: Path, *, dry_run: bool = False, **kwargs: Any) -> ImportSummary:
    with db.transaction() as session:
        return import_roster(session, path, dry_run=dry_run, today=TODAY, **kwargs)


def organizations(db: Database) -> dict[str, tuple[SimpleNamespace, str | None]]:
    """Each stored organization by name, as plain values, with its community's name."""
    with db.reading() as session:
        query = select(m.Organization, m.Community.name).outerjoin(
            m.Community, m.Community.id == m.Organization.community_id
        )
        fields = editable_fields(m.Organization)
        return {
            org.name: (SimpleNamespace(**{name: getattr(org, name) for name in fields}), community)
            for org, community in session.execute(query)
        }


def test_messy_roster_imports_what_it_can_and_says_why_for_the_rest(township: Database, messy_roster: Path) -> None:
    """The messy roster creates exactly its four good rows and rejects the rest by row number and field."""
    summary = run_import(township, messy_roster)
    assert (summary.created, summary.updated, summary.unchanged, summary.duplicates) == (4, 0, 0, 1)
    assert [(p.row, p.field) for p in summary.rejected] == MESSY_REJECTED
    assert [(d.row, d.first_row) for d in summary.duplicate_rows] == [(12, 4)]
    assert [o.name for o in summary.outcomes] == MESSY_CREATED
    assert sorted(summary.communities_created) == sorted(["团结村", "幸福社区", "光明村"])
    assert (summary.sheet, summary.header_row) == ("Sheet", 3)
    assert set(organizations(township)) == set(MESSY_CREATED)


def test_messy_roster_values_are_normalized(township: Database, messy_roster: Path) -> None:
    """Phones, full-width IDs and codes, member counts, categories, merges and every date form come out clean."""
    run_import(township, messy_roster)
    orgs = organizations(township)
    dance, dance_community = orgs["团结村舞蹈队"]
    assert (dance.category, dance.stage, dance_community) == ("文体活动类", "入驻", "团结村")
    assert (dance.leader_phone, dance.leader_id_number, dance.members) == ("13912345678", CODES.id_a, 15)
    assert dance.founded_on == date(2023, 5, 1)
    elders, elders_community = orgs["团结村夕阳红志愿服务队"]
    assert elders_community == "团结村"  # from the vertical merge D4:D6
    assert (elders.leader_phone, elders.leader_id_number, elders.members) == ("13912345679", CODES.id_b, 12)
    assert (elders.founded_on, elders.stage) == (date(2023, 5, 1), "培育中")
    knitting, _ = orgs["幸福社区编织组"]  # U+3000 padding trimmed
    assert (knitting.category, knitting.leader_phone, knitting.members) == ("生活服务类", "0998-1234567", 20)
    assert (knitting.founded_on, knitting.filed_on) == (date(2023, 5, 1), date(2023, 6, 1))
    council, _ = orgs["光明村红白理事会"]
    assert (council.founded_on, council.filed_on) == (date(2022, 3, 4), date(2023, 3, 15))  # Excel date, serial
    assert (council.credit_code, council.members, council.stage) == (CODES.credit_a, 30, "已登记")


def test_rejection_reasons_are_clear_chinese(township: Database, messy_roster: Path) -> None:
    """Each reason names the problem in Chinese: lost ID digits, the allowed categories, the column as written."""
    summary = run_import(township, messy_roster)
    reasons = {(p.row, p.field): p for p in summary.rejected}
    numeric_id = reasons[(6, "leader_id_number")]
    assert numeric_id.column == "身份证号码"
    assert "丢失" in numeric_id.reason() and "文本" in numeric_id.reason()
    category = reasons[(9, "category")].reason()
    assert "文艺类" in category and all(c in category for c in ("公益慈善类", "生活服务类", "社区事务类", "文体活动类"))
    assert "必填" in reasons[(10, "name")].reason()
    assert "2023-02-30" in reasons[(11, "founded_on")].reason()
    assert "校验位" in reasons[(14, "leader_id_number")].reason()
    assert "十五人" in reasons[(15, "members")].reason()
    assert "The ID number was stored as a number" in numeric_id.reason("en")


def test_reimport_changes_nothing_and_duplicates_nothing(township: Database, messy_roster: Path) -> None:
    """Importing the same roster again leaves every organization unchanged and creates none."""
    run_import(township, messy_roster)
    before = database_state(township)
    summary = run_import(township, messy_roster)
    assert (summary.created, summary.updated, summary.unchanged, summary.duplicates) == (0, 0, 4, 1)
    after = database_state(township)
    assert after["organizations"] == before["organizations"]
    assert after["audit"] == before["audit"] + 1  # the import itself is logged


def test_changed_rows_update_and_blank_cells_keep_stored_values(
    township: Database, write_roster: Callable[..., Path]
) -> None:
    """A changed cell updates the organization; an empty cell never erases what is stored."""
    first = write_roster([HEADER, ["舞蹈队", "文体活动类", "团结村", "13912345678", 15]], name="a.xlsx")
    run_import(township, first)
    second = write_roster([HEADER, ["舞蹈队", "文体活动类", "团结村", None, "16人"]], name="b.xlsx")
    summary = run_import(township, second)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 1, 0)
    assert summary.outcomes[0].changed == ("members",)
    org, _ = organizations(township)["舞蹈队"]
    assert (org.members, org.leader_phone) == (16, "13912345678")


def test_matching_by_credit_code_renames_instead_of_duplicating(
    township: Database, write_roster: Callable[..., Path]
) -> None:
    """A row with a known credit code is that organization even under a new name and community."""
    header = ["名称", "类别", "社区", "统一社会信用代码"]
    run_import(township, write_roster([header, ["老年协会", "生活服务类", "团结村", CODES.credit_b]], name="a.xlsx"))
    renamed = write_roster([header, ["团结村老年协会", "生活服务类", "幸福社区", CODES.credit_b]], name="b.xlsx")
    summary = run_import(township, renamed)
    assert (summary.created, summary.updated) == (0, 1)
    assert set(summary.outcomes[0].changed) == {"name", "community"}
    assert list(organizations(township)) == ["团结村老年协会"]
    assert organizations(township)["团结村老年协会"][1] == "幸福社区"


def test_community_rules_when_matching_by_name(township: Database, write_roster: Callable[..., Path]) -> None:
    """No community column matches a unique name; same-named groups in two communities need the community."""
    with township.transaction() as session:
        for community in ("团结村", "幸福社区"):
            place = create_record(session, m.Community, {"name": community})
            values = {"name": "舞蹈队", "category": "文体活动类", "stage": "入驻", "community_id": place.id}
            create_record(session, m.Organization, values)
        create_record(session, m.Organization, {"name": "读书会", "category": "文体活动类", "stage": "入驻"})
    rows = [["组织名称", "类别"], ["舞蹈队", "文体活动类"], ["读书会", "文体活动类"]]
    summary = run_import(township, write_roster(rows, name="a.xlsx"))
    assert [(p.row, p.field, p.code) for p in summary.rejected] == [(2, "community", "roster_ambiguous_name")]
    assert [(o.row, o.action.value) for o in summary.outcomes] == [(3, "unchanged")]
    # A group stored without a community is the same one when a roster names its community.
    located = run_import(township, write_roster([HEADER[:3], ["读书会", "文体活动类", "光明村"]], name="b.xlsx"))
    assert (located.created, located.updated, located.communities_created) == (0, 1, ("光明村",))


def test_another_sites_organization_is_reported_not_overwritten(
    township: Database, write_roster: Callable[..., Path]
) -> None:
    """A row that would change a record owned by another site is rejected with the owner named."""
    run_import(township, write_roster([HEADER, ["舞蹈队", "文体活动类", "团结村", None, 15]], name="a.xlsx"))
    with township.transaction() as session:
        session.execute(update(m.Organization).values(origin_site="653121104"))
    summary = run_import(township, write_roster([HEADER, ["舞蹈队", "文体活动类", "团结村", None, 16]], name="b.xlsx"))
    assert [(p.row, p.code, p.params) for p in summary.rejected] == [(2, "not_owner", {"owner": "653121104"})]
    assert summary.updated == 0


def test_same_credit_code_on_two_different_rows_is_rejected(
    township: Database, write_roster: Callable[..., Path]
) -> None:
    """Two different organizations cannot share a credit code: the second row is rejected, naming the first."""
    header = ["组织名称", "类别", "信用代码"]
    rows = [header, ["甲队", "文体活动类", CODES.credit_a], ["乙队", "文体活动类", CODES.credit_a]]
    summary = run_import(township, write_roster(rows))
    assert summary.created == 1
    assert [(p.row, p.field, p.code, p.params) for p in summary.rejected] == [
        (3, "credit_code", "credit_code_repeated", {"first_row": 2})
    ]


def test_form_rules_apply_to_imported_rows(township: Database, write_roster: Callable[..., Path]) -> None:
    """The same checks as the forms run on every row: future dates, date order, lengths."""
    header = ["组织名称", "类别", "成立时间", "备案时间"]
    rows = [
        header,
        ["未来队", "文体活动类", "2030-01-01", None],
        ["倒序队", "文体活动类", "2023-05-01", "2023-04-01"],
        ["长" * 101, "文体活动类", None, None],
        ["年份队", "文体活动类", 2019, None],
    ]
    summary = run_import(township, write_roster(rows))
    assert [(p.row, p.field, p.code) for p in summary.rejected] == [
        (2, "founded_on", "date_in_future"),
        (3, "filed_on", "date_order"),
        (4, "name", "too_long"),
        (5, "founded_on", "date_invalid"),  # a bare year is not a date, nor an Excel serial from 1905
    ]
    assert summary.created == 0


def test_dry_run_reports_exactly_what_the_real_run_does(township: Database, messy_roster: Path) -> None:
    """A dry run changes nothing, not even the clock or the audit log, and its summary equals the real one."""
    before = database_state(township)
    preview = run_import(township, messy_roster, dry_run=True)
    assert database_state(township) == before
    real = run_import(township, messy_roster)
    assert preview.dry_run and not real.dry_run
    assert preview.as_dict() | {"dry_run": False} == real.as_dict()
    # And again over existing data, where rows are unchanged or updated rather than created.
    before = database_state(township)
    again_preview = run_import(township, messy_roster, dry_run=True)
    assert database_state(township) == before
    assert again_preview.as_dict() | {"dry_run": False} == run_import(township, messy_roster).as_dict()


def test_real_import_is_audited(township: Database, messy_roster: Path) -> None:
    """A real import writes one audit entry with its counts and no personal data."""
    run_import(township, messy_roster)
    with township.reading() as session:
        detail = session.scalars(select(m.AuditEntry.detail).where(m.AuditEntry.action == "roster_import")).one()
    assert detail["created"] == 4 and detail["rejected"] == 6
    assert CODES.id_a not in str(detail)


def test_progress_is_reported_and_cancelling_rolls_back(township: Database, messy_roster: Path) -> None:
    """Progress reaches the total; cancelling raises and the caller's rollback leaves nothing behind."""
    reports: list[tuple[int, int]] = []
    run_import(township, messy_roster, dry_run=True, progress=lambda done, total: reports.append((done, total)))
    assert reports and reports[-1][0] == reports[-1][1] > 0
    before = database_state(township)
    with pytest.raises(OperationCancelled):
        run_import(township, messy_roster, cancelled=lambda: True)
    assert database_state(township) == before


def test_header_found_below_titles_with_synonyms_and_notes(
    township: Database, write_roster: Callable[..., Path]
) -> None:
    """A header on row 10 with starred, bracketed and noted captions is found; unknown columns are ignored."""
    titles: list[list[Any]] = [[f"标题行 {n}"] for n in range(9)]
    header = ["序号", "*组织名称", "组织类型", "所属社区", "负责人", "电话", "成员人数（人）", "培育状态", "其他"]
    row = [1, "篮球队", "文体活动类", "团结村", "王五", "13912345678", "12", "培育中", "随便写"]
    summary = run_import(township, write_roster([*titles, header, row]))
    assert (summary.header_row, summary.created) == (10, 1)
    org, community = organizations(township)["篮球队"]
    assert (org.members, org.stage, community, org.leader_name) == (12, "培育中", "团结村", "王五")


def test_header_below_row_ten_is_not_looked_for(township: Database, write_roster: Callable[..., Path]) -> None:
    """Only the first 10 rows are searched; a sheet without a name column there is refused, nothing written."""
    titles: list[list[Any]] = [[f"标题行 {n}"] for n in range(10)]
    before = database_state(township)
    with pytest.raises(WorkbookRefused) as refused:
        run_import(township, write_roster([*titles, ["组织名称", "类别"], ["篮球队", "文体活动类"]]))
    assert refused.value.code == "roster_no_header"
    assert database_state(township) == before


def test_merges_fill_every_row_but_never_wake_blank_rows(township: Database, write_roster: Callable[..., Path]) -> None:
    """A vertical merge gives its value to each data row it covers, not to blank rows inside it."""
    rows: list[list[Any]] = [
        ["组织名称", "类别", "村（社区）"],
        ["甲队", "文体活动类", "团结村"],
        ["乙队", None, None],
        [None, None, None],
        ["丙队", None, None],
    ]
    summary = run_import(township, write_roster(rows, merges=["B2:B5", "C2:C5"]))
    assert (summary.created, summary.rejected) == (3, ())
    orgs = organizations(township)
    assert {name: (org.category, place) for name, (org, place) in orgs.items()} == {
        name: ("文体活动类", "团结村") for name in ("甲队", "乙队", "丙队")
    }


def test_formula_cells_import_their_shown_value(township: Database, tmp_path: Path) -> None:
    """A formula cell imports the value Excel last showed, never the formula text."""
    source = tmp_path / "formula.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["序号", "组织名称", "类别"])
    sheet.append(["=ROW()-1", "甲队", "文体活动类"])
    workbook.save(source)
    summary = run_import(township, source)
    assert summary.created == 1 and summary.rejected == ()
    assert load_workbook(source)["Sheet"]["A2"].value == "=ROW()-1"


def test_import_needs_a_set_up_site(db: Database, messy_roster: Path) -> None:
    """Before `init` there is no site to own the records: the import is refused."""
    with pytest.raises(Exception) as refused, db.transaction() as session:
        import_roster(session, messy_roster, dry_run=True)
    assert getattr(refused.value, "code", None) == "site_not_initialized"


def test_rejected_rows_can_be_saved_corrected_and_imported(
    township: Database, messy_roster: Path, tmp_path: Path
) -> None:
    """The rejected rows go to a workbook with the clerk's header and the reasons; fixed, it imports."""
    summary = run_import(township, messy_roster)
    corrections = tmp_path / "待修改.xlsx"
    assert export_rejected_rows(messy_roster, summary, corrections) == 6
    sheet = load_workbook(corrections)["未导入的行"]
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["原行号", "序号", "社会组织名称"] and header[-2:] == ["备注", "问题"]
    assert len(header) == 15  # the clerk's 13 columns, no more, between row number and reason
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert sorted(rows) == [6, 9, 10, 11, 14, 15]
    assert rows[6][4] == "团结村"  # the merged community is written out on the row
    assert "身份证号码：" in str(rows[6][-1]) and "；" in str(rows[15][-1])
    assert sheet.cell(2, 1 + header.index("身份证号码")).number_format == "@"
    sheet.cell(3, header.index("组织类别") + 1, "文体活动类")  # the clerk fixes row 9's category
    sheet.parent.save(corrections)
    again = run_import(township, corrections)
    assert [o.name for o in again.outcomes] == ["幸福社区合唱团"]
    assert [p.row for p in again.rejected] == [2, 4, 5, 6, 7, 7]  # the rest still need work
