"""How big the generated data is: the full district scale the issue's targets are set for, and a quick one."""

from __future__ import annotations

import os
import tempfile
from dataclasses import asdict, dataclass, replace
from pathlib import Path

#: Bump when the generator's output changes, so stale data folders are regenerated instead of measured.
GENERATOR_VERSION = 3


@dataclass(frozen=True)
class Scale:
    """The generator's knobs; `activities` is the district total over all townships and years."""

    name: str
    townships: int
    years: int
    activities: int
    organizations: int
    roster_rows: int
    photos_per_month: int = 20  # photos per township-month (scaled by township size), 20 in the report month
    report_photos: int = 20
    first_year: int = 2020
    seed: int = 20240601
    #: Repetitions of each timed step (the median is reported) and of each start-up subprocess.
    repeats: int = 5
    startup_runs: int = 5

    @property
    def last_year(self) -> int:
        return self.first_year + self.years - 1

    @property
    def bench_year(self) -> int:
        """The year the township database holds beyond what the district has: its next bundle."""
        return self.last_year + 1

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "generator_version": GENERATOR_VERSION}


FULL = Scale(name="full", townships=21, years=5, activities=1_000_000, organizations=2_000, roster_rows=10_000)
QUICK = Scale(
    name="quick",
    townships=3,
    years=1,
    activities=4_500,
    organizations=90,
    roster_rows=1_000,
    photos_per_month=2,
    repeats=3,
    startup_runs=3,
)
SCALES = {scale.name: scale for scale in (FULL, QUICK)}


def scale_for(name: str, *, townships: int | None = None, years: int | None = None) -> Scale:
    """A preset, with the township and year counts overridden; activities and organizations follow them."""
    base = SCALES[name]
    chosen = replace(base, townships=townships or base.townships, years=years or base.years)
    factor = (chosen.townships * chosen.years) / (base.townships * base.years)
    org_factor = chosen.townships / base.townships
    return replace(
        chosen,
        activities=max(100, round(base.activities * factor)),
        organizations=max(10, round(base.organizations * org_factor)),
    )


def default_data_dir(scale: Scale) -> Path:
    """Generated data lives outside the repository (the full scale is gigabytes): $INCUBATOR_BENCH_DATA or tmp."""
    root = os.environ.get("INCUBATOR_BENCH_DATA") or str(Path(tempfile.gettempdir()) / "incubator-benchmarks")
    return Path(root) / f"{scale.name}-{scale.townships}x{scale.years}"
