"""One township's registers: villages, organizations with their whole incubation history, and people."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from benchmarks.content import (
    DESCRIPTIONS,
    ORG_TEMPLATES,
    PLACES,
    VILLAGE_ROOTS,
    Stamper,
    credit_code,
    day_in,
    id_number,
    person_name,
    phone,
)
from incubator_desktop.core.vocab import (
    DEFAULT_CHECKLIST,
    CaseStatus,
    CertificateLevel,
    ChecklistStatus,
    Gender,
    PersonRole,
    RegistrationKind,
    Stage,
    SupportKind,
)

Rows = dict[str, list[dict[str, Any]]]

#: Where organizations end up, in proportion (the demo's 36-organization plan, scaled).
FINAL_STAGES = (
    (Stage.INTENT, 3), (Stage.ENTERED, 5), (Stage.INCUBATING, 9), (Stage.FILED, 10),
    (Stage.REGISTERED, 2), (Stage.GRADUATED, 4), (Stage.EXITED, 3),
)  # fmt: skip
PATH = (Stage.INTENT, Stage.ENTERED, Stage.INCUBATING, Stage.FILED, Stage.REGISTERED, Stage.GRADUATED)
MILESTONE_TITLES = ("完善组织章程和管理制度", "建立成员名册和活动台账", "开展首次社区服务活动", "完成乡镇备案")


@dataclass
class Org:
    """What the work records need to know of an organization."""

    id: str
    name: str
    community_id: str
    community: str
    areas: tuple[str, ...]
    entered_on: date | None
    exited_on: date | None
    known_from: date  # when the base first recorded it (nothing may point at it before)
    people: list[tuple[str, str]] = field(default_factory=list)  # (person id, name)

    def known_in(self, year: int) -> bool:
        return self.known_from.year <= year

    def active_in(self, year: int) -> bool:
        return (
            self.entered_on is not None
            and self.entered_on.year <= year
            and (self.exited_on is None or self.exited_on.year >= year)
        )


@dataclass
class Registers:
    """A township's registers, split by whether the district has them yet (`history`) or not (`bench`)."""

    history: Rows = field(default_factory=dict)
    bench: Rows = field(default_factory=dict)
    communities: list[tuple[str, str]] = field(default_factory=list)  # (id, name)
    orgs: list[Org] = field(default_factory=list)
    people: list[tuple[str, str, str | None, date]] = field(default_factory=list)  # (id, name, org id, known from)
    social_workers: list[tuple[str, str]] = field(default_factory=list)


class RegisterBuilder:
    """Builds the registers; rows dated after `horizon` (the district's last year) go to `bench`."""

    def __init__(
        self, rng: random.Random, stamp: Stamper, *, town: str, first_year: int, horizon: date, end: date
    ) -> None:
        self.rng, self.stamp, self.town = rng, stamp, town
        self.first_year, self.horizon, self.end = first_year, horizon, end
        self.out = Registers()

    def add(self, table: str, day: date, values: dict[str, Any]) -> dict[str, Any]:
        part = self.out.history if day <= self.horizon else self.out.bench
        ceiling = self.horizon if day <= self.horizon else self.end
        row = {**self.stamp(day, ceiling=ceiling), **values}
        part.setdefault(table, []).append(row)
        return row

    def build(self, *, organizations: int, communities: int) -> Registers:
        start = date(self.first_year - 2, 1, 1)
        for root in self.rng.sample(VILLAGE_ROOTS, min(communities, len(VILLAGE_ROOTS))):
            village = self.rng.random() < 0.7
            name = f"{root}{'村' if village else '社区'}"
            row = self.add(
                "communities",
                start,
                {"name": name, "is_village": village, "households": self.rng.randrange(150, 1200)},
            )
            self.out.communities.append((row["id"], name))
        for _ in range(6):
            self._social_worker(start)
        weights = [count for _stage, count in FINAL_STAGES]
        stages = [stage for stage, _count in FINAL_STAGES]
        names: set[str] = set()
        for _ in range(organizations):
            self._organization(self.rng.choices(stages, weights)[0], names)
        return self.out

    def _social_worker(self, day: date) -> None:
        name, female = person_name(self.rng)
        level = self.rng.choice([None, CertificateLevel.ASSISTANT.value, CertificateLevel.INTERMEDIATE.value])
        row = self.add(
            "people",
            day,
            {
                "name": name,
                "gender": (Gender.FEMALE if female else Gender.MALE).value,
                "roles": [PersonRole.SOCIAL_WORKER.value, PersonRole.STAFF.value],
                "organization_id": None,
                "community_id": None,
                "id_number": id_number(self.rng, female=female),
                "phone": phone(self.rng),
                "certificate_level": level,
                "practice_years": self.rng.randrange(1, 12),
            },
        )
        self.out.social_workers.append((row["id"], name))

    def _organization(self, final: Stage, names: set[str]) -> None:
        rng = self.rng
        community_id, community = rng.choice(self.out.communities)
        category = rng.choice(list(ORG_TEMPLATES))
        ending, areas = rng.choice(ORG_TEMPLATES[category])
        name = f"{community}{ending}"
        serial = 2
        while name in names:
            name, serial = f"{community}{ending}（{serial}）", serial + 1
        names.add(name)
        # Most organizations came in over the district's years; a few are new this (bench) year.
        late = rng.random() < 0.05
        intent_on = (
            day_in(rng, self.end.year) if late else day_in(rng, rng.randrange(self.first_year - 2, self.end.year))
        )
        horizon = self.end if late else self.horizon
        steps: list[tuple[Stage, date]] = [(Stage.INTENT, intent_on)]
        target = PATH.index(final) if final in PATH else rng.randrange(1, 4)
        for stage in PATH[1 : target + 1]:
            when = steps[-1][1] + timedelta(days=rng.randrange(30, 240))
            if when > horizon:
                break
            steps.append((stage, when))
        if final is Stage.EXITED and len(steps) > 1:
            when = steps[-1][1] + timedelta(days=rng.randrange(60, 400))
            if when <= horizon:
                steps.append((Stage.EXITED, when))
        reached = dict(steps)
        leader, female = person_name(rng)
        filed_on, registered_on = reached.get(Stage.FILED), reached.get(Stage.REGISTERED)
        org = self.add(
            "organizations",
            steps[-1][1],
            {
                "name": name,
                "category": category.value,
                "service_areas": [area.value for area in areas],
                "community_id": community_id,
                "stage": steps[-1][0].value,
                "founded_on": intent_on - timedelta(days=rng.randrange(0, 400)),
                "entered_on": reached.get(Stage.ENTERED),
                "members": rng.randrange(5, 60),
                "leader_name": leader,
                "leader_phone": phone(rng),
                "leader_id_number": id_number(rng, female=female),
                "address": f"{self.town}{community}{rng.choice(PLACES)}",
                "description": rng.choice(DESCRIPTIONS) if rng.random() < 0.4 else None,
                "filed_on": filed_on,
                "filing_number": f"疏民备字〔{filed_on.year}〕{rng.randrange(1, 999):03d}号" if filed_on else None,
                "registered_on": registered_on,
                "credit_code": credit_code(rng) if registered_on else None,
                "graduated_on": reached.get(Stage.GRADUATED),
                "exited_on": reached.get(Stage.EXITED),
                "rating": None,
            },
        )
        record = Org(
            org["id"], name, community_id, community, tuple(a.value for a in areas),
            reached.get(Stage.ENTERED), reached.get(Stage.EXITED), intent_on,
        )  # fmt: skip
        self.out.orgs.append(record)
        for stage, when in steps:
            self.add(
                "stage_events",
                when,
                {"organization_id": record.id, "stage": stage.value, "happened_on": when, "note": None},
            )
        self._people(record, leader, female, intent_on)
        if record.entered_on is not None:
            self._plan(record, record.entered_on, horizon)
        if filed_on is not None:
            self._filing_case(record, filed_on)

    def _people(self, org: Org, leader: str, female: bool, day: date) -> None:
        rng = self.rng
        members = [(leader, female, PersonRole.LEADER)]
        for _ in range(rng.randrange(2, 6)):
            name, is_female = person_name(rng)
            members.append((name, is_female, rng.choice([PersonRole.VOLUNTEER, PersonRole.TRAINEE])))
        for name, is_female, role in members:
            row = self.add(
                "people",
                day,
                {
                    "name": name,
                    "gender": (Gender.FEMALE if is_female else Gender.MALE).value,
                    "roles": [role.value],
                    "organization_id": org.id,
                    "community_id": org.community_id,
                    "id_number": id_number(rng, female=is_female) if rng.random() < 0.6 else None,
                    "phone": phone(rng) if rng.random() < 0.8 else None,
                    "certificate_level": None,
                    "practice_years": None,
                },
            )
            org.people.append((row["id"], name))
            self.out.people.append((row["id"], name, org.id, day))

    def _plan(self, org: Org, start: date, horizon: date) -> None:
        rng = self.rng
        plan = self.add(
            "incubation_plans",
            start,
            {
                "organization_id": org.id,
                "goals": f"指导{org.name}完善章程和管理制度，规范开展服务活动，争取一年内完成备案。",
                "support": rng.sample([kind.value for kind in SupportKind], 2),
                "mentor": rng.choice(self.out.social_workers)[1],
                "start_on": start,
                "end_on": start + timedelta(days=365),
            },
        )
        for number, title in enumerate(MILESTONE_TITLES, 1):
            due = start + timedelta(days=90 * number)
            done = due - timedelta(days=rng.randrange(0, 30)) if due <= horizon and rng.random() < 0.8 else None
            self.add(
                "plan_milestones",
                start,
                {"plan_id": plan["id"], "title": title, "due_on": due, "done_on": done},
            )
        for months in (6, 12):
            reviewed = start + timedelta(days=30 * months)
            if reviewed <= horizon:
                self.add(
                    "plan_reviews",
                    reviewed,
                    {
                        "plan_id": plan["id"],
                        "reviewed_on": reviewed,
                        "reviewer": rng.choice(self.out.social_workers)[1],
                        "findings": f"{org.name}已按计划推进各项任务，活动台账记录较规范；建议加强骨干培养。",
                    },
                )

    def _filing_case(self, org: Org, filed_on: date) -> None:
        opened = filed_on - timedelta(days=self.rng.randrange(10, 60))
        case = self.add(
            "registration_cases",
            filed_on,
            {
                "organization_id": org.id,
                "kind": RegistrationKind.FILING.value,
                "opened_on": opened,
                "status": CaseStatus.DONE.value,
                "closed_on": filed_on,
                "outcome": "材料齐全，已完成乡镇备案",
            },
        )
        for position, item in enumerate(DEFAULT_CHECKLIST):
            self.add(
                "checklist_items",
                filed_on,
                {
                    "case_id": case["id"],
                    "item": item,
                    "status": ChecklistStatus.APPROVED.value,
                    "position": position,
                    "note": None,
                },
            )


def hours(rng: random.Random, *choices: str) -> Decimal:
    return Decimal(rng.choice(choices or ("1.5", "2.0", "2.5", "3.0")))


def known_people(registers: Registers, year: int) -> list[tuple[str, str, str | None]]:
    """(id, name, organization id) of the people recorded by the end of `year`."""
    return [(pid, name, org) for pid, name, org, known in registers.people if known.year <= year]
