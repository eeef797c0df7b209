"""The first-run wizard: sets up a township with keys (and practice data), refuses bad codes and USB folders."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.sites import current_site
from incubator_desktop.core.vocab import SiteKind
from incubator_desktop.ui.first_run.wizard import FirstRunWizard
from incubator_desktop.ui.widgets.settings import AppSettings

FINGERPRINT_DIGITS = 60


def make_wizard(qtbot: QtBot, db: Database, settings: AppSettings) -> FirstRunWizard:
    wizard = FirstRunWizard(db, settings)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def fill_site(wizard: FirstRunWizard, code: str = "653121103", name: str = "托克扎克镇孵化基地") -> None:
    wizard.next()  # language
    wizard.role_page.township.setChecked(True)
    wizard.next()  # role
    wizard.site_page.code.setText(code)
    wizard.site_page.name.setText(name)


def test_full_township_setup_makes_site_keys_and_practice_data(
    qtbot: QtBot, empty_db: Database, settings: AppSettings, tmp_path: Path, zh_cn: None
) -> None:
    """Every page answered: the township under its district, a 60-digit fingerprint, practice data filled in."""
    wizard = make_wizard(qtbot, empty_db, settings)
    fill_site(wizard)
    assert wizard.site_page.parent_code.text() == "653121"
    wizard.next()
    assert wizard.currentPage() is wizard.folder_page
    wizard.next()  # commit: site and keys are made
    assert wizard.currentPage() is wizard.keys_page
    shown = wizard.keys_page.fingerprint.text()
    assert sum(char.isdigit() for char in shown) == FINGERPRINT_DIGITS
    groups = (wizard.fingerprint() or "").split()  # four groups a line, in order, as the district's form reads
    assert [line.split() for line in shown.splitlines()] == [groups[0:4], groups[4:8], groups[8:12]]
    form = tmp_path / "keyform.pdf"
    wizard.keys_page.save_keyform_to(form)
    assert form.read_bytes().startswith(b"%PDF-")
    wizard.next()
    wizard.start_page.practice.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    wizard.accept()
    with wizard.database.reading() as session:
        site = current_site(session)
        organizations = session.scalar(select(func.count()).select_from(m.Organization))
        keys = list(session.scalars(select(m.TrustedKey.fingerprint)))
    assert site is not None and site.role is SiteKind.TOWNSHIP
    assert (site.code, site.parent_code, site.name) == ("653121103", "653121", "托克扎克镇孵化基地")
    assert site.is_demo and organizations
    assert [key.split() for key in keys] == [shown.split()]


def test_bad_division_code_shows_inline_message_and_blocks_next(
    qtbot: QtBot, empty_db: Database, settings: AppSettings, zh_cn: None
) -> None:
    """A code that is not a division code shows the Chinese message under the field and Next stays disabled."""
    wizard = make_wizard(qtbot, empty_db, settings)
    fill_site(wizard, code="12345")
    assert wizard.site_page.code_error.isVisible()
    assert "行政区划代码" in wizard.site_page.code_error.text() or "6、9" in wizard.site_page.code_error.text()
    assert not wizard.site_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.site_page.code.setText("653121103")
    assert not wizard.site_page.code_error.isVisible()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_removable_data_folder_is_refused(
    qtbot: QtBot, empty_db: Database, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder on a USB stick is refused with a message, and no site is created."""
    monkeypatch.setattr("incubator_desktop.core.storage.classify", lambda _path: "removable")
    wizard = make_wizard(qtbot, empty_db, settings)
    fill_site(wizard)
    wizard.next()
    wizard.next()  # the commit is refused
    assert wizard.currentPage() is wizard.folder_page
    assert wizard.folder_page.problem.isVisible()
    assert "removable" in wizard.folder_page.problem.text() or "U盘" in wizard.folder_page.problem.text()
    with empty_db.reading() as session:
        assert current_site(session) is None
