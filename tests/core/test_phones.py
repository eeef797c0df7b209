"""Tests for phone number normalization and checks."""

from __future__ import annotations

import pytest

from incubator_desktop.core.errors import FieldError
from incubator_desktop.core.validation.phones import check_phone, is_mobile, normalize_phone, split_landline


@pytest.mark.parametrize(
    "value",
    [
        "13912345678",
        "139 1234 5678",
        "139-1234-5678",
        "139.1234.5678",
        "(139)12345678",
        "+86 139 1234 5678",
        "+86-139-1234-5678",
        "(+86)13912345678",
        "0086 13912345678",
        "8613912345678",
        "１３９１２３４５６７８",
        "\u3000139 1234 5678\xa0",
    ],
)
def test_mobile_spellings_normalize_to_eleven_digits(value: str) -> None:
    """Spaces, hyphens, dots, brackets, full-width digits and +86/0086/86 prefixes all go away."""
    assert normalize_phone(value) == "13912345678"
    assert check_phone(value) is None
    assert is_mobile(value)


@pytest.mark.parametrize("second", "3456789")
def test_every_mobile_prefix_from_13_to_19(second: str) -> None:
    """Numbers beginning 13 to 19 are mobiles."""
    assert is_mobile(f"1{second}912345678")
    assert check_phone(f"1{second}912345678") is None


@pytest.mark.parametrize("second", "012")
def test_numbers_beginning_10_to_12_are_not_mobiles(second: str) -> None:
    """Numbers beginning 10, 11 or 12 are not mobiles and not landlines either."""
    assert not is_mobile(f"1{second}912345678")
    assert check_phone(f"1{second}912345678") == FieldError("phone", "phone_invalid")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0998-1234567", "0998-1234567"),
        ("09981234567", "0998-1234567"),
        ("(0998)1234567", "0998-1234567"),
        ("（０９９８）１２３４５６７", "0998-1234567"),
        ("0998 123 4567", "0998-1234567"),
        ("0998-123-4567", "0998-1234567"),
        ("0755-12345678", "0755-12345678"),
        ("010-12345678", "010-12345678"),
        ("01012345678", "010-12345678"),
        ("010-1234-5678", "010-12345678"),
        ("0101234567", "010-1234567"),
        ("021 6123 4567", "021-61234567"),
        ("02012345678", "020-12345678"),
        ("0201234567", "020-1234567"),
        ("029.8765.4321", "029-87654321"),
    ],
)
def test_landlines_normalize_with_area_code(value: str, expected: str) -> None:
    """010 and 02x take a 3-digit area code, every other area 4; the local part has 7 or 8 digits."""
    assert normalize_phone(value) == expected
    assert check_phone(value) is None
    assert not is_mobile(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0998-1234567转123", "0998-1234567-123"),
        ("0998-1234567 转 123", "0998-1234567-123"),
        ("0998-1234567分机8", "0998-1234567-8"),
        ("0998-1234567 ext 123", "0998-1234567-123"),
        ("0998-1234567 EXT.123", "0998-1234567-123"),
        ("0998-1234567-123", "0998-1234567-123"),
        ("0998 1234567-123456", "0998-1234567-123456"),
        ("0998-1234567-1", "0998-1234567-1"),
        ("010-12345678-20", "010-12345678-20"),
        ("(0998)1234567转123", "0998-1234567-123"),
    ],
)
def test_landline_extensions_are_kept(value: str, expected: str) -> None:
    """An extension after 转, 分机, ext or a final hyphen is kept, not merged into the local number."""
    assert normalize_phone(value) == expected
    assert check_phone(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "abc",
        "1391234567",
        "139123456789",
        "1234567",
        "12345678",
        "0998-123456",
        "0998-123456789",
        "010-123456",
        "010-123456789",
        "0098-1234567",
        "13912345678转123",
        "0998-1234567转",
        "0998-1234567转1234567",
        "0998-123456转12",
        "+85 13912345678",
        "+86 0998 1234567",
        "١٣٩١٢٣٤٥٦٧٨",
        "139١٢٣٤٥٦٧٨",
        "0998١٢٣٤٥٦٧",
        "0998-1234567转١٢٣",
    ],
)
def test_invalid_numbers_are_rejected(value: str) -> None:
    """Wrong lengths, a missing area code, extensions on mobiles and foreign digits are invalid."""
    assert check_phone(value, field="contact") == FieldError("contact", "phone_invalid")
    assert not is_mobile(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  0998-123 ", "0998-123"),
        ("12345", "12345"),
        ("不详", "不详"),
        ("139  1234\u3000567", "139 1234 567"),
        ("", ""),
    ],
)
def test_unrecognized_values_are_only_tidied(value: str, expected: str) -> None:
    """Something that is no phone number keeps its shape: only trimmed and NFKC-normalized."""
    assert normalize_phone(value) == expected


def test_split_landline() -> None:
    """A normalized landline splits into area code, local number and extension."""
    assert split_landline("0998-1234567") == ("0998", "1234567", "")
    assert split_landline("010-12345678-20") == ("010", "12345678", "20")
    assert split_landline("13912345678") is None
