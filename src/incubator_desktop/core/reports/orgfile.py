"""One organization's file (组织档案): details with ID and phone masked, plans, checklists, history, activities."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import NotFound
from incubator_desktop.core.masking import mask_id_number, mask_phone
from incubator_desktop.core.reports.flow import Composer, check_story
from incubator_desktop.core.reports.formats import cn_date, short_date
from incubator_desktop.core.reports.output import write_atomically
from incubator_desktop.core.reports.page import MARGIN, PageSetup, render
from incubator_desktop.core.reports.styles import make_styles
from incubator_desktop.core.services.sites import require_site

CAPTIONS: dict[str, str] = {
    "title": "{name}档案",
    "printed": "打印日期：{today}",
    "details": "一、基本情况",
    "fields": "组织名称|类别|服务领域|所在村（社区）|培育阶段|等级|成立日期|入驻日期|成员人数|负责人|负责人电话|"
    "负责人身份证号|备案日期|备案编号|登记日期|统一社会信用代码|出壳日期|退出日期|地址",
    "description": "组织简介：{text}",
    "plans": "二、一对一培育计划",
    "plan": "培育计划（{start}起）",
    "plan_fields": "培育目标|扶持方式|联系导师|计划期限",
    "milestones_head": "序号|里程碑|计划完成|实际完成|状态",
    "reviews_head": "评估日期|评估人|评估意见",
    "done": "已完成",
    "overdue": "逾期",
    "open": "进行中",
    "cases": "三、登记/备案协助",
    "case": "{kind}协助（{opened}受理，{status}）",
    "outcome": "办理结果：{text}",
    "checklist_head": "序号|材料|状态|备注",
    "history": "四、培育阶段记录",
    "history_head": "日期|阶段|说明",
    "activities": "五、服务活动",
    "activities_head": "日期|活动名称|类型|受益人次|志愿者",
    "none": "无。",
}
WIDTH = A4[0] - 2 * MARGIN


def build_orgfile(
    session: Session,
    out_path: Path | str,
    *,
    organization_id: str,
    today: date | None = None,
    captions: Mapping[str, str] | None = None,
) -> Path:
    """Print the file of one live organization; an unknown or deleted id is NotFound."""
    words = {**CAPTIONS, **(captions or {})}
    site = require_site(session)
    org = session.get(m.Organization, organization_id)
    if org is None or org.deleted:
        raise NotFound("not_found", what=organization_id)
    today = today or date.today()
    community = session.get(m.Community, org.community_id) if org.community_id else None
    pen = Composer(make_styles())
    title = words["title"].format(name=org.name)
    values = (
        org.name,
        org.category,
        "、".join(org.service_areas or []),
        community.name if community else "",
        org.stage,
        org.rating,
        cn_date(org.founded_on),
        cn_date(org.entered_on),
        org.members,
        org.leader_name,
        mask_phone(org.leader_phone),
        mask_id_number(org.leader_id_number),  # masked on paper too
        cn_date(org.filed_on),
        org.filing_number,
        cn_date(org.registered_on),
        org.credit_code,
        cn_date(org.graduated_on),
        cn_date(org.exited_on),
        org.address,
    )
    quarter = WIDTH / 4
    story: list[Flowable] = [
        pen.para(title, pen.styles.title),
        pen.para(words["printed"].format(today=cn_date(today)), pen.styles.subtitle),
        *pen.section(words["details"]),
        pen.form(zip(words["fields"].split("|"), values, strict=True), [quarter * 0.8, quarter * 1.2] * 2),
        pen.space(6),
    ]
    if org.description:
        story.append(pen.para(words["description"].format(text=org.description)))
    story += _plans(session, pen, words, org.id, today)
    story += _cases(session, pen, words, org.id)
    story += _history(session, pen, words, org.id)
    story += _activities(session, pen, words, org.id)
    check_story(story)
    data = render(story, PageSetup(title=title, header=site.name))
    return write_atomically(data, out_path)


def _plans(session: Session, pen: Composer, words: Mapping[str, str], org_id: str, today: date) -> list[Flowable]:
    story: list[Flowable] = pen.section(words["plans"])
    plans = session.scalars(
        select(m.IncubationPlan)
        .where(m.IncubationPlan.organization_id == org_id, m.IncubationPlan.deleted.is_(False))
        .order_by(m.IncubationPlan.start_on)
    ).all()
    if not plans:
        return [*story, pen.para(words["none"])]
    for plan in plans:
        term = f"{cn_date(plan.start_on)}至{cn_date(plan.end_on)}" if plan.end_on else cn_date(plan.start_on)
        values = (plan.goals, "、".join(plan.support or []), plan.mentor, term)
        story += [
            pen.heading(words["plan"].format(start=cn_date(plan.start_on)), style=pen.styles.subheading),
            pen.form(zip(words["plan_fields"].split("|"), values, strict=True), [WIDTH * 0.2, WIDTH * 0.8]),
            pen.space(6),
        ]
        milestones = session.scalars(
            select(m.PlanMilestone)
            .where(m.PlanMilestone.plan_id == plan.id, m.PlanMilestone.deleted.is_(False))
            .order_by(m.PlanMilestone.due_on, m.PlanMilestone.title)
        ).all()
        if milestones:
            rows = [
                (str(i), ms.title, short_date(ms.due_on), short_date(ms.done_on), _milestone_state(words, ms, today))
                for i, ms in enumerate(milestones, 1)
            ]
            widths = [WIDTH * w for w in (0.08, 0.46, 0.16, 0.16, 0.14)]
            story += [pen.table(words["milestones_head"].split("|"), rows, widths, centered=(0, 2, 3, 4)), pen.space(6)]
        reviews = session.scalars(
            select(m.PlanReview)
            .where(m.PlanReview.plan_id == plan.id, m.PlanReview.deleted.is_(False))
            .order_by(m.PlanReview.reviewed_on)
        ).all()
        if reviews:
            review_rows = [(short_date(r.reviewed_on), r.reviewer or "", r.findings) for r in reviews]
            widths = [WIDTH * w for w in (0.16, 0.16, 0.68)]
            story.append(pen.table(words["reviews_head"].split("|"), review_rows, widths, centered=(0,)))
    return story


def _milestone_state(words: Mapping[str, str], milestone: m.PlanMilestone, today: date) -> str:
    if milestone.done_on:
        return words["done"]
    if milestone.due_on and milestone.due_on < today:
        return words["overdue"]
    return words["open"]


def _cases(session: Session, pen: Composer, words: Mapping[str, str], org_id: str) -> list[Flowable]:
    story: list[Flowable] = pen.section(words["cases"])
    cases = session.scalars(
        select(m.RegistrationCase)
        .where(m.RegistrationCase.organization_id == org_id, m.RegistrationCase.deleted.is_(False))
        .order_by(m.RegistrationCase.opened_on)
    ).all()
    if not cases:
        return [*story, pen.para(words["none"])]
    for case in cases:
        story.append(
            pen.heading(
                words["case"].format(kind=case.kind, opened=cn_date(case.opened_on), status=case.status),
                style=pen.styles.subheading,
            )
        )
        if case.outcome:
            story.append(pen.para(words["outcome"].format(text=case.outcome)))
        items = session.scalars(
            select(m.ChecklistItem)
            .where(m.ChecklistItem.case_id == case.id, m.ChecklistItem.deleted.is_(False))
            .order_by(m.ChecklistItem.position, m.ChecklistItem.item)
        ).all()
        rows = [(str(i), item.item, item.status, item.note or "") for i, item in enumerate(items, 1)]
        if rows:
            widths = [WIDTH * w for w in (0.08, 0.32, 0.18, 0.42)]
            story.append(pen.table(words["checklist_head"].split("|"), rows, widths, centered=(0, 2)))
    return story


def _history(session: Session, pen: Composer, words: Mapping[str, str], org_id: str) -> list[Flowable]:
    events = session.execute(
        select(m.StageEvent.happened_on, m.StageEvent.stage, m.StageEvent.note)
        .where(m.StageEvent.organization_id == org_id, m.StageEvent.deleted.is_(False))
        .order_by(m.StageEvent.happened_on, m.StageEvent.hlc)
    ).all()
    rows = [(short_date(on), stage, note or "") for on, stage, note in events]
    table = pen.table(words["history_head"].split("|"), rows, [WIDTH * w for w in (0.18, 0.16, 0.66)], centered=(0, 1))
    return [*pen.section(words["history"]), table if rows else pen.para(words["none"])]


def _activities(session: Session, pen: Composer, words: Mapping[str, str], org_id: str) -> list[Flowable]:
    activities = session.execute(
        select(m.Activity.held_on, m.Activity.title, m.Activity.kind, m.Activity.beneficiaries, m.Activity.volunteers)
        .where(m.Activity.organization_id == org_id, m.Activity.deleted.is_(False))
        .order_by(m.Activity.held_on)
    ).all()
    rows = [
        (short_date(on), title, kind, str(people), str(volunteers))
        for on, title, kind, people, volunteers in activities
    ]
    widths = [WIDTH * w for w in (0.16, 0.46, 0.14, 0.12, 0.12)]
    table = pen.table(words["activities_head"].split("|"), rows, widths, centered=(0, 2, 3, 4))
    return [*pen.section(words["activities"]), table if rows else pen.para(words["none"])]
