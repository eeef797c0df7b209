"""The composition root: argument handling and refusing a database it must not open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from incubator_desktop import app
from incubator_desktop.ui.widgets.settings import AppSettings


def test_newer_database_is_refused_with_a_message(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database from a newer version gets a Chinese explanation and exit code 3, and is left untouched."""
    path = tmp_path / "newer.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    before = path.read_bytes()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(app, "AppSettings", lambda: AppSettings(_ini(tmp_path)))
    locale = QLocale()
    try:
        assert app.main(["--db", str(path), "--lang", "zh_CN"]) == app.EXIT_REFUSED
    finally:
        QLocale.setDefault(locale)
    assert len(shown) == 1
    assert "更新版本" in shown[0][1]
    assert path.read_bytes() == before


def _ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_database_target_prefers_flag_then_environment_then_saved_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--db wins; else $INCUBATOR_DB (left to the core); else the saved data folder; else the default."""
    settings = AppSettings(_ini(tmp_path))
    parser = app.build_parser()
    monkeypatch.delenv("INCUBATOR_DB", raising=False)
    assert app.database_target(parser.parse_args(["--db", "x.db"]), settings) == "x.db"
    assert app.database_target(parser.parse_args([]), settings) is None
    settings.data_folder = str(tmp_path / "data")
    assert app.database_target(parser.parse_args([]), settings) == str(tmp_path / "data" / "incubator.db")
    monkeypatch.setenv("INCUBATOR_DB", "env.db")
    assert app.database_target(parser.parse_args([]), settings) is None
