"""Shared widgets: background tasks, the settings wrapper, the change bus, database refusal sentences."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings, QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from incubator_desktop.core.errors import DatabaseRefused
from incubator_desktop.ui.widgets.change_bus import ALL_SCOPES, ChangeBus, concerns
from incubator_desktop.ui.widgets.i18n import install_cjk_font
from incubator_desktop.ui.widgets.refusals import database_refusal_text
from incubator_desktop.ui.widgets.settings import AppSettings
from incubator_desktop.ui.widgets.tasks import TaskRunner, TaskState


def test_task_runs_off_the_gui_thread_and_delivers_on_it(qtbot: QtBot, qapp: QApplication) -> None:
    """The function runs on a worker thread; its result arrives on the GUI thread."""
    runner = TaskRunner()
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["delivered_on_gui"] = QThread.currentThread() is qapp.thread()

    runner.run(work, on_result=done)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["worker"] != gui_thread
    assert seen["delivered_on_gui"] is True


def test_task_errors_reach_on_error(qtbot: QtBot) -> None:
    """An exception in the worker is handed to on_error, not lost and not raised in the worker."""
    runner = TaskRunner()
    errors: list[BaseException] = []

    def broken() -> None:
        raise ValueError("boom")

    runner.run(broken, on_result=lambda _value: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


def test_cancelled_task_result_is_dropped_and_progress_reported(qtbot: QtBot) -> None:
    """Progress reaches the GUI thread; after cancel, the function sees it and its result is dropped."""
    runner = TaskRunner()
    started, release = threading.Event(), threading.Event()
    progress: list[tuple[int, int]] = []
    results: list[str] = []

    def long_work(state: TaskState) -> str:
        state.progress(1, 2)
        started.set()
        release.wait(5)
        return "cancelled" if state.cancelled() else "finished"

    handle = runner.run_cancellable(long_work, on_result=results.append, on_progress=lambda *p: progress.append(p))
    assert started.wait(5)
    handle.cancel()
    release.set()
    runner.wait(5000)
    qtbot.waitUntil(lambda: not runner.busy())
    assert results == []
    assert progress in ([], [(1, 2)])  # progress emitted before cancel may or may not be delivered


def test_settings_round_trip(tmp_path: Path) -> None:
    """Language, geometry and data folder are stored and read back typed; bad values read as unset."""
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings = AppSettings(store)
    assert settings.language is None and settings.window_geometry is None and settings.data_folder is None
    settings.language = "en"
    settings.window_geometry = QByteArray(b"\x01\x02")
    settings.data_folder = "D:/孵化基地"
    settings.sync()
    again = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert again.language == "en"
    assert again.window_geometry == QByteArray(b"\x01\x02")
    assert again.data_folder == "D:/孵化基地"
    store.setValue("ui/language", "klingon")
    assert settings.language is None
    with pytest.raises(ValueError):
        settings.language = "klingon"


def test_change_bus_carries_the_scope(qtbot: QtBot) -> None:
    """notify() emits data_changed with the scope; concerns() matches the scope or everything."""
    bus = ChangeBus()
    with qtbot.waitSignal(bus.data_changed) as signal:
        bus.notify("organizations")
    assert signal.args == ["organizations"]
    assert concerns("organizations", "organizations") and concerns(ALL_SCOPES, "trainings")
    assert not concerns("trainings", "organizations")


@pytest.mark.parametrize(
    ("code", "phrase"),
    [("db_removable", "可移动存储设备"), ("db_network", "网络共享文件夹"), ("db_too_new", "更新版本")],
)
def test_refusal_sentences_are_chinese(zh_cn: None, code: str, phrase: str) -> None:
    """Each refusal code has its own Chinese sentence saying the file was not changed."""
    text = database_refusal_text(DatabaseRefused(code))
    assert phrase in text
    assert "未做任何改动" in text


def test_cjk_font_is_the_application_fallback(qapp: QApplication) -> None:
    """The shipped CJK font is registered and sits in the application font's family list."""
    family = install_cjk_font(qapp)
    assert family
    assert family in qapp.font().families()
