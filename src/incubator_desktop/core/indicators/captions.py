"""Labels, units and rules in words for every indicator, per language; the UI may pass its own translations."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IndicatorCaption:
    """What a person reads next to a number: its name, its unit and the rule that produced it."""

    label: str
    unit: str
    rule: str


Captions = dict[str, IndicatorCaption]

ZH_CN: Captions = {
    "new_orgs_effective": IndicatorCaption(
        "有效培育社区社会组织",
        "家",
        "在乡镇人民政府完成备案，且统计期内开展不少于 2 场社区服务活动的社区社会组织"
        "（已删除的不计；备案日期可早于统计期）。",
    ),
    "professional_activities": IndicatorCaption(
        "专业服务活动",
        "场",
        "统计期内孵化基地（承接机构）自身开展的个案、小组、社区活动场次，不含各社区社会组织自行开展的活动。",
    ),
    "beneficiaries": IndicatorCaption(
        "受益群众",
        "人",
        "专业服务活动的受益人数：登记了受益人名单的活动按人数计（同一人只计一次），未登记名单的活动按活动记录的人次计。",
    ),
    "contests": IndicatorCaption(
        "微公益大赛/公益创投大赛", "场", "统计期内举办（已填写举办日期）的微公益大赛或公益创投大赛场次。"
    ),
    "contest_orgs": IndicatorCaption(
        "参赛社区社会组织", "家", "统计期内举办的大赛中提交参赛项目的社区社会组织数（同一组织只计一次）。"
    ),
    "trainings": IndicatorCaption("人才培训", "场", "统计期内举办的社区志愿者、社区社会组织人才培训场次。"),
    "training_attendance": IndicatorCaption("培训人次", "人次", "统计期内各场培训的签到记录条数之和。"),
    "marriage_files": IndicatorCaption(
        "婚嫁新风宣传建档", "份", "统计期内新建的婚嫁新风“一对一”宣传档案份数（只统计数量，不显示个人信息）。"
    ),
    "counselling_files": IndicatorCaption(
        "婚姻家庭辅导建档", "份", "统计期内新建的婚姻家庭辅导档案份数（只统计数量，不显示个人信息）。"
    ),
    "resources_yuan": IndicatorCaption(
        "链接慈善资源", "元", "统计期内接收的现金、实物和服务折价之和，用于帮扶辖区困难群众。"
    ),
    "case_studies": IndicatorCaption("典型案例", "例", "统计期内撰写完成的辖区社区社会组织发挥作用典型案例数。"),
    "staff": IndicatorCaption("项目专职工作人员", "名", "与统计期重叠的资助项目配备的专职工作人员，不少于 2 名。"),
    "certified_staff": IndicatorCaption(
        "持证专职人员",
        "名",
        "专职工作人员中持有初级及以上社会工作师职业资格证书且从业 2 年以上的人数，不少于 1 名。",
    ),
    "budget_personnel_ratio": IndicatorCaption(
        "人力成本支出",
        "元",
        "统计期内项目人力成本支出，不得超过上限（预算行规定的上限；未规定时按 16 万元项目不超过 10 万元的比例折算）。",
    ),
    "budget_services_ratio": IndicatorCaption(
        "服务性支出",
        "元",
        "统计期内项目服务性支出，至少达到下限（预算行规定的下限；未规定时按 16 万元项目至少 4 万元的比例折算）。",
    ),
    "budget_other_ratio": IndicatorCaption(
        "评估及其他支出",
        "元",
        "统计期内评估等其他费用支出，不得超过上限（预算行规定的上限；未规定时按 16 万元项目不超过 2 万元的比例折算）。",
    ),
    "community_coverage": IndicatorCaption(
        "村（社区）覆盖率",
        "%",
        "至少有 1 家在孵或已孵化社区社会组织（入驻及以后阶段，不含退出）的村（社区）数 ÷ 全部村（社区）数。",
    ),
    "volunteer_hours": IndicatorCaption(
        "志愿服务时长", "小时", "统计期内全部服务活动（基地和各组织）登记的志愿服务时长之和，仅供参考。"
    ),
}

EN: Captions = {
    "new_orgs_effective": IndicatorCaption(
        "Organizations effectively incubated",
        "orgs",
        "Organizations filed with the township that held at least 2 community service activities in the period "
        "(deleted ones never count; the filing may predate the period).",
    ),
    "professional_activities": IndicatorCaption(
        "Professional activities",
        "sessions",
        "Casework, group and community activities run by the base itself in the period, not by the organizations.",
    ),
    "beneficiaries": IndicatorCaption(
        "Beneficiaries",
        "people",
        "People served by the professional activities: activities with a list of beneficiaries count people "
        "(each person once), the others count the attendances recorded on the activity.",
    ),
    "contests": IndicatorCaption(
        "Contests", "contests", "Micro-charity or venture contests held (with a date) in the period."
    ),
    "contest_orgs": IndicatorCaption(
        "Organizations in contests", "orgs", "Distinct organizations that entered a contest held in the period."
    ),
    "trainings": IndicatorCaption(
        "Trainings", "sessions", "Trainings for volunteers and organization members held in the period."
    ),
    "training_attendance": IndicatorCaption("Training attendance", "attendances", "Sign-in rows of those trainings."),
    "marriage_files": IndicatorCaption(
        "Marriage-custom files", "files", "Marriage-custom promotion files opened in the period (counts only)."
    ),
    "counselling_files": IndicatorCaption(
        "Family counselling files", "files", "Family counselling files opened in the period (counts only)."
    ),
    "resources_yuan": IndicatorCaption(
        "Linked charitable resources",
        "yuan",
        "Cash, in-kind gifts and services (at their value) received in the period.",
    ),
    "case_studies": IndicatorCaption("Case studies", "cases", "Typical cases written in the period."),
    "staff": IndicatorCaption(
        "Full-time project staff",
        "people",
        "Full-time staff of the funded projects overlapping the period; at least 2.",
    ),
    "certified_staff": IndicatorCaption(
        "Certified staff",
        "people",
        "Full-time staff holding a social-work certificate with at least 2 years of practice; at least 1.",
    ),
    "budget_personnel_ratio": IndicatorCaption(
        "Personnel spending",
        "yuan",
        "Personnel spending in the period, at most the cap "
        "(the budget line's, else 100 000 per 160 000 of the project).",
    ),
    "budget_services_ratio": IndicatorCaption(
        "Service spending",
        "yuan",
        "Service spending in the period, at least the floor (the budget line's, else 40 000 per 160 000).",
    ),
    "budget_other_ratio": IndicatorCaption(
        "Evaluation and other spending",
        "yuan",
        "Evaluation and other spending in the period, at most the cap (the budget line's, else 20 000 per 160 000).",
    ),
    "community_coverage": IndicatorCaption(
        "Community coverage",
        "%",
        "Communities with at least one organization entered or further (not exited) divided by all communities.",
    ),
    "volunteer_hours": IndicatorCaption(
        "Volunteer hours",
        "hours",
        "Volunteer hours of every activity in the period (base and organizations); for information.",
    ),
}

# Uyghur: numbers are written 100,000 (a space would split a number into two reversed runs in right-to-left text).
UG: Captions = {
    "new_orgs_effective": IndicatorCaption(
        "ئۈنۈملۈك يېتىشتۈرۈلگەن مەھەللە ئىجتىمائىي تەشكىلاتلىرى",
        "تەشكىلات",
        "يېزا-بازار خەلق ھۆكۈمىتىدە ئەنگە ئالدۇرۇلغان ھەمدە مەزگىل ئىچىدە كەم دېگەندە 2 قېتىم مەھەللە مۇلازىمەت "
        "پائالىيىتى ئۆتكۈزگەن مەھەللە ئىجتىمائىي تەشكىلاتلىرى (ئۆچۈرۈلگەنلىرى ھېسابلانمايدۇ؛ ئەنگە ئالدۇرۇلغان ۋاقتى "
        "مەزگىلدىن بۇرۇن بولسىمۇ بولىدۇ).",
    ),
    "professional_activities": IndicatorCaption(
        "كەسپىي مۇلازىمەت پائالىيەتلىرى",
        "قېتىم",
        "مەزگىل ئىچىدە يېتىشتۈرۈش بازىسى (ئۈستىگە ئالغۇچى ئورۇن) ئۆزى ئۆتكۈزگەن يەككە دېلو، گۇرۇپپا ۋە مەھەللە "
        "پائالىيەتلىرى؛ ئىجتىمائىي تەشكىلاتلار ئۆزى ئۆتكۈزگەن پائالىيەتلەر ھېسابلانمايدۇ.",
    ),
    "beneficiaries": IndicatorCaption(
        "نەپ ئالغان ئاممە",
        "كىشى",
        "كەسپىي مۇلازىمەت پائالىيەتلىرىدىن نەپ ئالغانلار: نەپ ئالغۇچىلار تىزىملىكى بار پائالىيەتلەر كىشى بويىچە "
        "(بىر كىشى بىرلا قېتىم) ھېسابلىنىدۇ، باشقىلىرى پائالىيەت خاتىرىسىدىكى قېتىم-ئادەم بويىچە ھېسابلىنىدۇ.",
    ),
    "contests": IndicatorCaption(
        "كىچىك خەيرىخاھلىق / ئاممىۋى پايدا مۇسابىقىلىرى",
        "قېتىم",
        "مەزگىل ئىچىدە ئۆتكۈزۈلگەن (ئۆتكۈزۈلگەن ۋاقتى تولدۇرۇلغان) كىچىك خەيرىخاھلىق ياكى ئاممىۋى پايدا مۇسابىقىلىرى.",
    ),
    "contest_orgs": IndicatorCaption(
        "مۇسابىقىگە قاتناشقان تەشكىلاتلار",
        "تەشكىلات",
        "مەزگىل ئىچىدە ئۆتكۈزۈلگەن مۇسابىقىلەرگە تۈر سۇنغان تەشكىلاتلار (بىر تەشكىلات بىرلا قېتىم ھېسابلىنىدۇ).",
    ),
    "trainings": IndicatorCaption(
        "تەربىيەلەش", "قېتىم", "مەزگىل ئىچىدە پىدائىيلار ۋە تەشكىلات ئەزالىرى ئۈچۈن ئۆتكۈزۈلگەن تەربىيەلەشلەر."
    ),
    "training_attendance": IndicatorCaption(
        "تەربىيەلەشكە قاتناشقانلار", "قېتىم-ئادەم", "شۇ تەربىيەلەشلەرنىڭ ئىمزا قۇرلىرى."
    ),
    "marriage_files": IndicatorCaption(
        "نىكاھ ئادەتلىرى ئارخىپى",
        "ئارخىپ",
        "مەزگىل ئىچىدە قۇرۇلغان نىكاھ ئادەتلىرى تەشۋىقات ئارخىپلىرى (پەقەت سانىلا ھېسابلىنىدۇ).",
    ),
    "counselling_files": IndicatorCaption(
        "نىكاھ-ئائىلە مەسلىھەت ئارخىپى",
        "ئارخىپ",
        "مەزگىل ئىچىدە قۇرۇلغان نىكاھ-ئائىلە مەسلىھەت ئارخىپلىرى (پەقەت سانىلا ھېسابلىنىدۇ).",
    ),
    "resources_yuan": IndicatorCaption(
        "ئۇلانغان خەيرىخاھلىق مەنبەلىرى",
        "يۈەن",
        "مەزگىل ئىچىدە قوبۇل قىلىنغان نەق پۇل، بۇيۇم ۋە مۇلازىمەت (قىممىتى بويىچە).",
    ),
    "case_studies": IndicatorCaption("تىپىك مىساللار", "مىسال", "مەزگىل ئىچىدە يېزىلغان تىپىك مىساللار."),
    "staff": IndicatorCaption(
        "تۈرنىڭ تولۇق ۋاقىتلىق خادىملىرى",
        "نەپەر",
        "مەزگىل بىلەن ۋاقتى ئۈستىمۇ-ئۈست چۈشىدىغان ياردەم پۇلى بېرىلگەن تۈرلەرنىڭ تولۇق ۋاقىتلىق خادىملىرى؛ "
        "كەم دېگەندە 2 نەپەر.",
    ),
    "certified_staff": IndicatorCaption(
        "گۇۋاھنامىلىك خادىملار",
        "نەپەر",
        "ئىجتىمائىي خىزمەتچىلىك كەسپىي سالاھىيەت گۇۋاھنامىسى بار ھەم كەم دېگەندە 2 يىل خىزمەت قىلغان تولۇق "
        "ۋاقىتلىق خادىملار؛ كەم دېگەندە 1 نەپەر.",
    ),
    "budget_personnel_ratio": IndicatorCaption(
        "ئادەم كۈچى چىقىمى",
        "يۈەن",
        "مەزگىل ئىچىدىكى ئادەم كۈچى چىقىمى، يۇقىرى چەكتىن ئاشماسلىقى كېرەك (خامچوت ماددىسىدىكى چەك، بولمىسا "
        "تۈرنىڭ ھەر 160,000 يۈەنىگە 100,000 يۈەن).",
    ),
    "budget_services_ratio": IndicatorCaption(
        "مۇلازىمەت چىقىمى",
        "يۈەن",
        "مەزگىل ئىچىدىكى مۇلازىمەت چىقىمى، كەم دېگەندە تۆۋەن چەككە يېتىشى كېرەك (خامچوت ماددىسىدىكى چەك، "
        "بولمىسا ھەر 160,000 يۈەنىگە 40,000 يۈەن).",
    ),
    "budget_other_ratio": IndicatorCaption(
        "باھالاش ۋە باشقا چىقىملار",
        "يۈەن",
        "مەزگىل ئىچىدىكى باھالاش ۋە باشقا چىقىملار، يۇقىرى چەكتىن ئاشماسلىقى كېرەك (خامچوت ماددىسىدىكى چەك، "
        "بولمىسا ھەر 160,000 يۈەنىگە 20,000 يۈەن).",
    ),
    "community_coverage": IndicatorCaption(
        "مەھەللە قاپلاش نىسبىتى",
        "%",
        "كەم دېگەندە بىر تەشكىلاتى كىرگەن ياكى ئۇنىڭدىن كېيىنكى باسقۇچتا (چېكىنمىگەن) بولغان مەھەللىلەرنىڭ بارلىق "
        "مەھەللىلەرگە بولغان نىسبىتى.",
    ),
    "volunteer_hours": IndicatorCaption(
        "پىدائىي مۇلازىمەت ۋاقتى",
        "سائەت",
        "مەزگىل ئىچىدىكى بارلىق پائالىيەتلەرنىڭ (بازا ۋە تەشكىلاتلار) پىدائىي مۇلازىمەت ۋاقتى؛ پايدىلىنىش ئۈچۈن.",
    ),
}

CAPTIONS: dict[str, Captions] = {"zh_CN": ZH_CN, "en": EN, "ug": UG}


def captions_for(lang: str) -> Captions:
    """The captions of `lang` (a Qt locale name such as ug_CN counts as its language); anything else English."""
    if lang in CAPTIONS:
        return CAPTIONS[lang]
    if lang.lower().startswith("ug"):
        return UG
    return ZH_CN if lang.lower().startswith("zh") else EN
