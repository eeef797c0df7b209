"""Notice periods count working days, Monday to Friday, from the issue date."""

from __future__ import annotations

from datetime import date

import pytest

from incubator_desktop.core.reports.workdays import notice_period


def test_friday_issue_spans_the_weekend() -> None:
    """Issued on a Friday, 5 working days run Friday, Monday … Thursday."""
    assert notice_period(date(2024, 5, 10), 5) == (date(2024, 5, 10), date(2024, 5, 16))


def test_seven_days_cross_two_weekends_when_needed() -> None:
    """Issued on a Friday, 7 working days end on the Monday after next."""
    assert notice_period(date(2024, 5, 10), 7) == (date(2024, 5, 10), date(2024, 5, 20))


def test_weekend_issue_starts_on_monday() -> None:
    """Issued on a Saturday, the period starts on Monday."""
    assert notice_period(date(2024, 5, 11), 5) == (date(2024, 5, 13), date(2024, 5, 17))


def test_known_holidays_are_skipped() -> None:
    """Holidays the caller knows about do not count (offline, none are known by default)."""
    holidays = {date(2024, 5, 13)}
    assert notice_period(date(2024, 5, 10), 2, holidays=holidays) == (date(2024, 5, 10), date(2024, 5, 14))


def test_zero_days_is_an_error() -> None:
    """A notice period has at least one working day."""
    with pytest.raises(ValueError):
        notice_period(date(2024, 5, 10), 0)
