"""Date parsing for forms and spreadsheets, and the small field checks shared by every form."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal

from incubator_desktop.core.errors import FieldError

# Excel's 1900 date system counts 1900-01-01 as serial 1 and keeps Lotus 1-2-3's fictitious
# 1900-02-29 as serial 60, so serials after 60 are one day ahead of a plain count.
_EXCEL_EPOCH_BEFORE_LEAP_BUG = date(1899, 12, 31)
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_FAKE_LEAP_DAY = 60
_EXCEL_LAST_SERIAL = 2958465  # 9999-12-31

# A trailing time is what Excel and database exports add to plain dates; it carries nothing here.
_TIME = r"(?:[T ]\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_DATE_PATTERNS = (
    re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})" + _TIME, re.ASCII),
    re.compile(r"(\d{4})(年)(\d{1,2})月(\d{1,2})日?" + _TIME, re.ASCII),
    re.compile(r"(\d{4})()(\d{2})(\d{2})" + _TIME, re.ASCII),
)


def parse_date(value: object) -> date | None:
    """Read a date from a form or spreadsheet cell; None when empty, ValueError when not a real date.

    Accepts date and datetime objects, Excel serial numbers (1900 date system), 8-digit numbers
    such as 20230501 (a date typed into a number cell), and strings like 2023-05-01, 2023/5/1,
    2023.5.1, 2023年5月1日 and 20230501, optionally followed by a time of day.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    # bool is an int, but True is never meant as 1900-01-01.
    if isinstance(value, bool):
        raise ValueError(f"not a date: {value!r}")
    if isinstance(value, int | float | Decimal):
        return _parse_number(value)
    if isinstance(value, str):
        return _parse_text(value)
    raise ValueError(f"not a date: {value!r}")


def check_date(value: object, *, field: str) -> FieldError | None:
    """Report `date_invalid` when `value` cannot be read as a real date; an empty value passes."""
    try:
        parse_date(value)
    except ValueError:
        return FieldError(field, "date_invalid", {"value": str(value)})
    return None


def check_not_future(value: date | None, *, field: str, today: date | None = None) -> FieldError | None:
    """Report `date_in_future` for a date after `today` (the real today unless given)."""
    limit = today if today is not None else date.today()
    if value is not None and value > limit:
        return FieldError(field, "date_in_future")
    return None


def check_date_order(start: date | None, end: date | None, *, field: str) -> FieldError | None:
    """Report `date_order` when `end` falls before `start`; a missing date passes."""
    if start is not None and end is not None and end < start:
        return FieldError(field, "date_order")
    return None


def check_non_negative(value: int | Decimal | None, *, field: str) -> FieldError | None:
    """Report `negative` for a count or amount below zero; None passes."""
    if value is not None and value < 0:
        return FieldError(field, "negative")
    return None


def check_required(value: object, *, field: str) -> FieldError | None:
    """Report `required` for None, an empty string, or a string of nothing but whitespace."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return FieldError(field, "required")
    return None


def _parse_number(value: int | float | Decimal) -> date:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"not a date: {value!r}")
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(f"not a date: {value!r}")
    whole = int(value)
    if whole == value and 10_000_000 <= whole <= 99_999_999:
        return _match_date(str(whole))
    # The fraction of a serial is the time of day.
    if not 1 <= whole <= _EXCEL_LAST_SERIAL:
        raise ValueError(f"not an Excel date serial: {value!r}")
    if whole == _EXCEL_FAKE_LEAP_DAY:
        raise ValueError("Excel serial 60 is 1900-02-29, a day that never existed")
    if whole < _EXCEL_FAKE_LEAP_DAY:
        return _EXCEL_EPOCH_BEFORE_LEAP_BUG + timedelta(days=whole)
    return _EXCEL_EPOCH + timedelta(days=whole)


def _parse_text(value: str) -> date | None:
    text = unicodedata.normalize("NFKC", value).strip()
    return _match_date(text) if text else None


def _match_date(text: str) -> date:
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match is not None:
            year, _, month, day = match.groups()
            # date() raises ValueError for 2023-02-30 and the like, which is what callers expect.
            return date(int(year), int(month), int(day))
    raise ValueError(f"not a date: {text!r}")
