"""The 同步 workspace: export to a folder, preview and import a bundle, refusals, history, conflicts, status bar."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.records import count_records, create_record
from incubator_desktop.core.sync.trust import current_own_key, export_public_keys, list_keys
from incubator_desktop.core.sync.vault import PASSPHRASE_ENV
from incubator_desktop.core.vocab import SiteKind
from incubator_desktop.ui.main_window import MainWindow
from incubator_desktop.ui.sync.enrol_dialog import KeyEnrolDialog
from incubator_desktop.ui.sync.page import SyncPage
from incubator_desktop.ui.widgets.bundle_status import last_bundle_text, load_last_bundle
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.record_type_labels import record_type_label
from incubator_desktop.ui.widgets.text_table import Tone

from ..sync.conftest import DISTRICT, TOWNSHIP_A, TOWNSHIP_B, SiteHandle, introduce, make_site


@dataclass
class Pair:
    district: SiteHandle
    township: SiteHandle
    usb: Path


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    district = make_site(tmp_path / "district", SiteKind.DISTRICT, DISTRICT, "疏附县民政局")
    township = make_site(tmp_path / "a", SiteKind.TOWNSHIP, TOWNSHIP_A, "托克扎克镇孵化基地")
    introduce(district, township)
    usb = tmp_path / "usb"
    usb.mkdir()
    yield Pair(district, township, usb)
    district.db.close()
    township.db.close()


def add_organizations(db: Database, *names: str) -> None:
    with db.transaction() as session:
        for name in names:
            create_record(session, m.Organization, {"name": name, "category": "公益慈善类", "stage": "培育中"})


def loaded_page(qtbot: QtBot, context: AppContext) -> SyncPage:
    page = SyncPage(context)
    qtbot.addWidget(page)
    page.reload()
    qtbot.waitUntil(lambda: page.overview is not None and not context.tasks.busy(), timeout=10000)
    return page


def organizations(db: Database) -> int:
    with db.reading() as session:
        return count_records(session, m.Organization)


def test_export_writes_a_bundle_for_the_district(
    qtbot: QtBot, pair: Pair, make_context: Callable[[Database], AppContext]
) -> None:
    """One export writes a bundle addressed to the district into the folder, and lists its counts."""
    add_organizations(pair.township.db, "甲组织", "乙组织")
    context = make_context(pair.township.db)
    page = loaded_page(qtbot, context)
    panel = page.export_panel
    assert panel.folder_button.isEnabled() and panel.recipient.currentData() == DISTRICT
    with qtbot.waitSignal(panel.exported, timeout=10000):
        panel.export_to(pair.usb)
    result = panel.result
    assert result is not None and result.recipient == DISTRICT and result.counts["organizations"] == 2
    assert Path(result.path).parent == pair.usb and Path(result.path).exists()
    assert (record_type_label("organizations"), "2") in [row.cells for row in panel.counts.rows()]
    assert load_last_bundle(pair.township.db) is not None


def test_import_preview_shows_counts_and_changes_nothing_until_confirmed(
    qtbot: QtBot, pair: Pair, make_context: Callable[[Database], AppContext]
) -> None:
    """The district previews the township's bundle per record type; only “Import” applies it; a receipt prints."""
    add_organizations(pair.township.db, "甲组织", "乙组织", "丙组织")
    bundle = Path(pair.township.export(pair.usb).path)
    page = loaded_page(qtbot, make_context(pair.district.db))
    panel = page.import_panel
    panel.preview_file(bundle)
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=10000)
    rows = {row.cells[0]: row.cells for row in panel.counts.rows()}
    assert rows[record_type_label("organizations")][1] == "3"  # three new organizations
    assert organizations(pair.district.db) == 0 and panel.import_button.isEnabled()

    with qtbot.waitSignal(panel.imported, timeout=10000):
        panel.confirm()
    assert panel.result is not None and panel.result.status == "applied"
    assert organizations(pair.district.db) == 3

    panel.print_receipt()
    dialog = panel.receipt_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.preview.is_showing_pdf, timeout=10000)
    assert dialog.preview.path is not None
    assert "同步包导入回执" in "".join(p.extract_text() or "" for p in PdfReader(dialog.preview.path).pages)


def test_damaged_bundle_is_refused_and_changes_nothing(
    qtbot: QtBot, pair: Pair, make_context: Callable[[Database], AppContext]
) -> None:
    """A bundle with one flipped byte shows the refusal; the district's database file is byte-for-byte the same."""
    add_organizations(pair.township.db, "甲组织")
    bundle = Path(pair.township.export(pair.usb).path)
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    bundle.write_bytes(bytes(data))
    before = pair.district.file_hash()
    context = make_context(pair.district.db)
    page = loaded_page(qtbot, context)
    panel = page.import_panel
    panel.preview_file(bundle)
    qtbot.waitUntil(lambda: panel.refusal is not None, timeout=10000)
    assert panel.preview is None and not panel.import_button.isEnabled()
    assert panel.message_label.text() and not panel.counts_view.isVisibleTo(panel)
    context.tasks.wait(5000)
    assert pair.district.file_hash() == before


def test_history_lists_bundles_sent_and_received_and_marks_gaps(
    qtbot: QtBot, pair: Pair, make_context: Callable[[Database], AppContext]
) -> None:
    """The township's history lists what it sent; the district's what it received, with the missing one in red."""
    add_organizations(pair.township.db, "甲组织")
    pair.township.export(pair.usb)  # No. 1 is lost on the way
    add_organizations(pair.township.db, "乙组织")
    second = pair.township.export(pair.usb)
    pair.district.import_(second.path)

    township = loaded_page(qtbot, make_context(pair.township.db))
    assert township.history_panel.sent.column_texts(0) == ["2", "1"]
    district_context = make_context(pair.district.db)
    district = loaded_page(qtbot, district_context)
    received = district.history_panel.received.rows()
    assert [(row.cells[0], row.tone) for row in received] == [("2", Tone.PLAIN), ("1", Tone.BAD)]
    assert district.history_panel.gaps_label.text()
    assert "2" in last_bundle_text(load_last_bundle(pair.district.db))


def test_conflicts_are_listed_and_marked_seen(
    qtbot: QtBot, qtmodeltester: ModelTester, pair: Pair, make_context: Callable[[Database], AppContext]
) -> None:
    """An unseen conflict is listed as not seen; “Mark all as seen” records it; the sync tables are sound models."""
    with pair.district.db.transaction() as session:
        session.add(
            m.SyncConflict(
                record_type="organizations",
                record_id="0" * 32,
                origin_site=TOWNSHIP_A,
                kept_device="a" * 32,
                kept_hlc="2025-03-01T08:00:00.000Z-0000",
                lost_device="b" * 32,
                lost_hlc="2025-03-01T07:00:00.000Z-0000",
                lost_values={"name": "甲组织"},
                bundle_sha256="0" * 64,
                detected_at=datetime.now(UTC).replace(tzinfo=None),
            )
        )
    context = make_context(pair.district.db)
    page = loaded_page(qtbot, context)
    panel = page.conflicts_panel
    assert panel.model.column_texts(2) == ["甲组织"] and panel.unseen_ids()
    panel.mark_all_seen()
    qtbot.waitUntil(lambda: not panel.unseen_ids(), timeout=5000)
    for model in (panel.model, page.history_panel.sent, page.history_panel.received, page.export_panel.counts):
        qtmodeltester.check(model)


def test_a_key_file_passphrase_is_asked_for_and_retried(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_context: Callable[[Database], AppContext]
) -> None:
    """Without a credential store the keys sit in a locked file: export asks for the passphrase, then works."""
    keyring.set_keyring(FailKeyring())  # no usable credential store on this machine
    monkeypatch.setenv(PASSPHRASE_ENV, "correct horse battery")
    district = make_site(tmp_path / "district", SiteKind.DISTRICT, DISTRICT, "疏附县民政局")
    township = make_site(tmp_path / "a", SiteKind.TOWNSHIP, TOWNSHIP_A, "托克扎克镇孵化基地")
    introduce(district, township)
    monkeypatch.delenv(PASSPHRASE_ENV)
    page = loaded_page(qtbot, make_context(township.db))
    panel = page.export_panel
    panel.export_to(tmp_path)
    qtbot.waitUntil(lambda: page.keeper.dialog is not None, timeout=10000)
    dialog = page.keeper.dialog
    assert dialog is not None
    dialog.setTextValue("correct horse battery")
    with qtbot.waitSignal(panel.exported, timeout=10000):
        dialog.accept()
    assert panel.result is not None and Path(panel.result.path).exists()
    district.db.close()
    township.db.close()


def test_status_bar_names_the_last_bundle(
    qtbot: QtBot, zh_cn: None, pair: Pair, make_context: Callable[[Database], AppContext]
) -> None:
    """After a bundle is exported the main window's status bar reads it from the sync history."""
    context = make_context(pair.township.db)
    window = MainWindow(context)
    qtbot.addWidget(window)
    texts = lambda: [label.text() for label in window.statusBar().findChildren(QLabel)]  # noqa: E731
    qtbot.waitUntil(lambda: "上次同步包：暂无" in texts(), timeout=5000)
    pair.township.export(pair.usb)
    context.bus.notify("sync")
    qtbot.waitUntil(lambda: any("发出第 1 号" in text and DISTRICT in text for text in texts()), timeout=5000)


# --- keys: enrolling another site from the keys tab -------------------------------------------------


@dataclass
class Strangers:
    """A district and a township that have not enrolled each other's keys yet."""

    district: SiteHandle
    township: SiteHandle
    folder: Path


@pytest.fixture
def strangers(tmp_path: Path) -> Iterator[Strangers]:
    district = make_site(tmp_path / "district", SiteKind.DISTRICT, DISTRICT, "疏附县民政局")
    township = make_site(tmp_path / "a", SiteKind.TOWNSHIP, TOWNSHIP_A, "托克扎克镇孵化基地")
    folder = tmp_path / "usb"
    folder.mkdir()
    yield Strangers(district, township, folder)
    district.db.close()
    township.db.close()


def own_fingerprint(site: SiteHandle) -> str:
    with site.db.reading() as session:
        return current_own_key(session).fingerprint


def peer_keys(site: SiteHandle) -> list[tuple[str, str, str]]:
    with site.db.reading() as session:
        return [(row.site_code, row.fingerprint, row.status) for row in list_keys(session) if not row.own]


def open_key_file(qtbot: QtBot, page: SyncPage, path: Path) -> KeyEnrolDialog:
    """The keys tab's enrol dialog with `path` typed in and checked."""
    dialog = page.keys_panel.open_enrol_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(path))
    dialog.check_file()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10000)
    return dialog


def test_a_key_file_write_that_fails_midway_leaves_the_earlier_file_whole(
    strangers: Strangers, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An I/O error while the public-key file goes to the stick (pulled out) leaves the file that was there before
    untouched and no partial or temporary file beside it."""
    import os

    from incubator_desktop.ui.sync.key_jobs import save_public_key

    township = strangers.township
    key_file = strangers.folder / "township.json"
    save_public_key(township.db, township.vault, key_file)
    before = key_file.read_bytes()

    def pulled_out(_fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", pulled_out)
    with pytest.raises(OSError):
        save_public_key(township.db, township.vault, key_file)
    assert key_file.read_bytes() == before
    assert sorted(path.name for path in strangers.folder.iterdir()) == ["township.json"]


def test_township_saves_its_key_file_and_form_and_the_district_enrols_it(
    qtbot: QtBot, zh_cn: None, strangers: Strangers, make_context: Callable[[Database], AppContext]
) -> None:
    """The township saves its public-key file and form; the district sees its name and fingerprint, confirms, enrols."""
    township_page = loaded_page(qtbot, make_context(strangers.township.db))
    panel = township_page.keys_panel
    qtbot.waitUntil(lambda: panel.snapshot is not None, timeout=10000)
    fingerprint = own_fingerprint(strangers.township)
    assert panel.own_fingerprint.text().split() == fingerprint.split()
    assert panel.enrol_button.text() == "登记区县的密钥…"
    key_file, form = strangers.folder / "township.json", strangers.folder / "form.pdf"
    panel.save_public_key_to(key_file)
    panel.save_keyform_to(form)
    qtbot.waitUntil(lambda: key_file.exists() and form.exists(), timeout=10000)
    printed = "".join(page.extract_text() or "" for page in PdfReader(str(form)).pages)
    assert all(group in printed for group in fingerprint.split())

    district_page = loaded_page(qtbot, make_context(strangers.district.db))
    keys = district_page.keys_panel
    qtbot.waitUntil(lambda: keys.snapshot is not None, timeout=10000)
    assert keys.enrol_button.text() == "登记乡镇的密钥…" and keys.model.rowCount() == 0
    dialog = open_key_file(qtbot, district_page, key_file)
    assert dialog.site_label.text() == f"托克扎克镇孵化基地（{TOWNSHIP_A}）"
    assert dialog.fingerprint_label.text().split() == fingerprint.split()
    assert not dialog.enrol_button.isEnabled()  # not before the clerk has compared with the paper form
    dialog.confirm_box.setChecked(True)
    with qtbot.waitSignal(dialog.enrolled, timeout=10000):
        dialog.enrol_button.click()
    assert peer_keys(strangers.district) == [(TOWNSHIP_A, fingerprint, "active")]
    qtbot.waitUntil(lambda: keys.model.rowCount() == 1, timeout=10000)
    assert keys.model.rows()[0].cells[1:4] == (TOWNSHIP_A, fingerprint, "已信任")
    assert "托克扎克镇孵化基地" in keys.message.text() and fingerprint in keys.message.text()

    again = open_key_file(qtbot, district_page, key_file)
    assert "已经登记" in again.message_text() and not again.enrol_button.isEnabled()


def test_wrong_forged_and_unrelated_key_files_are_refused_in_chinese(
    qtbot: QtBot, zh_cn: None, strangers: Strangers, tmp_path: Path, make_context: Callable[[Database], AppContext]
) -> None:
    """A file that is no key, an edited key file, a key of a site not ours: each refused, nothing trusted."""
    with strangers.township.db.reading() as session:
        document = export_public_keys(session, strangers.township.vault)
    other = make_site(tmp_path / "b", SiteKind.TOWNSHIP, TOWNSHIP_B, "兰干乡孵化基地")
    with other.db.reading() as session:
        other_document = export_public_keys(session, other.vault)
    other.db.close()
    files = {
        "not-a-key.json": b"hello, this is a roster",
        "forged.json": document.replace(TOWNSHIP_A.encode(), TOWNSHIP_B.encode()),
        "huge.json": b" " * 200_000,
    }
    for name, data in files.items():
        (strangers.folder / name).write_bytes(data)
    page = loaded_page(qtbot, make_context(strangers.district.db))
    for name in files:
        dialog = open_key_file(qtbot, page, strangers.folder / name)
        assert dialog.found is None and not dialog.enrol_button.isEnabled()
        assert "不是本程序的公钥文件" in dialog.message_text(), name

    (strangers.folder / "other.json").write_bytes(other_document)
    township_page = loaded_page(qtbot, make_context(strangers.township.db))
    dialog = open_key_file(qtbot, township_page, strangers.folder / "other.json")
    assert dialog.found is None and TOWNSHIP_B in dialog.message_text() and "没有登记" in dialog.message_text()
    assert peer_keys(strangers.district) == [] and peer_keys(strangers.township) == []


def test_a_key_file_changed_after_checking_is_not_enrolled(
    qtbot: QtBot, zh_cn: None, strangers: Strangers, tmp_path: Path, make_context: Callable[[Database], AppContext]
) -> None:
    """Swapping the file for another key after the fingerprint was compared refuses the enrolment."""
    key_file = strangers.folder / "township.json"
    with strangers.township.db.reading() as session:
        key_file.write_bytes(export_public_keys(session, strangers.township.vault))
    page = loaded_page(qtbot, make_context(strangers.district.db))
    dialog = open_key_file(qtbot, page, key_file)
    dialog.confirm_box.setChecked(True)
    second = make_site(tmp_path / "a2", SiteKind.TOWNSHIP, TOWNSHIP_A, "托克扎克镇孵化基地")
    with second.db.reading() as session:
        key_file.write_bytes(export_public_keys(session, second.vault))
    second.db.close()
    dialog.enrol_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10000)
    assert "指纹" in dialog.message_text()
    assert peer_keys(strangers.district) == []


def test_revoking_a_key_asks_first_and_marks_it_revoked(
    qtbot: QtBot,
    zh_cn: None,
    pair: Pair,
    monkeypatch: pytest.MonkeyPatch,
    make_context: Callable[[Database], AppContext],
) -> None:
    """撤销 asks for confirmation; Cancel keeps the key trusted, Yes revokes it and the list says so."""
    page = loaded_page(qtbot, make_context(pair.district.db))
    panel = page.keys_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    panel.table.selectRow(0)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    panel.revoke_selected()
    assert peer_keys(pair.district)[0][2] == "active"
    panel.revoke_selected()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.model.rows()[0].cells[3] == "已吊销", timeout=10000)
    assert peer_keys(pair.district)[0][2] == "revoked"


# --- restore bundles --------------------------------------------------------------------------------


def test_district_makes_a_restore_bundle_and_the_new_township_pc_imports_it(
    qtbot: QtBot, zh_cn: None, pair: Pair, tmp_path: Path, make_context: Callable[[Database], AppContext]
) -> None:
    """The district writes a township's restore bundle from the UI; the new PC imports it in 接收同步包."""
    add_organizations(pair.township.db, "甲组织", "乙组织")
    pair.district.import_(pair.township.export(pair.usb).path)
    pair.township.db.close()
    new_pc = make_site(tmp_path / "a-new", SiteKind.TOWNSHIP, TOWNSHIP_A, "托克扎克镇孵化基地")
    introduce(pair.district, new_pc)

    township_page = loaded_page(qtbot, make_context(new_pc.db))
    assert not township_page.export_panel.restore_button.isVisibleTo(township_page)
    page = loaded_page(qtbot, make_context(pair.district.db))
    assert page.export_panel.restore_button.isVisibleTo(page)
    dialog = page.export_panel.open_restore_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.township_combo.currentData() == TOWNSHIP_A
    assert "恢复" in dialog.procedure.text() and "服务档案" in dialog.procedure.text()
    dialog.make_button.click()
    assert "请先选择" in dialog.result_label.text() and dialog.written is None
    out = tmp_path / "restore-stick"
    out.mkdir()
    dialog.folder_edit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.make_button.click()
    written = dialog.written
    assert written is not None and Path(written.path).parent == out and written.counts["organizations"] == 2
    assert str(written.path) in dialog.result_label.text()
    assert (record_type_label("organizations"), "2") in [row.cells for row in dialog.counts.rows()]

    panel = township_page.import_panel
    panel.preview_file(Path(written.path))
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=10000)
    assert DISTRICT in panel.header_label.text() and "可以导入" in panel.message_label.text()
    assert organizations(new_pc.db) == 0
    with qtbot.waitSignal(panel.imported, timeout=10000):
        panel.confirm()
    assert panel.result is not None and panel.result.kind == "restore" and organizations(new_pc.db) == 2
    assert panel.message_label.text().startswith("导入完成")
    new_pc.db.close()
