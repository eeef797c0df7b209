"""公示 for the noticeboard: newly filed organizations, contest results, or resources received and where they went."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.reports import notice_rows as rows_of
from incubator_desktop.core.reports.flow import Composer, check_story
from incubator_desktop.core.reports.formats import cn_date, yuan_from_fen
from incubator_desktop.core.reports.notice_rows import NoticeRow, find_contest
from incubator_desktop.core.reports.output import sha256_hex, write_atomically
from incubator_desktop.core.reports.page import MARGIN, PageSetup, render
from incubator_desktop.core.reports.seal import SealBlock
from incubator_desktop.core.reports.styles import make_styles
from incubator_desktop.core.reports.workdays import CONTEST_NOTICE_DAYS, DEFAULT_NOTICE_DAYS, notice_period
from incubator_desktop.core.services.records import create_record
from incubator_desktop.core.services.sites import require_site
from incubator_desktop.core.validation.phones import is_mobile, normalize_phone, split_landline
from incubator_desktop.core.vocab import NoticeKind

CAPTIONS: dict[str, str] = {
    "title_new_orgs": "关于新备案社区社会组织的公示",
    "title_contest": "关于{contest}评审结果的公示",
    "title_resources": "关于链接慈善资源接收及使用情况的公示",
    "body_new_orgs": "根据社区社会组织备案管理有关规定，经审核，{start}至{end}期间共有{count}家社区社会组织"
    "在乡镇人民政府完成备案，现将名单予以公示，接受社会监督。",
    "body_contest": "{contest}经资格审查、项目路演、专家评审、爱心认捐和大众投票，按“专家评分×{ew}%＋认捐得分×{pw}%＋"
    "投票得分×{vw}%”计算综合得分，评审结果如下，现予以公示，接受社会监督。",
    "body_resources": "{start}至{end}期间，共链接慈善资源{count}笔，折合人民币{total}元，用于帮扶辖区困难群众。"
    "具体情况如下，现予以公示，接受社会监督。",
    "head_new_orgs": "序号|组织名称|类别|村（社区）|备案日期及编号",
    "head_contest": "序号|参赛组织|项目名称|专家评分|综合得分|评审结果",
    "head_resources": "序号|捐赠方|物资/款项|价值（元）|受赠组织",
    "total": "合计",
    "period": "公示期：{first}至{last}（{days}个工作日）。",
    "objection": "公示期内如有异议，请以书面形式向{unit}反映，反映情况应实事求是、有据可查。",
    "address": "联系地址：{address}",
    "phone": "联系电话：{phone}（办公室）",
}

#: Relative column widths per notice kind, measured at 14 pt so that a category (5 characters), a score, a
#: date and a filing number like 托备字〔2025〕第005号 never break inside.
_WIDTHS = {
    NoticeKind.NEW_ORGS: (0.075, 0.235, 0.17, 0.17, 0.35),
    NoticeKind.CONTEST: (0.075, 0.22, 0.25, 0.14, 0.14, 0.175),
    NoticeKind.RESOURCES: (0.075, 0.24, 0.30, 0.17, 0.215),
}
_CENTERED = {NoticeKind.NEW_ORGS: (0, 4), NoticeKind.CONTEST: (0, 3, 4, 5), NoticeKind.RESOURCES: (0, 3)}


@dataclass(frozen=True)
class NoticeContent:
    title: str
    body: str
    rows: list[NoticeRow]
    total_row: tuple[str, ...] | None = None


def office_phone_or_none(phone: str | None) -> str | None:
    """The office landline as printed, or None; a mobile number is a person's and never goes on a notice."""
    if not phone:
        return None
    normalized = normalize_phone(phone)
    if is_mobile(normalized):
        raise InputRejected("office_phone_personal")
    return normalized if split_landline(normalized) else None


def build_notice(
    session: Session,
    out_path: Path | str,
    *,
    kind: NoticeKind | str = NoticeKind.NEW_ORGS,
    issued_on: date | None = None,
    start: date | None = None,
    end: date | None = None,
    contest_id: str | None = None,
    days: int | None = None,
    issuing_unit: str | None = None,
    office_address: str | None = None,
    office_phone: str | None = None,
    holidays: Collection[date] = (),
    captions: Mapping[str, str] | None = None,
) -> Path:
    """Print a notice and record it (a Notice row with the PDF's sha256) in the caller's transaction.

    Rows come from notice_rows, which selects public columns only; every string is masked on its way in
    and the finished story is scanned once more before anything is written.
    """
    kind = NoticeKind(kind)
    words = {**CAPTIONS, **(captions or {})}
    site = require_site(session)
    issued_on = issued_on or date.today()
    site_row = session.scalars(select(m.Site).where(m.Site.code == site.code)).first()
    unit = issuing_unit or site.name
    address = office_address or (site_row.address if site_row else None)
    phone = office_phone_or_none(office_phone) if office_phone else _site_landline(site_row)
    days = days or (CONTEST_NOTICE_DAYS if kind is NoticeKind.CONTEST else DEFAULT_NOTICE_DAYS)
    first, last = notice_period(issued_on, days, holidays=holidays)
    start = start or _since_last_notice(session, kind, issued_on)
    end = end or issued_on
    content = _content(session, kind, words, site_code=site.code, start=start, end=end, contest_id=contest_id)
    if not content.rows:
        raise InputRejected("notice_empty")

    allowed = (phone,) if phone else ()
    pen = Composer(make_styles(large=True), allowed=allowed)
    width = A4[0] - 2 * MARGIN
    header = words[f"head_{kind.name.lower()}"].split("|")
    table_rows = [(str(index), *row.cells) for index, row in enumerate(content.rows, 1)]
    spans = []
    if content.total_row:
        table_rows.append(content.total_row)
        spans.append(((0, len(table_rows)), (2, len(table_rows))))  # "合计" across the text columns
    story = [
        pen.para(content.title, pen.styles.title),
        pen.para(content.body),
        pen.space(4 * mm),
        pen.table(header, table_rows, [w * width for w in _WIDTHS[kind]], centered=_CENTERED[kind], spans=spans),
        pen.space(6 * mm),
        pen.para(words["period"].format(first=cn_date(first), last=cn_date(last), days=days)),
        pen.para(words["objection"].format(unit=unit)),
    ]
    contact = [words["address"].format(address=address)] if address else []
    contact += [words["phone"].format(phone=phone)] if phone else []
    if contact:
        story.append(pen.para("；".join(contact) + "。"))
    story += [pen.space(10 * mm), SealBlock(unit, cn_date(issued_on), size=15)]
    check_story(story, allowed=allowed)
    data = render(story, PageSetup(title=content.title))
    path = write_atomically(data, out_path)
    create_record(
        session,
        m.Notice,
        {
            "kind": kind.value,
            "title": content.title,
            "issued_on": issued_on,
            "period_days": days,
            "period_start": first,
            "period_end": last,
            "issuing_unit": unit,
            "content_sha256": sha256_hex(data),
        },
    )
    return path


def _content(
    session: Session,
    kind: NoticeKind,
    words: Mapping[str, str],
    *,
    site_code: str,
    start: date,
    end: date,
    contest_id: str | None,
) -> NoticeContent:
    if kind is NoticeKind.NEW_ORGS:
        rows = rows_of.new_org_rows(session, site_code=site_code, start=start, end=end)
        body = words["body_new_orgs"].format(start=cn_date(start), end=cn_date(end), count=len(rows))
        return NoticeContent(words["title_new_orgs"], body, rows)
    if kind is NoticeKind.CONTEST:
        contest = find_contest(session, site_code, contest_id)
        rows = rows_of.contest_rows(rows_of.contest_entries(session, contest))
        body = words["body_contest"].format(
            contest=contest.name, ew=contest.expert_weight, pw=contest.pledge_weight, vw=contest.vote_weight
        )
        return NoticeContent(words["title_contest"].format(contest=contest.name), body, rows)
    rows, total_fen = rows_of.resource_rows(session, site_code=site_code, start=start, end=end)
    total = yuan_from_fen(total_fen)
    body = words["body_resources"].format(start=cn_date(start), end=cn_date(end), count=len(rows), total=total)
    return NoticeContent(words["title_resources"], body, rows, (words["total"], "", "", total, ""))


def _since_last_notice(session: Session, kind: NoticeKind, issued_on: date) -> date:
    """Default start: the day after the last notice of this kind, else 1 January of the issue year."""
    last = session.scalar(
        select(m.Notice.issued_on)
        .where(m.Notice.deleted.is_(False), m.Notice.kind == kind.value, m.Notice.issued_on < issued_on)
        .order_by(m.Notice.issued_on.desc())
        .limit(1)
    )
    if last is None:
        return date(issued_on.year, 1, 1)
    return date.fromordinal(last.toordinal() + 1)


def _site_landline(site_row: m.Site | None) -> str | None:
    """The site's contact if it is an office landline; a mobile or a person's name is left off the notice."""
    if site_row is None or not site_row.contact:
        return None
    normalized = normalize_phone(site_row.contact)
    return normalized if split_landline(normalized) else None
