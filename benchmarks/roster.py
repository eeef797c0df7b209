"""A large organization roster workbook in the app's own layout: mostly new groups, some corrections."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from benchmarks.content import ORG_TEMPLATES, credit_code, id_number, person_name, phone
from benchmarks.registers import Org
from incubator_desktop.core.exchange.cells import Value
from incubator_desktop.core.exchange.roster_layout import RosterLayout, build_roster_workbook
from incubator_desktop.core.vocab import Stage


def write_roster(
    path: Path, rng: random.Random, *, town: str, orgs: list[Org], communities: list[str], rows: int
) -> int:
    """Write `rows` roster lines: 2 % correct known organizations (a new phone), the rest are new groups."""
    lines: list[list[Value]] = []
    known = rng.sample(orgs, min(len(orgs), rows // 50))
    for org in known:
        lines.append([org.name, None, org.community, None, None, phone(rng), None, None, None, None, None,
                      None, None, None, None, None])  # fmt: skip
    serial = 0
    while len(lines) < rows:
        serial += 1
        category = rng.choice(list(ORG_TEMPLATES))
        ending, areas = rng.choice(ORG_TEMPLATES[category])
        community = rng.choice(communities)
        leader, female = person_name(rng)
        founded = date(2015, 1, 1) + timedelta(days=rng.randrange(3000))
        filed = founded + timedelta(days=rng.randrange(100, 900)) if rng.random() < 0.4 else None
        registered = filed + timedelta(days=200) if filed and rng.random() < 0.1 else None
        lines.append(
            [
                f"{community}{serial}组{ending}",
                category.value,
                community,
                (Stage.FILED if filed else rng.choice([Stage.ENTERED, Stage.INCUBATING])).value,
                leader,
                phone(rng),
                id_number(rng, female=female),
                founded,
                rng.randrange(5, 80),
                "、".join(area.value for area in areas),
                f"{town}{community}村民活动室",
                founded + timedelta(days=30),
                filed,
                f"疏民备字〔{filed.year}〕{serial % 1000:03d}号" if filed else None,
                registered,
                credit_code(rng) if registered else None,
            ]
        )
    layout = RosterLayout(title=f"{town}社区社会组织名册", captions={}, communities=communities)
    build_roster_workbook(layout, lines).save(path)
    return len(lines)
