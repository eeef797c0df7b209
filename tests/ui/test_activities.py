"""The activities workspace: the activity form, and photos added by drop or file list with small thumbnails."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from pytestqt.qtbot import QtBot

from incubator_desktop.core import models as m
from incubator_desktop.core.attachments import has_attachment
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.records import count_records, list_records
from incubator_desktop.ui.activities.page import ActivitiesPage
from incubator_desktop.ui.widgets.attachment_store import store_root
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.thumbnails import read_scaled

from .factories import add_activity, add_organizations
from .pages import choose, column, press_enter, saved, type_text, wait_idle


@pytest.fixture
def page(
    qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]
) -> ActivitiesPage:
    add_organizations(site_db, ["阳光志愿服务队"])
    widget = ActivitiesPage(make_context(site_db))
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    wait_idle(qtbot, widget)
    return widget


def photo(folder: Path, name: str, size: tuple[int, int] = (1600, 1200), color: str = "#64b5f6") -> Path:
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    path = folder / name
    assert image.save(str(path))
    return path


def test_create_activity_by_the_base_or_an_organization(qtbot: QtBot, page: ActivitiesPage) -> None:
    """An activity without an organization shows as held by the base; one by an organization shows its name."""
    dialog = page.new_record()
    type_text(qtbot, dialog.editors["title"].focus_widget(), "垃圾分类宣传")
    choose(dialog.editors["kind"], "社区活动")
    qtbot.keyClicks(dialog.editors["beneficiaries"].focus_widget(), "0")  # after the default 0: "00"
    press_enter(qtbot, dialog, "title")
    assert saved(dialog)
    dialog = page.new_record()
    type_text(qtbot, dialog.editors["title"].focus_widget(), "敬老院探访")
    choose(dialog.editors["kind"], "小组")
    type_text(qtbot, dialog.editors["organization_id"].focus_widget(), "阳光志愿服务队")
    press_enter(qtbot, dialog, "title")
    assert saved(dialog)
    wait_idle(qtbot, page)
    assert sorted(column(page, "organization_id")) == sorted(["（基地自办）", "阳光志愿服务队"])


def test_future_date_is_refused_inline(qtbot: QtBot, page: ActivitiesPage, site_db: Database) -> None:
    """An activity dated in the future is a typing mistake: the message sits under the date, nothing is saved."""
    dialog = page.new_record()
    type_text(qtbot, dialog.editors["title"].focus_widget(), "敬老院探访")
    choose(dialog.editors["kind"], "社区活动")
    dialog.editors["held_on"].set_value(date(2999, 1, 1))
    press_enter(qtbot, dialog, "title")
    assert dialog.error_text("held_on") == "日期不能晚于今天，请核对。"
    with site_db.reading() as session:
        assert count_records(session, m.Activity) == 0


def test_edit_activity(qtbot: QtBot, page: ActivitiesPage, site_db: Database) -> None:
    """Editing the number of people served shows the new number in the table."""
    add_activity(site_db, "敬老院探访", date(2024, 3, 5), beneficiaries=10)
    page.reload()
    wait_idle(qtbot, page)
    page.select_row(0)
    page.edit_selected()
    dialog = page.form_dialog
    assert dialog is not None
    field = dialog.editors["beneficiaries"].focus_widget()
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, "45")
    press_enter(qtbot, dialog, "beneficiaries")
    assert saved(dialog)
    wait_idle(qtbot, page)
    assert column(page, "beneficiaries") == ["45"]


def test_month_and_organization_filters(qtbot: QtBot, page: ActivitiesPage, site_db: Database) -> None:
    """The month filter keeps that month's activities; the organization filter keeps that organization's."""
    (org,) = add_organizations(site_db, ["夕阳红舞蹈队"])
    add_activity(site_db, "广场舞展演", date(2024, 3, 5), organization_id=org)
    add_activity(site_db, "垃圾分类宣传", date(2024, 4, 1))
    page.reload()
    wait_idle(qtbot, page)
    page.filter_bar.reload_references()
    page.filter_bar.choose("organization_id", org)
    wait_idle(qtbot, page)
    assert column(page, "title") == ["广场舞展演"]
    page.filter_bar.clear()
    wait_idle(qtbot, page)
    month = page.filter_bar.combos["held_on"]
    month.addItem("2024年4月", "2024-04")  # the test's months lie outside the offered last 36
    page.filter_bar.choose("held_on", "2024-04")
    wait_idle(qtbot, page)
    assert column(page, "title") == ["垃圾分类宣传"]


def test_photos_by_drop_are_stored_once_with_thumbnails(
    qtbot: QtBot, page: ActivitiesPage, site_db: Database, tmp_path: Path
) -> None:
    """Dropping two photos stores them by hash and links them; dropping one again adds nothing; the column counts."""
    add_activity(site_db, "敬老院探访", date(2024, 3, 5))
    page.reload()
    wait_idle(qtbot, page)
    page.select_row(0)
    panel = page.photos
    first, second = photo(tmp_path, "合影.jpg"), photo(tmp_path, "签到表.png", color="#e57373")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(second))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    # Qt delivers a real drop only through its drag manager, so the test hands the event to the handler.
    panel.dropEvent(drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: len(panel.filenames()) == 2, timeout=5000)
    assert panel.count_label.text() == "共 2 个文件"
    qtbot.waitUntil(lambda: not panel.thumbnails.busy(), timeout=5000)
    icon = panel.list.item(0).icon()
    assert max(icon.availableSizes()[0].width(), icon.availableSizes()[0].height()) <= panel.thumbnails.size
    with site_db.reading() as session:
        (stored, _) = list_records(session, m.Attachment, order_by=["filename"])
        assert stored.record_type == "activities" and stored.record_id == page.selected_id()
        assert has_attachment(store_root(site_db), stored.sha256)
    panel.add_files([first, tmp_path / "说明.docx"])
    qtbot.waitUntil(lambda: "之前已添加过" in panel.message.text(), timeout=5000)
    assert "未添加：说明.docx（只能添加照片（JPG、PNG 等）和扫描件（PDF）。）" in panel.message.text()
    assert len(panel.filenames()) == 2
    wait_idle(qtbot, page)
    assert column(page, "photos") == ["2"]


def test_removing_a_photo(qtbot: QtBot, page: ActivitiesPage, site_db: Database, tmp_path: Path) -> None:
    """Removing a photo unlinks it from the activity (the record is tombstoned)."""
    add_activity(site_db, "敬老院探访", date(2024, 3, 5))
    page.reload()
    wait_idle(qtbot, page)
    page.select_row(0)
    page.photos.add_files([photo(tmp_path, "合影.jpg")])
    qtbot.waitUntil(lambda: page.photos.filenames() == ["合影.jpg"], timeout=5000)
    page.photos.list.setCurrentRow(0)
    page.photos.remove_selected()
    assert page.photos.filenames() == []
    assert page.photos.no_files.isVisible()


def test_big_photo_is_decoded_at_thumbnail_size(tmp_path: Path) -> None:
    """A 6000×4000 photo is decoded straight to 160 pixels wide; the full image is never built."""
    path = photo(tmp_path, "大照片.jpg", size=(6000, 4000))
    image = read_scaled(path, 160)
    assert image is not None and (image.width(), image.height()) == (160, 106)
