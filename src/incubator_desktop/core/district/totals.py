"""District totals of an indicator across townships: sums for counts and money, the pooled share for coverage."""

from __future__ import annotations

from decimal import Decimal

from incubator_desktop.core.district.overview import TownshipRow
from incubator_desktop.core.indicators.model import Number

COVERAGE = "community_coverage"


def indicator_total(code: str, rows: list[TownshipRow]) -> tuple[Number, Number | None, int]:
    """(total value, total target or None if none has one, townships meeting their target).

    Counts and money add up; coverage is pooled over all communities, against the shared goal.
    """
    values = [row.indicator(code) for row in rows]
    targets = [indicator.target for indicator in values if indicator.target is not None]
    value: Number
    target: Number | None
    if code == COVERAGE:
        value, target = coverage_total(rows), max(targets) if targets else None
    else:
        value = sum((indicator.value for indicator in values), 0)
        target = sum(targets, 0) if targets else None
    return value, target, sum(1 for indicator in values if indicator.met)


def coverage_total(rows: list[TownshipRow]) -> Decimal:
    """Communities with an incubated organization as a percent of all the townships' communities together."""
    communities = sum(row.communities for row in rows)
    if not communities:
        return Decimal("0.0")
    covered = sum(row.covered_communities for row in rows)
    return (Decimal(100) * covered / communities).quantize(Decimal("0.1"))
