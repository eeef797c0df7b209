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
from PySide6.QtWidgets import QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.records import count_records, create_record
from incubator_desktop.core.sync.vault import PASSPHRASE_ENV
from incubator_desktop.core.vocab import SiteKind
from incubator_desktop.ui.main_window import MainWindow
from incubator_desktop.ui.sync.page import SyncPage
from incubator_desktop.ui.widgets.bundle_status import last_bundle_text, load_last_bundle
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.record_type_labels import record_type_label
from incubator_desktop.ui.widgets.text_table import Tone

from ..sync.conftest import DISTRICT, TOWNSHIP_A, SiteHandle, introduce, make_site


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
