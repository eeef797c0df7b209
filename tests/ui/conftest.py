"""Fixtures for the Qt client tests: offscreen Qt, temp databases, an app context, installed translators."""

from __future__ import annotations

import os

# Must be set before Qt creates its application object: no display is needed for these tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.services.sites import init_site
from incubator_desktop.core.vocab import SiteKind
from incubator_desktop.ui.widgets.change_bus import ChangeBus
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.i18n import install_translators, remove_translators
from incubator_desktop.ui.widgets.settings import AppSettings
from incubator_desktop.ui.widgets.tasks import TaskRunner

from .factories import SITE_CODE, SITE_NAME


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    """A migrated database that has not been set up as a site."""
    database = open_database(str(tmp_path / "t.db"))
    yield database
    database.close()


@pytest.fixture
def site_db(empty_db: Database) -> Database:
    """A database set up as the township 测试镇."""
    with empty_db.transaction() as session:
        init_site(session, role=SiteKind.TOWNSHIP, code=SITE_CODE, name=SITE_NAME)
    return empty_db


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_context(qapp: QApplication, settings: AppSettings) -> Iterator[Callable[[Database], AppContext]]:
    """Builds an AppContext over a database; waits for its workers when the test ends."""
    runners: list[TaskRunner] = []

    def make(db: Database) -> AppContext:
        runner = TaskRunner()
        runners.append(runner)
        return AppContext(db=db, bus=ChangeBus(), tasks=runner, settings=settings)

    yield make
    for runner in runners:
        runner.cancel_all()
        runner.wait(5000)


@pytest.fixture
def zh_cn(qapp: QApplication) -> Iterator[None]:
    """The zh_CN translators installed for the duration of the test."""
    locale = QLocale()
    translators = install_translators(qapp, "zh_CN")
    yield
    remove_translators(qapp, translators)
    QLocale.setDefault(locale)
