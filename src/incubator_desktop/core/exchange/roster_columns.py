"""The roster's columns: what each means, its canonical caption and the header synonyms clerks use."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum


class ColumnKind(Enum):
    """How a column's cells are read and written."""

    TEXT = "text"
    CATEGORY = "category"
    STAGE = "stage"
    PHONE = "phone"
    ID_NUMBER = "id_number"
    CREDIT_CODE = "credit_code"
    DATE = "date"
    COUNT = "count"
    AREAS = "areas"


#: The pseudo-field of the community column: a name, resolved to `community_id` on import.
COMMUNITY = "community"


@dataclass(frozen=True)
class RosterColumn:
    """One roster column: the Organization field it fills (or COMMUNITY), its caption and synonyms."""

    field: str
    caption: str
    kind: ColumnKind
    synonyms: tuple[str, ...] = ()
    #: Cells are written as text (`@`) so Excel keeps every digit and leading zero.
    text_format: bool = False

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.caption, *self.synonyms)


#: Every column the import understands, in the order the export writes them.
ROSTER_COLUMNS: tuple[RosterColumn, ...] = (
    RosterColumn("name", "组织名称", ColumnKind.TEXT, ("社会组织名称", "社区社会组织名称", "名称")),
    RosterColumn("category", "类别", ColumnKind.CATEGORY, ("组织类别", "类型", "组织类型")),
    RosterColumn(
        COMMUNITY, "所在村（社区）", ColumnKind.TEXT, ("村（社区）", "所属社区", "社区", "所在社区", "所在村")
    ),
    RosterColumn("stage", "培育状态", ColumnKind.STAGE, ("状态",)),
    RosterColumn("leader_name", "负责人", ColumnKind.TEXT, ("负责人姓名",)),
    RosterColumn("leader_phone", "联系电话", ColumnKind.PHONE, ("电话", "手机", "手机号码", "负责人电话"), True),
    RosterColumn(
        "leader_id_number", "负责人身份证号", ColumnKind.ID_NUMBER, ("身份证号", "身份证号码", "负责人身份证号码"), True
    ),
    RosterColumn("founded_on", "成立时间", ColumnKind.DATE, ("成立日期",)),
    RosterColumn("members", "成员人数", ColumnKind.COUNT, ("人数", "成员数")),
    RosterColumn("service_areas", "服务领域", ColumnKind.AREAS, ("服务类型",)),
    RosterColumn("address", "地址", ColumnKind.TEXT, ("活动地址", "办公地址", "活动场所")),
    RosterColumn("entered_on", "入驻时间", ColumnKind.DATE, ("入驻日期",)),
    RosterColumn("filed_on", "备案时间", ColumnKind.DATE, ("备案日期",)),
    RosterColumn("filing_number", "备案编号", ColumnKind.TEXT, ("备案号",), True),
    RosterColumn("registered_on", "登记时间", ColumnKind.DATE, ("登记日期",)),
    RosterColumn("credit_code", "统一社会信用代码", ColumnKind.CREDIT_CODE, ("信用代码", "社会信用代码"), True),
)

COLUMNS_BY_FIELD: dict[str, RosterColumn] = {column.field: column for column in ROSTER_COLUMNS}
NAME_COLUMN = COLUMNS_BY_FIELD["name"]
#: The caption of the row-number column the export writes and the import ignores, as clerks keep it.
SERIAL_CAPTION = "序号"
#: How many rows from the top may hold titles before the header row.
HEADER_SEARCH_ROWS = 10

_MARKS = re.compile(r"[\s*:：]")  # required-field stars, trailing colons and any spacing
_TRAILING_NOTE = re.compile(r"\([^()]*\)$")  # "成员人数（人）", "成立时间(年月日)"


def header_key(text: object) -> str:
    """A header's comparable form: NFKC (so （） equals ()), without spaces, stars or colons."""
    if not isinstance(text, str):
        return ""
    return _MARKS.sub("", unicodedata.normalize("NFKC", text))


_BY_KEY: dict[str, RosterColumn] = {
    header_key(header): column for column in ROSTER_COLUMNS for header in column.headers
}


def column_for_header(text: object) -> RosterColumn | None:
    """The column a header cell names, tolerating a trailing note in brackets; None for unknown headers."""
    key = header_key(text)
    if not key:
        return None
    return _BY_KEY.get(key) or _BY_KEY.get(_TRAILING_NOTE.sub("", key))


@dataclass(frozen=True)
class HeaderMap:
    """Where the header row is, which 0-based column index holds each known field, and the row as written."""

    row: int
    positions: dict[str, int]
    captions: dict[str, str]
    cells: tuple[object, ...]

    @property
    def width(self) -> int:
        """How many columns hold something: the header's own cells, unknown columns included."""
        return max(len(self.cells), max(self.positions.values()) + 1)


def find_header(rows: Sequence[tuple[object, ...]], *, first_row: int = 1) -> HeaderMap | None:
    """The best header row among `rows` (the sheet's top rows): it must name the organization column.

    The row that recognizes the most columns wins, so a title such as "名称：某镇名册" cannot beat it;
    the first column naming a field wins over later repeats.
    """
    best: HeaderMap | None = None
    for offset, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        positions: dict[str, int] = {}
        captions: dict[str, str] = {}
        for index, cell in enumerate(cells):
            column = column_for_header(cell)
            if column is not None and column.field not in positions:
                positions[column.field] = index
                captions[column.field] = str(cell).strip()
        if NAME_COLUMN.field in positions and (best is None or len(positions) > len(best.positions)):
            used = max(index for index, cell in enumerate(cells) if cell is not None and cell != "") + 1
            best = HeaderMap(first_row + offset, positions, captions, cells=tuple(cells[:used]))
    return best
