"""Tests for masking ID numbers, phone numbers and names before display."""

from __future__ import annotations

import pytest

from incubator_desktop.core.masking import mask_id_number, mask_name, mask_phone


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("11010519491231002X", "1101************2X"),
        ("11010519491231002x", "1101************2x"),
        ("　11010519491231002X ", "1101************2X"),
        ("１１０１０５１９４９１２３１００２Ｘ", "1101************2X"),
        ("110105491231002", "1101*********02"),
        ("1234567", "1234*67"),
        ("123456", "******"),
        ("12", "**"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_id_number(value: str | None, expected: str) -> None:
    """First 4 and last 2 stay; short values that would show everything are masked whole."""
    assert mask_id_number(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("13912345678", "139****5678"),
        ("+86 139-1234-5678", "139****5678"),
        ("１３９１２３４５６７８", "139****5678"),
        ("0998-1234567", "0998-*****67"),
        ("(0998)1234567", "0998-*****67"),
        ("010-12345678", "010-******78"),
        ("021 6123 4567", "021-******67"),
        ("0998-1234567转123", "0998-*****67-***"),
        ("12345", "***45"),
        ("1234", "****"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_phone(value: str | None, expected: str) -> None:
    """Mobiles keep 3 + 4 digits, landlines their area code and last 2 local digits, others their last 2."""
    assert mask_phone(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("张", "张"),
        ("张三", "张*"),
        ("李小明", "李*明"),
        ("欧阳小明", "欧**明"),
        ("欧阳小明明", "欧***明"),
        ("买买提·艾力", "买****力"),
        ("　张三 ", "张*"),
        ("John Smith", "J***"),
        ("li", "l***"),
        ("A", "A***"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_name(value: str | None, expected: str) -> None:
    """Chinese names keep first and last character; alphabetic names keep their first letter only."""
    assert mask_name(value) == expected


def test_masks_never_contain_hidden_digits() -> None:
    """The masked middle of an ID number and a mobile shares no digit with the original middle."""
    masked_id = mask_id_number("11010519491231002X")
    assert masked_id[4:-2] == "*" * 12
    masked_phone = mask_phone("13912345678")
    assert masked_phone[3:7] == "****"
    assert len(masked_id) == 18
    assert len(masked_phone) == 11
