"""Training sign-in sheets in large type: blank for the door, or filled with a past training's attendance."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import NotFound
from incubator_desktop.core.reports.flow import Composer, check_story
from incubator_desktop.core.reports.formats import DEFAULT_BLANK_ROWS, cn_date
from incubator_desktop.core.reports.output import write_atomically
from incubator_desktop.core.reports.page import MARGIN, PageSetup, render
from incubator_desktop.core.reports.styles import make_styles
from incubator_desktop.core.services.sites import require_site

CAPTIONS: dict[str, str] = {
    "title": "培训签到表",
    "title_training": "{title}签到表",
    "record_title": "{title}签到记录",
    "training": "培训名称",
    "date": "培训日期",
    "place": "培训地点",
    "trainer": "培训单位/讲师",
    "head": "序号|姓名|所属组织|签到",
    "attended": "已签到",
    "count": "共 {count} 人次。",
    "note": "本表只登记姓名和所属组织，不收集电话、身份证号码等个人信息。",
}

#: Blank rows that fit one A4 page at 14 pt, each with room to write a name by hand.
HAND_ROW_HEIGHT = 12 * mm
WIDTH = A4[0] - 2 * MARGIN
_WIDTHS = (0.10, 0.30, 0.40, 0.20)


def build_signin(
    session: Session,
    out_path: Path | str,
    *,
    training_id: str | None = None,
    blank: bool = False,
    rows: int = DEFAULT_BLANK_ROWS,
    captions: Mapping[str, str] | None = None,
) -> Path:
    """A sign-in sheet. Without `training_id`: blank with blank heading fields. With it: the training's
    heading and its attendance (or, with `blank`, empty rows for a training still to come)."""
    words = {**CAPTIONS, **(captions or {})}
    site = require_site(session)
    training = _training(session, site.code, training_id) if training_id else None
    pen = Composer(make_styles(large=True))
    attendance = [] if training is None or blank else _attendance(session, training.id)
    filled = bool(attendance)
    if training is None:
        title = words["title"]
    else:
        title = words["record_title" if filled else "title_training"].format(title=training.title)
    heading = [
        (words["training"], training.title if training else ""),
        (words["date"], cn_date(training.held_on) if training else ""),
        (words["place"], (training.location or "") if training else ""),
        (words["trainer"], (training.trainer or "") if training else ""),
    ]
    if filled:
        table_rows = [(str(i), name, org or "", words["attended"]) for i, (name, org) in enumerate(attendance, 1)]
    else:
        table_rows = [(str(i), "", "", "") for i in range(1, max(rows, 1) + 1)]
    story: list[Flowable] = [
        pen.para(title, pen.styles.title),
        pen.para(words["note"], pen.styles.small),
        pen.space(3 * mm),
        pen.form(heading, [0.25 * WIDTH, 0.75 * WIDTH], row_height=None if training else HAND_ROW_HEIGHT * 0.85),
        pen.space(5 * mm),
        pen.table(
            words["head"].split("|"),
            table_rows,
            [w * WIDTH for w in _WIDTHS],
            centered=(0, 3),
            row_height=None if filled else HAND_ROW_HEIGHT,
        ),
        pen.space(4 * mm),
    ]
    if filled:
        story.append(pen.para(words["count"].format(count=len(attendance))))
    check_story(story)
    data = render(story, PageSetup(title=title, header=site.name))
    return write_atomically(data, out_path)


def _training(session: Session, site_code: str, training_id: str) -> m.Training:
    training = session.get(m.Training, training_id)
    if training is None or training.deleted or training.origin_site != site_code:
        raise NotFound("not_found", what=training_id)
    return training


def _attendance(session: Session, training_id: str) -> list[tuple[str, str | None]]:
    """Names and organizations only: the sheet is public-facing, so no phone or ID column is ever selected."""
    query = (
        select(m.Attendance.attendee_name, m.Organization.name)
        .outerjoin(
            m.Organization,
            (m.Organization.id == m.Attendance.organization_id) & m.Organization.deleted.is_(False),
        )
        .where(m.Attendance.training_id == training_id, m.Attendance.deleted.is_(False))
        .order_by(m.Attendance.created_at, m.Attendance.id)
    )
    return [(name, org) for name, org in session.execute(query)]
