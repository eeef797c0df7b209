"""Notice periods in working days (Monday to Friday).

Public holidays and the weekend days swapped around them are set by the State Council each year and are
not known offline, so they are not skipped unless the caller passes them in `holidays`; the clerk checks a
period that crosses a holiday.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

#: Default notice period; contest results and other rules that ask for it use 7.
DEFAULT_NOTICE_DAYS = 5
CONTEST_NOTICE_DAYS = 7


def is_working_day(day: date, *, holidays: Collection[date] = ()) -> bool:
    return day.weekday() < 5 and day not in holidays


def next_working_day(day: date, *, holidays: Collection[date] = ()) -> date:
    """`day` itself if it is a working day, else the first working day after it."""
    while not is_working_day(day, holidays=holidays):
        day += timedelta(days=1)
    return day


def notice_period(issued_on: date, days: int, *, holidays: Collection[date] = ()) -> tuple[date, date]:
    """First and last day of a notice period of `days` working days, counted from the issue date.

    The issue date counts as the first day when it is a working day; issued on a weekend, the period
    starts on the next working day. A Friday issue with 5 days runs Friday to the next Thursday.
    """
    if days < 1:
        raise ValueError("a notice period has at least one working day")
    first = next_working_day(issued_on, holidays=holidays)
    last, counted = first, 1
    while counted < days:
        last += timedelta(days=1)
        if is_working_day(last, holidays=holidays):
            counted += 1
    return first, last
