"""How printouts write dates and money: 2024年5月1日, 1,234.50 元."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

#: Empty lines a sign-in sheet leaves for walk-ins (here, not in `signin`, so forms can show it without ReportLab).
DEFAULT_BLANK_ROWS = 13


def cn_date(day: date | None) -> str:
    """A date as Chinese documents write it (2024年5月1日); empty for None."""
    if day is None:
        return ""
    return f"{day.year}年{day.month}月{day.day}日"


def short_date(day: date | None) -> str:
    """A compact date for table cells (2024-05-01); empty for None."""
    return day.isoformat() if day else ""


def yuan_from_fen(fen: int) -> str:
    """Money in yuan with thousands separators and two decimals (1,234.50)."""
    return f"{Decimal(fen) / 100:,.2f}"


def yuan(amount: Decimal | int) -> str:
    return f"{Decimal(amount):,.2f}"
