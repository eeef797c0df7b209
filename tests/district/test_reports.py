"""The city workbook and the district summary PDF: sheets, rows, totals, no formulas, charts and fonts."""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from incubator_desktop.core.db import Database
from incubator_desktop.core.district.criteria import DEFAULT_CRITERIA
from incubator_desktop.core.district.evaluation import evaluate_township
from incubator_desktop.core.district.summary_pdf import build_district_summary
from incubator_desktop.core.district.workbook import export_city_workbook
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.indicators.compute import INDICATOR_CODES

from .conftest import TODAY, TOWNSHIP_A, TOWNSHIP_B, YEAR, District


@pytest.fixture
def evaluated(district: District) -> District:
    with district.db.transaction() as session:
        scores: dict[str, object] = {c.code: c.weight for c in DEFAULT_CRITERIA} | {"incubation": 10, "satisfaction": 4}
        evaluate_township(session, TOWNSHIP_A, YEAR, scores, '=HYPERLINK("x")', today=TODAY)
    return district


def test_workbook_sheets_rows_totals_and_no_formula(evaluated: District, tmp_path: Path) -> None:
    """A summary plus one sheet per indicator, one row per township and a totals row; numbers stay numbers."""
    path = tmp_path / "city.xlsx"
    progress: list[tuple[int, int]] = []
    with evaluated.db.transaction() as session:
        result = export_city_workbook(
            session, path, year=YEAR, today=TODAY, progress=lambda done, total: progress.append((done, total))
        )
    assert result.townships == 2 and len(result.sheets) == 1 + len(INDICATOR_CODES) and progress[-1] == (18, 18)
    workbook = load_workbook(path)
    assert workbook.sheetnames == list(result.sheets)
    summary = workbook["汇总"]
    assert summary.freeze_panes == "A2"
    rows = list(summary.iter_rows(values_only=True))
    assert rows[0][:3] == ("乡镇（街道）", "行政区划代码", "达标指标数")
    assert [row[1] for row in rows[1:3]] == [TOWNSHIP_A, TOWNSHIP_B]
    totals = rows[3]
    assert totals[0] == "合计" and totals[2] == rows[1][2] + rows[2][2]
    assert Decimal(str(rows[1][7])) == Decimal(89) and rows[1][8] == "良好"  # 100 - 10 (incubation) - 1
    assert rows[1][-1] == '=HYPERLINK("x")'  # the comment stays text

    activities = workbook["专业服务活动"]
    body = list(activities.iter_rows(values_only=True))
    assert body[0] == ("乡镇（街道）", "行政区划代码", "完成值（场）", "目标", "是否达标", "状态")
    assert body[1][2:] == (3, 10, "否", "未达标") and body[2][2] == 1
    assert body[3][:4] == ("合计", None, 4, 20) and body[3][4] == "0/2 个乡镇达标"
    assert isinstance(body[1][2], int)
    coverage = list(workbook["村（社区）覆盖率"].iter_rows(values_only=True))
    assert coverage[3][2] == pytest.approx(66.7)  # 2 of 3 communities, pooled; not the sum of the shares

    with zipfile.ZipFile(path) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        assert sheets and not any(re.search(rb"<f[ >]", archive.read(name)) for name in sheets)


def test_workbook_is_refused_on_a_township(township: Database, tmp_path: Path) -> None:
    """Only a district writes the city workbook; nothing is written on a township."""
    with pytest.raises(InputRejected) as error, township.transaction() as session:
        export_city_workbook(session, tmp_path / "city.xlsx", year=YEAR)
    assert error.value.code == "district_only" and not (tmp_path / "city.xlsx").exists()


def test_summary_pdf_has_chart_labels_and_embedded_font(evaluated: District, tmp_path: Path) -> None:
    """The charts' titles, township labels and target lines are text in the PDF, drawn in the embedded CJK font."""
    path = tmp_path / "summary.pdf"
    with evaluated.db.transaction() as session:
        assert build_district_summary(session, path, year=YEAR, today=TODAY) == path
    reader = PdfReader(str(path))
    text = re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))
    for label in (
        "有效培育社区社会组织（家）",
        "专业服务活动（场）",
        "村（社区）覆盖率（%）",
        "托克扎克镇",
        "兰干乡",
        "目标10",
    ):
        assert label in text, label
    assert "跨乡镇核查" in text and "89.0" in text
    fonts = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():  # type: ignore[index]
            font = ref.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts and all("WenQuanYi" in name for name in fonts), fonts.keys()
    for font in fonts.values():
        assert "/FontFile2" in font["/FontDescriptor"].get_object()  # type: ignore[attr-defined]
    assert not list(tmp_path.glob(".*.tmp"))  # written atomically: no temporary file left behind
