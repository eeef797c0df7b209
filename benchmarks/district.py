"""What only the district holds: its targets and month approvals per township, and its sync bookkeeping."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from benchmarks.content import Stamper, horizon_stamp, record_id
from benchmarks.registers import Rows
from incubator_desktop.core.demo import TARGETS


def district_rows(stamp: Stamper, township: str, year: int, *, ceiling: date) -> Rows:
    """The year's target set for `township` and the approval of each of its months."""
    out: Rows = {}
    start = date(year, 1, 1)
    target_set = {
        **stamp(start, ceiling=ceiling),
        "site_code": township,
        "name": f"{year}年度孵化基地绩效目标",
        "period_start": start,
        "period_end": date(year, 12, 31),
    }
    out["target_sets"] = [target_set]
    out["target_values"] = [
        {**stamp(start, ceiling=ceiling), "target_set_id": target_set["id"], "indicator": code, "value": Decimal(value)}
        for code, value in TARGETS
    ]
    out["month_approvals"] = []
    for month in range(1, 13):
        approved = date(year + (month == 12), month % 12 + 1, 10)
        out["month_approvals"].append(
            {
                **stamp(min(approved, ceiling), ceiling=ceiling),
                "site_code": township,
                "month": f"{year}-{month:02d}",
                "approved_on": min(approved, ceiling),
                "approver": "县民政局基层政权股",
                "note": None,
            }
        )
    return out


def received_bundles(rng: random.Random, township: str, device: str, years: range) -> list[dict[str, Any]]:
    """A bundle a month from the township, as the district's import history lists them."""
    rows: list[dict[str, Any]] = []
    previous = "0" * 64
    for sequence, (year, month) in enumerate(((y, mo) for y in years for mo in range(1, 13)), 1):
        sha256 = f"{rng.getrandbits(256):064x}"
        sent = datetime(year + (month == 12), month % 12 + 1, 5, 10, tzinfo=UTC)
        rows.append(
            {
                "sender_site": township,
                "sender_device": device,
                "sequence": sequence,
                "chain_start": 1,
                "kind": "changes",
                "sha256": sha256,
                "previous": previous,
                "created": sent.isoformat(timespec="seconds"),
                "imported_at": sent,
                "summary": {"counts": {}, "conflicts": 0, "gap": [], "attachments": 0},
            }
        )
        previous = sha256
    return rows


def service_file_counts(township: str, files: list[dict[str, Any]], *, as_of: date) -> list[dict[str, Any]]:
    """The monthly counts a township's bundles carry instead of its (sensitive) service files."""
    counted = Counter((row["kind"], f"{row['opened_on']:%Y-%m}") for row in files if not row["deleted"])
    stamp = horizon_stamp(as_of)
    return [
        {"site_code": township, "kind": kind, "month": month, "count": count, "as_of_hlc": stamp}
        for (kind, month), count in sorted(counted.items())
    ]


def device_id(rng: random.Random) -> str:
    return record_id(rng)
