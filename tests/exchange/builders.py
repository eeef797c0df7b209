"""Builders for the workbooks the exchange tests feed in: messy rosters, rewritten zips, database snapshots."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import func, select

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.validation.identifiers import CREDIT_CODE_ALPHABET, check_credit_code, check_id_number

#: The day the tests treat as today, so "not in the future" never depends on the calendar.
TODAY = date(2024, 6, 30)


def complete_id_number(body: str) -> str:
    """The valid 18-character ID number that starts with these 17 digits."""
    return next(body + c for c in "0123456789X" if check_id_number(body + c, today=TODAY) is None)


def complete_credit_code(body: str) -> str:
    """The valid unified social credit code that starts with these 17 characters."""
    return next(body + c for c in CREDIT_CODE_ALPHABET if check_credit_code(body + c) is None)


def full_width(text: str) -> str:
    """The same text typed with a Chinese input method in full-width mode."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@dataclass(frozen=True)
class Codes:
    id_a: str
    id_b: str
    credit_a: str
    credit_b: str

    @property
    def bad_id(self) -> str:
        """A well-formed ID number whose check character is wrong."""
        return self.id_a[:17] + ("1" if self.id_a[17] != "1" else "2")

    @property
    def bad_credit(self) -> str:
        last = CREDIT_CODE_ALPHABET[(CREDIT_CODE_ALPHABET.index(self.credit_a[17]) + 1) % 31]
        return self.credit_a[:17] + last


CODES = Codes(
    id_a="11010519491231002X",
    id_b=complete_id_number("65312119850612301"),
    credit_a=complete_credit_code("52653121MJ0000001"),
    credit_b=complete_credit_code("51653121MJ0000002"),
)


def messy_sheet(ws: Worksheet, codes: Codes) -> None:
    """A roster as clerks keep it: titles, synonyms, merges, blanks, footers and every kind of mistake."""
    ws["A1"] = "托克扎克镇社区社会组织名册（2024年）"
    ws.merge_cells("A1:M1")
    ws["A2"] = "填报单位：托克扎克镇社会工作服务站"
    ws.merge_cells("A2:M2")
    # fmt: off
    rows: dict[int, list[Any]] = {
        3: ["序号", "社会组织名称", "组织类别", "所在村(社区)", "负责人姓名", "手机", "身份证号码", "成立日期",
            "人数", "状态", "备案日期", "信用代码", "备注"],
        4: [1, "团结村舞蹈队", "文体活动", "团结村", "张三", "139 1234 5678", codes.id_a, "2023年5月1日",
            "15人", "入驻"],
        5: [2, "团结村夕阳红志愿服务队", "公益慈善类", None, "李四", "139-1234-5679", full_width(codes.id_b),
            "2023/5/1", "１２", "培育中"],
        6: [3, "团结村邻里调解队", "社区事务", None, "王五", 13912345680, float(codes.id_a[:17] + "1"),
            "2023.5.1"],
        8: [4, "\u3000幸福社区编织组\u3000", "生活服务", "幸福社区", "赵六", "0998-1234567", None, "2023.5.1",
            20.0, "已备案", "2023-06-01"],
        9: [5, "幸福社区合唱团", "文艺类", "幸福社区", "钱七"],
        10: [6, None, "文体活动类", "幸福社区", "孙七"],
        11: [7, "幸福社区书法协会", "文体活动类", "幸福社区", None, None, None, "2023-02-30"],
        12: [8, "团结村舞蹈队", "文体活动类", "团结村", "张三"],
        13: [9, "光明村红白理事会", "社区事务类", "光明村", "周八", None, None, datetime(2022, 3, 4), "30 人",
             "已登记", 45000, full_width(codes.credit_a.lower())],
        14: [10, "光明村篮球队", "文体活动类", "光明村", "吴九", None, codes.bad_id],
        15: [11, "光明村广场舞队", "文体活动类", "光明村", None, None, None, None, "十五人", None, None,
             codes.bad_credit],
        16: ["合计", "11个"],
        17: ["填表人：张三", None, None, None, None, None, "审核人：李四"],
        18: ["说明：本表由各村（社区）填报"],
    }
    # fmt: on
    for number, values in rows.items():
        for column, value in enumerate(values, 1):
            ws.cell(number, column, value)
    ws.merge_cells("D4:D6")  # the community written once for three rows
    ws.merge_cells("A17:E17")


#: What the messy roster should give: the rows rejected, with the field each problem is in.
MESSY_REJECTED = [
    (6, "leader_id_number"),
    (9, "category"),
    (10, "name"),
    (11, "founded_on"),
    (14, "leader_id_number"),
    (15, "members"),
    (15, "credit_code"),
]
MESSY_CREATED = ["团结村舞蹈队", "团结村夕阳红志愿服务队", "幸福社区编织组", "光明村红白理事会"]


def rewrite_zip(source: Path, target: Path, changes: Mapping[str, bytes | Callable[[bytes], bytes]]) -> Path:
    """Copy an xlsx member by member, replacing (or adding) the members named in `changes`."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            change = changes.get(info.filename)
            new.writestr(info.filename, change(data) if callable(change) else (change or data))
        for name, change in changes.items():
            if name not in old.namelist() and isinstance(change, bytes):
                new.writestr(name, change)
    return target


def sheet_xml(path: Path) -> str:
    """Every worksheet part of an xlsx, concatenated, as text."""
    with zipfile.ZipFile(path) as archive:
        parts = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        return "".join(archive.read(name).decode("utf-8") for name in sorted(parts))


ORG_FIELDS = (
    "name", "category", "stage", "leader_name", "leader_phone", "leader_id_number", "founded_on", "members",
    "service_areas", "address", "entered_on", "filed_on", "filing_number", "registered_on", "credit_code",
)  # fmt: skip


def database_state(db: Database) -> dict[str, Any]:
    """Everything an import may touch, comparable before and after: rows, counts and the clock."""
    with db.reading() as session:
        query = (
            select(m.Organization, m.Community.name)
            .outerjoin(m.Community, m.Community.id == m.Organization.community_id)
            .order_by(m.Organization.name, m.Community.name)
        )
        organizations = [
            (*(getattr(org, name) for name in ORG_FIELDS), community, org.hlc)
            for org, community in session.execute(query)
        ]
        return {
            "organizations": organizations,
            "communities": sorted(session.scalars(select(m.Community.name))),
            "audit": session.scalar(select(func.count()).select_from(m.AuditEntry)),
            "last_hlc": session.scalar(select(m.LocalSite.last_hlc)),
        }


SHEET_PART = "xl/worksheets/sheet1.xml"
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def sheet_document(rows: Iterable[str], *, dimension: str | None = None) -> bytes:
    """A worksheet part around ready-made `<row>` elements, optionally declaring its dimension."""
    declared = f'<dimension ref="{dimension}"/>' if dimension else ""
    head = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN_NS}">{declared}<sheetData>'
    return (head + "".join(rows) + "</sheetData></worksheet>").encode("utf-8")


def text_row(number: int, *values: str | int) -> str:
    """One `<row>` of inline strings and numbers starting in column A."""
    cells = []
    for index, value in enumerate(values):
        ref = f"{chr(ord('A') + index)}{number}"
        if isinstance(value, int):
            cells.append(f'<c r="{ref}"><v>{value}</v></c>')
        else:
            cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>')
    return f'<row r="{number}">{"".join(cells)}</row>'
