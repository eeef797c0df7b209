"""The overview shows each township's own indicator computation, file counts, bundles, gaps and coverage."""

from __future__ import annotations

from datetime import date

from incubator_desktop.core.district.overview import township_overview
from incubator_desktop.core.indicators.compute import INDICATOR_CODES, compute_indicators
from incubator_desktop.core.indicators.model import Status

from .conftest import TODAY, TOWNSHIP_A, TOWNSHIP_B, District

PERIOD = {"start": date(2024, 1, 1), "end": date(2024, 12, 31)}


def test_values_equal_each_townships_own_computation(district: District) -> None:
    """Every indicator, service files included, equals compute_indicators for that township's code."""
    with district.db.reading() as session:
        rows = township_overview(session, today=TODAY, **PERIOD)
        assert [row.code for row in rows] == [TOWNSHIP_A, TOWNSHIP_B]
        for row in rows:
            expected = compute_indicators(session, today=TODAY, site_code=row.code, **PERIOD)
            assert [i.code for i in row.indicators] == list(INDICATOR_CODES)
            for mine, theirs in zip(row.indicators, expected, strict=True):
                assert mine == theirs, mine.code
    a = rows[0]
    assert a.name == "托克扎克镇孵化基地"
    assert a.indicator("professional_activities").value == 3
    assert a.indicator("training_attendance").value == 2
    assert a.indicator("new_orgs_effective").value == 1
    statuses = [indicator.status for indicator in a.indicators]
    assert (a.green, a.amber, a.red) == tuple(statuses.count(s) for s in (Status.GREEN, Status.AMBER, Status.RED))
    assert a.green + a.amber + a.red > 0


def test_service_files_come_from_the_monthly_counts(district: District) -> None:
    """Files never travel: the district counts them from the months inside the period, and judges them."""
    with district.db.reading() as session:
        a, b = township_overview(session, today=TODAY, **PERIOD)
    assert a.indicator("marriage_files").value == 8  # 5 in March + 3 in November; January 2025 is outside
    assert a.indicator("counselling_files").value == 2
    assert a.indicator("marriage_files").status is Status.RED  # 8 < 70 % of 20 and the year is over
    assert b.indicator("marriage_files").value == 0


def test_indicators_read_a_townships_file_counts_at_the_district(district: District) -> None:
    """compute_indicators for a township at the district counts its files from the monthly counts it sent."""
    with district.db.reading() as session:
        found = {i.code: i for i in compute_indicators(session, today=TODAY, site_code=TOWNSHIP_A, **PERIOD)}
        march = {i.code: i for i in compute_indicators(session, today=TODAY, site_code=TOWNSHIP_A,
                                                       start=date(2024, 3, 1), end=date(2024, 3, 31))}  # fmt: skip
    assert found["marriage_files"].value == 8
    assert found["counselling_files"].value == 2
    assert march["marriage_files"].value == 5
    assert march["counselling_files"].value == 0


def test_last_bundle_and_gap(district: District) -> None:
    """The newest bundle per township is shown, and a missing sequence number is reported as a gap."""
    with district.db.reading() as session:
        a, b = township_overview(session, today=TODAY, **PERIOD)
    assert a.last_bundle is not None and a.last_bundle.sequence == 4
    assert a.missing_sequences == (3,)
    assert [(gap.device, gap.missing) for gap in a.gaps] == [("device-a", [3])]
    assert b.last_bundle is not None and b.last_bundle.sequence == 1 and b.missing_sequences == ()


def test_community_coverage_and_goal(district: District) -> None:
    """Coverage counts communities with an incubated organization against the ≥ 50 % goal."""
    with district.db.reading() as session:
        a, b = township_overview(session, today=TODAY, **PERIOD)
    assert (a.communities, a.covered_communities, str(a.coverage)) == (2, 1, "50.0")
    assert a.coverage_goal == 50 and a.coverage_goal_met
    assert (b.communities, b.covered_communities) == (1, 1) and b.coverage_goal_met


def test_progress_reports_each_township(district: District) -> None:
    """Long work reports progress per township and ends at the total."""
    calls: list[tuple[int, int]] = []
    with district.db.reading() as session:
        township_overview(session, today=TODAY, progress=lambda done, total: calls.append((done, total)), **PERIOD)
    assert calls == [(0, 2), (1, 2), (2, 2)]
