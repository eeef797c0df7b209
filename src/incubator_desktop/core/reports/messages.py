"""Sentences for this capability's error and outcome codes, merged into core.messages."""

from __future__ import annotations

ZH_CN: dict[str, tuple[str, ...]] = {
    "printed": ("已生成 {path}", "已生成打印文件"),
    "notice_empty": ("所选期间没有可以公示的记录，请调整起止日期后重试",),
    "office_phone_personal": ("公示只能留办公电话（座机），不能留个人手机号码",),
    "unsafe_public_text": ("打印内容中仍有身份证号或电话号码，为保护个人信息已停止打印，请联系技术支持",),
    "month_invalid": ("“{value}”不是有效的月份，请按 2024-05 的格式填写", "月份格式不正确，请按 2024-05 的格式填写"),
    "month_empty": ("{month} 没有任何工作记录，无法生成月报", "该月没有任何工作记录，无法生成月报"),
    "contest_no_awards": ("该大赛还没有获奖或优秀创意项目，无法生成证书",),
    "nothing_to_print": ("没有可以打印的记录",),
}
EN: dict[str, tuple[str, ...]] = {
    "printed": ("Written to {path}", "The printout was written."),
    "notice_empty": ("Nothing in the chosen period can be put on a notice; change the dates and try again.",),
    "office_phone_personal": ("A notice may only show an office landline, never a personal mobile number.",),
    "unsafe_public_text": (
        "The printout still contained an ID or phone number, so nothing was printed; please contact support.",
    ),
    "month_invalid": ("“{value}” is not a month; write it like 2024-05.", "The month should be written like 2024-05."),
    "month_empty": (
        "There are no records for {month}, so there is no monthly report.",
        "There are no records for that month.",
    ),
    "contest_no_awards": ("The contest has no winners or idea awards yet, so there are no certificates.",),
    "nothing_to_print": ("There is nothing to print.",),
}
