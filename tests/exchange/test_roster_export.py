"""The roster export and template: same layout as the import, drop-downs, text columns, masking, round trips."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select, update

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.exchange.errors import ExportRefused
from incubator_desktop.core.exchange.roster_columns import ROSTER_COLUMNS
from incubator_desktop.core.exchange.roster_export import export_roster, export_template
from incubator_desktop.core.exchange.roster_import import import_roster
from incubator_desktop.core.services.records import create_record
from incubator_desktop.core.services.sites import init_site
from incubator_desktop.core.vocab import SiteKind

from .builders import CODES, TODAY, database_state, sheet_xml

INJECTIONS = ['=HYPERLINK("http://x","y")', "+1", "-1", "@SUM(A1)", "=1+1"]


@pytest.fixture
def populated(township: Database, messy_roster: Path) -> Database:
    """The messy roster imported, plus one organization with every optional field filled."""
    with township.transaction() as session:
        import_roster(session, messy_roster, dry_run=False, today=TODAY)
        session.execute(
            update(m.Organization)
            .where(m.Organization.name == "幸福社区编织组")
            .values(
                service_areas=["为老", "助残"],
                address="幸福社区党群服务中心",
                entered_on=date(2023, 5, 2),
                filing_number="托备字〔2023〕001号",
                registered_on=date(2023, 8, 1),
                leader_id_number=CODES.id_b,
            )
        )
    return township


def export(db: Database, path: Path, *, reveal: bool = False) -> Path:
    with db.transaction() as session:
        export_roster(session, path, reveal=reveal)
    return path


def reimport(db: Database, path: Path) -> tuple[int, int, int, int]:
    with db.transaction() as session:
        summary = import_roster(session, path, dry_run=False, today=TODAY)
    assert summary.rejected == ()
    return summary.created, summary.updated, summary.unchanged, summary.duplicates


def roster_sheet(path: Path) -> Worksheet:
    sheet = load_workbook(path)["名册"]
    assert isinstance(sheet, Worksheet)
    return sheet


def comparable(state: dict[str, object]) -> list[tuple[object, ...]]:
    """Organization rows without their clock stamps, which differ between databases by design."""
    rows = state["organizations"]
    assert isinstance(rows, list)
    return [row[:-1] for row in rows]


def test_revealed_export_round_trips_exactly_into_a_new_database(populated: Database, tmp_path: Path) -> None:
    """Export with full values, import into an empty database: every organization field comes back equal."""
    path = export(populated, tmp_path / "roster.xlsx", reveal=True)
    other = open_database(str(tmp_path / "other.db"))
    try:
        with other.transaction() as session:
            init_site(session, role=SiteKind.TOWNSHIP, code="653121104", name="另一个镇")
        assert reimport(other, path) == (4, 0, 0, 0)
        assert comparable(database_state(other)) == comparable(database_state(populated))
        assert database_state(other)["communities"] == database_state(populated)["communities"]
    finally:
        other.close()


@pytest.mark.parametrize("reveal", [True, False])
def test_export_then_import_changes_nothing(populated: Database, tmp_path: Path, reveal: bool) -> None:
    """Re-importing an export leaves every organization unchanged; masked cells keep the stored values."""
    path = export(populated, tmp_path / "roster.xlsx", reveal=reveal)
    before = database_state(populated)
    assert reimport(populated, path) == (0, 0, 4, 0)
    assert database_state(populated)["organizations"] == before["organizations"]


def test_masked_export_hides_id_and_phone(populated: Database, tmp_path: Path) -> None:
    """By default neither an ID number nor a phone number appears in the file, only their masks."""
    path = export(populated, tmp_path / "roster.xlsx")
    xml = sheet_xml(path)
    for secret in (CODES.id_a, CODES.id_b, "13912345678", "1234567"):
        assert secret not in xml
    assert "1101************2X" in xml and "139****5678" in xml


def test_reveal_is_audited_and_masking_is_not(populated: Database, tmp_path: Path) -> None:
    """Every export is logged; a revealing one also writes a reveal_personal_data entry."""
    export(populated, tmp_path / "masked.xlsx")
    export(populated, tmp_path / "full.xlsx", reveal=True)
    with populated.reading() as session:
        actions = list(session.scalars(select(m.AuditEntry.action).order_by(m.AuditEntry.hlc)))
    assert actions[-3:] == ["roster_export", "roster_export", "reveal_personal_data"]


def test_layout_matches_what_the_import_reads(populated: Database, tmp_path: Path) -> None:
    """Title row, canonical headers, frozen header, dates as dates, ID/phone/code columns formatted as text."""
    sheet = roster_sheet(export(populated, tmp_path / "roster.xlsx", reveal=True))
    assert "A1:Q1" in {str(merged) for merged in sheet.merged_cells.ranges}
    headers = [cell.value for cell in sheet[2]]
    assert headers == ["序号", *(column.caption for column in ROSTER_COLUMNS)]
    assert sheet.freeze_panes == "B3"
    by_caption = {caption: index + 1 for index, caption in enumerate(headers)}
    knitting = next(row for row in sheet.iter_rows(min_row=3) if row[1].value == "幸福社区编织组")
    founded = knitting[by_caption["成立时间"] - 1]
    assert isinstance(founded, Cell) and founded.is_date and founded.number_format == "yyyy-mm-dd"
    for caption in ("联系电话", "负责人身份证号", "统一社会信用代码", "备案编号"):
        cell = knitting[by_caption[caption] - 1]
        assert cell.number_format == "@" and (cell.value is None or cell.data_type == "s"), caption
    assert knitting[by_caption["服务领域"] - 1].value == "为老、助残"
    assert sheet.column_dimensions["H"].number_format == "@"  # typed-in rows stay text too


def test_drop_downs_cover_category_stage_and_community(populated: Database, tmp_path: Path) -> None:
    """Category and stage lists stop wrong values; the community list warns, so new places can be typed."""
    sheet = roster_sheet(export(populated, tmp_path / "roster.xlsx"))
    lists = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    assert lists["C3:C506"].formula1 == '"公益慈善类,生活服务类,社区事务类,文体活动类"'
    assert lists["E3:E506"].formula1 == '"意向,入驻,培育中,已备案,已登记,已出壳,退出"'
    assert lists["C3:C506"].errorStyle == "stop"
    community = lists["D3:D506"]
    assert community.errorStyle == "warning"
    assert set(community.formula1.strip('"').split(",")) == {"光明村", "幸福社区", "团结村"}


def test_a_long_community_list_goes_to_a_hidden_sheet(populated: Database, tmp_path: Path) -> None:
    """More communities than fit in a list formula are listed on a hidden sheet the drop-down points at."""
    names = [f"第{n}村民委员会居民小组活动中心" for n in range(40)]
    with populated.transaction() as session:
        for name in names:
            create_record(session, m.Community, {"name": name})
    path = export(populated, tmp_path / "roster.xlsx")
    workbook = load_workbook(path)
    options = workbook["选项"]
    assert options.sheet_state == "hidden"
    assert {row[0] for row in options.iter_rows(values_only=True)} >= set(names)
    community = next(v for v in workbook["名册"].data_validations.dataValidation if str(v.sqref).startswith("D"))
    assert community.formula1 == f"'选项'!$A$1:$A${len(names) + 3}"


def test_text_never_becomes_a_formula(township: Database, tmp_path: Path) -> None:
    """Names like =HYPERLINK(...), +1, -1 and @SUM(A1) are stored as text, read back equal, re-import unchanged."""
    with township.transaction() as session:
        for name in INJECTIONS:
            create_record(
                session, m.Organization, {"name": name, "category": "文体活动类", "stage": "入驻", "leader_name": name}
            )
    path = export(township, tmp_path / "roster.xlsx")
    xml = sheet_xml(path)
    assert "<f>" not in xml and "<f " not in xml
    sheet = roster_sheet(path)
    names = {row[1].value for row in sheet.iter_rows(min_row=3) if row[1].value is not None}
    assert names == set(INJECTIONS)
    for row in sheet.iter_rows(min_row=3, max_row=2 + len(INJECTIONS)):
        assert row[1].data_type == "s" and row[1].quotePrefix, row[1].value
    assert reimport(township, path) == (0, 0, len(INJECTIONS), 0)


def test_template_is_blank_with_title_note_and_drop_downs(tmp_path: Path, township: Database) -> None:
    """The template has a title, a note, the header on row 3, text columns and lists; it imports as empty."""
    path = export_template(tmp_path / "模板.xlsx", communities=["团结村", "幸福社区"])
    sheet = roster_sheet(path)
    assert sheet["A1"].value == "社区社会组织名册"
    assert "填写说明" in str(sheet["A2"].value)
    assert [cell.value for cell in sheet[3]][:3] == ["序号", "组织名称", "类别"]
    assert sheet.max_row == 3
    lists = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert lists["D4:D503"] == '"团结村,幸福社区"'
    assert sheet.column_dimensions["G"].number_format == "@" and sheet.column_dimensions["H"].number_format == "@"
    with township.transaction() as session:
        summary = import_roster(session, path, dry_run=True, today=TODAY)
    assert (summary.header_row, summary.accepted, summary.rejected) == (3, 0, ())


def test_exports_refuse_bad_targets(township: Database, tmp_path: Path) -> None:
    """Only .xlsx names in existing folders are written; nothing is audited for a refused export."""
    with pytest.raises(ExportRefused) as wrong_suffix, township.transaction() as session:
        export_roster(session, tmp_path / "roster.xls")
    assert wrong_suffix.value.code == "export_not_xlsx"
    with pytest.raises(ExportRefused) as no_folder:
        export_template(tmp_path / "nowhere" / "t.xlsx")
    assert no_folder.value.code == "export_folder_missing"
    assert database_state(township)["audit"] == 0


def test_a_failed_save_leaves_the_old_file_and_no_temporary(
    populated: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writing goes to a temporary file swapped in at the end: a failure keeps the previous workbook intact."""
    target = export(populated, tmp_path / "roster.xlsx")
    previous = target.read_bytes()
    audited = database_state(populated)["audit"]

    def failing_replace(source: str, destination: str) -> None:
        raise PermissionError(destination)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(ExportRefused) as locked:
        export(populated, target)
    assert locked.value.code == "export_file_locked"
    assert target.read_bytes() == previous
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []
    assert database_state(populated)["audit"] == audited  # the caller's rollback took the log entry back
