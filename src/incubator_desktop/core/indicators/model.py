"""The values indicators are handed out as: plain frozen dataclasses, safe to pass between threads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

#: Counts are ints; money, hours and percentages are Decimals.
Number = int | Decimal

#: Share of the target at or above which an unmet indicator is amber rather than red.
AMBER_SHARE = Decimal("0.7")


class Status(StrEnum):
    """Traffic light of an indicator.

    green: the target is met. amber: not met, but at least 70 % of the target is reached or the period is
    not over yet (a floor can still be reached). red: not met otherwise, and a cap (≤) that is exceeded is
    always red, since time cannot fix it. info: no target (informational, or no funded project).
    """

    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    INFO = "info"


class Comparison(StrEnum):
    AT_LEAST = ">="
    AT_MOST = "<="


class NearMissReason(StrEnum):
    ONE_ACTIVITY_SHORT = "one_activity_short"  # filed, one community service activity in the period
    NOT_FILED = "not_filed"  # ≥ 2 activities, but not (yet) filed with the township


@dataclass(frozen=True)
class NearMiss:
    """An organization one step short of effective incubation, and which step is missing."""

    organization_id: str
    name: str
    reason: NearMissReason
    activities: int


@dataclass(frozen=True)
class Indicator:
    """One indicator against its target, with the records behind the number for drill-down.

    `record_kind` names the table `record_ids` belong to (e.g. "organizations"); it is None where only
    counts may be shown (service files are sensitive). `target` is None for informational indicators.
    """

    code: str
    label: str
    unit: str
    rule: str
    value: Number
    target: Number | None
    comparison: Comparison
    met: bool | None
    status: Status
    record_kind: str | None
    record_ids: tuple[str, ...]
    near_misses: tuple[NearMiss, ...] = ()

    @property
    def progress(self) -> float | None:
        """Value as a share of the target (1.0 = reached; above 1.0 is bad for a cap), for progress bars."""
        if self.target is None:
            return None
        if not self.target:
            return 1.0 if self.value <= 0 or self.comparison is Comparison.AT_LEAST else float("inf")
        return float(Decimal(self.value) / Decimal(self.target))


@dataclass(frozen=True)
class Period:
    start: date
    end: date


def judge(
    value: Number, target: Number | None, comparison: Comparison, *, period_over: bool
) -> tuple[bool | None, Status]:
    """Whether `value` meets `target` and its traffic light (see Status for the rule)."""
    if target is None:
        return None, Status.INFO
    if comparison is Comparison.AT_MOST:
        met = value <= target
        return met, Status.GREEN if met else Status.RED
    met = value >= target
    if met:
        return True, Status.GREEN
    if not period_over or Decimal(value) >= AMBER_SHARE * Decimal(target):
        return False, Status.AMBER
    return False, Status.RED


def json_number(value: Number | None) -> int | float | None:
    """A JSON number: counts stay ints, whole Decimals become ints, others floats (yuan have 2 decimals)."""
    if value is None or isinstance(value, int):
        return value
    return int(value) if value == value.to_integral_value() else float(value)


def indicator_payload(indicator: Indicator) -> dict[str, object]:
    """The indicator as a JSON-ready dict (the CLI's `--json` shape)."""
    return {
        "code": indicator.code,
        "label": indicator.label,
        "value": json_number(indicator.value),
        "target": json_number(indicator.target),
        "met": indicator.met,
        "status": indicator.status.value,
        "comparison": indicator.comparison.value,
        "unit": indicator.unit,
        "rule": indicator.rule,
        "record_kind": indicator.record_kind,
        "record_ids": list(indicator.record_ids),
        "near_misses": [
            {"organization_id": n.organization_id, "name": n.name, "reason": n.reason.value, "activities": n.activities}
            for n in indicator.near_misses
        ],
    }
