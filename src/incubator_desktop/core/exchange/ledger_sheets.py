"""The ledger's sheets: one query per record type for a period, giving captions and plain rows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from incubator_desktop.core import models as m
from incubator_desktop.core.exchange.cells import Value
from incubator_desktop.core.masking import mask_id_number, mask_phone
from incubator_desktop.core.vocab import ServiceFileKind

#: What the base itself is called where an activity has no organization.
BASE_ITSELF = "孵化基地"


class ColumnType(Enum):
    """How a ledger column is formatted: text, a real date, money in yuan, a count, a measure or a score."""

    TEXT = "text"
    DATE = "date"
    MONEY = "money"
    COUNT = "count"
    MEASURE = "measure"
    SCORE = "score"


@dataclass(frozen=True)
class LedgerColumn:
    caption: str
    type: ColumnType = ColumnType.TEXT


@dataclass(frozen=True)
class LedgerSheet:
    title: str
    columns: tuple[LedgerColumn, ...]
    rows: list[tuple[Value, ...]]


@dataclass(frozen=True)
class Period:
    """Whose records, which days (both ends included), and whether personal data is shown in full."""

    site_code: str
    start: date
    end: date
    reveal: bool


def _columns(*specs: str | tuple[str, ColumnType]) -> tuple[LedgerColumn, ...]:
    return tuple(LedgerColumn(spec) if isinstance(spec, str) else LedgerColumn(*spec) for spec in specs)


def yuan(fen: int | None) -> Decimal | None:
    """Integer fen as a yuan amount with exactly two decimals."""
    return None if fen is None else (Decimal(fen) / 100).quantize(Decimal("0.01"))


D, Y, N, X, S = ColumnType.DATE, ColumnType.MONEY, ColumnType.COUNT, ColumnType.MEASURE, ColumnType.SCORE


def organizations_sheet(session: Session, period: Period) -> LedgerSheet:
    """Organizations on the books during the period: entered by its end and not gone before its start."""
    o, c = m.Organization, m.Community
    query = (
        select(o.name, o.category, c.name, o.stage, o.service_areas, o.leader_name, o.leader_phone)
        .add_columns(o.leader_id_number, o.members, o.founded_on, o.entered_on, o.filed_on, o.filing_number)
        .add_columns(o.registered_on, o.credit_code, o.rating)
        .outerjoin(c, c.id == o.community_id)
        .where(o.deleted.is_(False), o.origin_site == period.site_code)
        .where(o.entered_on.is_(None) | (o.entered_on <= period.end))
        .where(o.exited_on.is_(None) | (o.exited_on >= period.start))
        .order_by(c.name, o.name, o.id)
    )
    rows: list[tuple[Value, ...]] = []
    for row in session.execute(query):
        phone, id_number = row[6], row[7]
        if not period.reveal:
            phone, id_number = mask_phone(phone) or None, mask_id_number(id_number) or None
        rows.append((*row[:4], "、".join(row[4]) or None, row[5], phone, id_number, *row[8:]))
    columns = _columns(
        "组织名称", "类别", "所在村（社区）", "培育状态", "服务领域", "负责人", "联系电话", "负责人身份证号",
        ("成员人数", N), ("成立时间", D), ("入驻时间", D), ("备案时间", D), "备案编号", ("登记时间", D),
        "统一社会信用代码", "等级",
    )  # fmt: skip
    return LedgerSheet("社会组织", columns, rows)


def trainings_sheet(session: Session, period: Period) -> LedgerSheet:
    t, a = m.Training, m.Attendance
    attendance = func.count(a.id)
    query = (
        select(t.held_on, t.title, t.topic, t.trainer, t.hours, t.location, attendance)
        .outerjoin(a, (a.training_id == t.id) & a.deleted.is_(False))
        .where(t.deleted.is_(False), t.origin_site == period.site_code, t.held_on.between(period.start, period.end))
        .group_by(t.id)
        .order_by(t.held_on, t.title)
    )
    columns = _columns(("日期", D), "培训名称", "主题", "授课人", ("时长（小时）", X), "地点", ("参训人次", N))
    return LedgerSheet("培训", columns, [tuple(row) for row in session.execute(query)])


def attendance_sheet(session: Session, period: Period) -> LedgerSheet:
    t, a, o = m.Training, m.Attendance, m.Organization
    query = (
        select(t.held_on, t.title, a.attendee_name, o.name)
        .join(t, t.id == a.training_id)
        .outerjoin(o, o.id == a.organization_id)
        .where(a.deleted.is_(False), t.deleted.is_(False), t.origin_site == period.site_code)
        .where(t.held_on.between(period.start, period.end))
        .order_by(t.held_on, t.title, a.attendee_name)
    )
    columns = _columns(("培训日期", D), "培训名称", "参训人员", "所属组织")
    return LedgerSheet("培训签到", columns, [tuple(row) for row in session.execute(query)])


def activities_sheet(session: Session, period: Period) -> LedgerSheet:
    a, o, c = m.Activity, m.Organization, m.Community
    query = (
        select(a.held_on, a.title, a.kind, a.service_area, o.name, c.name, a.location)
        .add_columns(a.beneficiaries, a.volunteers, a.volunteer_hours)
        .outerjoin(o, o.id == a.organization_id)
        .outerjoin(c, c.id == a.community_id)
        .where(a.deleted.is_(False), a.origin_site == period.site_code, a.held_on.between(period.start, period.end))
        .order_by(a.held_on, a.title)
    )
    rows = [(*row[:4], row[4] or BASE_ITSELF, *row[5:]) for row in session.execute(query)]
    columns = _columns(
        ("日期", D), "活动名称", "类型", "服务领域", "开展组织", "村（社区）", "地点",
        ("受益人次", N), ("志愿者人数", N), ("志愿服务时长（小时）", X),
    )  # fmt: skip
    return LedgerSheet("服务活动", columns, rows)


def case_studies_sheet(session: Session, period: Period) -> LedgerSheet:
    s, o = m.CaseStudy, m.Organization
    query = (
        select(s.written_on, s.title, o.name, s.author)
        .outerjoin(o, o.id == s.organization_id)
        .where(s.deleted.is_(False), s.origin_site == period.site_code)
        .where(s.written_on.between(period.start, period.end))
        .order_by(s.written_on, s.title)
    )
    columns = _columns(("撰写日期", D), "案例标题", "所属组织", "撰写人")
    return LedgerSheet("典型案例", columns, [tuple(row) for row in session.execute(query)])


def resources_sheet(session: Session, period: Period) -> LedgerSheet:
    r, o = m.ResourceLink, m.Organization
    query = (
        select(r.received_on, r.donor, r.donor_kind, r.form, r.description, r.value_fen, o.name, r.recipient)
        .add_columns(r.purpose)
        .outerjoin(o, o.id == r.recipient_organization_id)
        .where(r.deleted.is_(False), r.origin_site == period.site_code)
        .where(r.received_on.between(period.start, period.end))
        .order_by(r.received_on, r.donor)
    )
    rows = [(*row[:5], yuan(row[5]), *row[6:]) for row in session.execute(query)]
    columns = _columns(
        ("日期", D), "捐赠方", "捐赠方类型", "形式", "内容", ("价值（元）", Y), "受赠组织", "受赠方", "用途"
    )
    return LedgerSheet("资源链接", columns, rows)


def contest_entries_sheet(session: Session, period: Period) -> LedgerSheet:
    c, e, o = m.VentureContest, m.ContestEntry, m.Organization
    scores = (
        select(m.JudgeScore.entry_id, func.avg(m.JudgeScore.score).label("mean"), func.count().label("judges"))
        .where(m.JudgeScore.deleted.is_(False))
        .group_by(m.JudgeScore.entry_id)
        .subquery()
    )
    query = (
        select(c.name, c.held_on, o.name, e.project_title, e.direct_beneficiaries, e.requested_fen, e.pledged_fen)
        .add_columns(e.votes, scores.c.mean, scores.c.judges, e.result, e.grant_fen)
        .join(c, c.id == e.contest_id)
        .join(o, o.id == e.organization_id)
        .outerjoin(scores, scores.c.entry_id == e.id)
        .where(e.deleted.is_(False), c.deleted.is_(False), c.origin_site == period.site_code)
        .where(c.held_on.between(period.start, period.end))
        .order_by(c.held_on, c.name, o.name, e.project_title)
    )
    rows: list[tuple[Value, ...]] = []
    for row in session.execute(query):
        mean = None if row[8] is None else Decimal(str(row[8])).quantize(Decimal("0.01"))
        rows.append((*row[:5], yuan(row[5]), yuan(row[6]), row[7], mean, row[9] or 0, row[10], yuan(row[11])))
    columns = _columns(
        "大赛名称", ("举办日期", D), "参赛组织", "项目名称", ("直接受益人数", N), ("申请金额（元）", Y),
        ("认捐金额（元）", Y), ("公众投票", N), ("专家平均分", S), ("评委人数", N), "结果", ("资助金额（元）", Y),
    )  # fmt: skip
    return LedgerSheet("公益创投", columns, rows)


def expenses_sheet(session: Session, period: Period) -> LedgerSheet:
    x, p = m.Expense, m.FundedProject
    payee = aliased(m.Person)
    query = (
        select(p.name, x.spent_on, x.kind, x.amount_fen, x.description, payee.name)
        .join(p, p.id == x.project_id)
        .outerjoin(payee, payee.id == x.payee_person_id)
        .where(x.deleted.is_(False), p.deleted.is_(False), x.origin_site == period.site_code)
        .where(x.spent_on.between(period.start, period.end))
        .order_by(x.spent_on, p.name, x.kind)
    )
    rows: list[tuple[Value, ...]] = [(*row[:3], yuan(row[3]), *row[4:]) for row in session.execute(query)]
    columns = _columns("项目名称", ("支出日期", D), "支出类别", ("金额（元）", Y), "说明", "收款人")
    return LedgerSheet("项目支出", columns, rows)


def service_files_sheet(session: Session, period: Period) -> LedgerSheet:
    """Files opened per month and kind: counts only; no name, note or id ever leaves the database."""
    f = m.ServiceFile
    query = select(f.kind, f.opened_on).where(
        f.deleted.is_(False), f.origin_site == period.site_code, f.opened_on.between(period.start, period.end)
    )
    counts: Counter[tuple[str, str]] = Counter()
    for kind, opened_on in session.execute(query):
        counts[(f"{opened_on:%Y-%m}", kind)] += 1
    kinds = [kind.value for kind in ServiceFileKind]
    rows: list[tuple[Value, ...]] = []
    for month in sorted({month for month, _ in counts}):
        per_kind = [counts[(month, kind)] for kind in kinds]
        rows.append((month, *per_kind, sum(per_kind)))
    columns = _columns("月份", *((kind, N) for kind in kinds), ("合计", N))
    return LedgerSheet("服务档案", columns, rows)


#: The ledger's data sheets in workbook order.
SHEETS: tuple[Callable[[Session, Period], LedgerSheet], ...] = (
    organizations_sheet,
    trainings_sheet,
    attendance_sheet,
    activities_sheet,
    case_studies_sheet,
    resources_sheet,
    contest_entries_sheet,
    expenses_sheet,
    service_files_sheet,
)
