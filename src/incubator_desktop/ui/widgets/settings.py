"""The one typed wrapper over QSettings: language, window geometry, data and backup folders. Never secrets."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

SUPPORTED_LANGUAGES = ("zh_CN", "en", "ug")
RIGHT_TO_LEFT_LANGUAGES = frozenset({"ug"})
DEFAULT_LANGUAGE = "zh_CN"

_LANGUAGE = "ui/language"
_GEOMETRY = "ui/window_geometry"
_DATA_FOLDER = "data/folder"
_BACKUP_FOLDER = "data/backup_folder"


class AppSettings:
    """Typed access to the user's preferences; unknown or damaged values read as "not set"."""

    def __init__(self, store: QSettings | None = None) -> None:
        # QSettings() without arguments uses the organization and application names set on the app.
        self._store = store if store is not None else QSettings()

    @property
    def language(self) -> str | None:
        value = self._store.value(_LANGUAGE)
        return value if isinstance(value, str) and value in SUPPORTED_LANGUAGES else None

    @language.setter
    def language(self, value: str | None) -> None:
        if value is None:
            self._store.remove(_LANGUAGE)
        elif value in SUPPORTED_LANGUAGES:
            self._store.setValue(_LANGUAGE, value)
        else:
            raise ValueError(f"unsupported language: {value}")

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._store.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray | None) -> None:
        if value is None:
            self._store.remove(_GEOMETRY)
        else:
            self._store.setValue(_GEOMETRY, value)

    @property
    def data_folder(self) -> str | None:
        value = self._store.value(_DATA_FOLDER)
        return value if isinstance(value, str) and value else None

    @data_folder.setter
    def data_folder(self, value: str | None) -> None:
        if value:
            self._store.setValue(_DATA_FOLDER, value)
        else:
            self._store.remove(_DATA_FOLDER)

    @property
    def backup_folder(self) -> str | None:
        value = self._store.value(_BACKUP_FOLDER)
        return value if isinstance(value, str) and value else None

    @backup_folder.setter
    def backup_folder(self, value: str | None) -> None:
        if value:
            self._store.setValue(_BACKUP_FOLDER, value)
        else:
            self._store.remove(_BACKUP_FOLDER)

    def sync(self) -> None:
        self._store.sync()
