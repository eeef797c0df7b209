"""Tests for date parsing and the shared field checks."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest

from incubator_desktop.core.errors import FieldError
from incubator_desktop.core.validation.dates import (
    check_date,
    check_date_order,
    check_non_negative,
    check_not_future,
    check_required,
    parse_date,
)

MAY_DAY = date(2023, 5, 1)


@pytest.mark.parametrize(
    "value",
    [
        "2023-05-01",
        "2023-5-1",
        "2023/5/1",
        "2023/05/01",
        "2023.5.1",
        "2023.05.01",
        "2023年5月1日",
        "2023年05月01日",
        "2023年5月1",
        "20230501",
        "2023-05-01 00:00:00",
        "2023-05-01T08:30:00",
        "2023-05-01T08:30:00.123456+08:00",
        "2023/5/1 8:30",
        "2023年5月1日 10:00",
        "20230501 00:00:00",
        "２０２３－０５－０１",
        "２０２３年５月１日",
        " 2023-05-01\u3000",
    ],
)
def test_every_string_form(value: str) -> None:
    """Hyphen, slash, dot, 年月日 and compact forms, with or without a time, all read as the same day."""
    assert parse_date(value) == MAY_DAY


def test_date_and_datetime_objects() -> None:
    """A date comes back as is; a datetime gives its date."""
    assert parse_date(MAY_DAY) == MAY_DAY
    assert parse_date(datetime(2023, 5, 1, 23, 59)) == MAY_DAY
    result = parse_date(datetime(2023, 5, 1, 12))
    assert type(result) is date


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (45047, MAY_DAY),
        (45047.0, MAY_DAY),
        (45047.75, MAY_DAY),
        (Decimal("45047"), MAY_DAY),
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),
        (36526, date(2000, 1, 1)),
        (43831, date(2020, 1, 1)),
        (2958465, date(9999, 12, 31)),
    ],
)
def test_excel_serials(serial: float | Decimal, expected: date) -> None:
    """Serials count from 1900-01-01 = 1, skip Excel's fictitious 1900-02-29, and drop the time."""
    assert parse_date(serial) == expected


@pytest.mark.parametrize("serial", [0, -1, 0.5, 60, 60.5, 2958466, float("nan"), float("inf"), Decimal("NaN")])
def test_impossible_excel_serials(serial: float | Decimal) -> None:
    """Serial 0, negatives, the fake leap day 60 and values past 9999-12-31 are not dates."""
    with pytest.raises(ValueError):
        parse_date(serial)


def test_eight_digit_number_reads_as_compact_date() -> None:
    """A date typed into a number cell as 20230501 is read as that day, not as a serial."""
    assert parse_date(20230501) == MAY_DAY
    assert parse_date(20230501.0) == MAY_DAY
    with pytest.raises(ValueError):
        parse_date(20230230)


@pytest.mark.parametrize("value", [None, "", "   ", "\u3000", "\xa0"])
def test_empty_values_give_none(value: str | None) -> None:
    """Nothing entered means no date, not an error."""
    assert parse_date(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "2023-02-30",
        "2023-02-29",
        "1900-02-29",
        "2023-13-01",
        "2023-00-10",
        "2023-04-31",
        "2023-05-00",
        "abc",
        "2023/5-1",
        "23-5-1",
        "2023-05-01 garbage",
        "2023-05",
        "20230532",
        "2023年5月",
        "١٤٤٤-٠٥-٠١",
    ],
)
def test_not_a_real_date_raises(value: str) -> None:
    """Impossible days, unknown shapes and mixed separators raise ValueError."""
    with pytest.raises(ValueError):
        parse_date(value)


@pytest.mark.parametrize(
    ("value", "expected"), [("2024-02-29", date(2024, 2, 29)), ("2000年2月29日", date(2000, 2, 29))]
)
def test_leap_days_in_leap_years(value: str, expected: date) -> None:
    """Feb 29 is accepted in 2024 and 2000 (divisible by 400)."""
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", [True, False, [], object(), time(8, 30), b"2023-05-01"])
def test_other_types_raise(value: object) -> None:
    """Booleans, lists, times and bytes are not dates."""
    with pytest.raises(ValueError):
        parse_date(value)


def test_check_date() -> None:
    """An unreadable value gives date_invalid with the value; readable and empty values pass."""
    assert check_date("2023-05-01", field="date") is None
    assert check_date(None, field="date") is None
    assert check_date("2023-02-30", field="held_on") == FieldError("held_on", "date_invalid", {"value": "2023-02-30"})


def test_check_not_future_boundary() -> None:
    """Today passes, tomorrow fails, a missing date passes."""
    today = date(2024, 2, 29)
    assert check_not_future(today, field="date", today=today) is None
    assert check_not_future(today - timedelta(days=1), field="date", today=today) is None
    assert check_not_future(today + timedelta(days=1), field="date", today=today) == FieldError(
        "date", "date_in_future"
    )
    assert check_not_future(None, field="date", today=today) is None


def test_check_not_future_defaults_to_real_today() -> None:
    """Without an explicit today, next week is in the future and last week is not."""
    assert check_not_future(date.today() + timedelta(days=7), field="d") == FieldError("d", "date_in_future")
    assert check_not_future(date.today() - timedelta(days=7), field="d") is None


def test_check_date_order() -> None:
    """The end may equal the start but not precede it; a missing date passes."""
    start = date(2023, 5, 1)
    assert check_date_order(start, start, field="end") is None
    assert check_date_order(start, start + timedelta(days=1), field="end") is None
    assert check_date_order(start, start - timedelta(days=1), field="end") == FieldError("end", "date_order")
    assert check_date_order(None, start, field="end") is None
    assert check_date_order(start, None, field="end") is None


@pytest.mark.parametrize(
    ("value", "ok"),
    [(0, True), (5, True), (None, True), (Decimal("0.00"), True), (-1, False), (Decimal("-0.01"), False)],
)
def test_check_non_negative(value: int | Decimal | None, ok: bool) -> None:
    """Zero and positive numbers pass; anything below zero fails."""
    expected = None if ok else FieldError("hours", "negative")
    assert check_non_negative(value, field="hours") == expected


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        (None, False),
        ("", False),
        ("  ", False),
        ("\u3000", False),
        ("\xa0\t\n", False),
        ("张", True),
        (0, True),
        (Decimal(0), True),
        (False, True),
    ],
)
def test_check_required(value: object, ok: bool) -> None:
    """None and blank strings are missing; any other value, even 0, counts as filled in."""
    expected = None if ok else FieldError("name", "required")
    assert check_required(value, field="name") == expected
