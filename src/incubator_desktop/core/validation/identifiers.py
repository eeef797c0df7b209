"""Checks for Chinese identifiers: unified social credit codes, resident ID numbers, division codes."""

from __future__ import annotations

import unicodedata
from datetime import date

from incubator_desktop.core.errors import FieldError
from incubator_desktop.core.vocab import Gender

#: Characters a unified social credit code may use (GB 32100-2015); I, O, Z, S, V are left out
#: because they are easily mistaken for 1, 0, 2, 5 and U.
CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARS = "10X98765432"

#: First two digits of division codes: provinces, autonomous regions, municipalities, Taiwan, HK, Macao.
PROVINCE_CODES: frozenset[str] = frozenset(
    [str(n) for n in range(11, 16)]
    + [str(n) for n in range(21, 24)]
    + [str(n) for n in range(31, 38)]
    + [str(n) for n in range(41, 47)]
    + [str(n) for n in range(50, 55)]
    + [str(n) for n in range(61, 66)]
    + ["71", "81", "82"]
)

# Spelled out rather than str.isdigit(), which also accepts digits of other scripts and superscripts.
_DIGITS = frozenset("0123456789")
_EARLIEST_BIRTH_DATE = date(1900, 1, 1)
_DIVISION_CODE_LENGTHS = (6, 9, 12)


def normalize_credit_code(value: str) -> str:
    """Return the credit code in NFKC form, trimmed and upper-cased."""
    return unicodedata.normalize("NFKC", value).strip().upper()


def check_credit_code(value: str, *, field: str = "credit_code") -> FieldError | None:
    """Check a unified social credit code (GB 32100-2015): length, alphabet, then check character."""
    code = normalize_credit_code(value)
    if len(code) != 18:
        return FieldError(field, "credit_code_length", {"length": len(code)})
    for char in code:
        if char not in CREDIT_CODE_ALPHABET:
            return FieldError(field, "credit_code_chars", {"char": char})
    expected = _credit_code_check_char(code[:17])
    if code[17] != expected:
        return FieldError(field, "credit_code_checksum", {"expected": expected})
    return None


def normalize_id_number(value: str) -> str:
    """Return the ID number in NFKC form (full-width digits work), trimmed, with a lowercase x raised."""
    return unicodedata.normalize("NFKC", value).strip().upper()


def check_id_number(value: str, *, field: str = "id_number", today: date | None = None) -> FieldError | None:
    """Check an 18-character resident ID number (GB 11643-1999).

    Shape first, then region, birth date and check character, so the clerk is told about the
    first thing actually wrong rather than only that the check character does not match.
    """
    number = normalize_id_number(value)
    if len(number) != 18:
        return FieldError(field, "id_number_length", {"length": len(number)})
    bad_char = _first_bad_id_char(number)
    if bad_char is not None:
        return FieldError(field, "id_number_chars", {"char": bad_char})
    if number[:2] not in PROVINCE_CODES:
        return FieldError(field, "id_number_region", {"region": number[:2]})
    birth = _birth_date_or_none(number)
    limit = today if today is not None else date.today()
    if birth is None or not _EARLIEST_BIRTH_DATE <= birth <= limit:
        return FieldError(field, "id_number_birthdate", {"birthdate": number[6:14]})
    expected = _id_check_char(number[:17])
    if number[17] != expected:
        return FieldError(field, "id_number_checksum", {"expected": expected})
    return None


def birth_date_from_id(value: str) -> date:
    """Return the birth date written in an ID number; raises ValueError if it has none to give."""
    number = _require_id_shape(value)
    birth = _birth_date_or_none(number)
    if birth is None:
        raise ValueError(f"no real birth date in ID number: {number[6:14]!r}")
    return birth


def gender_from_id(value: str) -> Gender:
    """Return 男 when the 17th digit is odd and 女 when even; raises ValueError on a malformed number."""
    number = _require_id_shape(value)
    return Gender.MALE if int(number[16]) % 2 == 1 else Gender.FEMALE


def check_division_code(value: str, *, field: str = "site_code") -> FieldError | None:
    """Check an administrative division code: 6 (county), 9 (township) or 12 digits, real province."""
    code = unicodedata.normalize("NFKC", value).strip()
    if len(code) in _DIVISION_CODE_LENGTHS and all(char in _DIGITS for char in code) and code[:2] in PROVINCE_CODES:
        return None
    return FieldError(field, "division_code_invalid")


def _credit_code_check_char(body: str) -> str:
    total = sum(
        CREDIT_CODE_ALPHABET.index(char) * weight for char, weight in zip(body, _CREDIT_CODE_WEIGHTS, strict=True)
    )
    return CREDIT_CODE_ALPHABET[(31 - total % 31) % 31]


def _id_check_char(body: str) -> str:
    total = sum(int(char) * weight for char, weight in zip(body, _ID_WEIGHTS, strict=True))
    return _ID_CHECK_CHARS[total % 11]


def _first_bad_id_char(number: str) -> str | None:
    for char in number[:17]:
        if char not in _DIGITS:
            return char
    last = number[17]
    return None if last in _DIGITS or last == "X" else last


def _birth_date_or_none(number: str) -> date | None:
    digits = number[6:14]
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def _require_id_shape(value: str) -> str:
    number = normalize_id_number(value)
    if len(number) != 18 or _first_bad_id_char(number) is not None:
        raise ValueError(f"not an 18-character ID number: {value!r}")
    return number
