"""Target sets: the 003 defaults, creating a default set once, and the default period."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.indicators.targets import (
    current_targets,
    default_period,
    default_targets,
    ensure_default_target_set,
)


def test_default_targets_are_the_project_plan() -> None:
    """The defaults carry exactly the agreed codes with the 003 values."""
    assert default_targets() == {
        "new_orgs_effective": Decimal(10),
        "professional_activities": Decimal(10),
        "beneficiaries": Decimal(200),
        "contests": Decimal(1),
        "contest_orgs": Decimal(10),
        "trainings": Decimal(1),
        "training_attendance": Decimal(30),
        "marriage_files": Decimal(20),
        "counselling_files": Decimal(5),
        "resources_yuan": Decimal(5000),
        "case_studies": Decimal(3),
    }


def test_ensure_default_target_set_creates_once(township: Database) -> None:
    """The first call writes a set with the defaults; a second call for an overlapping period reuses it."""
    with township.transaction() as session:
        first = ensure_default_target_set(session, start=date(2024, 1, 1), end=date(2024, 12, 31))
        second = ensure_default_target_set(session, start=date(2024, 6, 1), end=date(2024, 6, 30))
        count = session.scalar(select(func.count()).select_from(m.TargetValue))
    assert first == second
    assert count == len(default_targets())


def test_most_recent_set_wins(township: Database) -> None:
    """Of two sets overlapping the period, the one written last gives the targets."""
    with township.transaction() as session:
        for name, value in (("旧目标", 4), ("新目标", 6)):
            target_set = m.TargetSet(
                site_code="653121103", name=name, period_start=date(2024, 1, 1), period_end=date(2024, 12, 31)
            )
            session.add(target_set)
            session.flush()
            session.add(m.TargetValue(target_set_id=target_set.id, indicator="case_studies", value=Decimal(value)))
            session.flush()
        targets = current_targets(session, start=date(2024, 3, 1), end=date(2024, 3, 31))
    assert (targets.name, targets.values["case_studies"]) == ("新目标", Decimal(6))


def test_default_period(township: Database) -> None:
    """The default period is the target set's when one covers today, else 1 January to today."""
    today = date(2025, 5, 6)
    with township.transaction() as session:
        assert default_period(session, today=today) == (date(2025, 1, 1), today)
        ensure_default_target_set(session, start=date(2024, 7, 1), end=date(2025, 6, 30))
        assert default_period(session, today=today) == (date(2024, 7, 1), date(2025, 6, 30))
