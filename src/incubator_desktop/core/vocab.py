"""The fixed vocabularies of the domain: values are the Chinese terms the policy texts use."""

from __future__ import annotations

from enum import StrEnum


class SiteKind(StrEnum):
    TOWNSHIP = "township"
    DISTRICT = "district"


class Category(StrEnum):
    CHARITY = "公益慈善类"
    LIFE_SERVICE = "生活服务类"
    COMMUNITY_AFFAIRS = "社区事务类"
    CULTURE_SPORTS = "文体活动类"


class Stage(StrEnum):
    """Lifecycle of an organization at the base, in order."""

    INTENT = "意向"
    ENTERED = "入驻"
    INCUBATING = "培育中"
    FILED = "已备案"
    REGISTERED = "已登记"
    GRADUATED = "已出壳"
    EXITED = "退出"


#: Stages that mean the organization has been filed with the township (备案) or gone further.
FILED_OR_LATER = frozenset({Stage.FILED, Stage.REGISTERED, Stage.GRADUATED})


class ServiceArea(StrEnum):
    ELDERLY = "为老"
    DISABILITY = "助残"
    YOUTH = "青少年"
    RELIEF = "救助帮困"
    FAMILY = "婚姻家庭"
    MEDIATION = "调解"
    ENVIRONMENT = "环境"
    CULTURE = "文化"
    VOLUNTEERING = "志愿服务"
    OTHER = "其他"


class Rating(StrEnum):
    A3 = "3A"
    A4 = "4A"
    A5 = "5A"


class SupportKind(StrEnum):
    VENUE = "场地"
    FUNDING = "资金"
    PROFESSIONAL = "专业"
    CAPACITY = "能力建设"


class RegistrationKind(StrEnum):
    FILING = "备案"
    REGISTRATION = "登记"


class CaseStatus(StrEnum):
    OPEN = "办理中"
    DONE = "已完成"
    WITHDRAWN = "已撤回"


class ChecklistStatus(StrEnum):
    MISSING = "未提交"
    SUBMITTED = "已提交"
    APPROVED = "已审核"


#: The documents a filing or registration needs, in the order clerks check them.
DEFAULT_CHECKLIST: tuple[str, ...] = ("申请表", "章程", "负责人身份证明", "场所证明", "成员名单")


class PersonRole(StrEnum):
    LEADER = "负责人"
    VOLUNTEER = "志愿者"
    TRAINEE = "学员"
    SOCIAL_WORKER = "社会工作者"
    STAFF = "项目人员"


class CertificateLevel(StrEnum):
    ASSISTANT = "助理社会工作师"
    INTERMEDIATE = "社会工作师"
    SENIOR = "高级社会工作师"


class Gender(StrEnum):
    MALE = "男"
    FEMALE = "女"


class TrainingTopic(StrEnum):
    POLICY = "民政政策"
    MANAGEMENT = "规范管理"
    SOCIAL_WORK = "社工知识"
    PROJECT = "项目管理"
    VOLUNTEERING = "志愿服务"
    PARTY = "党建"


class ActivityKind(StrEnum):
    CASEWORK = "个案"
    GROUP = "小组"
    COMMUNITY = "社区活动"


class DonorKind(StrEnum):
    ENTERPRISE = "企业"
    CHARITY = "慈善组织"
    INDIVIDUAL = "个人"
    GOVERNMENT = "机关事业单位"
    OTHER = "其他"


class ResourceForm(StrEnum):
    CASH = "现金"
    IN_KIND = "实物"
    SERVICE = "服务"


class EntryResult(StrEnum):
    ENTERED = "参赛"
    FINALIST = "入围"
    WINNER = "获奖"
    IDEA_AWARD = "优秀创意奖"
    NOT_AWARDED = "未获奖"


class TrancheCondition(StrEnum):
    CONTRACT = "签订合同"
    MIDTERM = "中期验收"
    FINAL = "终期验收"


#: Default grant tranches: 50 % at contract, 30 % at mid-term, 20 % at final acceptance.
DEFAULT_TRANCHES: tuple[tuple[TrancheCondition, int], ...] = (
    (TrancheCondition.CONTRACT, 50),
    (TrancheCondition.MIDTERM, 30),
    (TrancheCondition.FINAL, 20),
)


class BudgetKind(StrEnum):
    PERSONNEL = "人力成本"
    SERVICES = "服务性支出"
    EVALUATION_OTHER = "评估及其他"


class ServiceFileKind(StrEnum):
    MARRIAGE_CUSTOM = "婚俗宣传"
    FAMILY_COUNSELLING = "婚姻家庭辅导"


class NoticeKind(StrEnum):
    NEW_ORGS = "new-orgs"
    CONTEST = "contest"
    RESOURCES = "resources"
