"""The indicator queries that read activities use the index meant for them (SQLite plans, no ANALYZE needed)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.indicators.counts import Scope, professional_filter

SCOPE = Scope("653121103", date(2024, 1, 1), date(2024, 12, 31))


def plan(db: Database, statement: Any) -> str:
    with db.reading() as session:
        sql = str(statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
        rows = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")
        return " | ".join(str(row[-1]) for row in rows)


@pytest.fixture
def sqlite_db(db: Database) -> Database:
    if db.engine.dialect.name != "sqlite":
        pytest.skip("query plans are SQLite's")
    return db


def test_the_bases_own_activities_are_read_through_the_site_index(sqlite_db: Database) -> None:
    """The base's own activities (no organization) are not read through the organization index: every township's."""
    statement = select(m.Activity.id).where(*professional_filter(SCOPE)).order_by(m.Activity.held_on)
    found = plan(sqlite_db, statement)
    assert "ix_activities_site_held_on" in found, found


def test_an_organizations_activities_in_a_period_are_counted_in_one_index(sqlite_db: Database) -> None:
    """Effective incubation counts each organization's activities of the period from (organization_id, held_on)."""
    count = (
        select(func.count(m.Activity.id))
        .where(
            m.Activity.deleted.is_(False),
            m.Activity.organization_id == m.Organization.id,
            m.Activity.held_on >= SCOPE.start,
            m.Activity.held_on <= SCOPE.end,
        )
        .scalar_subquery()
    )
    statement = select(m.Organization.id, count).where(
        m.Organization.deleted.is_(False), m.Organization.origin_site == SCOPE.site_code
    )
    found = plan(sqlite_db, statement)
    assert "ix_activities_org_held_on (organization_id=? AND held_on>? AND held_on<?)" in found, found
