"""Installs the application's and Qt's own translators, switches them at run time, and the CJK and Uyghur fonts."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from incubator_desktop.core.resources import cjk_font_path, resource_path
from incubator_desktop.ui.widgets.settings import RIGHT_TO_LEFT_LANGUAGES

log = logging.getLogger(__name__)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load incubator_<language>.qm and Qt's qtbase_<language>.qm; returns what was installed."""
    installed: list[QTranslator] = []
    try:
        ours = resource_path("translations", f"incubator_{language}.qm")
    except FileNotFoundError:
        log.warning("no translation file for %s; showing the source strings", language)
    else:
        translator = QTranslator(app)
        if translator.load(str(ours)):
            installed.append(translator)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    # English has no qtbase file; its absence is normal, not an error.
    if qt_translator.load(f"qtbase_{language}", qt_folder):
        installed.append(qt_translator)
    for translator in installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    if isinstance(app, QGuiApplication):
        direction = (
            Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT_LANGUAGES else Qt.LayoutDirection.LeftToRight
        )
        app.setLayoutDirection(direction)
    return installed


def switch_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Replace every translator the app holds with those of `language`; widgets get a LanguageChange event."""
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.setParent(None)  # Python owns it now: freed once no caller still holds it
    return install_translators(app, language)


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def install_cjk_font(app: QGuiApplication) -> str | None:
    """Register the shipped CJK font and put it behind the default family as the fallback for Han text."""
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("the CJK font could not be loaded; Chinese text may show as boxes")
        return None
    cjk = families[0]
    font = QFont(app.font())
    # The system family stays first (it looks native for Latin text); glyphs it lacks come from ours.
    existing = [name for name in (font.families() or [font.family()]) if name != cjk]
    font.setFamilies([*existing, cjk])
    app.setFont(font)
    return cjk


UYGHUR_FONT_FILE = "NotoSansArabic-Regular.ttf"


def install_uyghur_font(app: QGuiApplication) -> str | None:
    """Register the shipped Arabic-script font (Noto Sans Arabic, OFL-1.1) as a fallback for Uyghur text."""
    try:
        path = resource_path("fonts", UYGHUR_FONT_FILE)
    except FileNotFoundError:
        log.warning("the Uyghur font is missing; Uyghur text uses whatever the system has")
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    font = QFont(app.font())
    existing = [name for name in (font.families() or [font.family()]) if name != families[0]]
    font.setFamilies([*existing, families[0]])
    app.setFont(font)
    return families[0]
