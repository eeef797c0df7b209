"""The annual evaluation form: criteria from the policy texts (003, 004) with points adding up to 100, editable."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.district.roles import require_district
from incubator_desktop.core.errors import FieldError, ValidationFailed
from incubator_desktop.core.services.records import create_record, update_record

FULL_MARKS = 100


@dataclass(frozen=True)
class Criterion:
    """One line of the form; `indicators` are the indicator codes a suggested score is drawn from (none: by hand)."""

    code: str
    label: str
    weight: int
    basis: str
    indicators: tuple[str, ...] = ()


DEFAULT_CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        "incubation",
        "社区社会组织培育",
        20,
        "新培育社区社会组织不少于 10 家；在乡镇人民政府完成备案并开展不少于 2 场社区服务活动的视为有效培育（003）。",
        ("new_orgs_effective",),
    ),
    Criterion(
        "services",
        "专业服务活动",
        15,
        "开展个案、小组、社区活动不少于 10 场次，受益群众不少于 200 人（003）。",
        ("professional_activities", "beneficiaries"),
    ),
    Criterion(
        "contest",
        "公益创投大赛",
        10,
        "至少开展 1 次微公益大赛或公益创投大赛，参赛社区社会组织不少于 10 家（003）。",
        ("contests", "contest_orgs"),
    ),
    Criterion(
        "training",
        "人才培训",
        10,
        "开展不少于 1 场次社区志愿者、社区社会组织人才培训，培训不少于 30 人次（003）。",
        ("trainings", "training_attendance"),
    ),
    Criterion(
        "family_files",
        "婚姻家庭服务建档",
        10,
        "婚嫁新风“一对一”宣传建档 20 个以上，婚姻家庭辅导建档 5 个以上（003）。",
        ("marriage_files", "counselling_files"),
    ),
    Criterion(
        "resources",
        "慈善资源链接",
        5,
        "链接不少于 5000 元的慈善资源用于帮扶辖区困难群众（003）。",
        ("resources_yuan",),
    ),
    Criterion("cases", "典型案例", 5, "提炼完成至少 3 例社区社会组织发挥作用典型案例（003）。", ("case_studies",)),
    Criterion(
        "staffing",
        "人员配备",
        5,
        "不少于 2 名专职工作人员，其中至少 1 名持证社会工作者且从业 2 年以上（003）。",
        ("staff", "certified_staff"),
    ),
    Criterion(
        "budget",
        "资金使用",
        10,
        "人力成本不超过 10 万元，服务性支出不少于 4 万元，评估等其他费用不超过 2 万元，专款专用（003）。",
        ("budget_personnel_ratio", "budget_services_ratio", "budget_other_ratio"),
    ),
    Criterion(
        "base",
        "基地建设与社区覆盖",
        5,
        "场所设施、制度上墙、一对一培育计划；社区社会组织覆盖村（社区）不低于 50 %（004）。",
        ("community_coverage",),
    ),
    Criterion("satisfaction", "居民满意度", 5, "第三方评估中的服务质量与居民满意度，由评估人员打分（003）。"),
)

_INDICATORS = {criterion.code: criterion.indicators for criterion in DEFAULT_CRITERIA}


def _stored(session: Session) -> list[m.EvaluationCriterion]:
    query = select(m.EvaluationCriterion).where(m.EvaluationCriterion.deleted.is_(False))
    return list(session.scalars(query.order_by(m.EvaluationCriterion.position, m.EvaluationCriterion.code)))


def _as_criterion(row: m.EvaluationCriterion) -> Criterion:
    return Criterion(row.code, row.label, row.weight, row.basis or "", _INDICATORS.get(row.code, ()))


def list_criteria(session: Session) -> list[Criterion]:
    """The district's form as stored, or the defaults while none is stored."""
    rows = _stored(session)
    return [_as_criterion(row) for row in rows] if rows else list(DEFAULT_CRITERIA)


def _check(criteria: Sequence[Criterion]) -> None:
    errors: list[FieldError] = []
    seen: set[str] = set()
    for criterion in criteria:
        if not criterion.code.strip() or not criterion.label.strip():
            errors.append(FieldError(criterion.code or "code", "required"))
        if criterion.code in seen:
            errors.append(FieldError(criterion.code, "duplicate", {"value": criterion.code}))
        seen.add(criterion.code)
        if not 0 <= criterion.weight <= FULL_MARKS:
            errors.append(FieldError(criterion.code, "out_of_range", {"low": 0, "high": FULL_MARKS}))
    total = sum(criterion.weight for criterion in criteria)
    if total != FULL_MARKS:
        errors.append(FieldError("weight", "criteria_weights_sum", {"total": total}))
    if errors:
        raise ValidationFailed(errors)


def set_criteria(session: Session, criteria: Sequence[Criterion]) -> list[Criterion]:
    """Store the district's form (district only): points must add up to 100; lines left out are tombstoned."""
    require_district(session)
    _check(criteria)
    existing = {row.code: row for row in _stored(session)}
    for position, criterion in enumerate(criteria):
        values = {"label": criterion.label, "weight": criterion.weight, "position": position, "basis": criterion.basis}
        row = existing.pop(criterion.code, None)
        if row is None:
            create_record(session, m.EvaluationCriterion, {"code": criterion.code, **values})
        else:
            update_record(session, m.EvaluationCriterion, row.id, values)
    for row in existing.values():
        row.deleted = True
    session.flush()
    return list_criteria(session)


def ensure_criteria(session: Session) -> list[Criterion]:
    """The stored form, storing the defaults first if there is none (district only)."""
    if _stored(session):
        return list_criteria(session)
    return set_criteria(session, DEFAULT_CRITERIA)
