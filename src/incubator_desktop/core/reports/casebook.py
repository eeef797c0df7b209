"""The case-study booklet (典型案例汇编): cover, contents, and one case per section with its photos."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak
from reportlab.platypus.tableofcontents import TableOfContents
from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.indicators.targets import default_period
from incubator_desktop.core.reports.flow import Composer, check_story
from incubator_desktop.core.reports.fonts import cjk_style
from incubator_desktop.core.reports.formats import cn_date
from incubator_desktop.core.reports.output import write_atomically
from incubator_desktop.core.reports.page import MARGIN, PageSetup, render
from incubator_desktop.core.reports.photos import photo_grid
from incubator_desktop.core.reports.styles import layout_style, make_styles
from incubator_desktop.core.services.sites import require_site

CAPTIONS: dict[str, str] = {
    "title": "社区社会组织典型案例汇编",
    "period": "{start}至{end}",
    "contents": "目　录",
    "case": "案例{number}　{title}",
    "meta": "涉及组织：{org}　　撰写人：{author}　　撰写日期：{written}",
    "background": "一、案例背景",
    "process": "二、服务过程",
    "results": "三、服务成效",
    "photos": "四、图片资料",
}
_NUMERALS = "一二三四五六七八九十"
WIDTH = A4[0] - 2 * MARGIN


def numeral(number: int) -> str:
    """A Chinese numeral for 1–99 (案例一 … 案例二十三)."""
    tens, units = divmod(number, 10)
    if number <= 10:
        return _NUMERALS[number - 1]
    prefix = "" if tens == 1 else _NUMERALS[tens - 1]
    return prefix + "十" + (_NUMERALS[units - 1] if units else "")


def build_casebook(
    session: Session,
    out_path: Path | str,
    *,
    start: date | None = None,
    end: date | None = None,
    attachments_dir: Path | str | None = None,
    today: date | None = None,
    captions: Mapping[str, str] | None = None,
) -> Path:
    """Print the case studies written in `start`–`end` (default: the indicators' default period as of `today`)."""
    words = {**CAPTIONS, **(captions or {})}
    site = require_site(session)
    if start is None or end is None:
        default_start, default_end = default_period(session, today=today)
        start, end = start or default_start, end or default_end
    cases = session.execute(
        select(m.CaseStudy, m.Organization.name)
        .outerjoin(m.Organization, m.Organization.id == m.CaseStudy.organization_id)
        .where(
            m.CaseStudy.deleted.is_(False),
            m.CaseStudy.origin_site == site.code,
            m.CaseStudy.written_on.between(start, end),
        )
        .order_by(m.CaseStudy.written_on, m.CaseStudy.title)
    ).all()
    if not cases:
        raise InputRejected("nothing_to_print")

    pen = Composer(make_styles())
    s = pen.styles
    cover_title = cjk_style("cover", size=30, leading=44, alignment=1)
    story: list[Flowable] = [
        pen.space(60 * mm),
        pen.para(words["title"], cover_title),
        pen.space(12 * mm),
        pen.para(site.name, s.subtitle),
        pen.para(words["period"].format(start=cn_date(start), end=cn_date(end)), s.subtitle),
        PageBreak(),
        pen.para(words["contents"], s.title),
        _contents(),
        PageBreak(),
    ]
    for number, (case, org) in enumerate(cases, 1):
        story += [
            pen.heading(words["case"].format(number=numeral(number), title=case.title), toc_level=0, style=s.title),
            pen.para(
                words["meta"].format(org=org or "—", author=case.author or "—", written=cn_date(case.written_on)),
                s.center,
            ),
            pen.space(4 * mm),
        ]
        for key in ("background", "process", "results"):
            story += [*pen.section(words[key]), *_paragraphs(pen, getattr(case, key))]
        photos = photo_grid(pen, session, [case.id], attachments_dir, width=WIDTH, page_height=A4[1])
        if photos is not None:
            story += [*pen.section(words["photos"]), photos]
        if number < len(cases):
            story.append(PageBreak())
    check_story(story)
    data = render(story, PageSetup(title=words["title"], header=site.name), multi_pass=True)
    return write_atomically(data, out_path)


def _contents() -> TableOfContents:
    style = cjk_style("toc0", size=13, leading=24)
    contents = TableOfContents()
    contents.levelStyles = [style]
    contents.dotsMinLevel = 0
    contents.tableStyle = layout_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0))
    return contents


def _paragraphs(pen: Composer, text: str) -> list[Flowable]:
    """One paragraph per line of the stored text, so the clerk's paragraphs survive."""
    return [pen.para(line.strip()) for line in (text or "").splitlines() if line.strip()] or [pen.para("—")]
