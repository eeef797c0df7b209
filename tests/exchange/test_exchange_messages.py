"""Every code the spreadsheet capability raises or reports has a sentence in Chinese and English."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import incubator_desktop.commands.exchange as exchange_commands
import incubator_desktop.core.exchange as exchange_package
from incubator_desktop.core.exchange import messages
from incubator_desktop.core.indicators import messages as indicator_messages
from incubator_desktop.core.messages import MESSAGES, describe, placeholders
from incubator_desktop.core.reports import messages as report_messages
from incubator_desktop.core.sync import messages as sync_messages

#: Calls whose code argument sits at this position.
CODE_POSITIONS = {"WorkbookRefused": 0, "ExportRefused": 0, "FieldError": 1, "_reject": 2, "say": 0}
SOURCES = [*Path(exchange_package.__file__).parent.glob("*.py"), Path(exchange_commands.__file__)]


def used_codes() -> set[str]:
    """String codes passed to the error classes, FieldError, row rejections and the CLI's `say`."""
    codes: set[str] = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            position = CODE_POSITIONS.get(name)
            if position is None or len(node.args) <= position:
                continue
            argument = node.args[position]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                codes.add(argument.value)
            elif isinstance(argument, ast.IfExp):
                codes.update(
                    part.value
                    for part in (argument.body, argument.orelse)
                    if isinstance(part, ast.Constant) and isinstance(part.value, str)
                )
    return codes


def test_the_scan_sees_codes() -> None:
    """The source scan finds known codes, so an empty scan cannot pass silently."""
    assert {"workbook_unsafe", "export_not_xlsx", "credit_code_repeated", "roster_imported"} <= used_codes()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_used_code_has_a_sentence(lang: str) -> None:
    """No code raised or printed by this capability falls back to the "unknown code" sentence."""
    assert sorted(used_codes() - set(MESSAGES[lang])) == []


def test_both_languages_match_and_end_without_placeholders() -> None:
    """The two tables have the same codes, the same placeholders per template, and a param-free last one."""
    assert set(messages.ZH_CN) == set(messages.EN)
    for code, zh in messages.ZH_CN.items():
        en = messages.EN[code]
        assert [placeholders(t) for t in zh] == [placeholders(t) for t in en], code
        assert placeholders(zh[-1]) == set(), code


def test_no_code_is_taken_from_another_capability() -> None:
    """Merging is a plain dict update, so a clash would silently replace another team's sentence."""
    others = set(indicator_messages.ZH_CN) | set(report_messages.ZH_CN) | set(sync_messages.ZH_CN)
    assert set(messages.ZH_CN).isdisjoint(others)


def test_rich_sentences_fill_in() -> None:
    """A code with params reads in full; without them it still reads as a sentence."""
    assert describe("workbook_too_many_rows", {"limit": 200000, "rows": 1}).startswith("该工作表超过 200000 行")
    assert "{" not in describe("roster_imported")
