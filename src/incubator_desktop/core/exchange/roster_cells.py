"""Reads one roster cell by its column's kind: NFKC text, categories, stages, phones, IDs, dates, counts."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from incubator_desktop.core.errors import FieldError
from incubator_desktop.core.exchange.roster_columns import ColumnKind, RosterColumn
from incubator_desktop.core.validation.dates import parse_date
from incubator_desktop.core.validation.identifiers import (
    check_credit_code,
    check_id_number,
    normalize_credit_code,
    normalize_id_number,
)
from incubator_desktop.core.validation.phones import check_phone, normalize_phone
from incubator_desktop.core.validation.text import normalize_text
from incubator_desktop.core.vocab import Category, ServiceArea, Stage

#: What a cell read gives: the normalized value (None when the cell says nothing) or the problem with it.
CellResult = tuple[Any, FieldError | None]

#: Other ways rosters write the stages; the canonical values are accepted as they are.
STAGE_ALIASES: dict[str, Stage] = {
    "已入驻": Stage.ENTERED,
    "培育": Stage.INCUBATING,
    "孵化中": Stage.INCUBATING,
    "备案": Stage.FILED,
    "登记": Stage.REGISTERED,
    "已注册": Stage.REGISTERED,
    "出壳": Stage.GRADUATED,
    "已退出": Stage.EXITED,
}
#: Masked exports show IDs and phones with stars; such a cell means "keep what is stored".
MASK_CHAR = "*"
# Numbers below this are never a date in a roster: they are years ("2019") or typos, not 1900s serials.
_SMALLEST_DATE_SERIAL = 10_000
_COUNT = re.compile(r"(\d+)\s*[人名个]?", re.ASCII)
_SCIENTIFIC = re.compile(r"\d(?:\.\d+)?E\+?\d+", re.IGNORECASE | re.ASCII)
_AREA_SEPARATORS = re.compile(r"[、,;/\s]+")
# The vocabularies as plain lists, built once: iterating an enum for every cell is slow.
_CATEGORIES = [c.value for c in Category]
_STAGES = [s.value for s in Stage]
_AREAS = [area.value for area in ServiceArea]


def read_cell(column: RosterColumn, value: object, *, today: date) -> CellResult:
    """Normalize `value` for `column`; (None, None) for a cell that is empty or keeps the stored value."""
    if value is None:
        return None, None
    # A text cell is normalized once here; that is also what cell_text gives for it.
    text = normalize_text(value) if isinstance(value, str) else cell_text(value)
    if not text and isinstance(value, str):
        return None, None
    field = column.field
    match column.kind:
        case ColumnKind.TEXT:
            return text, None
        case ColumnKind.CATEGORY:
            return _choice(field, text, _CATEGORIES, suffix="类")
        case ColumnKind.STAGE:
            stage = STAGE_ALIASES[text].value if text in STAGE_ALIASES else text
            return _choice(field, stage, _STAGES)
        case ColumnKind.PHONE:
            return _phone(field, text)
        case ColumnKind.ID_NUMBER:
            return _id_number(field, value, text, today)
        case ColumnKind.CREDIT_CODE:
            return _credit_code(field, value, text)
        case ColumnKind.DATE:
            return _date(field, value, text)
        case ColumnKind.COUNT:
            return _count(field, value, text)
        case ColumnKind.AREAS:
            return _areas(field, text)


def cell_text(value: object) -> str:
    """A cell as trimmed NFKC text; whole numbers lose their ".0" and dates read as 2023-05-01."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    return normalize_text(str(value))


def _checked(value: Any, error: FieldError | None) -> CellResult:
    return (None, error) if error is not None else (value, None)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _choice(field: str, text: str, allowed: list[str], *, suffix: str = "") -> CellResult:
    if text in allowed:
        return text, None
    if suffix and text + suffix in allowed:
        return text + suffix, None
    return None, FieldError(field, "unknown_choice", {"value": text, "allowed": list(allowed)})


def _phone(field: str, text: str) -> CellResult:
    if MASK_CHAR in text:
        return None, None
    phone = normalize_phone(text)
    return _checked(phone, check_phone(phone, field=field))


def _id_number(field: str, value: object, text: str, today: date) -> CellResult:
    # Excel keeps 15 significant digits: an 18-digit ID typed into a number cell has already lost its end.
    if _is_number(value) or _SCIENTIFIC.fullmatch(text):
        return None, FieldError(field, "id_number_as_number")
    if MASK_CHAR in text:
        return None, None
    number = normalize_id_number(text)
    return _checked(number, check_id_number(number, field=field, today=today))


def _credit_code(field: str, value: object, text: str) -> CellResult:
    if _is_number(value) or _SCIENTIFIC.fullmatch(text):
        return None, FieldError(field, "credit_code_as_number")
    code = normalize_credit_code(text)
    return _checked(code, check_credit_code(code, field=field))


def _date(field: str, value: object, shown: str) -> CellResult:
    if _is_number(value) and abs(float(str(value))) < _SMALLEST_DATE_SERIAL:
        return None, FieldError(field, "date_invalid", {"value": shown})
    try:
        return parse_date(value), None
    except ValueError:
        return None, FieldError(field, "date_invalid", {"value": shown})


def _count(field: str, value: object, text: str) -> CellResult:
    match = _COUNT.fullmatch(text) if not isinstance(value, bool) else None
    if match is None:
        return None, FieldError(field, "members_invalid", {"value": text})
    return int(match.group(1)), None


def _areas(field: str, text: str) -> CellResult:
    allowed = _AREAS
    areas: list[str] = []
    for item in _AREA_SEPARATORS.split(text):
        if not item or item in areas:
            continue
        if item not in allowed:
            return None, FieldError(field, "unknown_choice", {"value": item, "allowed": list(allowed)})
        areas.append(item)
    return areas or None, None
