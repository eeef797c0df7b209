"""Contest certificates (荣誉证书): one landscape page in large type per award or excellent-idea entry."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak
from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.reports.flow import Composer, check_story
from incubator_desktop.core.reports.fonts import cjk_style
from incubator_desktop.core.reports.formats import cn_date
from incubator_desktop.core.reports.notice_rows import find_contest
from incubator_desktop.core.reports.output import write_atomically
from incubator_desktop.core.reports.page import PageSetup, render
from incubator_desktop.core.reports.seal import SealBlock
from incubator_desktop.core.reports.styles import make_styles
from incubator_desktop.core.services.sites import require_site
from incubator_desktop.core.vocab import EntryResult

CAPTIONS: dict[str, str] = {
    "title": "荣誉证书",
    "document": "{contest}证书",
    "addressee": "{org}：",
    "body_winner": "你单位申报的“{project}”项目，在{contest}中经专家评审、爱心认捐和大众投票，被评为获奖项目。",
    "body_idea": "你单位申报的“{project}”项目，在{contest}中荣获优秀创意奖。",
    "closing": "特发此证，以资鼓励。",
}
#: Which entries get a certificate, and which sentence each gets.
CERTIFIED = {EntryResult.WINNER.value: "body_winner", EntryResult.IDEA_AWARD.value: "body_idea"}


def build_certificate(
    session: Session,
    out_path: Path | str,
    *,
    contest_id: str | None = None,
    issued_on: date | None = None,
    issuing_unit: str | None = None,
    captions: Mapping[str, str] | None = None,
) -> Path:
    """Certificates of the contest's winners, then its excellent ideas (default: the latest contest)."""
    words = {**CAPTIONS, **(captions or {})}
    site = require_site(session)
    contest = find_contest(session, site.code, contest_id)
    entries = list(
        session.execute(
            select(m.Organization.name, m.ContestEntry.project_title, m.ContestEntry.result)
            .join(m.Organization, m.Organization.id == m.ContestEntry.organization_id)
            .where(
                m.ContestEntry.contest_id == contest.id,
                m.ContestEntry.deleted.is_(False),
                m.ContestEntry.result.in_(list(CERTIFIED)),
            )
            .order_by(m.ContestEntry.result, m.Organization.name)
        )
    )
    if not entries:
        raise InputRejected("contest_no_awards")
    # Winners first: "获奖" sorts before "优秀创意奖" by code point, but say so rather than rely on it.
    entries.sort(key=lambda row: list(CERTIFIED).index(row.result))
    unit = issuing_unit or site.name
    dated = cn_date(issued_on or date.today())
    pen = Composer(make_styles(large=True))
    # Sized so that a long organization name and a four-line sentence still fit one landscape page.
    title_style = cjk_style("certificate_title", size=44, leading=56, alignment=TA_CENTER, spaceAfter=6 * mm)
    addressee_style = cjk_style("certificate_to", size=24, leading=34, alignment=TA_LEFT)
    body_style = cjk_style("certificate_body", size=22, leading=34, firstLineIndent=44, alignment=TA_LEFT)
    story: list[Flowable] = []
    for index, (org, project, result) in enumerate(entries):
        if index:
            story.append(PageBreak())
        story += [
            pen.para(words["title"], title_style),
            pen.para(words["addressee"].format(org=org), addressee_style),
            pen.para(words[CERTIFIED[result]].format(project=_inner_quotes(project), contest=contest.name), body_style),
            pen.para(words["closing"], body_style),
            pen.space(6 * mm),
            SealBlock(unit, dated, size=20),
        ]
    check_story(story)
    setup = PageSetup(
        title=words["document"].format(contest=contest.name),
        header=None,
        page_numbers=False,
        landscape=True,
        border=True,
        margin=25 * mm,
    )
    return write_atomically(render(story, setup), out_path)


def _inner_quotes(text: str) -> str:
    """Quotes inside a quoted title become single quotes, as Chinese nesting asks (“…‘…’…”)."""
    return text.replace("“", "‘").replace("”", "’")
