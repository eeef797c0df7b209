"""Tests for credit code, resident ID number and division code checks."""

from __future__ import annotations

from datetime import date

import pytest

from incubator_desktop.core.errors import FieldError
from incubator_desktop.core.validation.identifiers import (
    birth_date_from_id,
    check_credit_code,
    check_division_code,
    check_id_number,
    gender_from_id,
    normalize_credit_code,
    normalize_id_number,
)

CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
PROVINCES = (
    *range(11, 16),
    *range(21, 24),
    *range(31, 38),
    *range(41, 47),
    *range(50, 55),
    *range(61, 66),
    71,
    81,
    82,
)
TODAY = date(2024, 6, 15)


def credit_check_char(body: str) -> str:
    """Check character per GB 32100-2015, with weights derived as 3**i mod 31 rather than copied."""
    total = sum(CREDIT_ALPHABET.index(c) * pow(3, i, 31) for i, c in enumerate(body))
    return CREDIT_ALPHABET[-total % 31]


def id_check_char(body: str) -> str:
    """Check character per ISO 7064 MOD 11-2, with weights derived as 2**(17-i) mod 11."""
    total = sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(body))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def make_id(birth: str, *, region: str = "110105", sequence: str = "001") -> str:
    """An ID number with a correct check character."""
    body = region + birth + sequence
    return body + id_check_char(body)


def with_wrong_last(value: str, alphabet: str) -> str:
    """The same code with a different, still well-formed last character."""
    return value[:-1] + next(c for c in alphabet if c != value[-1])


# Credit codes ---------------------------------------------------------------------------------------


def test_known_credit_code_is_valid() -> None:
    """The widely published example code passes."""
    assert check_credit_code("91350100M000100Y43") is None


def test_helper_agrees_with_known_example() -> None:
    """The independent helper itself reproduces the published check character."""
    assert credit_check_char("91350100M000100Y4") == "3"


@pytest.mark.parametrize(
    "body",
    ["91350100M000100Y4", "12100000400000398", "52440300MJL000000", "91110000X0000000Y", "00000000000000000"],
)
def test_generated_credit_codes_pass_and_every_wrong_check_char_fails(body: str) -> None:
    """A code with the computed check character passes; each of the 30 other characters fails."""
    expected = credit_check_char(body)
    assert check_credit_code(body + expected) is None
    for char in CREDIT_ALPHABET.replace(expected, ""):
        assert check_credit_code(body + char) == FieldError(
            "credit_code", "credit_code_checksum", {"expected": expected}
        )


def test_credit_code_is_normalized_before_checking() -> None:
    """Lowercase letters, full-width characters and surrounding spaces are accepted."""
    assert normalize_credit_code("　９１３５０１００ｍ０００１００ｙ４３ ") == "91350100M000100Y43"
    assert check_credit_code(" 91350100m000100y43\u3000") is None
    assert check_credit_code("９１３５０１００Ｍ０００１００Ｙ４３") is None


@pytest.mark.parametrize("value", ["", "91350100M000100Y4", "91350100M000100Y433", "9135"])
def test_credit_code_wrong_length(value: str) -> None:
    """Anything but 18 characters is reported with the length found."""
    assert check_credit_code(value, field="code") == FieldError("code", "credit_code_length", {"length": len(value)})


@pytest.mark.parametrize("char", ["I", "O", "Z", "S", "V", "-", "中"])
def test_credit_code_forbidden_characters(char: str) -> None:
    """I, O, Z, S, V and non-alphanumerics are reported with the offending character."""
    value = "91350100M000100" + char + "43"
    assert check_credit_code(value) == FieldError("credit_code", "credit_code_chars", {"char": char})


# Resident ID numbers --------------------------------------------------------------------------------


def test_standard_example_id_is_valid() -> None:
    """The example from GB 11643-1999 passes, and the helper reproduces its check character."""
    assert id_check_char("11010519491231002") == "X"
    assert check_id_number("11010519491231002X") is None


def test_id_lowercase_x_and_full_width_digits() -> None:
    """A lowercase x, full-width digits and ideographic spaces are normalized away."""
    assert normalize_id_number("１１０１０５１９４９１２３１００２ｘ") == "11010519491231002X"
    assert check_id_number("11010519491231002x") is None
    assert check_id_number("　１１０１０５１９４９１２３１００２Ｘ　") is None


@pytest.mark.parametrize("birth", ["19491231", "19800101", "20000229", "20240229", "19000101"])
def test_generated_ids_pass_and_every_wrong_check_char_fails(birth: str) -> None:
    """A number with the computed check character passes; each of the 10 others fails with it named."""
    value = make_id(birth)
    assert check_id_number(value, today=TODAY) is None
    for char in "0123456789X".replace(value[-1], ""):
        assert check_id_number(value[:-1] + char, today=TODAY) == FieldError(
            "id_number", "id_number_checksum", {"expected": value[-1]}
        )


@pytest.mark.parametrize("value", ["", "110105194912310", "11010519491231002", "11010519491231002X1"])
def test_id_wrong_length(value: str) -> None:
    """Old 15-digit numbers and other lengths are reported with the length found."""
    assert check_id_number(value) == FieldError("id_number", "id_number_length", {"length": len(value)})


@pytest.mark.parametrize(
    ("value", "char"),
    [
        ("1101051949123100AX", "A"),
        ("11010519491231X021", "X"),
        ("11010519491231002Y", "Y"),
        ("110105-949123100 X", "-"),
    ],
)
def test_id_bad_characters(value: str, char: str) -> None:
    """Letters among the first 17, or anything but a digit or X last, are reported by character."""
    assert check_id_number(value) == FieldError("id_number", "id_number_chars", {"char": char})


@pytest.mark.parametrize("province", PROVINCES)
def test_every_province_code_is_accepted(province: int) -> None:
    """Each real province-level code is accepted as the start of an ID number."""
    assert check_id_number(make_id("19800101", region=f"{province}0101"), today=TODAY) is None


@pytest.mark.parametrize(
    "region",
    ["00", "10", "16", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66", "70", "72", "83", "99"],
)
def test_unknown_region_is_rejected(region: str) -> None:
    """Numbers starting with a code that is no province fail on region, even with a good check char."""
    value = make_id("19800101", region=region + "0101")
    assert check_id_number(value, today=TODAY) == FieldError("id_number", "id_number_region", {"region": region})


@pytest.mark.parametrize(
    "birth", ["19000229", "20230229", "21000229", "19801301", "19800001", "19800100", "19800132", "19800431"]
)
def test_impossible_birth_dates_are_rejected(birth: str) -> None:
    """Feb 29 outside leap years, month 0 or 13, day 0, day 32 and April 31 are not real dates."""
    assert check_id_number(make_id(birth), today=TODAY) == FieldError(
        "id_number", "id_number_birthdate", {"birthdate": birth}
    )


def test_birth_date_boundaries() -> None:
    """Born today and on 1900-01-01 pass; tomorrow and 1899-12-31 fail."""
    assert check_id_number(make_id("20240615"), today=TODAY) is None
    assert check_id_number(make_id("19000101"), today=TODAY) is None
    assert check_id_number(make_id("20240616"), today=TODAY) == FieldError(
        "id_number", "id_number_birthdate", {"birthdate": "20240616"}
    )
    assert check_id_number(make_id("18991231"), today=TODAY) == FieldError(
        "id_number", "id_number_birthdate", {"birthdate": "18991231"}
    )


def test_future_birth_uses_real_today_by_default() -> None:
    """Without an explicit today, a birth date far in the future is still rejected."""
    error = check_id_number(make_id("29990101"))
    assert error is not None
    assert error.code == "id_number_birthdate"


def test_custom_field_name_is_carried() -> None:
    """The field given by the caller is the one named in the error."""
    error = check_id_number("123", field="leader_id_number")
    assert error is not None
    assert error.field == "leader_id_number"


def test_birth_date_and_gender_from_id() -> None:
    """Birth date comes from positions 7-14; odd 17th digit means 男, even means 女."""
    assert birth_date_from_id("11010519491231002X") == date(1949, 12, 31)
    assert gender_from_id("11010519491231002X") == "女"
    assert birth_date_from_id("１１０１０５２０００0229001ｘ") == date(2000, 2, 29)
    for digit in "0123456789":
        expected = "男" if int(digit) % 2 else "女"
        assert gender_from_id(make_id("19800101", sequence="00" + digit)) == expected


@pytest.mark.parametrize("value", ["", "123", "1101051949123100AX", "11010519491331002X"])
def test_birth_date_from_malformed_id_raises(value: str) -> None:
    """A number without a readable birth date raises ValueError rather than guessing."""
    with pytest.raises(ValueError):
        birth_date_from_id(value)


def test_gender_from_malformed_id_raises() -> None:
    """A number with the wrong shape raises ValueError."""
    with pytest.raises(ValueError):
        gender_from_id("11010519491231")


# Division codes -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["653101", "653101100", "653101100201", "110105", "820000", " 653101 ", "６５３１０１"]
)
def test_valid_division_codes(value: str) -> None:
    """County (6), township (9) and village (12) codes in a real province pass, full-width too."""
    assert check_division_code(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "",
        "65310",
        "6531011",
        "65310110",
        "6531011002",
        "65310110020",
        "6531011002011",
        "99310",
        "993101",
        "003101",
        "65310A",
        "65 3101",
    ],
)
def test_invalid_division_codes(value: str) -> None:
    """Other lengths, non-digits and unknown provinces fail with one code."""
    assert check_division_code(value, field="code") == FieldError("code", "division_code_invalid")
