"""Sentences for this capability's error and outcome codes, merged into core.messages."""

from __future__ import annotations

ZH_CN: dict[str, tuple[str, ...]] = {
    "unknown_indicator": ("没有“{indicator}”这项指标；可设置的指标：{allowed}", "没有这项指标"),
    "target_set": ("已设置 {indicator} 的目标为 {value}", "目标已设置"),
    "not_a_number": ("“{value}”不是数字，请填写数字", "请填写数字"),
    "indicators_period": ("统计期：{start} 至 {end}，目标：{targets}", "统计期：{start} 至 {end}", "统计期"),
    "indicators_default_targets": ("默认目标（《项目实施方案》绩效目标）",),
    "indicator_status_green": ("达标",),
    "indicator_status_amber": ("接近/进行中",),
    "indicator_status_red": ("未达标",),
    "indicator_status_info": ("参考",),
    "near_miss_one_activity_short": (
        "{name}：已备案，统计期内只开展了 {activities} 场活动，再开展 1 场即为有效培育",
        "已备案，再开展 1 场活动即为有效培育",
    ),
    "near_miss_not_filed": (
        "{name}：已开展 {activities} 场活动，完成备案后即为有效培育",
        "已开展 2 场以上活动，完成备案后即为有效培育",
    ),
}
EN: dict[str, tuple[str, ...]] = {
    "unknown_indicator": ("There is no indicator “{indicator}”; these can be set: {allowed}", "No such indicator."),
    "target_set": ("The target for {indicator} is now {value}", "Target set."),
    "not_a_number": ("“{value}” is not a number.", "Please enter a number."),
    "indicators_period": ("Period: {start} to {end}, targets: {targets}", "Period: {start} to {end}", "Period"),
    "indicators_default_targets": ("default targets (the project plan's performance targets)",),
    "indicator_status_green": ("met",),
    "indicator_status_amber": ("close / in progress",),
    "indicator_status_red": ("not met",),
    "indicator_status_info": ("for information",),
    "near_miss_one_activity_short": (
        "{name}: filed, {activities} activity in the period; one more makes it effective",
        "Filed; one more activity makes it effective.",
    ),
    "near_miss_not_filed": (
        "{name}: {activities} activities; filing with the township makes it effective",
        "Two or more activities; filing with the township makes it effective.",
    ),
}
