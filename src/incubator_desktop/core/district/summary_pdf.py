"""The district's annual summary as PDF: traffic lights per township, key indicators as bar charts, findings."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether
from sqlalchemy.orm import Session

from incubator_desktop.core.district.charts import Bar, bar_chart, number_label
from incubator_desktop.core.district.checks import CHECK_CODES, cross_checks, finding_counts
from incubator_desktop.core.district.evaluation import Evaluation, evaluations_of_year
from incubator_desktop.core.district.overview import TownshipRow, township_overview
from incubator_desktop.core.district.roles import require_district, year_bounds
from incubator_desktop.core.exchange.progress import Cancelled, Progress
from incubator_desktop.core.reports.flow import Cell, Composer, check_story
from incubator_desktop.core.reports.formats import cn_date
from incubator_desktop.core.reports.output import write_atomically
from incubator_desktop.core.reports.page import MARGIN, PageSetup, render
from incubator_desktop.core.reports.styles import make_styles

#: The indicators charted, in order: the ones the district is judged on first.
KEY_INDICATORS = (
    "new_orgs_effective",
    "professional_activities",
    "beneficiaries",
    "training_attendance",
    "contest_orgs",
    "resources_yuan",
    "case_studies",
    "community_coverage",
)

CAPTIONS: dict[str, str] = {
    "title": "{district}\n{year}年度乡镇社区社会组织孵化培育基地工作汇总",
    "subtitle": "统计期：{start}至{end}　　共 {count} 个乡镇（街道）　　生成日期：{today}",
    "lights": "一、各乡镇（街道）指标达标情况",
    "lights_head": "乡镇（街道）|达标|接近|未达标|社区覆盖率|最近同步包|评估总分|等级",
    "lights_note": "达标：已达到目标；接近：未达到但已完成七成以上或统计期未结束；未达标：其余。覆盖率目标不低于 50%。",
    "charts": "二、重点指标对比",
    "chart_title": "{label}（{unit}）",
    "target": "目标 {target}",
    "checks": "三、跨乡镇核查",
    "checks_head": "核查项目|发现问题数",
    "no_townships": "尚未收到任何乡镇的数据。",
    "none": "—",
    "gap": "（缺第 {missing} 号）",
    "org_in_two_townships": "同一组织在两个以上乡镇登记（统一社会信用代码、备案编号或负责人身份证号相同）",
    "person_paid_twice": "同一人员在两个以上资助项目领取报酬或任职",
    "org_over_win_limit": "同一组织年度获奖项目超过 2 个",
    "budget_cap_crossed": "资助项目支出超过预算上限",
}

WIDTH = A4[0] - 2 * MARGIN


def _lights(
    pen: Composer, rows: list[TownshipRow], evaluations: Mapping[str, Evaluation], words: Mapping[str, str]
) -> Flowable:
    table_rows: list[list[Cell]] = []
    for row in rows:
        bundle = words["none"]
        if row.last_bundle is not None:
            bundle = f"{row.last_bundle.imported_at:%Y-%m-%d} 第{row.last_bundle.sequence}号"
        if row.missing_sequences:
            bundle += words["gap"].format(missing="、".join(str(n) for n in row.missing_sequences))
        evaluation = evaluations.get(row.code)
        total = str(evaluation.total) if evaluation else words["none"]
        grade = evaluation.grade if evaluation else ""
        table_rows.append([row.name, row.green, row.amber, row.red, f"{row.coverage}%", bundle, total, grade])
    widths = [x * mm for x in (44, 12, 12, 14, 20, 30, 16, 14)]
    scale = WIDTH / sum(widths)
    return pen.table(
        words["lights_head"].split("|"), table_rows, [w * scale for w in widths], centered=(1, 2, 3, 4, 6, 7)
    )


def _charts(rows: list[TownshipRow], words: Mapping[str, str]) -> list[Flowable]:
    drawings: list[Flowable] = []
    for code in KEY_INDICATORS:
        indicators = [row.indicator(code) for row in rows]
        first = indicators[0]
        bars = [Bar(row.name, float(ind.value), ind.status) for row, ind in zip(rows, indicators, strict=True)]
        targets = [float(ind.target) for ind in indicators if ind.target is not None]
        target = max(targets) if targets else None  # target sets may differ: the line shows the highest
        caption = words["target"].format(target=number_label(target)) if target is not None else ""
        title = words["chart_title"].format(label=first.label, unit=first.unit)
        drawings.append(bar_chart(title, bars, target=target, target_caption=caption, width=WIDTH))
    return drawings


def build_district_summary(
    session: Session,
    out_path: Path | str,
    *,
    year: int,
    today: date | None = None,
    captions: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Print the year's summary for the district (district only); written atomically."""
    words = {**CAPTIONS, **(captions or {})}
    site = require_district(session)
    start, end = year_bounds(year)
    today = today or date.today()
    rows = township_overview(session, start=start, end=end, today=today, progress=progress, cancelled=cancelled)
    evaluations = evaluations_of_year(session, year)
    counts = finding_counts(cross_checks(session, year=year, today=today))
    pen = Composer(make_styles())
    story: list[Flowable] = [
        pen.para(words["title"].format(district=site.name, year=year), pen.styles.title),
        pen.para(
            words["subtitle"].format(start=cn_date(start), end=cn_date(end), count=len(rows), today=cn_date(today)),
            pen.styles.center,
        ),
        *pen.section(words["lights"]),
    ]
    if rows:
        story += [_lights(pen, rows, evaluations, words), pen.para(words["lights_note"], pen.styles.small)]
        drawings = _charts(rows, words)
        # The section heading travels with its first chart, never alone at the foot of a page.
        story.append(KeepTogether([*pen.section(words["charts"]), drawings[0], pen.space(4 * mm)]))
        story += [KeepTogether([drawing, pen.space(4 * mm)]) for drawing in drawings[1:]]
    else:
        story.append(pen.para(words["no_townships"]))
    story += pen.section(words["checks"])
    check_rows: list[list[Cell]] = [[words[code], counts[code]] for code in CHECK_CODES]
    story.append(pen.table(words["checks_head"].split("|"), check_rows, [WIDTH - 30 * mm, 30 * mm], centered=(1,)))
    check_story(story)
    title = words["title"].format(district=site.name, year=year).replace("\n", " ")
    data = render(story, PageSetup(title=title, header=site.name))
    return write_atomically(data, out_path)
