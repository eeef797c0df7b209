"""Indicators of a hand-counted township: values, targets, traffic lights, drill-down ids and near misses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.indicators.compute import INDICATOR_CODES, compute_indicators
from incubator_desktop.core.indicators.model import Indicator, NearMiss, NearMissReason, Status
from incubator_desktop.core.services.records import create_record

from .conftest import PERIOD, TODAY

Small = tuple[Database, dict[str, str]]


def indicators(
    db: Database, *, start: date = PERIOD[0], end: date = PERIOD[1], today: date = TODAY
) -> dict[str, Indicator]:
    with db.reading() as session:
        return {i.code: i for i in compute_indicators(session, start=start, end=end, today=today)}


def test_every_code_is_computed_in_order(small: Small) -> None:
    """compute_indicators returns one indicator per code, in the documented order, each with a rule in words."""
    db, _ids = small
    with db.reading() as session:
        result = compute_indicators(session, start=PERIOD[0], end=PERIOD[1], today=TODAY)
    assert [i.code for i in result] == list(INDICATOR_CODES)
    assert all(i.label and i.rule and i.unit for i in result)


def test_hand_counted_values(small: Small) -> None:
    """Each value equals the hand count: boundaries inclusive, the day before the period and deleted rows excluded."""
    db, _ids = small
    values = {code: i.value for code, i in indicators(db).items()}
    assert values == {
        "new_orgs_effective": 1,
        "professional_activities": 5,
        "beneficiaries": 132,  # 2 + 3 people (甲乙丙, 甲乙 again) + 120 + 7 (p7's only row is deleted)
        "contests": 1,
        "contest_orgs": 3,
        "trainings": 2,
        "training_attendance": 5,
        "marriage_files": 3,
        "counselling_files": 1,
        "resources_yuan": Decimal("3734.56"),
        "case_studies": 2,
        "staff": 3,
        "certified_staff": 1,
        "budget_personnel_ratio": Decimal("90000.00"),
        "budget_services_ratio": Decimal("45000.00"),
        "budget_other_ratio": Decimal("25000.00"),
        "community_coverage": Decimal("50.0"),
        "volunteer_hours": Decimal("15.5"),
    }


def test_default_targets_met_and_status(small: Small) -> None:
    """Without a target set the 003 defaults apply; met and red/amber/green follow the documented rule."""
    db, _ids = small
    result = indicators(db)
    expected = {
        "new_orgs_effective": (10, False, Status.RED),
        "beneficiaries": (200, False, Status.RED),  # 66 % is under the amber line
        "contests": (1, True, Status.GREEN),
        "resources_yuan": (Decimal(5000), False, Status.AMBER),  # 74.7 %
        "case_studies": (3, False, Status.RED),
        "staff": (2, True, Status.GREEN),
        "certified_staff": (1, True, Status.GREEN),
        "budget_personnel_ratio": (Decimal("100000.00"), True, Status.GREEN),  # the budget line's cap
        "budget_services_ratio": (Decimal("40000.00"), True, Status.GREEN),  # 003's floor, no floor on the line
        "budget_other_ratio": (Decimal("20000.00"), False, Status.RED),  # over a cap: red even mid-period
        "community_coverage": (50, True, Status.GREEN),
        "volunteer_hours": (None, None, Status.INFO),
    }
    for code, (target, met, status) in expected.items():
        assert (result[code].target, result[code].met, result[code].status) == (target, met, status), code


def test_unfinished_period_turns_red_into_amber(small: Small) -> None:
    """While the period runs, an unmet floor is amber; an exceeded cap stays red."""
    db, _ids = small
    result = indicators(db, today=date(2024, 6, 30))
    assert result["new_orgs_effective"].status is Status.AMBER
    assert result["budget_other_ratio"].status is Status.RED


def test_drill_down_ids(small: Small) -> None:
    """record_ids name exactly the records behind each number; service files expose none."""
    db, ids = small
    result = indicators(db)
    assert result["new_orgs_effective"].record_ids == (ids["o1"],)
    assert result["professional_activities"].record_ids == tuple(ids[k] for k in ("p1", "p2", "p3", "p4", "p7"))
    assert result["professional_activities"].record_kind == "activities"
    assert result["contest_orgs"].record_ids == (ids["o1"], ids["o3"], ids["o2"])  # by name
    assert result["trainings"].record_ids == (ids["t1"], ids["t2"])
    assert result["resources_yuan"].record_ids == (ids["r1"], ids["r2"])
    assert result["case_studies"].record_ids == (ids["k1"], ids["k2"])
    assert result["certified_staff"].record_ids == (ids["s1"],)
    assert result["community_coverage"].record_ids == (ids["community_a"], ids["community_b"])
    assert result["marriage_files"].record_ids == () and result["marriage_files"].record_kind is None


def test_near_misses(small: Small) -> None:
    """Filed organizations one activity short and unfiled ones with ≥ 2 activities are listed; deleted ones are not."""
    db, ids = small
    assert indicators(db)["new_orgs_effective"].near_misses == (
        NearMiss(ids["o3"], "三号议事会", NearMissReason.NOT_FILED, 3),
        NearMiss(ids["o2"], "二号服务队", NearMissReason.ONE_ACTIVITY_SHORT, 1),
    )


def test_period_boundaries(small: Small) -> None:
    """Moving the end one day earlier drops the last-day activity, so 一号协会 becomes one activity short."""
    db, ids = small
    result = indicators(db, end=date(2024, 12, 30))["new_orgs_effective"]
    assert result.value == 0
    assert NearMiss(ids["o1"], "一号协会", NearMissReason.ONE_ACTIVITY_SHORT, 1) in result.near_misses


def test_target_set_overrides_defaults(small: Small) -> None:
    """A target set for the site and period replaces the defaults it names and keeps the others."""
    db, _ids = small
    with db.transaction() as session:
        target_set = create_record(
            session,
            m.TargetSet,
            {"site_code": "653121103", "name": "区定目标", "period_start": PERIOD[0], "period_end": PERIOD[1]},
        )
        for code, value in (("new_orgs_effective", 1), ("community_coverage", 60)):
            create_record(session, m.TargetValue, {"target_set_id": target_set.id, "indicator": code, "value": value})
    result = indicators(db)
    assert (result["new_orgs_effective"].target, result["new_orgs_effective"].met) == (1, True)
    assert (result["community_coverage"].met, result["community_coverage"].status) == (False, Status.AMBER)  # 83 %
    assert result["professional_activities"].target == 10


def test_another_sites_target_set_is_ignored(small: Small) -> None:
    """Only target sets issued for this site count."""
    db, _ids = small
    with db.transaction() as session:
        target_set = create_record(
            session,
            m.TargetSet,
            {"site_code": "653121104", "name": "邻镇目标", "period_start": PERIOD[0], "period_end": PERIOD[1]},
        )
        create_record(session, m.TargetValue, {"target_set_id": target_set.id, "indicator": "contests", "value": 9})
    assert indicators(db)["contests"].target == 1


def test_no_project_means_no_project_targets(township: Database) -> None:
    """Without a funded project, staff and budget indicators have no target and are informational."""
    result = indicators(township)
    for code in ("staff", "certified_staff", "budget_personnel_ratio", "budget_services_ratio", "budget_other_ratio"):
        assert (result[code].target, result[code].met, result[code].status) == (None, None, Status.INFO), code
    assert result["community_coverage"].value == 0
