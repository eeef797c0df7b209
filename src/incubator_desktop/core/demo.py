"""Demo data: fills an empty township site with a plausible, reproducible year of the base's work."""

from __future__ import annotations

import calendar
import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import FieldError, InputRejected, ValidationFailed
from incubator_desktop.core.services.records import create_record, editable_fields
from incubator_desktop.core.services.sites import init_site, require_site
from incubator_desktop.core.stamping import local_site
from incubator_desktop.core.validation.records import normalize_values, validate_record
from incubator_desktop.core.vocab import (
    DEFAULT_CHECKLIST,
    DEFAULT_TRANCHES,
    ActivityKind,
    BudgetKind,
    CaseStatus,
    Category,
    CertificateLevel,
    ChecklistStatus,
    DonorKind,
    EntryResult,
    Gender,
    PersonRole,
    RegistrationKind,
    ResourceForm,
    ServiceArea,
    ServiceFileKind,
    SiteKind,
    Stage,
    SupportKind,
    TrainingTopic,
)

R = TypeVar("R", bound=m.SyncedRecord)

DEMO_SITE_CODE = "653121103"
DEMO_SITE_NAME = "疏附县托克扎克镇社区社会组织孵化培育基地"
DEMO_PARENT_CODE = "653121"
TOWN = "托克扎克镇"
REGION = "653121"  # 疏附县: the region part of demo ID numbers and credit codes

#: Tables the "never mix demo data into real data" guard ignores: the site row `init` writes, and the log.
_IGNORED_BY_GUARD = frozenset({"sites", "audit_entries"})

# --- Vocabulary pools -------------------------------------------------------------------------------
# fmt: off

COMMUNITY_NAMES = (
    "幸福社区", "团结村", "和谐社区", "光明村", "友谊村", "阳光社区", "振兴村", "石榴籽社区", "丰收村", "新城社区",
)

A = ServiceArea
#: Organization name endings per category with the service areas such a group works in.
ORG_TEMPLATES: dict[Category, tuple[tuple[str, tuple[ServiceArea, ...]], ...]] = {
    Category.CHARITY: (
        ("夕阳红志愿服务队", (A.ELDERLY, A.VOLUNTEERING)), ("爱心帮扶协会", (A.RELIEF,)),
        ("助残爱心服务队", (A.DISABILITY,)), ("红石榴志愿服务队", (A.VOLUNTEERING, A.RELIEF)),
        ("慈善互助会", (A.RELIEF, A.ELDERLY)), ("巾帼志愿服务队", (A.FAMILY, A.VOLUNTEERING)),
        ("护苗关爱服务队", (A.YOUTH,)), ("爱心助学会", (A.YOUTH, A.RELIEF)),
        ("银龄志愿服务队", (A.ELDERLY, A.VOLUNTEERING)),
    ),
    Category.LIFE_SERVICE: (
        ("邻里互助协会", (A.ELDERLY, A.OTHER)), ("老年协会", (A.ELDERLY,)), ("四点半课堂服务队", (A.YOUTH,)),
        ("助老餐桌服务队", (A.ELDERLY,)), ("妇女手工互助组", (A.OTHER,)), ("便民维修服务队", (A.OTHER, A.ELDERLY)),
        ("家长学校志愿服务队", (A.YOUTH, A.FAMILY)), ("健康养生互助会", (A.ELDERLY,)),
        ("亲子互助会", (A.YOUTH, A.FAMILY)),
    ),
    Category.COMMUNITY_AFFAIRS: (
        ("邻里调解队", (A.MEDIATION,)), ("平安巡逻队", (A.MEDIATION, A.VOLUNTEERING)),
        ("环境卫生监督队", (A.ENVIRONMENT,)), ("红白理事会", (A.FAMILY,)), ("乡贤议事会", (A.MEDIATION,)),
        ("法律明白人服务队", (A.MEDIATION,)), ("网格志愿服务队", (A.VOLUNTEERING,)),
        ("移风易俗宣传队", (A.FAMILY, A.CULTURE)), ("庭院美化服务队", (A.ENVIRONMENT,)),
    ),
    Category.CULTURE_SPORTS: (
        ("舞蹈队", (A.CULTURE,)), ("麦西来甫艺术团", (A.CULTURE,)), ("篮球协会", (A.YOUTH, A.CULTURE)),
        ("书法协会", (A.CULTURE,)), ("广场舞队", (A.CULTURE,)), ("农家书屋读书会", (A.CULTURE, A.YOUTH)),
        ("木卡姆传习队", (A.CULTURE,)), ("民族团结文艺宣传队", (A.CULTURE,)), ("农民足球队", (A.CULTURE, A.YOUTH)),
    ),
}

#: How many organizations sit at each lifecycle stage at the end of the demo year (36 in all).
STAGE_PLAN: tuple[tuple[Stage, int], ...] = (
    (Stage.INTENT, 3), (Stage.ENTERED, 5), (Stage.INCUBATING, 9), (Stage.FILED, 10),
    (Stage.REGISTERED, 2), (Stage.GRADUATED, 4), (Stage.EXITED, 3),
)
ONE_SHORT = 4  # filed organizations with a single activity: one step short of "effective"

UYGHUR_MALE = (
    "阿不都热合曼", "买买提", "艾力", "吐尔逊", "艾则孜", "阿布拉", "热合曼", "依明", "麦麦提敏", "努尔买买提",
    "阿卜杜拉", "亚森", "卡德尔", "吾斯曼", "玉素甫", "艾买尔", "如则", "托合提", "买合木提", "阿里木",
)
UYGHUR_FEMALE = (
    "古丽娜尔", "阿依古丽", "帕提古丽", "努尔古丽", "热依拉", "米热古丽", "祖丽皮耶", "阿依努尔", "热孜万古丽",
    "迪丽努尔", "阿米娜", "布佐拉", "再努尔", "阿瓦古丽", "玛依拉", "凯丽比努尔",
)
HAN_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"
HAN_MALE = ("建国", "志强", "海涛", "国庆", "伟", "军", "立新", "永刚", "文斌", "宏伟", "振华", "建军", "明", "鹏")
HAN_FEMALE = ("秀兰", "丽娟", "玉梅", "桂芳", "晓燕", "静", "红梅", "淑芬", "海燕", "丽", "雪梅", "春花", "敏")
PHONE_PREFIXES = (
    "130", "131", "132", "135", "136", "138", "139", "150", "151", "152", "155", "156", "158", "159",
    "177", "180", "181", "182", "183", "186", "187", "188", "189", "199",
)
LEADER_BACKGROUNDS = ("退休教师", "退休干部", "复退军人", "村医", "致富能人", "文艺骨干", "妇联执委", "网格员")

ORG_ACTIVITIES: dict[ServiceArea, tuple[str, ...]] = {
    A.ELDERLY: ("入户探访独居老人", "老年人健康义诊", "重阳节敬老慰问", "助老理发志愿服务"),
    A.DISABILITY: ("残疾人家庭入户陪伴", "助残康复知识讲座", "助残志愿服务日"),
    A.YOUTH: ("四点半课堂作业辅导", "暑期青少年读书会", "青少年篮球友谊赛", "儿童安全知识课堂"),
    A.RELIEF: ("困难家庭走访慰问", "冬季送温暖物资发放", "爱心助学帮扶"),
    A.FAMILY: ("婚嫁新风宣传", "家庭教育讲座", "好家风故事分享会"),
    A.MEDIATION: ("邻里纠纷调解", "法律知识宣讲", "平安建设夜间巡逻"),
    A.ENVIRONMENT: ("庭院环境整治", "垃圾分类宣传", "河渠清理志愿活动", "植树绿化活动"),
    A.CULTURE: ("广场舞展演", "民族团结文艺汇演", "书法进社区", "国家通用语言学习角", "节日文艺联欢"),
    A.VOLUNTEERING: ("学雷锋志愿服务日", "邻里守望志愿行动", "文明交通劝导"),
    A.OTHER: ("便民维修服务", "手工技能交流", "家政技能互助"),
}
BASE_ACTIVITIES: dict[ActivityKind, tuple[tuple[str, ServiceArea], ...]] = {
    ActivityKind.CASEWORK: (
        ("高龄独居老人居家安全个案", A.ELDERLY), ("困境儿童学业支持个案", A.YOUTH),
        ("残疾人就业帮扶个案", A.DISABILITY), ("家庭矛盾调适个案", A.FAMILY),
        ("留守老人心理疏导个案", A.ELDERLY), ("低保家庭救助衔接个案", A.RELIEF),
    ),
    ActivityKind.GROUP: (
        ("社区社会组织骨干能力提升小组", A.VOLUNTEERING), ("儿童情绪管理成长小组", A.YOUTH),
        ("妇女手工技能互助小组", A.OTHER), ("老年人健康自我管理小组", A.ELDERLY),
        ("志愿者服务技巧提升小组", A.VOLUNTEERING), ("亲子沟通成长小组", A.FAMILY),
    ),
    ActivityKind.COMMUNITY: (
        ("“邻里守望”社区志愿服务日", A.VOLUNTEERING), ("民法典进社区宣传活动", A.MEDIATION),
        ("“石榴花开”民族团结联欢活动", A.CULTURE), ("重阳节敬老爱老主题活动", A.ELDERLY),
        ("婚嫁新风倡导宣传活动", A.FAMILY), ("社区社会组织成果展示会", A.OTHER),
        ("六一儿童节亲子游园会", A.YOUTH), ("冬季送温暖慰问活动", A.RELIEF),
        ("防范电信诈骗宣传活动", A.MEDIATION), ("“美丽庭院”环境整治行动", A.ENVIRONMENT),
    ),
}
BASE_CASES, BASE_GROUPS, GROUP_SESSIONS, BASE_EVENTS = 6, 3, 3, 15

#: Months an activity or gift belongs to (festivals, seasons); anything not listed fits any month.
SEASONS: dict[str, tuple[int, ...]] = {
    "重阳节敬老慰问": (10, 11), "重阳节敬老爱老主题活动": (10, 11), "冬季送温暖物资发放": (12, 1, 2),
    "冬季送温暖慰问活动": (12, 1, 2), "暑期青少年读书会": (7, 8), "六一儿童节亲子游园会": (5, 6),
    "学雷锋志愿服务日": (3,), "植树绿化活动": (3, 4, 5), "青少年篮球友谊赛": (4, 5, 6, 7, 8, 9, 10),
    "广场舞展演": (4, 5, 6, 7, 8, 9, 10), "庭院环境整治": (4, 5, 6, 7, 8, 9, 10),
    "“美丽庭院”环境整治行动": (4, 5, 6, 7, 8, 9, 10), "河渠清理志愿活动": (3, 4, 5, 6, 7, 8, 9, 10),
    "冬衣棉被{qty}套": (11, 12, 1, 2), "米面油慰问品{qty}份": (1, 2), "书包文具{qty}套": (8, 9),
}

TRAININGS: dict[TrainingTopic, str] = {
    TrainingTopic.POLICY: "社区社会组织培育发展政策解读培训",
    TrainingTopic.MANAGEMENT: "社区社会组织备案与规范管理培训",
    TrainingTopic.SOCIAL_WORK: "社会工作基础知识与方法培训",
    TrainingTopic.PROJECT: "公益项目设计与微创投申报培训",
    TrainingTopic.VOLUNTEERING: "志愿者招募管理与时间银行培训",
    TrainingTopic.PARTY: "党建引领社区社会组织发展专题培训",
}
EXTRA_TRAINING = (TrainingTopic.MANAGEMENT, "社区社会组织财务管理与活动台账培训")
TRAINING_PLACES = (f"{TOWN}新时代文明实践所", f"{TOWN}党群服务中心会议室", f"{TOWN}社会工作服务站")
TRAINERS = ("县民政局基层政权股", "喀什地区社会工作协会", "县委组织部", "县志愿者协会")

MILESTONES = (
    "完善组织章程和管理制度", "建立成员名册和活动台账", "开展首次社区服务活动", "骨干成员参加能力建设培训",
    "参加基地组织的交流展示活动",
)
FILING_MILESTONE = "完成乡镇备案"
REVIEW_FINDINGS = (
    "{org}章程已初步完善，成员名册规范，活动台账记录及时；建议进一步明确财务管理制度。",
    "{org}负责人积极性高，本阶段开展服务活动效果较好；骨干队伍尚不稳定，需加强志愿者激励。",
    "{org}已按计划推进各项任务，群众反映良好；备案材料中场所证明尚需补充完善。",
    "{org}活动频次达到计划要求，但活动记录和照片留存不够完整，已现场指导整改。",
)
EXIT_REASONS = ("负责人外出务工，组织停止活动，自愿退出", "成员流失较多，经协商退出孵化", "与同类组织合并，退出孵化")

CASE_STUDIES: dict[ServiceArea, tuple[str, str, str, str]] = {
    A.ELDERLY: (
        "“银龄守护”：{org}让独居老人不再孤单",
        "{community}有60岁以上老人200余人，其中独居、空巢老人30余人。子女多外出务工，老人日常照料和精神慰藉需求突出。"
        "{leader}等{members}名热心居民自发组织起来，在孵化基地的支持下成立了{org}。",
        "基地社工协助组织完成需求摸底，建立独居老人结对台账，按照“一人一档”开展每周入户探访。组织成员分成4个小组，"
        "轮流为老人打扫卫生、代购生活用品、陪同就医，并联合卫生院开展健康义诊。基地为骨干成员提供沟通技巧和安全知识培训。",
        "一年来开展为老服务活动{visits}场，服务老人{served}人次，及时发现并协助处理突发疾病2起。组织{filing}，"
        "“银龄守护”被村(社区)纳入常态化服务项目，老人们说：“有他们常来看看，心里踏实多了。”",
    ),
    A.YOUTH: (
        "“四点半课堂”：{org}托起孩子们的课后时光",
        "{community}双职工家庭和留守儿童较多，放学后无人看管、作业无人辅导的问题困扰着不少家长。"
        "退休教师{leader}带头，联合返乡大学生和家长志愿者成立了{org}。",
        "孵化基地为其协调了党群服务中心活动室作为固定场地，链接爱心企业捐赠书包文具，并指导制定安全管理和志愿者排班制度。"
        "课堂每周一至周五开放，内容包括作业辅导、国家通用语言阅读、手工和体育游戏。",
        "一年来开展集中服务活动{visits}场，服务儿童{served}人次，参与志愿者20余人。"
        "家长满意度调查显示满意率达到95%以上，组织{filing}，并已形成稳定的志愿者队伍。",
    ),
    A.MEDIATION: (
        "“和为贵”：{org}把矛盾化解在家门口",
        "{community}因宅基地边界、灌溉用水等引发的邻里纠纷时有发生，部分矛盾长期积累，影响邻里关系。"
        "村里威望较高的{leader}牵头，吸收老党员、老干部组建了{org}。",
        "基地协助组织建立“一登记、二走访、三调解、四回访”工作流程，邀请司法所工作人员开展调解技巧和法律知识培训，"
        "并与村(社区)调委会建立案件转介机制，对复杂纠纷联合调处。",
        "一年来开展调解和普法活动{visits}场，覆盖群众{served}人次，成功调解率达90%以上，未发生因纠纷引发的极端事件。"
        "组织{filing}，成为群众身边的“解忧驿站”。",
    ),
    A.CULTURE: (
        "“石榴花开”：{org}唱响民族团结之歌",
        "{community}群众能歌善舞，但过去文艺活动多为自发零散，缺少组织和固定阵地。"
        "文艺骨干{leader}召集{members}名爱好者组建了{org}。",
        "基地为其提供排练场地和音响设备，指导完善组织章程和活动台账。组织坚持每周排练两次，"
        "编排了融合多民族元素的舞蹈和歌曲节目，在重大节日和村(社区)活动中巡回演出。",
        "一年来开展文艺演出和展演{visits}场，观众{served}人次，带动各族群众在交往交流交融中增进感情。"
        "组织{filing}，现有成员{members}人，节目在镇文艺汇演中获得好评。",
    ),
    A.ENVIRONMENT: (
        "“美丽庭院”：{org}带动村民共建洁净家园",
        "{community}部分农户房前屋后杂物乱堆乱放，沟渠垃圾清理不及时，人居环境与群众期望存在差距。"
        "{leader}带领热心村民成立了{org}。",
        "基地社工协助开展人居环境需求调研，指导组织制定“门前三包”倡议和“美丽庭院”评比办法，"
        "每月组织一次集中清理行动，并通过积分兑换激励村民参与。",
        "一年来组织环境整治和宣传活动{visits}场，参与群众{served}人次，清理沟渠和卫生死角40余处，"
        "评选“美丽庭院”示范户30户，村容村貌明显改善。组织{filing}。",
    ),
    A.FAMILY: (
        "“好家风”：{org}推动婚嫁新风进万家",
        "{community}过去婚丧嫁娶中存在大操大办、攀比彩礼等现象，给部分家庭带来沉重负担。"
        "{leader}联合村里的妇女骨干成立了{org}。",
        "基地协助组织制定移风易俗宣传计划，联合婚姻登记处为新人开展婚嫁新风“一对一”宣传，"
        "并通过文艺节目、入户宣讲、“好家风”故事分享会等形式倡导简约适度的婚俗。",
        "一年来开展宣传活动{visits}场，覆盖群众{served}人次，辖区新人签订婚事新办承诺书比例明显提高，"
        "“好家风”故事分享会已成为村(社区)的品牌活动。组织{filing}。",
    ),
}

CONTEST_TITLES: dict[ServiceArea, str] = {
    A.ELDERLY: "“银龄守护”独居老人关爱计划", A.DISABILITY: "“阳光同行”残疾人陪伴计划",
    A.YOUTH: "“童心港湾”四点半课堂", A.RELIEF: "“暖冬行动”困难家庭帮扶", A.FAMILY: "“好家风”家庭建设项目",
    A.MEDIATION: "“和为贵”邻里调解室", A.ENVIRONMENT: "“美丽庭院”环境共建行动", A.CULTURE: "“石榴花开”邻里文化节",
    A.VOLUNTEERING: "“邻里守望”志愿服务项目", A.OTHER: "“巧手惠民”便民服务项目",
}


@dataclass(frozen=True)
class _Gift:
    donor: str
    kind: DonorKind
    form: ResourceForm
    description: str  # "{qty}" is filled in for gifts counted in units
    unit_yuan: int  # 0 for cash
    area: ServiceArea  # which organizations may pass it on
    recipients: str  # who receives it when no organization does
    purpose: str


RESOURCE_GIFTS: tuple[_Gift, ...] = (
    _Gift("疏附县丰源商贸有限公司", DonorKind.ENTERPRISE, ResourceForm.IN_KIND, "米面油慰问品{qty}份", 120,
          A.RELIEF, "困难家庭", "春节前走访慰问辖区困难家庭"),
    _Gift("喀什金穗农业发展有限公司", DonorKind.ENTERPRISE, ResourceForm.CASH, "现金捐赠", 0,
          A.RELIEF, "困难群众", "帮扶辖区困难群众"),
    _Gift("疏附县慈善协会", DonorKind.CHARITY, ResourceForm.CASH, "困难群众帮扶资金", 0,
          A.RELIEF, "困难群众", "临时救助和帮困"),
    _Gift("喀什地区红十字会", DonorKind.CHARITY, ResourceForm.IN_KIND, "冬衣棉被{qty}套", 150,
          A.RELIEF, "困难家庭", "冬季送温暖"),
    _Gift("爱心人士", DonorKind.INDIVIDUAL, ResourceForm.CASH, "爱心助学款", 0,
          A.YOUTH, "困难学生", "资助困难家庭学生购买学习用品"),
    _Gift("疏附县新华书店", DonorKind.ENTERPRISE, ResourceForm.IN_KIND, "儿童图书{qty}册", 25,
          A.YOUTH, "留守儿童", "充实四点半课堂和农家书屋"),
    _Gift("托克扎克镇卫生院", DonorKind.GOVERNMENT, ResourceForm.SERVICE, "健康义诊服务{qty}人次(按服务价值折算)", 20,
          A.ELDERLY, "老年人", "为老年人开展健康义诊"),
    _Gift("疏附县天山建材商行", DonorKind.ENTERPRISE, ResourceForm.IN_KIND, "书包文具{qty}套", 60,
          A.YOUTH, "困难学生", "资助困难家庭学生"),
    _Gift("爱心人士", DonorKind.INDIVIDUAL, ResourceForm.IN_KIND, "助老轮椅和拐杖{qty}件", 200,
          A.ELDERLY, "失能半失能老人", "改善老人出行条件"),
    _Gift("疏附县妇女联合会", DonorKind.GOVERNMENT, ResourceForm.IN_KIND, "家庭教育读本和宣传品{qty}份", 30,
          A.FAMILY, "家庭", "开展家庭教育和婚嫁新风宣传"),
    _Gift("喀什绿洲乳业有限公司", DonorKind.ENTERPRISE, ResourceForm.IN_KIND, "牛奶{qty}箱", 55,
          A.ELDERLY, "独居老人", "慰问独居和空巢老人"),
)

JUDGES = ("县民政局 王建华", "喀什大学 热合曼·依明", "县社工协会 李丽娟", "镇党委 艾力·吐尔逊", "企业代表 陈海涛")

PROJECT_STAFF_ROLES = ("项目主管", "项目社工", "项目专员")
STAFF_SALARIES_YUAN = (3600, 2400, 2000)  # 8 000 a month, 96 000 a year: under the 100 000 cap
#: Problems a monthly report may mention, with the months they belong to (empty: any month).
REPORT_ISSUES: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("部分村民对社区社会组织了解不多，参与积极性有待提高。", ()),
    ("农忙季节活动参与人数有所减少。", (5, 6, 9, 10)),
    ("部分组织负责人文化程度不高，活动台账记录不够规范。", ()),
    ("志愿者流动性较大，骨干队伍需进一步稳定。", ()),
    ("冬季天气寒冷，户外活动受到一定限制。", (12, 1, 2)),
    ("夏季高温，户外活动调整到早晚时段开展。", (7, 8)),
)
REPORT_PLANS = (
    "继续开展一对一培育，指导组织完善备案材料。", "筹备下月骨干培训，提升组织负责人能力。",
    "加强活动台账和影像资料的规范留存。", "做好婚嫁新风宣传建档和婚姻家庭辅导个案跟进。",
    "链接爱心企业资源，为困难群众开展帮扶。",
)
MARRIAGE_NOTES = (
    "婚姻登记当日开展婚嫁新风一对一宣传，发放倡议书，新人签署婚事新办承诺书。",
    "向新人宣讲民法典婚姻家庭编和反对高价彩礼倡议，新人表示将简办婚事。",
    "结合登记颁证仪式开展好家风宣传，赠送家庭教育读本。",
)
COUNSELLING_NOTES = (
    "夫妻因家庭经济安排产生矛盾，经三次面谈和家庭会议，双方达成共识，关系有所缓和。",
    "当事人因丈夫长期外出务工产生情感疏离，提供情感沟通辅导和心理疏导，持续跟进中。",
    "婆媳矛盾引发家庭纠纷，联合村调解队开展调解，制定家庭相处约定。",
    "夫妻在子女教育问题上分歧较大，提供家庭教育指导和沟通技巧辅导。",
)

TARGETS: tuple[tuple[str, int], ...] = (
    ("new_orgs_effective", 10), ("professional_activities", 10), ("beneficiaries", 200), ("contests", 1),
    ("contest_orgs", 10), ("trainings", 1), ("training_attendance", 30), ("marriage_files", 20),
    ("counselling_files", 5), ("resources_yuan", 5000), ("case_studies", 3),
)
# fmt: on

# --- Check characters --------------------------------------------------------------------------------

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def id_check_char(body: str) -> str:
    """The GB 11643 check character of a 17-digit ID number body."""
    total = sum(int(char) * weight for char, weight in zip(body, _ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def credit_check_char(body: str) -> str:
    """The GB 32100 check character of a 17-character unified social credit code body."""
    total = sum(CREDIT_ALPHABET.index(c) * w for c, w in zip(body, _CREDIT_WEIGHTS, strict=True))
    return CREDIT_ALPHABET[(31 - total % 31) % 31]


def org_code_check_char(body: str) -> str:
    """The GB 11714 check character of an 8-character organization code body."""
    total = sum(int(c, 36) * w for c, w in zip(body, _ORG_CODE_WEIGHTS, strict=True))
    value = 11 - total % 11
    return "X" if value == 10 else "0" if value == 11 else str(value)


# --- The filler --------------------------------------------------------------------------------------


@dataclass(eq=False)
class _Org:
    """An organization as planned: its lifecycle dates are decided before anything is written."""

    name: str
    category: Category
    areas: tuple[ServiceArea, ...]
    community: m.Community
    stage: Stage
    leader: _PersonSeed
    members: int
    intent_on: date
    founded_on: date | None = None
    entered_on: date | None = None
    incubating_on: date | None = None
    filed_on: date | None = None
    filing_number: str | None = None
    registered_on: date | None = None
    credit_code: str | None = None
    graduated_on: date | None = None
    exited_on: date | None = None
    activities: int = 0  # how many to record
    log: list[_Activity] = field(default_factory=list)  # the ones recorded
    id: str = ""

    @property
    def filed(self) -> bool:
        return self.filed_on is not None


@dataclass
class _PersonSeed:
    name: str
    gender: Gender
    id_number: str | None
    phone: str | None
    id: str = ""


@dataclass
class _Activity:
    held_on: date
    base: bool
    beneficiaries: int


@dataclass
class _Demo:
    """Everything one fill needs: the session, the random source, the dates and what was made so far."""

    session: Session
    rng: random.Random
    today: date
    start: date
    counts: Counter[str] = field(default_factory=Counter)
    used_names: set[str] = field(default_factory=set)  # membership only: never iterated (hash order)
    communities: list[m.Community] = field(default_factory=list)
    orgs: list[_Org] = field(default_factory=list)
    volunteers: list[tuple[_PersonSeed, _Org | None]] = field(default_factory=list)
    trainees: list[_PersonSeed] = field(default_factory=list)
    social_workers: list[_PersonSeed] = field(default_factory=list)
    staff: list[_PersonSeed] = field(default_factory=list)
    activities: list[_Activity] = field(default_factory=list)
    trainings: list[tuple[date, int]] = field(default_factory=list)
    files: list[date] = field(default_factory=list)

    # Writing -------------------------------------------------------------------------------------

    def add(self, model: type[R], values: dict[str, Any]) -> R:
        record = create_record(self.session, model, values, today=self.today)
        self.counts[model.__tablename__] += 1
        return record

    def add_child(self, model: type[m.SyncedRecord], values: dict[str, Any]) -> None:
        """Validate like `create_record`, but leave the row for the next flush, which writes many at once.

        Only for rows nothing else refers to, whose parents are already flushed (a flush per row is
        most of the cost of filling); the stamping hook stamps them when they are flushed.
        """
        allowed = editable_fields(model)
        unknown = [key for key in values if key not in allowed]
        if unknown:
            raise ValidationFailed([FieldError(key, "unknown_field") for key in unknown])
        clean = normalize_values(model, values)
        with self.session.no_autoflush:
            errors = validate_record(self.session, model, clean, today=self.today)
        if errors:
            raise ValidationFailed(errors)
        self.session.add(model(**clean))
        self.counts[model.__tablename__] += 1

    # Random helpers ------------------------------------------------------------------------------

    def ago(self, low: int, high: int) -> date:
        """A day between `high` and `low` days before today."""
        return self.today - timedelta(days=self.rng.randint(low, high))

    def between(self, first: date, last: date) -> date:
        last = min(last, self.today)
        first = min(first, last)
        return first + timedelta(days=self.rng.randint(0, (last - first).days))

    def day_in_season(self, title: str) -> date:
        """A day of the demo year that fits `title`'s season (see SEASONS)."""
        days = [self.start + timedelta(days=n) for n in range((self.today - self.start).days + 1)]
        return self.rng.choice([day for day in days if _in_season(title, day)] or days)

    def after(self, day: date, low: int, high: int) -> date:
        return min(self.today, day + timedelta(days=self.rng.randint(low, high)))

    def phone(self) -> str:
        return self.rng.choice(PHONE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def id_number(self, gender: Gender) -> str:
        birth = date(1955, 1, 1) + timedelta(days=self.rng.randint(0, (date(1995, 12, 31) - date(1955, 1, 1)).days))
        sequence = self.rng.randrange(500) * 2 + (1 if gender is Gender.MALE else 0)
        body = f"{REGION}{birth:%Y%m%d}{sequence:03d}"
        return body + id_check_char(body)

    def name(self, gender: Gender) -> str:
        while True:
            if self.rng.random() < 0.6:
                given = self.rng.choice(UYGHUR_MALE if gender is Gender.MALE else UYGHUR_FEMALE)
                candidate = f"{given}·{self.rng.choice(UYGHUR_MALE)}"
            else:
                given = self.rng.choice(HAN_MALE if gender is Gender.MALE else HAN_FEMALE)
                candidate = self.rng.choice(HAN_SURNAMES) + given
            if candidate not in self.used_names:
                self.used_names.add(candidate)
                return candidate

    def person_seed(self, *, id_share: float = 0.6, phone_share: float = 0.85) -> _PersonSeed:
        gender = self.rng.choice((Gender.MALE, Gender.FEMALE))
        return _PersonSeed(
            name=self.name(gender),
            gender=gender,
            id_number=self.id_number(gender) if self.rng.random() < id_share else None,
            phone=self.phone() if self.rng.random() < phone_share else None,
        )

    def credit_code(self, org_name: str) -> str:
        kind = "51" if org_name.endswith("会") else "52"  # 社会团体 / 民办非企业单位
        body8 = "MJ" + "".join(self.rng.choice("0123456789") for _ in range(6))
        body = f"{kind}{REGION}{body8}{org_code_check_char(body8)}"
        return body + credit_check_char(body)

    def location(self, community: m.Community) -> str:
        places = ("党群服务中心", "文化广场", "新时代文明实践站", "活动室")
        return f"{community.name}{self.rng.choice(places)}"


def _add_months(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _is_empty(session: Session) -> bool:
    for model in m.SYNCED_MODELS:
        if model.__tablename__ in _IGNORED_BY_GUARD:
            continue
        if session.scalar(select(func.count()).select_from(model)):
            return False
    return True


def fill_demo(session: Session, *, seed: int = 1, today: date | None = None) -> dict[str, Any]:
    """Fill the current (or a new demo) township site with a year of work up to `today`; return counts.

    Refuses a database that already holds records (`demo_not_empty`): demo data never mixes with real
    data. The same seed and `today` always give the same names, dates and amounts.
    """
    today = today or date.today()
    if local_site(session) is None:
        init_site(
            session, role=SiteKind.TOWNSHIP, code=DEMO_SITE_CODE, name=DEMO_SITE_NAME, parent_code=DEMO_PARENT_CODE
        )
        counts_site = 1
    else:
        counts_site = 0
    if not _is_empty(session):
        raise InputRejected("demo_not_empty")
    me = local_site(session)
    assert me is not None
    me.is_demo = True
    site = require_site(session)

    demo = _Demo(session, random.Random(seed), today, _add_months(today, -12) + timedelta(days=1))
    demo.counts["sites"] += counts_site
    _fill_communities(demo)
    _plan_organizations(demo)
    _fill_organizations(demo)
    _fill_people(demo)
    _fill_plans(demo)
    _fill_cases(demo)
    _fill_trainings(demo)
    _fill_activities(demo)
    _fill_case_studies(demo)
    _fill_resources(demo)
    _fill_contest(demo)
    _fill_service_files(demo)
    _fill_project(demo)  # last but one: its monthly reports sum up the work recorded above
    _fill_targets(demo, site.code)
    session.flush()

    summary: dict[str, Any] = {"site_code": site.code, "site_name": site.name}
    for model in m.SYNCED_MODELS:
        if demo.counts[model.__tablename__]:
            summary[model.__tablename__] = demo.counts[model.__tablename__]
    return summary


# --- Communities and organizations -------------------------------------------------------------------


def _fill_communities(demo: _Demo) -> None:
    names = demo.rng.sample(COMMUNITY_NAMES, demo.rng.randint(8, 10))
    for name in sorted(names, key=COMMUNITY_NAMES.index):
        village = name.endswith("村")
        households = demo.rng.randint(300, 900) if village else demo.rng.randint(800, 1800)
        demo.communities.append(demo.add(m.Community, {"name": name, "is_village": village, "households": households}))


def _plan_organizations(demo: _Demo) -> None:
    rng = demo.rng
    templates = [(cat, suffix, areas) for cat, rows in ORG_TEMPLATES.items() for suffix, areas in rows]
    rng.shuffle(templates)
    stages = [stage for stage, count in STAGE_PLAN for _ in range(count)]
    one_short_left = ONE_SHORT
    for (category, suffix, areas), stage in zip(templates, stages, strict=True):
        community = rng.choice(demo.communities)
        prefix = TOWN if rng.random() < 0.2 else community.name
        leader = demo.person_seed(id_share=0.65, phone_share=1.0)
        org = _Org(
            name=prefix + suffix,
            category=category,
            areas=areas,
            community=community,
            stage=stage,
            leader=leader,
            members=rng.randint(8, 60),
            intent_on=demo.today,
        )
        one_short = stage is Stage.FILED and one_short_left > 0
        one_short_left -= one_short
        _plan_lifecycle(demo, org, one_short=one_short)
        demo.orgs.append(org)
    _number_filings(demo)


def _plan_lifecycle(demo: _Demo, org: _Org, *, one_short: bool) -> None:
    """Decide the organization's dates, stepping forward from when it joined the base."""
    rng = demo.rng
    entered_ago = {
        Stage.ENTERED: (10, 90),
        Stage.INCUBATING: (100, 300),
        Stage.FILED: (120, 200) if one_short else (180, 340),
        Stage.REGISTERED: (420, 600),
        Stage.GRADUATED: (500, 700),
        Stage.EXITED: (150, 330),
    }
    if org.stage is Stage.INTENT:
        org.intent_on = demo.ago(5, 60)
        return
    entered = demo.ago(*entered_ago[org.stage])
    org.entered_on = entered
    org.intent_on = entered - timedelta(days=rng.randint(7, 30))
    org.founded_on = entered - timedelta(days=rng.choice((0, rng.randint(30, 1500))))
    if org.stage is Stage.ENTERED:
        return
    org.incubating_on = entered + timedelta(days=rng.randint(10, 30))
    if org.stage is Stage.EXITED:
        org.exited_on = org.incubating_on + timedelta(days=rng.randint(30, 100))
        org.activities = rng.randint(0, 1)
        return
    if org.stage is Stage.INCUBATING:
        org.activities = rng.choice((0, 1, 1, 2, 2, 3))
        return
    if one_short:
        org.filed_on = demo.ago(20, 60)
        org.activities = 1
        return
    org.filed_on = org.incubating_on + timedelta(days=rng.randint(40, 100))
    org.activities = rng.randint(3, 9)
    if org.stage is Stage.REGISTERED or (org.stage is Stage.GRADUATED and rng.random() < 0.5):
        org.registered_on = demo.ago(30, 200) if org.stage is Stage.REGISTERED else demo.ago(160, 330)
        org.credit_code = demo.credit_code(org.name)
    if org.stage is Stage.GRADUATED:
        org.graduated_on = demo.ago(20, 140)


def _number_filings(demo: _Demo) -> None:
    per_year: Counter[int] = Counter()
    filed = sorted((org for org in demo.orgs if org.filed_on), key=lambda org: (org.filed_on, org.name))
    for org in filed:
        assert org.filed_on is not None
        per_year[org.filed_on.year] += 1
        org.filing_number = f"托备字〔{org.filed_on.year}〕第{per_year[org.filed_on.year]:03d}号"


def _fill_organizations(demo: _Demo) -> None:
    rng = demo.rng
    for org in demo.orgs:
        background = rng.choice(LEADER_BACKGROUNDS)
        areas = "、".join(org.areas)
        address = (
            f"{TOWN}{org.community.name}{rng.randint(1, 8)}组"
            if org.community.is_village
            else f"{TOWN}{org.community.name}党群服务中心"
        )
        record = demo.add(
            m.Organization,
            {
                "name": org.name,
                "category": org.category.value,
                "service_areas": [a.value for a in org.areas],
                "community_id": org.community.id,
                "stage": org.stage.value,
                "founded_on": org.founded_on,
                "entered_on": org.entered_on,
                "members": org.members,
                "leader_name": org.leader.name,
                "leader_phone": org.leader.phone,
                "leader_id_number": org.leader.id_number,
                "address": address,
                "description": f"由{org.community.name}{background}{org.leader.name}牵头成立，"
                f"现有成员{org.members}人，主要开展{areas}等服务。",
                "filed_on": org.filed_on,
                "filing_number": org.filing_number,
                "registered_on": org.registered_on,
                "credit_code": org.credit_code,
                "graduated_on": org.graduated_on,
                "exited_on": org.exited_on,
                "rating": "3A" if org.registered_on and org.stage is Stage.GRADUATED else None,
            },
        )
        org.id = record.id
        for stage, on, note in _stage_steps(demo, org):
            demo.add_child(
                m.StageEvent, {"organization_id": org.id, "stage": stage.value, "happened_on": on, "note": note}
            )


def _stage_steps(demo: _Demo, org: _Org) -> list[tuple[Stage, date, str]]:
    steps: list[tuple[Stage, date | None, str]] = [
        (Stage.INTENT, org.intent_on, "提交入驻意向申请"),
        (Stage.ENTERED, org.entered_on, "签订入驻孵化协议"),
        (Stage.INCUBATING, org.incubating_on, "制定一对一培育计划，进入培育期"),
        (Stage.FILED, org.filed_on, f"完成乡镇备案({org.filing_number})"),
        (Stage.REGISTERED, org.registered_on, f"在县民政局登记，统一社会信用代码{org.credit_code}"),
        (Stage.GRADUATED, org.graduated_on, "通过出壳评估，离开孵化基地独立运作"),
        (Stage.EXITED, org.exited_on, demo.rng.choice(EXIT_REASONS)),
    ]
    return [(stage, on, note) for stage, on, note in steps if on is not None]


# --- People ------------------------------------------------------------------------------------------


def _person(demo: _Demo, seed: _PersonSeed, roles: list[PersonRole], **extra: Any) -> None:
    record = demo.add(
        m.Person,
        {
            "name": seed.name,
            "gender": seed.gender.value,
            "roles": [role.value for role in roles],
            "id_number": seed.id_number,
            "phone": seed.phone,
            **extra,
        },
    )
    seed.id = record.id


def _fill_people(demo: _Demo) -> None:
    rng = demo.rng
    for org in demo.orgs:
        if org.stage is Stage.INTENT:
            continue
        roles = [PersonRole.LEADER, PersonRole.TRAINEE] if rng.random() < 0.5 else [PersonRole.LEADER]
        _person(demo, org.leader, roles, organization_id=org.id, community_id=org.community.id)
    joinable = [org for org in demo.orgs if org.entered_on and not org.exited_on]
    for _ in range(28):
        seed = demo.person_seed(id_share=0.4, phone_share=0.7)
        member_of = rng.choice(joinable) if rng.random() < 0.7 else None
        community = member_of.community if member_of else rng.choice(demo.communities)
        _person(
            demo,
            seed,
            [PersonRole.VOLUNTEER],
            organization_id=member_of.id if member_of else None,
            community_id=community.id,
        )
        demo.volunteers.append((seed, member_of))
    for _ in range(15):
        seed = demo.person_seed(id_share=0.3, phone_share=0.6)
        _person(demo, seed, [PersonRole.TRAINEE], community_id=rng.choice(demo.communities).id)
        demo.trainees.append(seed)
    levels = (
        (CertificateLevel.INTERMEDIATE, rng.randint(4, 8)),
        (CertificateLevel.ASSISTANT, rng.randint(2, 4)),
        (CertificateLevel.ASSISTANT, 1),
    )
    for index, (level, years) in enumerate(levels):
        seed = demo.person_seed(id_share=1.0, phone_share=1.0)
        roles = [PersonRole.SOCIAL_WORKER, PersonRole.STAFF] if index < 2 else [PersonRole.SOCIAL_WORKER]
        _person(demo, seed, roles, certificate_level=level.value, practice_years=years)
        demo.social_workers.append(seed)
    seed = demo.person_seed(id_share=1.0, phone_share=1.0)
    _person(demo, seed, [PersonRole.STAFF], practice_years=rng.randint(0, 2))
    demo.staff.append(seed)


# --- Incubation plans and filing/registration cases --------------------------------------------------


def _fill_plans(demo: _Demo) -> None:
    rng = demo.rng
    incubating = [org for org in demo.orgs if org.stage is Stage.INCUBATING]
    recent_filed = [
        org for org in demo.orgs if org.stage is Stage.FILED and org.incubating_on and org.incubating_on >= demo.start
    ]
    for org in incubating + rng.sample(recent_filed, min(6, len(recent_filed))):
        assert org.incubating_on is not None
        start = org.incubating_on
        mentor = rng.choice(demo.social_workers[:2]).name
        months = rng.choice((6, 9, 12))
        plan = demo.add(
            m.IncubationPlan,
            {
                "organization_id": org.id,
                "goals": f"{months}个月内完善{org.name}章程和成员名册，完成乡镇备案；围绕{'、'.join(org.areas)}"
                f"每季度至少开展1次社区服务活动；培养{rng.randint(2, 5)}名骨干志愿者，提升负责人组织策划能力。",
                "support": [kind.value for kind in rng.sample(list(SupportKind), rng.randint(2, 4))],
                "mentor": mentor,
                "start_on": start,
                "end_on": _add_months(start, months),
            },
        )
        titles = [*rng.sample(MILESTONES, rng.randint(1, 3)), FILING_MILESTONE]
        titles.sort(key=(*MILESTONES, FILING_MILESTONE).index)
        for index, title in enumerate(titles):
            due = start + timedelta(days=30 * (index + 1))
            if title == FILING_MILESTONE:
                done = org.filed_on
            elif due <= demo.today and rng.random() < 0.75:
                done = max(start, min(demo.today, due - timedelta(days=rng.randint(0, 10))))
            else:
                done = None
            demo.add_child(m.PlanMilestone, {"plan_id": plan.id, "title": title, "due_on": due, "done_on": done})
        for offset in ((45, 75), (120, 150)):
            reviewed = start + timedelta(days=rng.randint(*offset))
            if reviewed > demo.today:
                break
            demo.add_child(
                m.PlanReview,
                {
                    "plan_id": plan.id,
                    "reviewed_on": reviewed,
                    "reviewer": mentor,
                    "findings": rng.choice(REVIEW_FINDINGS).format(org=org.name),
                },
            )


def _case(
    demo: _Demo,
    org: _Org,
    kind: RegistrationKind,
    *,
    opened: date,
    status: CaseStatus,
    closed: date | None = None,
    outcome: str | None = None,
) -> None:
    case = demo.add(
        m.RegistrationCase,
        {
            "organization_id": org.id,
            "kind": kind.value,
            "opened_on": opened,
            "status": status.value,
            "closed_on": closed,
            "outcome": outcome,
        },
    )
    statuses = _checklist_statuses(demo, complete=status is CaseStatus.DONE)
    for position, (item, item_status) in enumerate(zip(DEFAULT_CHECKLIST, statuses, strict=True)):
        note = "待补充" if item_status is ChecklistStatus.MISSING else None
        demo.add_child(
            m.ChecklistItem,
            {"case_id": case.id, "item": item, "status": item_status.value, "position": position, "note": note},
        )


def _checklist_statuses(demo: _Demo, *, complete: bool) -> list[ChecklistStatus]:
    if complete:
        return [ChecklistStatus.APPROVED] * len(DEFAULT_CHECKLIST)
    weights = (ChecklistStatus.APPROVED, ChecklistStatus.SUBMITTED, ChecklistStatus.MISSING)
    statuses = [demo.rng.choices(weights, (4, 3, 3))[0] for _ in DEFAULT_CHECKLIST]
    if all(status is ChecklistStatus.APPROVED for status in statuses):
        statuses[-1] = ChecklistStatus.MISSING
    return statuses


def _fill_cases(demo: _Demo) -> None:
    rng = demo.rng
    for org in demo.orgs:
        if org.filed_on and org.incubating_on:
            opened = max(org.incubating_on, org.filed_on - timedelta(days=rng.randint(15, 40)))
            _case(
                demo,
                org,
                RegistrationKind.FILING,
                opened=opened,
                status=CaseStatus.DONE,
                closed=org.filed_on,
                outcome=f"准予备案，备案编号{org.filing_number}",
            )
        if org.registered_on and org.filed_on:
            opened = max(org.filed_on, org.registered_on - timedelta(days=rng.randint(30, 60)))
            _case(
                demo,
                org,
                RegistrationKind.REGISTRATION,
                opened=opened,
                status=CaseStatus.DONE,
                closed=org.registered_on,
                outcome=f"准予登记，统一社会信用代码{org.credit_code}",
            )
    incubating = [org for org in demo.orgs if org.stage is Stage.INCUBATING and org.incubating_on]
    for org in rng.sample(incubating, min(5, len(incubating))):
        assert org.incubating_on is not None
        _case(
            demo,
            org,
            RegistrationKind.FILING,
            opened=demo.between(org.incubating_on, demo.today),
            status=CaseStatus.OPEN,
        )
    seasoned = [org for org in demo.orgs if org.stage is Stage.FILED and org.activities >= 5 and org.filed_on]
    for org in rng.sample(seasoned, min(2, len(seasoned))):
        assert org.filed_on is not None
        _case(
            demo,
            org,
            RegistrationKind.REGISTRATION,
            opened=demo.between(org.filed_on, demo.today),
            status=CaseStatus.OPEN,
        )
    exited = [org for org in demo.orgs if org.exited_on and org.incubating_on]
    if exited:
        org = rng.choice(exited)
        assert org.incubating_on is not None and org.exited_on is not None
        _case(
            demo,
            org,
            RegistrationKind.FILING,
            opened=demo.between(org.incubating_on, org.exited_on),
            status=CaseStatus.WITHDRAWN,
            closed=org.exited_on,
            outcome="组织退出孵化，申请撤回",
        )


# --- Trainings and activities ------------------------------------------------------------------------


def _fill_trainings(demo: _Demo) -> None:
    rng = demo.rng
    sessions = [*TRAININGS.items(), EXTRA_TRAINING]
    rng.shuffle(sessions)
    span = (demo.today - demo.start).days
    for index, (topic, title) in enumerate(sessions):
        center = demo.start + timedelta(days=int(span * (index + 0.5) / len(sessions)))
        held_on = demo.between(max(demo.start, center - timedelta(days=10)), center + timedelta(days=10))
        trainer = rng.choice((*TRAINERS, f"社会工作师 {demo.social_workers[0].name}"))
        training = demo.add(
            m.Training,
            {
                "title": title,
                "topic": topic.value,
                "held_on": held_on,
                "trainer": trainer,
                "hours": rng.choice((Decimal(2), Decimal("2.5"), Decimal(3))),
                "location": rng.choice(TRAINING_PLACES),
                "description": f"围绕{topic.value}主题，面向辖区社区社会组织负责人、骨干和志愿者开展培训，"
                "采用专题讲授、案例分析和分组讨论相结合的方式。",
            },
        )
        pool: list[tuple[_PersonSeed, _Org | None]] = [
            (org.leader, org)
            for org in demo.orgs
            if org.entered_on and org.entered_on <= held_on and (org.exited_on is None or org.exited_on >= held_on)
        ]
        pool += demo.volunteers + [(seed, None) for seed in demo.trainees]
        walk_ins = rng.randint(0, 3)
        chosen = rng.sample(pool, min(len(pool), rng.randint(15, 40) - walk_ins))
        for seed, org in chosen:
            demo.add_child(
                m.Attendance,
                {
                    "training_id": training.id,
                    "person_id": seed.id,
                    "attendee_name": seed.name,
                    "organization_id": org.id if org else None,
                },
            )
        for _ in range(walk_ins):
            name = demo.name(rng.choice((Gender.MALE, Gender.FEMALE)))
            demo.add_child(m.Attendance, {"training_id": training.id, "attendee_name": name})
        demo.trainings.append((held_on, len(chosen) + walk_ins))


def _in_season(title: str, day: date) -> bool:
    months = SEASONS.get(title)
    return months is None or day.month in months


def _volunteering(demo: _Demo, low: int, high: int) -> tuple[int, Decimal]:
    volunteers = demo.rng.randint(low, high)
    return volunteers, volunteers * demo.rng.choice((Decimal("1.5"), Decimal(2), Decimal("2.5"), Decimal(3)))


def _fill_activities(demo: _Demo) -> None:
    rng = demo.rng
    for org in demo.orgs:
        if not org.activities:
            continue
        first = max(org.filed_on or org.entered_on or demo.start, demo.start)
        last = org.exited_on or demo.today
        for _ in range(org.activities):
            held_on = demo.between(first, last)
            area = rng.choice(org.areas)
            title = rng.choice([t for t in ORG_ACTIVITIES[area] if _in_season(t, held_on)] or ORG_ACTIVITIES[area])
            group = rng.random() < 0.1
            beneficiaries = rng.randint(6, 15) if group else rng.randint(15, 120)
            volunteers, hours = _volunteering(demo, 2, min(12, org.members))
            location = demo.location(org.community)
            demo.add_child(
                m.Activity,
                {
                    "title": title,
                    "held_on": held_on,
                    "kind": (ActivityKind.GROUP if group else ActivityKind.COMMUNITY).value,
                    "service_area": area.value,
                    "organization_id": org.id,
                    "community_id": org.community.id,
                    "location": location,
                    "beneficiaries": beneficiaries,
                    "volunteers": volunteers,
                    "volunteer_hours": hours,
                    "description": f"{org.name}在{location}开展{title}活动，{volunteers}名志愿者参与，"
                    f"服务群众{beneficiaries}人次。",
                },
            )
            demo.activities.append(_Activity(held_on, base=False, beneficiaries=beneficiaries))
            org.log.append(demo.activities[-1])
    _fill_base_activities(demo)


def _fill_base_activities(demo: _Demo) -> None:
    """The base's own professional services (个案, 小组, 社区活动), the ones the project is measured by."""
    rng = demo.rng
    people = [seed for seed, _org in demo.volunteers] + demo.trainees
    for title, area in rng.sample(BASE_ACTIVITIES[ActivityKind.CASEWORK], BASE_CASES):
        _base_activity(demo, ActivityKind.CASEWORK, title, area, demo.between(demo.start, demo.today))
    # A group meets weekly with the same members; each meeting is one activity.
    for title, area in rng.sample(BASE_ACTIVITIES[ActivityKind.GROUP], BASE_GROUPS):
        first = demo.between(demo.start, demo.today - timedelta(weeks=GROUP_SESSIONS - 1))
        members = rng.sample(people, rng.randint(3, 6))
        size = rng.randint(6, 12)
        for number in range(1, GROUP_SESSIONS + 1):
            activity = _base_activity(
                demo,
                ActivityKind.GROUP,
                f"{title}(第{number}节)",
                area,
                first + timedelta(weeks=number - 1),
                beneficiaries=max(len(members), size - rng.randint(0, 2)),
            )
            for seed in members:
                demo.add_child(m.ActivityBeneficiary, {"activity_id": activity.id, "person_id": seed.id})
    used: list[str] = []
    for _ in range(BASE_EVENTS):
        held_on = demo.between(demo.start, demo.today)
        fitting = [t for t in BASE_ACTIVITIES[ActivityKind.COMMUNITY] if _in_season(t[0], held_on)]
        title, area = rng.choice([t for t in fitting if t[0] not in used] or fitting)
        used.append(title)
        _base_activity(demo, ActivityKind.COMMUNITY, title, area, held_on)


def _base_activity(
    demo: _Demo, kind: ActivityKind, title: str, area: ServiceArea, held_on: date, *, beneficiaries: int = 0
) -> m.Activity:
    rng = demo.rng
    community = rng.choice(demo.communities)
    if kind is ActivityKind.CASEWORK:
        beneficiaries, (volunteers, hours) = rng.randint(1, 2), _volunteering(demo, 0, 1)
        location = rng.choice(("服务对象家中", f"{TOWN}社会工作服务站"))
        description = "社工入户评估服务对象需求，制定个案服务计划，链接救助和社区资源，并定期跟进回访。"
    elif kind is ActivityKind.GROUP:
        volunteers, hours = _volunteering(demo, 1, 3)
        location = f"{TOWN}社会工作服务站活动室"
        description = (
            f"本节小组共{beneficiaries}名组员参加，社工运用游戏互动、经验分享等方法带领组员讨论，组员参与积极。"
        )
    else:
        beneficiaries, (volunteers, hours) = rng.randint(30, 150), _volunteering(demo, 5, 20)
        location = demo.location(community)
        description = (
            f"基地社工联合村(社区)和社区社会组织在{location}开展活动，{volunteers}名志愿者参与，"
            f"服务群众{beneficiaries}人次。"
        )
    activity = demo.add(
        m.Activity,
        {
            "title": title,
            "held_on": held_on,
            "kind": kind.value,
            "service_area": area.value,
            "community_id": community.id,
            "location": location,
            "beneficiaries": beneficiaries,
            "volunteers": volunteers,
            "volunteer_hours": hours,
            "description": description,
        },
    )
    demo.activities.append(_Activity(held_on, base=True, beneficiaries=beneficiaries))
    return activity


# --- Case studies and resources ----------------------------------------------------------------------


def _fill_case_studies(demo: _Demo) -> None:
    """Four typical cases, each about an organization whose recorded work backs up the figures quoted."""
    rng = demo.rng
    effective = [org for org in demo.orgs if org.filed and len(org.log) >= 2]
    others = [org for org in demo.orgs if org.log and not org.exited_on and org not in effective]
    rng.shuffle(effective)
    rng.shuffle(others)
    others.sort(key=lambda org: -len(org.log))  # stable: the busiest first, shuffled among equals
    used: list[ServiceArea] = []
    for org in effective + others:
        area = next((a for a in org.areas if a in CASE_STUDIES and a not in used), None)
        if area is None:
            continue
        used.append(area)
        title, background, process, results = CASE_STUDIES[area]
        values = {
            "org": org.name,
            "community": org.community.name,
            "leader": org.leader.name,
            "members": org.members,
            "visits": len(org.log),
            "served": sum(a.beneficiaries for a in org.log),
            "filing": "已在镇人民政府完成备案" if org.filed else "正在准备乡镇备案材料",
        }
        demo.add_child(
            m.CaseStudy,
            {
                "title": title.format(**values),
                "organization_id": org.id,
                "written_on": demo.between(max(a.held_on for a in org.log), demo.today),
                "author": rng.choice(demo.social_workers).name,
                "background": background.format(**values),
                "process": process.format(**values),
                "results": results.format(**values),
            },
        )
        if len(used) == 4:
            break


def _fill_resources(demo: _Demo) -> None:
    rng = demo.rng
    for gift in rng.sample(RESOURCE_GIFTS, 10):
        donor, description = gift.donor, gift.description
        if gift.kind is DonorKind.INDIVIDUAL:
            donor = f"{donor}{demo.name(rng.choice((Gender.MALE, Gender.FEMALE)))}"
        if gift.unit_yuan:
            # Between 700 and 1 400 yuan a gift, so ten gifts come to 7 000–14 000 yuan.
            quantity = rng.randint(-(-700 // gift.unit_yuan), 1400 // gift.unit_yuan)
            value_yuan, description = quantity * gift.unit_yuan, description.format(qty=quantity)
        else:
            value_yuan = rng.randrange(700, 1401, 50)
        received_on = demo.day_in_season(gift.description)
        passers = [org for org in demo.orgs if org.filed_on and org.filed_on <= received_on and gift.area in org.areas]
        org = rng.choice(passers) if passers and rng.random() < 0.5 else None
        demo.add_child(
            m.ResourceLink,
            {
                "received_on": received_on,
                "donor": donor,
                "donor_kind": gift.kind.value,
                "form": gift.form.value,
                "description": description,
                "value_fen": value_yuan * 100,
                "recipient_organization_id": org.id if org else None,
                "recipient": org.name if org else f"{rng.choice(demo.communities).name}{gift.recipients}",
                "purpose": gift.purpose,
            },
        )


# --- Venture contest ---------------------------------------------------------------------------------


@dataclass
class _Entry:
    org: _Org
    beneficiaries: int
    pledged_fen: int
    votes: int
    scores: list[Decimal]

    def composite(self, max_pledge: int, max_votes: int) -> float:
        expert = float(sum(self.scores)) / len(self.scores)
        pledge = 100 * self.pledged_fen / max_pledge if max_pledge else 0.0
        return 0.6 * expert + 0.2 * pledge + 0.2 * (100 * self.votes / max_votes if max_votes else 0.0)


def _contest_date(demo: _Demo) -> date:
    return min(demo.today, demo.start + timedelta(days=200))


def _fill_contest(demo: _Demo) -> None:
    rng = demo.rng
    held_on = _contest_date(demo)
    candidates = [
        org
        for org in demo.orgs
        if org.entered_on
        and org.entered_on <= held_on - timedelta(days=10)
        and (org.exited_on is None or org.exited_on > held_on)
    ]
    rng.shuffle(candidates)
    candidates.sort(key=lambda org: not org.filed)  # stable: filed organizations first, shuffled within
    chosen = candidates[:12]
    short = set(rng.sample(range(len(chosen)), min(len(chosen), rng.randint(1, 2))))
    entries = [
        _Entry(
            org,
            rng.randint(20, 45) if index in short else rng.randint(50, 300),
            rng.randrange(0, 3001, 100) * 100,
            rng.randint(80, 900),
            [Decimal(rng.randint(600, 950)) / 10 for _ in JUDGES],
        )
        for index, org in enumerate(chosen)
    ]
    max_pledge = max((e.pledged_fen for e in entries), default=0)
    max_votes = max((e.votes for e in entries), default=0)
    # Entries under the beneficiary floor cannot win, so they rank last whatever their score.
    entries.sort(key=lambda e: (e.beneficiaries < 50, -e.composite(max_pledge, max_votes)))
    contest = demo.add(
        m.VentureContest,
        {
            "name": f"{held_on.year}年{TOWN}社区微公益创投大赛",
            "year": held_on.year,
            "held_on": held_on,
            "expert_weight": 60,
            "pledge_weight": 20,
            "vote_weight": 20,
            "description": "面向辖区社区社会组织征集微公益项目，经资格审查、项目路演、专家评审、爱心认捐和大众投票，"
            "评选出获奖项目并按合同签订、中期验收、终期验收分期拨付资助资金。",
        },
    )
    titles: list[str] = []
    results = [EntryResult.WINNER] * 5 + [EntryResult.IDEA_AWARD] * 2 + [EntryResult.FINALIST] * 3
    for rank, entry in enumerate(entries):
        result = results[rank] if rank < len(results) and entry.beneficiaries >= 50 else EntryResult.NOT_AWARDED
        requested = rng.randrange(3000, 6001, 500) * 100
        grant = requested if result is EntryResult.WINNER else 0
        area, title = _contest_title(entry.org, titles)
        record = demo.add(
            m.ContestEntry,
            {
                "contest_id": contest.id,
                "organization_id": entry.org.id,
                "project_title": title,
                "summary": f"由{entry.org.name}实施，围绕{area.value}需求开展为期6个月的服务，"
                f"预计直接受益{entry.beneficiaries}人。",
                "direct_beneficiaries": entry.beneficiaries,
                "requested_fen": requested,
                "pledged_fen": entry.pledged_fen,
                "votes": entry.votes,
                "result": result.value,
                "grant_fen": grant,
            },
        )
        for judge, score in zip(JUDGES, entry.scores, strict=True):
            demo.add_child(m.JudgeScore, {"entry_id": record.id, "judge": judge, "score": score})
        if grant:
            _fill_tranches(demo, record.id, grant, held_on)


def _contest_title(org: _Org, used: list[str]) -> tuple[ServiceArea, str]:
    """A project title no other entry has: by the organization's areas, else named after it."""
    for area in org.areas:
        title = f"{org.community.name}{CONTEST_TITLES[area]}"
        if title not in used:
            break
    else:
        area, title = org.areas[0], f"{org.name}{CONTEST_TITLES[org.areas[0]]}"
    used.append(title)
    return area, title


def _fill_tranches(demo: _Demo, entry_id: str, grant: int, held_on: date) -> None:
    rng = demo.rng
    contract = demo.after(held_on, 10, 20)
    met_dates = (contract, contract + timedelta(days=rng.randint(90, 110)), contract + timedelta(days=300))
    paid_so_far = 0
    for sequence, ((condition, percent), met) in enumerate(zip(DEFAULT_TRANCHES, met_dates, strict=True), 1):
        amount = grant - paid_so_far if sequence == len(DEFAULT_TRANCHES) else grant * percent // 100
        paid_so_far += amount
        met_on = met if met <= demo.today else None
        paid_on = None
        if met_on is not None and (sequence == 1 or rng.random() < 0.6):
            paid_on = demo.after(met_on, 3, 10)
        demo.add_child(
            m.GrantTranche,
            {
                "entry_id": entry_id,
                "sequence": sequence,
                "percent": percent,
                "amount_fen": amount,
                "condition": condition.value,
                "condition_met_on": met_on,
                "paid_on": paid_on,
            },
        )


# --- Funded project, service files and targets -------------------------------------------------------


def _months(demo: _Demo) -> list[date]:
    """The first days of the 12 calendar months from the demo year's first month on: one report each."""
    first = date(demo.start.year, demo.start.month, 1)
    return [_add_months(first, index) for index in range(12)]


def _fill_project(demo: _Demo) -> None:
    rng = demo.rng
    project = demo.add(
        m.FundedProject,
        {
            "name": f"{demo.start.year}年疏附县民政局福彩公益金支持社会组织参与基层社会治理项目({TOWN})",
            "year": demo.start.year,
            "contractor": "疏附县同心社会工作服务中心",
            "funder": "疏附县民政局",
            "total_fen": 16_000_000,
            "start_on": demo.start,
            "end_on": _add_months(demo.start, 12) - timedelta(days=1),
        },
    )
    budget = (
        (BudgetKind.PERSONNEL, 9_600_000, 10_000_000, None),
        (BudgetKind.SERVICES, 4_800_000, None, 4_000_000),
        (BudgetKind.EVALUATION_OTHER, 1_600_000, 2_000_000, None),
    )
    for kind, planned, cap, floor in budget:
        demo.add_child(
            m.BudgetLine,
            {"project_id": project.id, "kind": kind.value, "planned_fen": planned, "cap_fen": cap, "floor_fen": floor},
        )
    team = [demo.social_workers[0], demo.social_workers[1], demo.staff[0]]
    for seed, role in zip(team, PROJECT_STAFF_ROLES, strict=True):
        demo.add_child(
            m.ProjectStaff, {"project_id": project.id, "person_id": seed.id, "role": role, "full_time": True}
        )

    def expense(kind: BudgetKind, on: date, yuan: int, what: str, payee: str | None = None) -> None:
        demo.add_child(
            m.Expense,
            {
                "project_id": project.id,
                "kind": kind.value,
                "spent_on": on,
                "amount_fen": yuan * 100,
                "description": what,
                "payee_person_id": payee,
            },
        )

    months = _months(demo)
    for index, first in enumerate(months):
        day = min(demo.today, max(demo.start, first.replace(day=rng.randint(20, 28))))
        label = f"{first.year}年{first.month}月"
        for seed, role, salary in zip(team, PROJECT_STAFF_ROLES, STAFF_SALARIES_YUAN, strict=True):
            expense(BudgetKind.PERSONNEL, day, salary, f"{label}{role}工资", seed.id)
        expense(BudgetKind.SERVICES, day, rng.randrange(2600, 3401, 100), f"{label}服务活动物资采购")
        if index == 5:
            expense(BudgetKind.EVALUATION_OTHER, day, 6000, "项目中期第三方评估费")
        if index == 10:
            expense(BudgetKind.EVALUATION_OTHER, day, 3000, "项目专项财务审计费")
    for held_on, _count in demo.trainings:
        expense(BudgetKind.SERVICES, held_on, rng.randrange(800, 1501, 50), "培训场地租用及资料印刷费")
    expense(BudgetKind.SERVICES, _contest_date(demo), 3000, "微公益创投大赛路演组织费用")
    _fill_reports(demo, project.id, months)


def _fill_reports(demo: _Demo, project_id: str, months: list[date]) -> None:
    rng = demo.rng
    for first in months:

        def same_month(day: date, first: date = first) -> bool:
            return (day.year, day.month) == (first.year, first.month)

        held = [a for a in demo.activities if same_month(a.held_on)]
        base = [a for a in held if a.base]
        trainings = [count for day, count in demo.trainings if same_month(day)]
        files = sum(1 for day in demo.files if same_month(day))
        summary = (
            f"本月开展服务活动{len(held)}场，其中基地专业服务活动{len(base)}场，"
            f"服务群众{sum(a.beneficiaries for a in held)}人次；组织培训{len(trainings)}场，"
            f"参训{sum(trainings)}人次；新建婚姻家庭服务档案{files}份。"
        )
        demo.add_child(
            m.ProgressReport,
            {
                "project_id": project_id,
                "month": f"{first.year:04d}-{first.month:02d}",
                "summary": summary,
                "issues": rng.choice([text for text, when in REPORT_ISSUES if not when or first.month in when] + [""]),
                "next_plan": rng.choice(REPORT_PLANS),
            },
        )


def _fill_service_files(demo: _Demo) -> None:
    rng = demo.rng
    counsellors = [seed.name for seed in demo.social_workers]
    for _ in range(22):
        opened = demo.between(demo.start, demo.today)
        couple = f"{demo.name(Gender.MALE)}、{demo.name(Gender.FEMALE)}"
        demo.add_child(
            m.ServiceFile,
            {
                "kind": ServiceFileKind.MARRIAGE_CUSTOM.value,
                "opened_on": opened,
                "subject_name": couple,
                "community_id": rng.choice(demo.communities).id,
                "counsellor": rng.choice(counsellors),
                "notes": rng.choice(MARRIAGE_NOTES),
                "closed_on": opened,
            },
        )
        demo.files.append(opened)
    for _ in range(6):
        opened = demo.between(demo.start, demo.today - timedelta(days=20))
        closed = demo.after(opened, 20, 60) if rng.random() < 0.6 else None
        demo.add_child(
            m.ServiceFile,
            {
                "kind": ServiceFileKind.FAMILY_COUNSELLING.value,
                "opened_on": opened,
                "subject_name": demo.name(rng.choice((Gender.MALE, Gender.FEMALE))),
                "community_id": rng.choice(demo.communities).id,
                "counsellor": rng.choice(counsellors),
                "notes": rng.choice(COUNSELLING_NOTES),
                "closed_on": closed,
            },
        )
        demo.files.append(opened)


def _fill_targets(demo: _Demo, site_code: str) -> None:
    target_set = demo.add(
        m.TargetSet,
        {
            "site_code": site_code,
            "name": f"年度绩效目标({demo.start.isoformat()}至{demo.today.isoformat()})",
            "period_start": demo.start,
            "period_end": demo.today,
        },
    )
    for indicator, value in TARGETS:
        demo.add_child(m.TargetValue, {"target_set_id": target_set.id, "indicator": indicator, "value": Decimal(value)})
