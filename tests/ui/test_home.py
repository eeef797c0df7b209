"""The home page: the site's name and this month's counts, gathered off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.records import create_record
from incubator_desktop.ui.home.page import HomePage
from incubator_desktop.ui.home.summary import load_home_summary
from incubator_desktop.ui.widgets.context import AppContext

from .factories import SITE_NAME, add_organizations


def add_activities(db: Database, days: list[date]) -> None:
    with db.transaction() as session:
        for number, day in enumerate(days):
            create_record(session, m.Activity, {"title": f"活动{number}", "held_on": day, "kind": "社区活动"})


def test_summary_counts_only_this_months_activities(site_db: Database) -> None:
    """Activities are counted for the month of `today` only; organizations and trainings in total."""
    today = date.today()
    first = today.replace(day=1)
    add_organizations(site_db, ["甲组织", "乙组织"])
    add_activities(site_db, [first, today, first - timedelta(days=1), first - timedelta(days=40)])
    with site_db.transaction() as session:
        create_record(
            session, m.Training, {"title": "规范管理培训", "topic": "规范管理", "held_on": first, "hours": Decimal(2)}
        )
    summary = load_home_summary(site_db, today=today)
    assert summary.site is not None and summary.site.name == SITE_NAME
    assert (summary.organizations, summary.activities_this_month, summary.trainings) == (2, 2, 1)
    assert summary.resources == 0


def test_summary_without_site_is_empty(empty_db: Database) -> None:
    """A database that is not set up yields no site and no counts."""
    summary = load_home_summary(empty_db)
    assert summary.site is None
    assert summary.organizations == 0


def test_home_page_shows_site_and_counts(
    qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """The page shows the site name, its role in Chinese, and the organization count."""
    add_organizations(site_db, ["甲组织", "乙组织", "丙组织"])
    page = HomePage(make_context(site_db))
    qtbot.addWidget(page)
    qtbot.waitUntil(page.is_set_up)
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert SITE_NAME in texts
    assert any("乡镇孵化基地" in text for text in texts)
    assert page.organizations_card.value_label.text() == "3"


def test_home_page_reloads_on_change(
    qtbot: QtBot, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """A change notice makes the page count again."""
    context = make_context(site_db)
    page = HomePage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(page.is_set_up)
    add_organizations(site_db, ["新组织"])
    context.bus.notify("organizations")
    qtbot.waitUntil(lambda: page.organizations_card.value_label.text() == "1")
