"""The translation files: complete, compiled from the committed sources, and covering every UI string."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("zh_CN", "en")
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = BIN / name if (BIN / name).exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return str(found)


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    found: dict[tuple[str, str], ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def ui_sources() -> list[str]:
    sources = sorted(str(path) for path in (ROOT / "src/incubator_desktop/ui").rglob("*.py"))
    return [*sources, str(ROOT / "src/incubator_desktop/app.py")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_finished(language: str) -> None:
    """No message in the .ts is unfinished, obsolete or left without a translation."""
    found = messages(TRANSLATIONS / f"incubator_{language}.ts")
    assert found
    problems = [
        key
        for key, message in found.items()
        if (translation := message.find("translation")) is None
        or translation.get("type") in {"unfinished", "vanished", "obsolete"}
        or not all(text.strip() for text in _texts(translation))
    ]
    assert problems == []


def _texts(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a numerus message (none may be empty)."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_chinese_translations_are_chinese() -> None:
    """The zh_CN file translates the workspace names into the agreed Chinese terms."""
    found = messages(TRANSLATIONS / "incubator_zh_CN.ts")
    assert found[("Workspaces", "Organizations")].findtext("translation") == "社会组织"
    assert found[("Workspaces", "Projects & budget")].findtext("translation") == "项目与预算"
    assert found[("RecordPage", "%Ln record(s)")].findtext("translation/numerusform") == "共 %Ln 条"


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_files_are_compiled_from_the_ts(language: str, tmp_path: Path) -> None:
    """Compiling the committed .ts again gives exactly the committed .qm (run scripts/translations.sh)."""
    compiled = tmp_path / f"incubator_{language}.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(TRANSLATIONS / f"incubator_{language}.ts"), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == (TRANSLATIONS / f"incubator_{language}.qm").read_bytes()


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_covers_every_string_in_the_sources(language: str, tmp_path: Path) -> None:
    """lupdate finds exactly the messages the committed .ts holds: nothing new untranslated, nothing stale."""
    fresh = tmp_path / f"fresh_{language}.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *ui_sources(), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    extracted = set(messages(fresh))
    committed = set(messages(TRANSLATIONS / f"incubator_{language}.ts"))
    assert extracted, "lupdate found no strings; is the source list right?"
    assert sorted(extracted - committed) == [], "strings missing from the .ts: run scripts/translations.sh"
    assert sorted(committed - extracted) == [], "stale strings in the .ts: run scripts/translations.sh"
