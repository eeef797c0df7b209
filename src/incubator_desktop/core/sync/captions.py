"""Captions for the sync printouts; Chinese by default, and the UI passes its own translated ones."""

from __future__ import annotations

from dataclasses import dataclass, field

#: What each record type is called on a printout.
RECORD_TYPE_LABELS_ZH: dict[str, str] = {
    "sites": "站点",
    "communities": "村（社区）",
    "organizations": "社区社会组织",
    "stage_events": "培育阶段记录",
    "incubation_plans": "培育计划",
    "plan_milestones": "计划节点",
    "plan_reviews": "计划评估",
    "registration_cases": "登记/备案协助",
    "checklist_items": "材料清单",
    "people": "人员",
    "trainings": "培训",
    "attendance": "培训签到",
    "activities": "服务活动",
    "activity_beneficiaries": "活动服务对象",
    "case_studies": "典型案例",
    "resource_links": "资源链接",
    "venture_contests": "公益创投大赛",
    "contest_entries": "参赛项目",
    "judge_scores": "评审打分",
    "grant_tranches": "资金拨付",
    "funded_projects": "资助项目",
    "budget_lines": "预算科目",
    "expenses": "支出",
    "project_staff": "项目人员",
    "progress_reports": "进度报告",
    "service_files": "服务档案",
    "target_sets": "绩效指标",
    "target_values": "指标值",
    "notices": "公示",
    "attachments": "附件",
    "audit_entries": "操作记录",
}


ROLE_LABELS_ZH = {"township": "乡镇（街道）孵化基地", "district": "区县民政局"}


@dataclass(frozen=True)
class KeyformCaptions:
    title: str = "同步密钥登记表"
    intro: str = (
        "本表用于登记本站点的同步密钥。接收方登记公钥文件时，须逐组核对下方指纹与本表一致；"
        "指纹不一致的公钥文件不得登记。本表须经办人、负责人签字并加盖公章。"
    )
    site_name: str = "站点名称"
    site_code: str = "行政区划代码"
    role: str = "站点类型"
    roles: dict[str, str] = field(
        default_factory=lambda: {"township": "乡镇（街道）孵化基地", "district": "区县民政局"}
    )
    key_id: str = "密钥编号"
    device: str = "设备编号"
    created: str = "生成时间"
    fingerprint: str = "公钥指纹（12 组，每组 5 位数字）"
    sender_block: str = "报送单位"
    receiver_block: str = "接收单位核对"
    clerk: str = "经办人（签字）"
    head: str = "负责人（签字）"
    seal: str = "单位（盖章）"
    date: str = "日期"
    checked: str = "指纹核对一致：是（　）否（　）"


@dataclass(frozen=True)
class ReceiptCaptions:
    title: str = "同步包导入回执"
    receiver: str = "接收站点"
    sender: str = "发送站点"
    sequence: str = "同步包序号"
    created: str = "生成时间"
    imported: str = "导入时间"
    fingerprint: str = "同步包校验码（SHA-256）"
    kind_changes: str = "日常同步"
    kind_restore: str = "数据恢复"
    kind: str = "同步包类型"
    record_type: str = "记录类型"
    created_count: str = "新增"
    updated_count: str = "更新"
    unchanged_count: str = "未变"
    deleted_count: str = "删除"
    conflicts_count: str = "冲突"
    total: str = "合计"
    nothing: str = "本同步包没有记录变动。"
    gap: str = "注意：尚缺第 {missing} 号同步包，其内容将由之后的同步包补齐。"
    conflicts_note: str = "有 {count} 条记录存在冲突，较早的版本已保存在冲突记录中，可在“同步”页查看。"
    attachments: str = "附件（照片、扫描件）：{count} 个"
    clerk: str = "经办人（签字）"
    seal: str = "单位（盖章）"
    date: str = "日期"
    type_labels: dict[str, str] = field(default_factory=lambda: dict(RECORD_TYPE_LABELS_ZH))
