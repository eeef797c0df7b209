"""Plain-language sentences for core error codes, for the command line (the Qt UI translates its own)."""

from __future__ import annotations

import string
from collections.abc import Mapping, Set
from typing import Any

from incubator_desktop.core import backup_messages, storage_messages
from incubator_desktop.core.district import messages as district_messages
from incubator_desktop.core.errors import FieldError
from incubator_desktop.core.exchange import messages as exchange_messages
from incubator_desktop.core.indicators import messages as indicators_messages
from incubator_desktop.core.reports import messages as reports_messages
from incubator_desktop.core.sync import messages as sync_messages

DEFAULT_LANGUAGE = "zh_CN"

# Each code maps to templates, richest first; `describe` takes the first whose placeholders the
# params can fill, and the last never has placeholders, so a sentence never shows a raw gap.
_ZH_CN: dict[str, tuple[str, ...]] = {
    # Field checks.
    "required": ("此项为必填项，请填写",),
    "too_long": ("内容太长，最多只能填写 {max} 个字", "内容太长，请删减后重新输入"),
    "unknown_choice": (
        "“{value}”不是可选的值，请从以下选项中选择一项：{allowed}",
        "请从以下选项中选择一项：{allowed}",
        "所填内容不在可选范围内，请重新选择",
    ),
    "negative": ("不能填写负数，请填写 0 或更大的数",),
    "out_of_range": (
        "数值应在 {low} 到 {high} 之间，请核对后重新输入",
        "数值超出允许的范围，请核对后重新输入",
    ),
    "weights_sum": (
        "三项权重（专家评审、认捐、大众投票）之和应为 100，现在是 {total}",
        "三项权重（专家评审、认捐、大众投票）之和应为 100",
    ),
    "date_invalid": (
        "“{value}”不是有效的日期，请按 2023-05-01 的格式填写",
        "日期格式不正确，请按 2023-05-01 的格式填写",
    ),
    "bad_date": ("日期格式不正确，请按 2023-05-01 的格式填写",),
    "date_in_future": ("日期不能晚于今天，请核对后重新输入",),
    "date_order": ("结束日期不能早于开始日期，请核对后重新输入",),
    "phone_invalid": ("电话号码格式不正确，请填写 11 位手机号码，或带区号的座机号码（如 0998-1234567）",),
    "credit_code_length": (
        "统一社会信用代码应为 18 位，现在填写了 {length} 位，请核对后重新输入",
        "统一社会信用代码应为 18 位，请核对后重新输入",
    ),
    "credit_code_chars": (
        "统一社会信用代码中不能出现“{char}”，只能使用数字和大写字母（不含 I、O、Z、S、V）",
        "统一社会信用代码只能使用数字和大写字母（不含 I、O、Z、S、V）",
    ),
    "credit_code_checksum": (
        "统一社会信用代码校验位不正确，请核对后重新输入（最后一位应为 {expected}）",
        "统一社会信用代码校验位不正确，请核对后重新输入",
    ),
    "id_number_length": (
        "身份证号码应为 18 位，现在填写了 {length} 位，请核对后重新输入",
        "身份证号码应为 18 位，请核对后重新输入",
    ),
    "id_number_chars": (
        "身份证号码中不能出现“{char}”，前 17 位应为数字，最后一位为数字或 X",
        "身份证号码前 17 位应为数字，最后一位为数字或 X",
    ),
    "id_number_region": (
        "身份证号码开头的地区代码“{region}”不存在，请核对后重新输入",
        "身份证号码开头的地区代码不存在，请核对后重新输入",
    ),
    "id_number_birthdate": (
        "身份证号码中的出生日期“{birthdate}”不正确，请核对后重新输入",
        "身份证号码中的出生日期不正确，请核对后重新输入",
    ),
    "id_number_checksum": (
        "身份证号码校验位不正确，请核对后重新输入（应为 {expected}）",
        "身份证号码校验位不正确，请核对后重新输入",
    ),
    "division_code_invalid": ("行政区划代码不正确，应为 6 位（县级）、9 位（乡镇级）或 12 位数字",),
    "duplicate": (
        "已经有相同的{what}，请不要重复录入",
        "已经有相同的记录（{value}），请不要重复录入",
        "该记录已经存在，请不要重复录入",
    ),
    "unknown_field": ("没有这一项，无法保存",),
    # Records and requests.
    "not_found": ("找不到“{what}”，请核对后重新输入", "找不到该记录，可能已被删除"),
    "unknown_kind": ("没有“{kind}”这类记录", "没有这类记录"),
    "not_owner": ("该记录由其他站点（{owner}）录入，本机不能修改", "该记录由其他站点录入，本机不能修改"),
    "validation_failed": ("填写的内容有误，未保存任何内容，请按提示修改后重试",),
    "input_rejected": ("当前无法办理该操作，请核对后重试",),
    # Database and site.
    "database_refused": ("无法打开数据库，数据库文件未做任何改动",),
    "db_removable": ("数据库不能放在U盘或存储卡等可移动存储设备上，请选择本机硬盘上的文件夹",),
    "db_network": ("数据库不能放在网络共享文件夹上，请选择本机硬盘上的文件夹",),
    "db_too_new": (
        "该数据库由更新版本的程序创建（版本 {found}），请先升级本程序；数据库文件未做任何改动",
        "该数据库由更新版本的程序创建，请先升级本程序；数据库文件未做任何改动",
    ),
    "db_unreadable": (
        "无法读取数据库文件，它可能已损坏或不是本程序的数据库；文件未做任何改动（{detail}）",
        "无法读取数据库文件，它可能已损坏或不是本程序的数据库；文件未做任何改动",
    ),
    "backup_failed": (
        "修改数据前的备份未能完成或未通过检查，操作已停止；数据库未做任何改动（{detail}）。请检查磁盘空间后重试",
        "修改数据前的备份未能完成或未通过检查，操作已停止；数据库未做任何改动。请检查磁盘空间后重试",
    ),
    "db_foreign_keys_broken": (
        "数据库升级后发现 {count} 处关联数据不一致，请暂停使用并联系技术支持",
        "数据库升级后发现关联数据不一致，请暂停使用并联系技术支持",
    ),
    "site_not_initialized": ("本机尚未完成初始设置，请先运行 incubator init",),
    "site_already_initialized": ("本机已经完成初始设置，无需再次设置",),
    "error": ("操作未能完成，请稍后重试",),
    # Outcomes and notices of the command line.
    "unexpected": ("出现了意外错误，操作未完成：{detail}", "出现了意外错误，操作未完成"),
    "site_initialized": (
        "已完成初始设置：{name}（{code}），数据库：{database}",
        "已完成初始设置",
    ),
    "demo_filled": (
        "已为 {site_name} 生成演示数据：{organizations} 个社会组织、{activities} 场活动、{trainings} 次培训",
        "已生成演示数据",
    ),
    "demo_not_empty": ("本站点已有社会组织记录，演示数据只能生成到空白站点，以免与真实数据混在一起",),
    "org_count": ("共 {count} 个社会组织", "社会组织列表"),
    # Contests, grants and budgets.
    "not_a_winner": (
        "只有获奖项目才能安排资助款分期拨付（该项目结果为“{result}”）",
        "只有获奖项目才能安排资助款分期拨付",
    ),
    "tranches_exist": ("该项目的分期拨付计划已经建立，无需重复建立",),
    "grant_not_positive": ("资助金额必须大于 0",),
    "condition_not_met": (
        "这一期的拨付条件（{condition}）尚未达成，暂不能拨付",
        "这一期的拨付条件尚未达成，暂不能拨付",
    ),
    "earlier_tranche_unpaid": ("请先拨付第 {sequence} 期款项", "请先拨付前面各期款项"),
    "already_paid": ("这一期已于 {paid_on} 拨付，不能重复拨付", "这一期已经拨付，不能重复拨付"),
    "paid_before_condition": ("拨付日期不能早于条件达成日期（{condition_met_on}）", "拨付日期不能早于条件达成日期"),
    "duplicate_budget_kind": ("预算中“{kind}”一项重复了，每类支出只能有一行", "预算中有重复的支出类别"),
    "org_over_win_limit": (
        "该组织 {year} 年已有 {other_wins} 个获奖项目，同一组织一年最多承接 {limit} 个项目",
        "该组织本年度获奖项目已达上限",
    ),
    "beneficiaries_below_minimum": (
        "直接受益人数 {beneficiaries} 人，少于要求的 {minimum} 人",
        "直接受益人数少于要求",
    ),
    "missing_scores": ("只有 {judges} 位评委打分，评审组共 {panel} 位", "还有评委没有打分"),
    "no_scores": ("还没有评委打分",),
    "cap_crossed": ("已超出上限：支出 {spent_fen} 分，上限 {cap_fen} 分，超出 {over_fen} 分", "已超出预算上限"),
    "cap_near": ("接近上限：支出 {spent_fen} 分，上限 {cap_fen} 分，仅剩 {left_fen} 分", "接近预算上限"),
    "floor_not_reached": (
        "尚未达到最低要求：已支出 {spent_fen} 分，至少应为 {floor_fen} 分，还差 {missing_fen} 分",
        "服务性支出尚未达到最低要求",
    ),
    "planned_over_total": ("各项预算合计 {planned_fen} 分，超过项目总额 {total_fen} 分", "各项预算合计超过项目总额"),
    "planned_over_cap": ("该项预算 {planned_fen} 分超过上限 {cap_fen} 分", "该项预算超过上限"),
    "planned_below_floor": ("该项预算 {planned_fen} 分低于最低要求 {floor_fen} 分", "该项预算低于最低要求"),
    "too_few_staff": ("专职工作人员只有 {count} 名，至少需要 {minimum} 名", "专职工作人员人数不足"),
    "no_certified_staff": (
        "至少需要 1 名持社会工作者职业资格证书、从业 {minimum_years} 年以上的专职人员",
        "缺少持证且有从业经验的专职人员",
    ),
    "staff_on_other_project": ("{name} 同时在其他项目任专职人员", "有专职人员同时在其他项目任职"),
    "attachment_hash_invalid": ("附件编号无效，无法找到对应的文件",),
    "attachment_changed_while_copying": (
        "复制附件时文件被改动了，请关闭正在编辑它的程序后重试：{path}",
        "复制附件时文件被改动了，请关闭正在编辑它的程序后重试",
    ),
    "site_not_demo": ("本站点不是练习站点，不能清除数据；练习数据只能从练习站点中清除",),
    "target_not_empty": ("目标数据库中已有数据，为避免混在一起，只能迁移到空的数据库",),
    "transfer_mismatch": (
        "迁移后核对不一致：{table} 表应有 {expected} 行，实际 {found} 行；目标数据库未保存任何数据",
        "迁移后核对不一致，目标数据库未保存任何数据",
    ),
    "transfer_done": ("迁移完成：{tables} 张表共 {rows} 行，逐表核对行数和校验和一致", "迁移完成，核对一致"),
}

_EN: dict[str, tuple[str, ...]] = {
    "required": ("This field is required.",),
    "too_long": ("Too long: at most {max} characters.", "Too long; please shorten it."),
    "unknown_choice": (
        "“{value}” is not one of the choices; choose one of: {allowed}.",
        "Please choose one of: {allowed}.",
        "Not one of the allowed choices; please choose again.",
    ),
    "negative": ("Must not be negative; enter 0 or more.",),
    "out_of_range": ("Must be between {low} and {high}.", "Out of the allowed range."),
    "weights_sum": (
        "The three weights (experts, pledges, public vote) must add up to 100; they add up to {total}.",
        "The three weights (experts, pledges, public vote) must add up to 100.",
    ),
    "date_invalid": (
        "“{value}” is not a valid date; write it as 2023-05-01.",
        "Not a valid date; write it as 2023-05-01.",
    ),
    "bad_date": ("Not a valid date; write it as 2023-05-01.",),
    "date_in_future": ("The date must not be later than today.",),
    "date_order": ("The end date must not be earlier than the start date.",),
    "phone_invalid": (
        "Not a valid phone number: enter an 11-digit mobile number or a landline with its area code "
        "(e.g. 0998-1234567).",
    ),
    "credit_code_length": (
        "A unified social credit code has 18 characters; this one has {length}.",
        "A unified social credit code has 18 characters.",
    ),
    "credit_code_chars": (
        "A unified social credit code cannot contain “{char}”; use digits and capital letters except I, O, Z, S and V.",
        "A unified social credit code uses only digits and capital letters except I, O, Z, S and V.",
    ),
    "credit_code_checksum": (
        "The check character of the unified social credit code is wrong (the last character should be {expected}).",
        "The check character of the unified social credit code is wrong.",
    ),
    "id_number_length": (
        "A resident ID number has 18 characters; this one has {length}.",
        "A resident ID number has 18 characters.",
    ),
    "id_number_chars": (
        "A resident ID number cannot contain “{char}”: 17 digits, then a digit or X.",
        "A resident ID number is 17 digits, then a digit or X.",
    ),
    "id_number_region": (
        "The region code “{region}” at the start of the ID number does not exist.",
        "The region code at the start of the ID number does not exist.",
    ),
    "id_number_birthdate": (
        "The birth date “{birthdate}” in the ID number is not valid.",
        "The birth date in the ID number is not valid.",
    ),
    "id_number_checksum": (
        "The check character of the ID number is wrong (it should be {expected}).",
        "The check character of the ID number is wrong.",
    ),
    "division_code_invalid": ("Not a valid administrative division code: 6 (county), 9 (township) or 12 digits.",),
    "duplicate": (
        "This {what} already exists; do not enter it twice.",
        "A record with {value} already exists; do not enter it twice.",
        "This record already exists; do not enter it twice.",
    ),
    "unknown_field": ("There is no such field; nothing was saved.",),
    "not_found": (
        "“{what}” was not found; check and try again.",
        "The record was not found; it may have been deleted.",
    ),
    "unknown_kind": ("There is no kind of record called “{kind}”.", "There is no such kind of record."),
    "not_owner": (
        "This record was entered by another site ({owner}) and cannot be changed here.",
        "This record was entered by another site and cannot be changed here.",
    ),
    "validation_failed": ("Some entries are wrong; nothing was saved. Correct them and try again.",),
    "input_rejected": ("This cannot be done right now; check and try again.",),
    "database_refused": ("The database cannot be opened; the database file was not changed.",),
    "db_removable": (
        "The database cannot be kept on removable storage such as a USB stick or SD card; "
        "choose a folder on the local disk.",
    ),
    "db_network": ("The database cannot be kept on a network share; choose a folder on the local disk.",),
    "db_too_new": (
        "This database was made by a newer version of the program (version {found}); upgrade the program "
        "first. The database file was not changed.",
        "This database was made by a newer version of the program; upgrade the program first. "
        "The database file was not changed.",
    ),
    "db_unreadable": (
        "The database file cannot be read; it may be damaged or not a database of this program. "
        "The file was not changed ({detail}).",
        "The database file cannot be read; it may be damaged or not a database of this program. "
        "The file was not changed.",
    ),
    "backup_failed": (
        "The backup made before changing data could not be made or failed its check, so nothing was done; "
        "the database was not changed ({detail}). Check the free disk space and try again.",
        "The backup made before changing data could not be made or failed its check, so nothing was done; "
        "the database was not changed. Check the free disk space and try again.",
    ),
    "db_foreign_keys_broken": (
        "After the upgrade, {count} links between records are inconsistent; stop using the database and "
        "contact support.",
        "After the upgrade, links between records are inconsistent; stop using the database and contact support.",
    ),
    "site_not_initialized": ("This computer has not been set up yet; run `incubator init` first.",),
    "site_already_initialized": ("This computer has already been set up; there is nothing to do.",),
    "error": ("The operation could not be completed; please try again later.",),
    "unexpected": (
        "Unexpected error; nothing was completed: {detail}",
        "Unexpected error; nothing was completed.",
    ),
    "site_initialized": ("Set up as {name} ({code}); database: {database}", "Set up."),
    "demo_filled": (
        "Demo data for {site_name}: {organizations} organizations, {activities} activities, {trainings} trainings.",
        "Demo data created.",
    ),
    "demo_not_empty": (
        "This site already has organizations; demo data only goes into an empty site so it never mixes "
        "with real records.",
    ),
    "org_count": ("{count} organization(s)", "Organizations"),
    "not_a_winner": (
        "Only winning entries get grant tranches (this entry is “{result}”).",
        "Only winning entries get grant tranches.",
    ),
    "tranches_exist": ("The tranches for this entry already exist.",),
    "grant_not_positive": ("The grant must be more than 0.",),
    "condition_not_met": (
        "This tranche's condition ({condition}) is not met yet.",
        "This tranche's condition is not met yet.",
    ),
    "earlier_tranche_unpaid": ("Pay tranche {sequence} first.", "Pay the earlier tranches first."),
    "already_paid": ("This tranche was paid on {paid_on}.", "This tranche is already paid."),
    "paid_before_condition": (
        "The payment date cannot be before the condition was met ({condition_met_on}).",
        "The payment date cannot be before the condition was met.",
    ),
    "duplicate_budget_kind": (
        "The budget has “{kind}” twice; one line per kind.",
        "The budget repeats a kind of spending.",
    ),
    "org_over_win_limit": (
        "This organization already has {other_wins} winning projects in {year}; the limit is {limit}.",
        "This organization has reached its yearly limit of winning projects.",
    ),
    "beneficiaries_below_minimum": (
        "{beneficiaries} direct beneficiaries, fewer than the required {minimum}.",
        "Fewer direct beneficiaries than required.",
    ),
    "missing_scores": ("Only {judges} of {panel} judges have scored.", "Some judges have not scored yet."),
    "no_scores": ("No judge has scored yet.",),
    "cap_crossed": ("Over the cap: spent {spent_fen} fen of {cap_fen}, {over_fen} over.", "Over the budget cap."),
    "cap_near": ("Near the cap: spent {spent_fen} fen of {cap_fen}, {left_fen} left.", "Near the budget cap."),
    "floor_not_reached": (
        "Below the minimum: spent {spent_fen} fen, at least {floor_fen} needed, {missing_fen} to go.",
        "Service spending is below the minimum.",
    ),
    "planned_over_total": (
        "Budget lines total {planned_fen} fen, more than the project's {total_fen}.",
        "Budget lines exceed the project total.",
    ),
    "planned_over_cap": ("Planned {planned_fen} fen is over the cap of {cap_fen}.", "Planned amount is over the cap."),
    "planned_below_floor": (
        "Planned {planned_fen} fen is below the minimum of {floor_fen}.",
        "Planned amount is below the minimum.",
    ),
    "too_few_staff": ("Only {count} full-time staff; at least {minimum} are needed.", "Too few full-time staff."),
    "no_certified_staff": (
        "At least one full-time certified social worker with {minimum_years}+ years of practice is needed.",
        "No certified, experienced full-time staff.",
    ),
    "staff_on_other_project": (
        "{name} is also full-time staff on another project.",
        "A staff member also works on another project.",
    ),
    "attachment_hash_invalid": ("Invalid attachment reference; no such file.",),
    "attachment_changed_while_copying": (
        "The file changed while it was being copied; close the program editing it and try again: {path}",
        "The file changed while it was being copied; close the program editing it and try again.",
    ),
    "site_not_demo": ("This is not a practice site; only practice data can be cleared.",),
    "target_not_empty": ("The target database already holds data; migrate only into an empty database.",),
    "transfer_mismatch": (
        "Verification failed: table {table} should have {expected} rows but has {found}; nothing was kept.",
        "Verification failed; nothing was kept.",
    ),
    "transfer_done": (
        "Done: {rows} rows in {tables} tables, counts and checksums verified table by table.",
        "Done; verified.",
    ),
}

#: Sentence templates per language and code, richest first; `{name}` is filled from the params.
# Each capability keeps its own sentences beside its code; they are merged here, once.
for _capability in (
    backup_messages,
    district_messages,
    exchange_messages,
    indicators_messages,
    reports_messages,
    storage_messages,
    sync_messages,
):
    _ZH_CN.update(_capability.ZH_CN)
    _EN.update(_capability.EN)

MESSAGES: dict[str, dict[str, tuple[str, ...]]] = {"zh_CN": _ZH_CN, "en": _EN}
#: Languages with only some sentences of their own (Uyghur: the district's findings); other codes read English.
PARTIAL_MESSAGES: dict[str, dict[str, tuple[str, ...]]] = {"ug": dict(district_messages.UG)}

#: Every code this module can describe; validators must only return codes from this tuple.
ALL_CODES: tuple[str, ...] = tuple(_ZH_CN)

_UNKNOWN_CODE: dict[str, str] = {
    "zh_CN": "出现了未知问题（代码：{code}），请联系技术支持",
    "en": "Unexpected problem (code: {code}); please contact support.",
}

#: Captions for the fields that errors name most often.
FIELD_LABELS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "name": "名称",
        "category": "类别",
        "stage": "培育阶段",
        "community": "所在社区",
        "leader_name": "负责人姓名",
        "leader_phone": "负责人电话",
        "leader_id_number": "负责人身份证号",
        "phone": "联系电话",
        "id_number": "身份证号",
        "credit_code": "统一社会信用代码",
        "founded_on": "成立日期",
        "filed_on": "备案日期",
        "filing_number": "备案编号",
        "registered_on": "登记日期",
        "members": "成员人数",
        "title": "标题",
        "date": "日期",
        "held_on": "举办日期",
        "hours": "时长（小时）",
        "beneficiaries": "受益人次",
        "value_yuan": "金额（元）",
        "site_code": "行政区划代码",
        "code": "行政区划代码",
        "parent_code": "上级行政区划代码",
        "start": "开始日期",
        "end": "结束日期",
    },
    "en": {
        "name": "Name",
        "category": "Category",
        "stage": "Stage",
        "community": "Community",
        "leader_name": "Leader",
        "leader_phone": "Leader's phone",
        "leader_id_number": "Leader's ID number",
        "phone": "Phone",
        "id_number": "ID number",
        "credit_code": "Unified social credit code",
        "founded_on": "Founded on",
        "filed_on": "Filed on",
        "filing_number": "Filing number",
        "registered_on": "Registered on",
        "members": "Members",
        "title": "Title",
        "date": "Date",
        "held_on": "Held on",
        "hours": "Hours",
        "beneficiaries": "Beneficiaries",
        "value_yuan": "Value (yuan)",
        "site_code": "Division code",
        "code": "Division code",
        "parent_code": "Parent division code",
        "start": "Start date",
        "end": "End date",
    },
}

_LIST_SEPARATORS = {"zh_CN": "、", "en": ", ", "ug": "، "}
_LABEL_SEPARATORS = {"zh_CN": "：", "en": ": "}
_FORMATTER = string.Formatter()


def describe(code: str, params: Mapping[str, Any] | None = None, *, lang: str = DEFAULT_LANGUAGE) -> str:
    """Return the sentence for `code` in `lang`, as full as `params` allow; never raises for bad params."""
    base = lang.split("_", maxsplit=1)[0].lower()  # Qt says ug_CN
    templates: tuple[str, ...] | None
    if code in PARTIAL_MESSAGES.get(base, {}):
        language, templates = base, PARTIAL_MESSAGES[base][code]
    else:
        language = _pick_language(lang)
        templates = MESSAGES[language].get(code)
    if templates is None:
        return _UNKNOWN_CODE[language].format(code=code)
    values = {key: _show(value, language) for key, value in (params or {}).items()}
    for template in templates:
        if placeholders(template) <= values.keys():
            return template.format_map(values)
    return templates[-1]


def describe_field_error(error: FieldError, *, lang: str = DEFAULT_LANGUAGE) -> str:
    """Return "label：sentence" for one field error, e.g. "身份证号：身份证号码校验位不正确…"."""
    language = _pick_language(lang)
    label = FIELD_LABELS[language].get(error.field, error.field)
    return label + _LABEL_SEPARATORS[language] + describe(error.code, error.params, lang=language)


def placeholders(template: str) -> set[str]:
    """Names of the `{placeholders}` in a template."""
    return {name for _, name, _, _ in _FORMATTER.parse(template) if name is not None}


def _pick_language(lang: str) -> str:
    if lang in MESSAGES:
        return lang
    # zh, zh_TW, zh-Hans and friends read simplified Chinese better than English.
    return DEFAULT_LANGUAGE if lang.lower().startswith("zh") else "en"


def _show(value: Any, language: str) -> str:
    if isinstance(value, list | tuple | Set):
        # Sets have no order of their own; sorting keeps the sentence stable between runs.
        items = sorted(value, key=str) if isinstance(value, Set) else value
        return _LIST_SEPARATORS[language].join(str(item) for item in items)
    return str(value)
