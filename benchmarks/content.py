"""Plausible Chinese content for generated records: names, codes, titles, stamps; all from a seeded random source."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from incubator_desktop.core.clock import format_stamp
from incubator_desktop.core.demo import (
    BASE_ACTIVITIES,
    HAN_FEMALE,
    HAN_MALE,
    HAN_SURNAMES,
    ORG_ACTIVITIES,
    ORG_TEMPLATES,
    PHONE_PREFIXES,
    RESOURCE_GIFTS,
    TRAININGS,
    UYGHUR_FEMALE,
    UYGHUR_MALE,
    credit_check_char,
    id_check_char,
)

__all__ = [
    "BASE_ACTIVITIES",
    "ORG_ACTIVITIES",
    "ORG_TEMPLATES",
    "RESOURCE_GIFTS",
    "TRAININGS",
    "Stamper",
    "credit_code",
    "id_number",
    "person_name",
    "phone",
    "record_id",
]

DISTRICT_CODE = "653121"
DISTRICT_NAME = "疏附县民政局"
TOWNSHIP_NAMES = (
    "托克扎克镇", "兰干乡", "吾库萨克镇", "塔什米里克乡", "铁日木乡", "布拉克苏乡", "萨依巴格乡", "站敏乡",
    "木什乡", "阿克喀什乡", "英吾斯坦乡", "苏布拉克乡", "阿瓦提镇", "巴仁乡", "色力布亚镇", "乌帕尔镇",
    "库木西力克乡", "塔孜洪乡", "英阿瓦提乡", "帕哈太克里乡", "牙甫泉镇", "伯什克然木乡", "夏马勒乡", "浩罕乡",
)  # fmt: skip
VILLAGE_ROOTS = (
    "幸福", "团结", "和谐", "光明", "友谊", "阳光", "振兴", "石榴籽", "丰收", "新城", "红旗", "前进", "胜利", "东风",
    "建设", "富民", "兴旺", "长青", "向阳", "绿洲", "清泉", "金穗", "玉河", "天山", "博斯坦", "喀拉塔什", "阿热勒",
    "托万", "英买里", "兰杆", "巴格", "其兰", "恰其", "库勒", "吐曼", "亚喀", "塔尕尔", "依格孜", "阿亚格", "排孜",
)  # fmt: skip
PLACES = ("村委会广场", "党群服务中心", "新时代文明实践站", "村民活动室", "文化广场", "农家书屋", "幼儿园", "卫生室")
DESCRIPTIONS = (
    "组织志愿者分组入户，登记需求并现场解决问题，活动结束后整理台账和照片。",
    "邀请镇卫生院和司法所工作人员参加，现场解答群众咨询，发放宣传资料。",
    "活动前在村民微信群发布通知，现场签到，活动后回访部分参与群众。",
    "结合农闲时间开展，参与群众积极性高，下一步将形成常态化服务。",
    "由组织骨干带领开展，社工现场指导，基地提供场地和物资支持。",
)


def record_id(rng: random.Random) -> str:
    """A random-looking 32-hex id, like the app's uuid4 ids, but reproducible."""
    return f"{rng.getrandbits(128):032x}"


def person_name(rng: random.Random, *, female: bool | None = None) -> tuple[str, bool]:
    female = rng.random() < 0.5 if female is None else female
    if rng.random() < 0.7:
        given = rng.choice(UYGHUR_FEMALE if female else UYGHUR_MALE)
        family = rng.choice(UYGHUR_MALE)
        return f"{given}·{family}", female
    return rng.choice(HAN_SURNAMES) + rng.choice(HAN_FEMALE if female else HAN_MALE), female


def id_number(rng: random.Random, *, female: bool) -> str:
    born = date(1955, 1, 1) + timedelta(days=rng.randrange(45 * 365))
    serial = rng.randrange(0, 500) * 2 + (0 if female else 1)
    body = f"{DISTRICT_CODE}{born:%Y%m%d}{serial:03d}"
    return body + id_check_char(body)


def phone(rng: random.Random) -> str:
    return rng.choice(PHONE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def credit_code(rng: random.Random) -> str:
    body = f"52{DISTRICT_CODE}MJ{rng.randrange(10**7):07d}"
    return body + credit_check_char(body)


def epoch_ms(day: date, *, hour: int = 10) -> int:
    return int(datetime(day.year, day.month, day.day, hour, tzinfo=UTC).timestamp() * 1000)


class Stamper:
    """The sync columns every record carries, as the owner site's device would have written them.

    Stamps follow the record's own date (entered within a few days of the event, never after `ceiling`),
    so clock order and date order agree as they do on a real install.
    """

    def __init__(self, site_code: str, device_id: str, rng: random.Random) -> None:
        self.site_code, self.device_id, self._rng = site_code, device_id, rng

    def __call__(self, day: date, *, ceiling: date, deleted: bool = False) -> dict[str, Any]:
        entered = min(day + timedelta(days=self._rng.randrange(0, 4)), ceiling)
        wall = epoch_ms(entered, hour=1) + self._rng.randrange(12 * 3600 * 1000)
        when = datetime.fromtimestamp(wall / 1000, UTC)
        return {
            "id": record_id(self._rng),
            "origin_site": self.site_code,
            "device_id": self.device_id,
            "hlc": format_stamp(wall, 0),
            "deleted": deleted,
            "created_at": when,
            "updated_at": when,
        }


def horizon_stamp(day: date) -> str:
    """A stamp after every stamp written on or before `day`: what the district has acknowledged."""
    return format_stamp(epoch_ms(day + timedelta(days=1), hour=0) - 1, 0)


def day_in(rng: random.Random, year: int, month: int | None = None) -> date:
    if month is None:
        return date(year, 1, 1) + timedelta(days=rng.randrange(366 if year % 4 == 0 else 365))
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first + timedelta(days=rng.randrange((nxt - first).days))


def township_weights(count: int) -> list[float]:
    """Relative sizes of the townships, largest first: a couple of big towns (镇), many small 乡; mean 1."""
    if count == 1:
        return [1.0]
    raw = [2.2 * (0.5 / 2.2) ** (i / (count - 1)) for i in range(count)]
    mean = sum(raw) / count
    return [w / mean for w in raw]
