"""The monthly series for the trend chart: one value per month, adding up to the period's value."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from incubator_desktop.core.db import Database
from incubator_desktop.core.indicators.compute import compute_indicators
from incubator_desktop.core.indicators.series import SERIES_CODES, month_keys, monthly_series

from .conftest import PERIOD, TODAY

Small = tuple[Database, dict[str, str]]


def test_month_keys_cross_a_year() -> None:
    """Months run from the start's month to the end's month inclusive, across a new year."""
    assert month_keys(date(2024, 11, 15), date(2025, 2, 1)) == ["2024-11", "2024-12", "2025-01", "2025-02"]


def test_months_hold_what_each_month_added(small: Small) -> None:
    """People count in the month first served, the organization in the month it became effective."""
    db, _ids = small
    with db.reading() as session:
        series = monthly_series(session, start=PERIOD[0], end=PERIOD[1])
    as_dict = {code: dict(values) for code, values in series.items()}
    assert list(as_dict["beneficiaries"]) == month_keys(*PERIOD)
    nonzero = {key: value for key, value in as_dict["beneficiaries"].items() if value}
    assert nonzero == {"2024-03": 2, "2024-04": 3, "2024-06": 120, "2024-08": 7}
    assert {k: v for k, v in as_dict["new_orgs_effective"].items() if v} == {"2024-12": 1}
    assert {k: v for k, v in as_dict["contest_orgs"].items() if v} == {"2024-09": 3}
    assert as_dict["resources_yuan"]["2024-02"] == Decimal("1234.56")
    assert as_dict["volunteer_hours"]["2024-04"] == Decimal("5.0")


def test_months_add_up_to_the_period_value(small: Small) -> None:
    """For every series code, the sum over the months equals compute_indicators' value for the period."""
    db, _ids = small
    with db.reading() as session:
        series = monthly_series(session, start=PERIOD[0], end=PERIOD[1])
        values = {i.code: i.value for i in compute_indicators(session, start=PERIOD[0], end=PERIOD[1], today=TODAY)}
    assert set(series) == set(SERIES_CODES)
    for code, months in series.items():
        assert sum(value for _month, value in months) == values[code], code
