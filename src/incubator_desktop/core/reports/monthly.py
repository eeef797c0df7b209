"""The monthly progress report: indicators against targets, the month's work, issues, next month's plan, photos."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from incubator_desktop.core.indicators import (
    Indicator,
    compute_indicators,
    current_targets,
    json_number,
    monthly_series,
)
from incubator_desktop.core.indicators.messages import ZH_CN as STATUS_WORDS
from incubator_desktop.core.reports.flow import Composer, check_story
from incubator_desktop.core.reports.formats import cn_date
from incubator_desktop.core.reports.month_data import latest_month, month_rows, parse_month, progress_report
from incubator_desktop.core.reports.output import write_atomically
from incubator_desktop.core.reports.page import MARGIN, PageSetup, render
from incubator_desktop.core.reports.photos import photo_grid
from incubator_desktop.core.reports.styles import make_styles
from incubator_desktop.core.services.sites import require_site

CAPTIONS: dict[str, str] = {
    "title": "{site}\n{year}年{month}月工作月报",
    "subtitle": "本月：{first}至{last}　　累计：{start}至{last}",
    "indicators": "一、绩效指标完成情况",
    "indicators_head": "指标|目标|累计完成|本月新增|状态",
    "activities": "二、本月服务活动",
    "activities_head": "日期|活动名称|类型|开展主体|受益人次",
    "trainings": "三、本月培训",
    "trainings_head": "日期|培训名称|主题|培训单位/讲师|人次",
    "resources": "四、本月资源链接",
    "resources_head": "日期|捐赠方|物资/款项|价值（元）|受赠组织",
    "cases": "五、本月典型案例",
    "cases_head": "日期|案例标题|涉及组织",
    "summary": "六、工作小结",
    "issues": "七、存在问题",
    "plan": "八、下月工作计划",
    "photos": "九、活动照片",
    "none": "本月无。",
    "no_report": "本月项目进展报告尚未录入。",
    "no_photos": "本月暂无照片。",
}

WIDTH = A4[0] - 2 * MARGIN


def build_monthly(
    session: Session,
    out_path: Path | str,
    *,
    month: str | None = None,
    attachments_dir: Path | str | None = None,
    captions: Mapping[str, str] | None = None,
) -> Path:
    """Print the report for `month` ("YYYY-MM"; default: the latest month with records)."""
    words = {**CAPTIONS, **(captions or {})}
    site = require_site(session)
    month = month or latest_month(session, site.code)
    first, last = parse_month(month)
    targets = current_targets(session, start=first, end=last)
    # Cumulative figures run from the start of the target period (or of the year) to the month's end.
    start = targets.period_start if targets.period_start and targets.period_start <= first else date(first.year, 1, 1)
    indicators = compute_indicators(session, start=start, end=last, today=last)
    this_month = {code: series[-1][1] for code, series in monthly_series(session, start=first, end=last).items()}
    rows = month_rows(session, site.code, first, last)
    report = progress_report(session, site.code, f"{first.year:04d}-{first.month:02d}")

    pen = Composer(make_styles())
    title = words["title"].format(site=site.name, year=first.year, month=first.month)
    story: list[Flowable] = [
        pen.para(title, pen.styles.title),
        pen.para(
            words["subtitle"].format(first=cn_date(first), last=cn_date(last), start=cn_date(start)),
            pen.styles.subtitle,
        ),
        *pen.section(words["indicators"]),
        _indicator_table(pen, words, indicators, this_month),
    ]
    sections = (
        ("activities", rows.activities, (0.14, 0.40, 0.12, 0.22, 0.12), (0, 2, 4)),
        ("trainings", rows.trainings, (0.14, 0.40, 0.12, 0.24, 0.10), (0, 2, 4)),
        ("resources", rows.resources, (0.14, 0.24, 0.28, 0.14, 0.20), (0, 3)),
        ("cases", rows.cases, (0.14, 0.56, 0.30), (0,)),
    )
    for key, table_rows, widths, centered in sections:
        story += pen.section(words[key])
        if table_rows:
            header = words[f"{key}_head"].split("|")
            story.append(pen.table(header, table_rows, [w * WIDTH for w in widths], centered=centered))
        else:
            story.append(pen.para(words["none"]))
    for key, text in (
        ("summary", report.summary if report else None),
        ("issues", report.issues if report else None),
        ("plan", report.next_plan if report else None),
    ):
        story += [*pen.section(words[key]), pen.para(text or (words["none"] if report else words["no_report"]))]
    story += pen.section(words["photos"])
    photos = photo_grid(pen, session, rows.record_ids, attachments_dir, width=WIDTH, page_height=A4[1])
    story.append(photos if photos is not None else pen.para(words["no_photos"]))
    check_story(story)
    data = render(story, PageSetup(title=title.split("\n")[-1], header=site.name))
    return write_atomically(data, out_path)


def _indicator_table(
    pen: Composer, words: Mapping[str, str], indicators: list[Indicator], this_month: Mapping[str, object]
) -> Flowable:
    rows = []
    for indicator in indicators:
        target = (
            "—"
            if indicator.target is None
            else f"{indicator.comparison.value.replace('>=', '≥').replace('<=', '≤')} {json_number(indicator.target)}"
        )
        monthly = this_month.get(indicator.code)
        rows.append(
            (
                f"{indicator.label}（{indicator.unit}）",
                target,
                str(json_number(indicator.value)),
                "—" if monthly is None else str(json_number(monthly)),  # type: ignore[arg-type]
                words.get(f"status_{indicator.status.value}")
                or STATUS_WORDS[f"indicator_status_{indicator.status.value}"][-1],
            )
        )
    header = words["indicators_head"].split("|")
    return pen.table(header, rows, [w * WIDTH for w in (0.38, 0.16, 0.16, 0.14, 0.16)], centered=(1, 2, 3, 4))
