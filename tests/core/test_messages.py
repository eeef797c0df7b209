"""Tests for turning error codes into sentences for the command line."""

from __future__ import annotations

import ast
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import incubator_desktop.core.validation as validation_package
from incubator_desktop.core.errors import CoreError, DatabaseRefused, FieldError, NotFound, ValidationFailed
from incubator_desktop.core.messages import (
    ALL_CODES,
    FIELD_LABELS,
    MESSAGES,
    PARTIAL_MESSAGES,
    describe,
    describe_field_error,
    placeholders,
)
from incubator_desktop.core.validation.dates import (
    check_date,
    check_date_order,
    check_non_negative,
    check_not_future,
    check_required,
)
from incubator_desktop.core.validation.identifiers import (
    check_credit_code,
    check_division_code,
    check_id_number,
)
from incubator_desktop.core.validation.phones import check_phone

LANGUAGES = ("zh_CN", "en")

BRIEF_CODES = (
    "credit_code_length",
    "credit_code_chars",
    "credit_code_checksum",
    "id_number_length",
    "id_number_chars",
    "id_number_region",
    "id_number_birthdate",
    "id_number_checksum",
    "division_code_invalid",
    "phone_invalid",
    "date_in_future",
    "date_order",
    "negative",
    "required",
    "not_found",
    "unknown_choice",
    "too_long",
    "database_refused",
    "db_removable",
    "db_network",
    "db_too_new",
    "site_not_initialized",
    "site_already_initialized",
    "duplicate",
)

BRIEF_FIELDS = [
    "name",
    "category",
    "stage",
    "community",
    "leader_name",
    "phone",
    "id_number",
    "credit_code",
    "founded_on",
    "filed_on",
    "filing_number",
    "registered_on",
    "members",
    "title",
    "date",
    "held_on",
    "hours",
    "beneficiaries",
    "value_yuan",
    "site_code",
    "start",
    "end",
]


VALIDATION_DIR = Path(validation_package.__file__).parent
PACKAGE_DIR = VALIDATION_DIR.parent.parent
#: Calls whose code argument sits at this position (FieldError(field, code), CoreError(code, ...)).
CODE_POSITIONS = {
    "FieldError": 1,
    "CoreError": 0,
    "InputRejected": 0,
    "NotFound": 0,
    "DatabaseRefused": 0,
}


def code_literals(path: Path, *, strict: bool) -> set[str]:
    """Code literals passed to FieldError or a CoreError class in one module."""
    codes: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        position = CODE_POSITIONS.get(node.func.id)
        if position is None:
            continue
        code_node = node.args[position] if len(node.args) > position else None
        for keyword in node.keywords:
            if keyword.arg == "code":
                code_node = keyword.value
        if isinstance(code_node, ast.Constant) and isinstance(code_node.value, str):
            codes.add(code_node.value)
        elif strict and node.func.id == "FieldError":
            # A computed code would escape this scan, so in validation it is a failure in itself.
            raise AssertionError(f"{path.name}:{node.lineno}: FieldError code is not a literal")
    return codes


def codes_in_validation_source() -> set[str]:
    """Every code literal passed to FieldError(...) anywhere in the validation package."""
    return set().union(*(code_literals(path, strict=True) for path in VALIDATION_DIR.glob("*.py")))


def codes_in_package_source() -> set[str]:
    """Every code literal given to FieldError or a CoreError class anywhere in the program."""
    return set().union(*(code_literals(path, strict=False) for path in PACKAGE_DIR.rglob("*.py")))


def sample_errors() -> list[FieldError]:
    """Errors actually returned by the validators for a spread of bad input."""
    today = date(2024, 1, 1)
    candidates = [
        check_credit_code("123"),
        check_credit_code("91350100M000100I43"),
        check_credit_code("91350100M000100Y44"),
        check_id_number("123"),
        check_id_number("1101051949123100AX"),
        check_id_number("99010519491231002X"),
        check_id_number("11010520230230002X"),
        check_id_number("11010520250101002X", today=today),
        check_id_number("110105194912310021"),
        check_division_code("12"),
        check_phone("12"),
        check_date("abc", field="date"),
        check_not_future(date(2025, 1, 1), field="date", today=today),
        check_date_order(date(2024, 1, 2), date(2024, 1, 1), field="end"),
        check_non_negative(Decimal(-1), field="hours"),
        check_required(" ", field="name"),
    ]
    return [error for error in candidates if error is not None]


def test_scan_finds_the_validation_codes() -> None:
    """The source scan sees the codes it should, so an empty scan cannot pass silently."""
    found = codes_in_validation_source()
    assert {"id_number_checksum", "credit_code_chars", "phone_invalid", "required", "date_order"} <= found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_validation_code_has_a_template(lang: str) -> None:
    """Each code the validation modules can return has a sentence in both languages and in ALL_CODES."""
    for code in codes_in_validation_source():
        assert code in ALL_CODES
        assert code in MESSAGES[lang], code


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_code_raised_anywhere_has_a_template(lang: str) -> None:
    """Codes raised by services, storage, migrations and the CLI have sentences too."""
    found = codes_in_package_source()
    assert {"db_removable", "site_not_initialized"} <= found
    missing = sorted(found - set(MESSAGES[lang]))
    assert not missing


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_code_in_the_brief_and_in_errors_has_a_template(lang: str) -> None:
    """The agreed codes and the CoreError class codes all have sentences."""
    class_codes = {CoreError.code, ValidationFailed.code, NotFound.code, DatabaseRefused.code}
    for code in (*BRIEF_CODES, *class_codes):
        assert code in MESSAGES[lang], code
        assert code in ALL_CODES


def test_languages_cover_the_same_codes_with_the_same_placeholders() -> None:
    """Chinese and English agree on codes and, template by template, on which params they use."""
    assert set(MESSAGES["zh_CN"]) == set(MESSAGES["en"]) == set(ALL_CODES)
    for code in ALL_CODES:
        zh, en = MESSAGES["zh_CN"][code], MESSAGES["en"][code]
        assert [placeholders(t) for t in zh] == [placeholders(t) for t in en], code


@pytest.mark.parametrize("lang", LANGUAGES)
def test_last_template_needs_no_params(lang: str) -> None:
    """Every code ends with a template without placeholders, so missing params still read well."""
    for code, templates in MESSAGES[lang].items():
        assert templates, code
        assert placeholders(templates[-1]) == set(), code


@pytest.mark.parametrize("lang", LANGUAGES)
def test_returned_errors_fill_every_placeholder(lang: str) -> None:
    """The params validators return supply every placeholder of their template."""
    errors = sample_errors()
    assert len(errors) == 16
    for error in errors:
        assert error.code in ALL_CODES
        richest = MESSAGES[lang][error.code][0]
        assert placeholders(richest) <= set(error.params), error
        assert describe(error.code, error.params, lang=lang) == richest.format(**error.params)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("code", ALL_CODES)
def test_missing_params_never_crash(code: str, lang: str) -> None:
    """With no or unrelated params every code still gives its plain sentence, without raw braces."""
    for params in (None, {}, {"unrelated": 1}):
        sentence = describe(code, params, lang=lang)
        assert sentence == MESSAGES[lang][code][-1]
        assert "{" not in sentence


def test_zh_checksum_sentence() -> None:
    """The Chinese sentence for a wrong ID check character names the expected character."""
    assert describe("id_number_checksum", {"expected": "X"}) == "身份证号码校验位不正确，请核对后重新输入（应为 X）"


def test_specific_sentences_carry_their_advice() -> None:
    """Database and setup sentences tell the clerk what to do next."""
    assert "找不到该记录" in describe("not_found")
    assert "U盘" in describe("db_removable")
    assert "本机硬盘" in describe("db_removable")
    assert "local disk" in describe("db_removable", lang="en")
    assert "本机硬盘" in describe("db_network")
    too_new = describe("db_too_new", {"found": "2.0"})
    assert "2.0" in too_new
    assert "升级" in too_new
    assert "未做任何改动" in too_new
    assert "incubator init" in describe("site_not_initialized")
    assert "incubator init" in describe("site_not_initialized", lang="en")
    assert "500" in describe("too_long", {"max": 500})
    assert "组织名称" in describe("duplicate", {"what": "组织名称"})


def test_allowed_values_are_listed() -> None:
    """unknown_choice lists the allowed values, joined the way each language writes lists."""
    allowed = ["公益慈善类", "生活服务类"]
    assert "公益慈善类、生活服务类" in describe("unknown_choice", {"allowed": allowed})
    assert "a, b" in describe("unknown_choice", {"allowed": ("a", "b")}, lang="en")
    assert "x, y" in describe("unknown_choice", {"allowed": {"y", "x"}}, lang="en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_unknown_code_names_the_code(lang: str) -> None:
    """A code without a template gives a generic sentence that still shows the code."""
    assert "no_such_code" in describe("no_such_code", {"x": 1}, lang=lang)


def test_language_fallback() -> None:
    """Other Chinese locales use zh_CN; any other language uses English."""
    assert describe("required", lang="zh_TW") == describe("required")
    assert describe("required", lang="fr") == describe("required", lang="en")


def test_richest_template_the_params_allow_is_chosen() -> None:
    """A duplicate named by kind, by value, or not at all each gets the fullest fitting sentence."""
    assert describe("duplicate", {"what": "统一社会信用代码"}) == "已经有相同的统一社会信用代码，请不要重复录入"
    assert "91350100M000100Y43" in describe("duplicate", {"value": "91350100M000100Y43"})
    assert describe("duplicate") == "该记录已经存在，请不要重复录入"
    with_value = describe("unknown_choice", {"value": "x", "allowed": ["a"]}, lang="en")
    assert with_value == "“x” is not one of the choices; choose one of: a."


def test_params_are_not_reinterpreted() -> None:
    """Braces inside a param value are shown literally, not used as placeholders."""
    assert "{expected}" in describe("duplicate", {"what": "{expected}"})


def test_describe_field_error_prefixes_the_label() -> None:
    """The field's caption comes first, then the sentence."""
    error = FieldError("id_number", "id_number_checksum", {"expected": "X"})
    assert describe_field_error(error) == "身份证号：身份证号码校验位不正确，请核对后重新输入（应为 X）"
    assert describe_field_error(error, lang="en").startswith("ID number: The check character")
    unknown_field = describe_field_error(FieldError("remarks", "required"))
    assert unknown_field.startswith("remarks：")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_field_labels_cover_common_fields(lang: str) -> None:
    """Every common field has a caption in both languages."""
    for name in BRIEF_FIELDS:
        assert FIELD_LABELS[lang].get(name), name


def test_uyghur_names_the_district_findings_and_reads_english_otherwise() -> None:
    """On a ug_CN screen the cross-township findings are Uyghur; codes Uyghur lacks fall back to English."""
    finding = describe("finding_person_paid_twice", {"name": "A", "projects": ["p", "q"], "sites": ["x"]}, lang="ug_CN")
    assert re.search("[\u0600-\u06ff]", finding) and "p، q" in finding
    assert describe("district_only", {"site": "x"}, lang="ug_CN") == describe("district_only", {"site": "x"}, lang="en")


def test_uyghur_sentences_keep_the_english_placeholders() -> None:
    """Each Uyghur template uses only placeholders its English twin has, so no finding loses a value."""
    for code, templates in PARTIAL_MESSAGES["ug"].items():
        english = set().union(*(placeholders(template) for template in MESSAGES["en"][code]))
        assert all(placeholders(template) <= english for template in templates), code
