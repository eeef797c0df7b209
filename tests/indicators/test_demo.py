"""On a demo year, the indicators match a hand count in plain SQL, and come back fast."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from sqlalchemy import text

from incubator_desktop.core.db import Database
from incubator_desktop.core.indicators.compute import compute_indicators
from incubator_desktop.core.indicators.series import monthly_series
from incubator_desktop.core.indicators.targets import default_period

from .conftest import DEMO_TODAY

EFFECTIVE_SQL = """
SELECT COUNT(*) FROM organizations o
WHERE o.deleted = 0
  AND (o.stage IN ('已备案', '已登记', '已出壳') OR o.filed_on IS NOT NULL)
  AND (o.filed_on IS NULL OR o.filed_on <= :end)
  AND (SELECT COUNT(*) FROM activities a WHERE a.organization_id = o.id AND a.deleted = 0
       AND a.held_on BETWEEN :start AND :end) >= 2
"""
PROFESSIONAL_SQL = """
SELECT COUNT(*) FROM activities WHERE deleted = 0 AND organization_id IS NULL
  AND kind IN ('个案', '小组', '社区活动') AND held_on BETWEEN :start AND :end
"""
BENEFICIARIES_SQL = """
SELECT (SELECT COUNT(DISTINCT b.person_id) FROM activity_beneficiaries b JOIN activities a ON a.id = b.activity_id
        WHERE b.deleted = 0 AND a.deleted = 0 AND a.organization_id IS NULL AND a.held_on BETWEEN :start AND :end)
     + (SELECT COALESCE(SUM(a.beneficiaries), 0) FROM activities a
        WHERE a.deleted = 0 AND a.organization_id IS NULL AND a.held_on BETWEEN :start AND :end
          AND NOT EXISTS (SELECT 1 FROM activity_beneficiaries b WHERE b.activity_id = a.id AND b.deleted = 0))
"""
SIMPLE_SQL = {
    "trainings": "SELECT COUNT(*) FROM trainings WHERE deleted = 0 AND held_on BETWEEN :start AND :end",
    "training_attendance": "SELECT COUNT(*) FROM attendance t JOIN trainings r ON r.id = t.training_id "
    "WHERE t.deleted = 0 AND r.deleted = 0 AND r.held_on BETWEEN :start AND :end",
    "marriage_files": "SELECT COUNT(*) FROM service_files WHERE deleted = 0 AND kind = '婚俗宣传' "
    "AND opened_on BETWEEN :start AND :end",
    "counselling_files": "SELECT COUNT(*) FROM service_files WHERE deleted = 0 AND kind = '婚姻家庭辅导' "
    "AND opened_on BETWEEN :start AND :end",
    "case_studies": "SELECT COUNT(*) FROM case_studies WHERE deleted = 0 AND written_on BETWEEN :start AND :end",
    "contest_orgs": "SELECT COUNT(DISTINCT e.organization_id) FROM contest_entries e "
    "JOIN venture_contests c ON c.id = e.contest_id WHERE e.deleted = 0 AND c.deleted = 0 "
    "AND c.held_on BETWEEN :start AND :end",
}


def test_indicators_match_a_hand_count(demo_db: Database) -> None:
    """Effective organizations, professional activities, beneficiaries, trainings, files and more equal plain SQL."""
    with demo_db.reading() as session:
        start, end = default_period(session, today=DEMO_TODAY)
        values = {i.code: i.value for i in compute_indicators(session, start=start, end=end, today=DEMO_TODAY)}
        params = {"start": start.isoformat(), "end": end.isoformat()}

        def count(sql: str) -> int:
            return int(session.execute(text(sql), params).scalar_one())

        resources_fen = count(
            "SELECT SUM(value_fen) FROM resource_links WHERE deleted = 0 AND received_on BETWEEN :start AND :end"
        )
        assert values["new_orgs_effective"] == count(EFFECTIVE_SQL)
        assert values["professional_activities"] == count(PROFESSIONAL_SQL)
        assert values["beneficiaries"] == count(BENEFICIARIES_SQL)
        for code, sql in SIMPLE_SQL.items():
            assert values[code] == count(sql), code
        assert values["resources_yuan"] == Decimal(resources_fen) / 100
    # The demo plants near misses and meets its targets; the hand count must not be trivially zero.
    assert values["new_orgs_effective"] >= 10 and values["professional_activities"] >= 10


def best_of(runs: int, action: Callable[[], object]) -> float:
    """The fastest of a few runs: other work on a shared machine only ever slows a run down."""
    timings = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        timings.append(time.perf_counter() - began)
    return min(timings)


def test_year_of_one_township_is_fast(demo_db: Database) -> None:
    """compute_indicators and monthly_series for a demo year each take well under 200 ms."""
    with demo_db.reading() as session:
        start, end = date(2024, 7, 1), DEMO_TODAY
        computing = best_of(3, lambda: compute_indicators(session, start=start, end=end))
        series = best_of(3, lambda: monthly_series(session, start=start, end=end))
    assert computing < 0.2 and series < 0.2, (computing, series)
