"""Sentences for the district workspace's error and outcome codes, merged into core.messages."""

from __future__ import annotations

ZH_CN: dict[str, tuple[str, ...]] = {
    # Refusals.
    "district_only": (
        "该功能只能在区（县）民政局使用，本机是乡镇孵化基地（{site}）",
        "该功能只能在区（县）民政局使用",
    ),
    "township_only": (
        "该功能只能在乡镇孵化基地使用，本机是区（县）民政局（{site}）",
        "该功能只能在乡镇孵化基地使用",
    ),
    "unknown_township": (
        "本区没有行政区划代码为 {site} 的乡镇，或尚未收到它的同步包",
        "本区没有这个乡镇，或尚未收到它的同步包",
    ),
    "month_not_over": ("{month} 尚未结束，月份结束后才能审核", "该月份尚未结束，月份结束后才能审核"),
    "month_already_approved": ("{site} 的 {month} 已经审核通过，无需重复审核", "该月份已经审核通过，无需重复审核"),
    "month_not_approved": (
        "{site} 的 {month} 目前不在审核锁定状态（尚未审核，或已重新开放）",
        "该月份目前不在审核锁定状态（尚未审核，或已重新开放）",
    ),
    "month_approved": (
        "{month} 的工作记录已经区民政局审核通过，不能再新增、修改或删除；如需更正，请先申请重新开放该月份",
        "该月份的工作记录已经区民政局审核通过，不能再新增、修改或删除；如需更正，请先申请重新开放该月份",
    ),
    "reopen_already_requested": (
        "已经申请重新开放 {month}，请等待区民政局答复",
        "已经申请重新开放该月份，请等待区民政局答复",
    ),
    "reopen_not_requested": (
        "{site} 没有待处理的 {month} 重新开放申请",
        "没有待处理的重新开放申请",
    ),
    "criteria_weights_sum": ("各评估项目的分值之和应为 100，现在是 {total}", "各评估项目的分值之和应为 100"),
    "unknown_criterion": ("没有“{value}”这个评估项目", "没有这个评估项目"),
    "not_a_number": ("“{value}”不是数字，请填写数字", "请填写数字"),
    "score_argument_invalid": (
        "评分应写成“项目代码=得分”，例如 incubation=18，现在是“{value}”",
        "评分应写成“项目代码=得分”，例如 incubation=18",
    ),
    "period_options_conflict": ("--year 不能与 --from、--to 同时使用",),
    # Outcomes.
    "district_overview_period": (
        "统计期：{start} 至 {end}，共 {count} 个乡镇（街道）",
        "统计期：{start} 至 {end}",
        "各乡镇（街道）情况",
    ),
    "district_overview_line": (
        "{name}（{code}）：达标 {green}，接近 {amber}，未达标 {red}；社区覆盖率 {coverage}%（目标 {goal}%）；"
        "最近同步包：{last}",
        "{name}（{code}）",
        "乡镇（街道）情况",
    ),
    "district_last_bundle": ("{date} 第 {sequence} 号", "已收到"),
    "district_no_bundle": ("尚未收到",),
    "district_gap": ("缺少第 {missing} 号同步包（下一个同步包会补齐内容）", "同步包编号不连续"),
    "district_no_findings": ("{year} 年度未发现跨乡镇问题", "未发现跨乡镇问题"),
    "finding_org_in_two_townships": (
        "{names} 在 {sites} 重复登记（{match}相同：{value}）",
        "{names} 在 {sites} 重复登记（{match}相同）",
        "同一组织在两个以上乡镇登记",
    ),
    "finding_person_paid_twice": (
        "{name} 同时在 {projects} 任职或领取报酬（{sites}）",
        "同一人员在两个以上资助项目任职或领取报酬",
    ),
    "finding_org_over_win_limit": (
        "{name}（{sites}）{year} 年获奖项目 {wins} 个，超过每年最多 {limit} 个的规定",
        "同一组织年度获奖项目超过规定数量",
    ),
    "finding_budget_cap_crossed": (
        "{project}（{sites}）{kind}已支出 {spent_yuan} 元，超过上限 {cap_yuan} 元（超出 {over_yuan} 元）",
        "资助项目支出超过预算上限",
    ),
    "match_credit_code": ("统一社会信用代码",),
    "match_filing_number": ("备案编号",),
    "match_leader_id_number": ("负责人身份证号",),
    "match_id_number": ("身份证号",),
    "match_record": ("同一人员记录",),
    "month_approval_saved": (
        "已审核通过 {site} 的 {month}；下次发往该乡镇的同步包会带上审核结果",
        "已审核通过；下次发往该乡镇的同步包会带上审核结果",
    ),
    "reopen_request_saved": (
        "已申请重新开放 {month}；请把同步包交给区民政局",
        "已申请重新开放；请把同步包交给区民政局",
    ),
    "reopen_granted_saved": (
        "已同意重新开放 {site} 的 {month}；下次发往该乡镇的同步包会带上答复",
        "已同意重新开放；下次发往该乡镇的同步包会带上答复",
    ),
    "reopen_refused_saved": (
        "已不同意重新开放 {site} 的 {month}；下次发往该乡镇的同步包会带上答复",
        "已不同意重新开放；下次发往该乡镇的同步包会带上答复",
    ),
    "month_state_line": ("{site} {month}：{approver} 于 {approved_on} 审核通过{state}", "已审核的月份"),
    "month_state_reopened": ("（已重新开放）",),
    "reopen_line": ("{site} {month}：申请重新开放，状态：{status}", "重新开放申请"),
    "reopen_status_requested": ("待答复",),
    "reopen_status_granted": ("已同意",),
    "reopen_status_refused": ("不同意",),
    "evaluation_saved": (
        "已保存 {site} {year} 年度评估：总分 {total}，等级 {grade}",
        "已保存年度评估",
    ),
    "city_workbook_written": (
        "已导出 {path}（{townships} 个乡镇，{sheets} 张工作表）",
        "已导出市局汇总表",
    ),
}
EN: dict[str, tuple[str, ...]] = {
    "district_only": (
        "Only a district bureau can do this; this PC is the township base {site}.",
        "Only a district bureau can do this.",
    ),
    "township_only": (
        "Only a township base can do this; this PC is the district bureau {site}.",
        "Only a township base can do this.",
    ),
    "unknown_township": (
        "No township with division code {site} in this district, or no bundle received from it yet.",
        "No such township in this district, or no bundle received from it yet.",
    ),
    "month_not_over": ("{month} is not over yet; approve it once it has ended.", "That month is not over yet."),
    "month_already_approved": ("{month} of {site} is already approved.", "That month is already approved."),
    "month_not_approved": (
        "{month} of {site} is not locked (not approved, or re-opened).",
        "That month is not locked (not approved, or re-opened).",
    ),
    "month_approved": (
        "The district approved {month}: its records cannot be added, changed or deleted; ask to re-open the month.",
        "The district approved that month: its records cannot be added, changed or deleted; ask to re-open it.",
    ),
    "reopen_already_requested": (
        "Re-opening {month} was already requested; wait for the district's answer.",
        "Re-opening that month was already requested; wait for the district's answer.",
    ),
    "reopen_not_requested": (
        "{site} has no pending request to re-open {month}.",
        "There is no pending request to re-open that month.",
    ),
    "criteria_weights_sum": ("The criteria's points must add up to 100, not {total}.", "Points must add up to 100."),
    "unknown_criterion": ("There is no criterion “{value}”.", "There is no such criterion."),
    "not_a_number": ("“{value}” is not a number.", "Please enter a number."),
    "score_argument_invalid": (
        "Write a score as criterion=points, e.g. incubation=18, not “{value}”.",
        "Write a score as criterion=points, e.g. incubation=18.",
    ),
    "period_options_conflict": ("--year cannot be combined with --from or --to.",),
    "district_overview_period": (
        "Period: {start} to {end}, {count} townships",
        "Period: {start} to {end}",
        "Townships",
    ),
    "district_overview_line": (
        "{name} ({code}): met {green}, close {amber}, not met {red}; community coverage {coverage}% (goal {goal}%); "
        "last bundle: {last}",
        "{name} ({code})",
        "Township",
    ),
    "district_last_bundle": ("{date} no. {sequence}", "received"),
    "district_no_bundle": ("none yet",),
    "district_gap": ("bundle no. {missing} missing (the next bundle repairs it)", "bundle numbers have a gap"),
    "district_no_findings": ("No cross-township problems found for {year}.", "No cross-township problems found."),
    "finding_org_in_two_townships": (
        "{names} registered in {sites} (same {match}: {value})",
        "{names} registered in {sites} (same {match})",
        "One organization is registered in two or more townships.",
    ),
    "finding_person_paid_twice": (
        "{name} works for or is paid by {projects} ({sites})",
        "One person works for or is paid by two or more funded projects.",
    ),
    "finding_org_over_win_limit": (
        "{name} ({sites}) won {wins} projects in {year}; the limit is {limit}",
        "An organization won more projects in a year than allowed.",
    ),
    "finding_budget_cap_crossed": (
        "{project} ({sites}): {kind} spent {spent_yuan} yuan, over the cap of {cap_yuan} yuan by {over_yuan} yuan",
        "A funded project spent over a budget cap.",
    ),
    "match_credit_code": ("unified social credit code",),
    "match_filing_number": ("filing number",),
    "match_leader_id_number": ("leader's ID number",),
    "match_id_number": ("ID number",),
    "match_record": ("person record",),
    "month_approval_saved": (
        "Approved {month} of {site}; the next bundle to that township carries the approval.",
        "Approved; the next bundle to that township carries the approval.",
    ),
    "reopen_request_saved": (
        "Asked to re-open {month}; take the bundle to the district.",
        "Asked to re-open the month; take the bundle to the district.",
    ),
    "reopen_granted_saved": (
        "Re-opened {month} of {site}; the next bundle to that township carries the answer.",
        "Re-opened; the next bundle to that township carries the answer.",
    ),
    "reopen_refused_saved": (
        "Refused to re-open {month} of {site}; the next bundle to that township carries the answer.",
        "Refused; the next bundle to that township carries the answer.",
    ),
    "month_state_line": ("{site} {month}: approved by {approver} on {approved_on}{state}", "Approved month"),
    "month_state_reopened": (" (re-opened)",),
    "reopen_line": ("{site} {month}: re-open requested, status: {status}", "Re-open request"),
    "reopen_status_requested": ("awaiting answer",),
    "reopen_status_granted": ("granted",),
    "reopen_status_refused": ("refused",),
    "evaluation_saved": (
        "Saved the {year} evaluation of {site}: total {total}, grade {grade}",
        "Saved the annual evaluation.",
    ),
    "city_workbook_written": (
        "Exported {path} ({townships} townships, {sheets} sheets)",
        "Exported the city bureau workbook.",
    ),
}

#: Uyghur for what the district page shows in sentences from here: its cross-township findings.
UG: dict[str, tuple[str, ...]] = {
    "finding_org_in_two_townships": (
        "{names}: بىر نەچچە يېزا-بازاردا تىزىملىتىلغان ({sites})؛ ئوخشاش {match}: {value}",
        "{names}: بىر نەچچە يېزا-بازاردا تىزىملىتىلغان ({sites})؛ ئوخشاش {match}",
        "بىر تەشكىلات ئىككى ياكى ئۇنىڭدىن ئارتۇق يېزا-بازاردا تىزىملىتىلغان.",
    ),
    "finding_person_paid_twice": (
        "{name} بىر نەچچە تۈردە ئىشلەيدۇ ياكى ھەق ئالىدۇ: {projects} ({sites})",
        "بىر كىشى ئىككى ياكى ئۇنىڭدىن ئارتۇق ياردەم پۇلى بېرىلگەن تۈردە ئىشلەيدۇ ياكى ھەق ئالىدۇ.",
    ),
    "finding_org_over_win_limit": (
        "{name} ({sites}) {year}-يىلى {wins} تۈر بىلەن مۇكاپاتلانغان؛ چېكى {limit}",
        "بىر تەشكىلات بىر يىلدا رۇخسەت قىلىنغاندىن كۆپ تۈر بىلەن مۇكاپاتلانغان.",
    ),
    "finding_budget_cap_crossed": (
        "{project} ({sites}): {kind} {spent_yuan} يۈەن چىقىم قىلىندى، "
        "يۇقىرى چەك {cap_yuan} يۈەندىن {over_yuan} يۈەن ئېشىپ كەتتى",
        "ياردەم پۇلى بېرىلگەن بىر تۈرنىڭ چىقىمى خامچوتنىڭ يۇقىرى چېكىدىن ئېشىپ كەتتى.",
    ),
    "match_credit_code": ("بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودى",),
    "match_filing_number": ("ئەنگە ئالدۇرۇش نومۇرى",),
    "match_leader_id_number": ("مەسئۇلنىڭ كىملىك نومۇرى",),
    "match_id_number": ("كىملىك نومۇرى",),
    "match_record": ("خادىم خاتىرىسى",),
}
