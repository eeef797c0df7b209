"""The 指标 workspace: the same numbers as the core, the records behind them, and the monthly trend."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from incubator_desktop.core.db import Database
from incubator_desktop.core.indicators import captions_for, compute_indicators, default_period
from incubator_desktop.ui.indicators.model import LABEL, STATUS, VALUE
from incubator_desktop.ui.indicators.page import IndicatorsPage
from incubator_desktop.ui.main_window import MainWindow
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.indicator_text import format_number, status_text

from .demo_copy import demo_database


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[Database]:
    db = demo_database(tmp_path)
    yield db
    db.close()


def loaded_page(qtbot: QtBot, context: AppContext) -> IndicatorsPage:
    page = IndicatorsPage(context)
    qtbot.addWidget(page)
    page.reload()
    qtbot.waitUntil(lambda: page.snapshot is not None and not page.is_loading(), timeout=10000)
    return page


def test_page_shows_what_compute_indicators_gives(
    qtbot: QtBot, demo_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """Every row shows the label, value and status the core computes for the default period, in its order."""
    page = loaded_page(qtbot, make_context(demo_db))
    with demo_db.reading() as session:
        start, end = default_period(session)
        expected = compute_indicators(session, start=start, end=end, captions=captions_for(QLocale().name()))
    assert page.snapshot is not None and (page.snapshot.start, page.snapshot.end) == (start, end)
    model = page.model
    shown = [
        (model.index(row, LABEL).data(), model.index(row, VALUE).data(), model.index(row, STATUS).data())
        for row in range(model.rowCount())
    ]
    assert shown == [(i.label, format_number(i.value, i.unit), status_text(i.status)) for i in expected]


def test_drill_down_lists_the_records_behind_the_number(
    qtbot: QtBot, demo_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """Choosing “effectively incubated” lists exactly its organizations, then the ones one step short."""
    page = loaded_page(qtbot, make_context(demo_db))
    page.select_indicator("new_orgs_effective")
    qtbot.waitUntil(lambda: not page.drilldown.is_loading() and bool(page.drilldown.records), timeout=5000)
    indicator = page.snapshot.indicator("new_orgs_effective") if page.snapshot else None
    assert indicator is not None and indicator.record_ids and indicator.near_misses
    assert {record.id for record in page.drilldown.records} == set(indicator.record_ids)
    keys = [row.key for row in page.drilldown.model.rows()]
    assert keys[len(indicator.record_ids) :] == [("organizations", n.organization_id) for n in indicator.near_misses]

    view = page.drilldown.table
    view.setCurrentIndex(page.drilldown.model.index(0, 0))
    with qtbot.waitSignal(page.record_requested, timeout=2000) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == list(keys[0])


def test_sensitive_indicator_shows_no_records(
    qtbot: QtBot, demo_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """Service files are counted but never listed: their drill-down stays empty."""
    page = loaded_page(qtbot, make_context(demo_db))
    page.select_indicator("counselling_files")
    assert page.drilldown.indicator is not None and page.drilldown.indicator.record_kind is None
    assert page.drilldown.model.rowCount() == 0


def test_chart_shows_the_monthly_series_that_adds_up_to_the_value(
    qtbot: QtBot, demo_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """The chart of the chosen indicator has its bars, running total and target; the bars add up to the value."""
    page = loaded_page(qtbot, make_context(demo_db))
    page.select_indicator("professional_activities")
    assert page.chart.current_code() == "professional_activities"
    assert page.chart.series_count() == 3
    bars = page.chart.chart.series()[0].barSets()[0]  # type: ignore[attr-defined]
    total = sum(bars.at(i) for i in range(bars.count()))
    indicator = page.snapshot.indicator("professional_activities") if page.snapshot else None
    assert indicator is not None and total == indicator.value > 0


def test_drill_down_opens_the_record_in_its_workspace(
    qtbot: QtBot, demo_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """A record asked for from the indicators page opens in the organizations workspace."""
    window = MainWindow(make_context(demo_db))
    qtbot.addWidget(window)
    page = window.page("indicators")
    assert isinstance(page, IndicatorsPage)
    with demo_db.reading() as session:
        start, end = default_period(session)
        organization = compute_indicators(session, start=start, end=end)[0].record_ids[0]
    page.record_requested.emit("organizations", organization)
    assert window.current_key() == "organizations"
    organizations = window.page("organizations")
    assert organizations.showing_detail()  # type: ignore[attr-defined]


def test_models_pass_qtmodeltester(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """The indicator table and the drill-down list are well-behaved Qt models."""
    page = loaded_page(qtbot, make_context(demo_db))
    page.select_indicator("new_orgs_effective")
    qtbot.waitUntil(lambda: bool(page.drilldown.records), timeout=5000)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.drilldown.model)
