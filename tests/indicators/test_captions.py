"""Indicator captions: every language names every indicator, and a Uyghur screen gets the Uyghur ones."""

from __future__ import annotations

import re

from incubator_desktop.core.indicators.captions import CAPTIONS, captions_for

ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def test_every_language_captions_the_same_indicators() -> None:
    """zh_CN, English and Uyghur each give a label, unit and rule for exactly the same indicator codes."""
    codes = set(CAPTIONS["zh_CN"])
    assert {language: set(captions) for language, captions in CAPTIONS.items()} == dict.fromkeys(CAPTIONS, codes)
    for captions in CAPTIONS.values():
        assert all(caption.label and caption.rule for caption in captions.values())


def test_qt_locale_names_pick_their_language() -> None:
    """QLocale().name() is what the UI passes: ug_CN reads Uyghur, zh_TW Chinese, fr_FR English."""
    assert captions_for("ug_CN") is CAPTIONS["ug"]
    assert captions_for("zh_TW") is CAPTIONS["zh_CN"]
    assert captions_for("fr_FR") is CAPTIONS["en"]


def test_uyghur_captions_are_written_in_uyghur() -> None:
    """Each Uyghur label and rule is in the Arabic script, not a leftover English sentence."""
    for caption in CAPTIONS["ug"].values():
        assert ARABIC_LETTER.search(caption.label) and ARABIC_LETTER.search(caption.rule)
