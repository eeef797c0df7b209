"""One township's year of work: trainings and attendance, activities with photos, resources, cases, projects."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from benchmarks.content import (
    BASE_ACTIVITIES,
    DESCRIPTIONS,
    ORG_ACTIVITIES,
    PLACES,
    RESOURCE_GIFTS,
    TRAININGS,
    Stamper,
    day_in,
    person_name,
)
from benchmarks.registers import Org, Registers, Rows, hours, known_people
from incubator_desktop.core.demo import COUNSELLING_NOTES, JUDGES, MARRIAGE_NOTES
from incubator_desktop.core.vocab import (
    DEFAULT_TRANCHES,
    ActivityKind,
    BudgetKind,
    EntryResult,
    ServiceArea,
    ServiceFileKind,
    TrainingTopic,
)

#: (sha256, size, bytes to store or None when the store already has them)
Photo = tuple[str, int, bytes | None]
PhotoSource = Callable[[], Photo]


@dataclass(frozen=True)
class YearPlan:
    """How much one township does in one year."""

    year: int
    activities: int
    trainings: int
    resources: int
    photos_per_month: tuple[int, ...]  # one count per month
    ceiling: date  # no stamp after this day (the district's horizon, or the bench year's end)


class YearBuilder:
    """Adds one year's records to `out`; every row is dated inside the year."""

    def __init__(
        self, rng: random.Random, stamp: Stamper, registers: Registers, *, town: str, photo: PhotoSource
    ) -> None:
        self.rng, self.stamp, self.reg, self.town, self.photo = rng, stamp, registers, town, photo
        self.blobs: list[tuple[str, bytes]] = []

    def _add(self, out: Rows, table: str, day: date, plan: YearPlan, values: dict[str, Any]) -> dict[str, Any]:
        deleted = table == "activities" and self.rng.random() < 0.005  # a few clerks' mistakes, tombstoned
        row = {**self.stamp(day, ceiling=plan.ceiling, deleted=deleted), **values}
        out.setdefault(table, []).append(row)
        return row

    def build(self, plan: YearPlan) -> Rows:
        out: Rows = {}
        self.people = known_people(self.reg, plan.year)
        self.orgs: list[Org] = [org for org in self.reg.orgs if org.known_in(plan.year)]
        self._trainings(out, plan)
        activities = self._activities(out, plan)
        self._photos(out, plan, activities)
        self._resources(out, plan)
        self._cases(out, plan)
        self._project(out, plan)
        self._contest(out, plan)
        self._service_files(out, plan)
        return out

    def _trainings(self, out: Rows, plan: YearPlan) -> None:
        rng = self.rng
        people = self.people
        for number in range(plan.trainings):
            topic = rng.choice(list(TrainingTopic))
            held_on = day_in(rng, plan.year)
            training = self._add(
                out,
                "trainings",
                held_on,
                plan,
                {
                    "title": f"{TRAININGS[topic]}（第{number + 1}期）",
                    "topic": topic.value,
                    "held_on": held_on,
                    "trainer": rng.choice(("县民政局基层政权股", "喀什地区社会工作协会", "县志愿者协会")),
                    "hours": hours(rng),
                    "location": f"{self.town}{rng.choice(PLACES)}",
                    "description": None,
                },
            )
            for person_id, name, org_id in rng.sample(people, min(len(people), rng.randrange(12, 36))):
                walk_in = rng.random() < 0.15
                self._add(
                    out,
                    "attendance",
                    held_on,
                    plan,
                    {
                        "training_id": training["id"],
                        "person_id": None if walk_in else person_id,
                        "attendee_name": person_name(rng)[0] if walk_in else name,
                        "organization_id": None if walk_in else org_id,
                    },
                )

    def _activities(self, out: Rows, plan: YearPlan) -> list[dict[str, Any]]:
        rng = self.rng
        active = [org for org in self.orgs if org.active_in(plan.year)] or self.orgs
        days = sorted(day_in(rng, plan.year) for _ in range(plan.activities))
        rows = []
        for held_on in days:
            if rng.random() < 0.7:
                org = rng.choice(active)
                area = rng.choice(org.areas)
                title = rng.choice(ORG_ACTIVITIES[ServiceArea(area)])
                kind, org_id, community_id, community = ActivityKind.COMMUNITY, org.id, org.community_id, org.community
            else:
                kind = rng.choices(list(BASE_ACTIVITIES), (1, 2, 7))[0]
                title, area_enum = rng.choice(BASE_ACTIVITIES[kind])
                area = area_enum.value
                org_id = None
                community_id, community = rng.choice(self.reg.communities)
            if rng.random() < 0.5:
                title = f"{community}{title}"
            row = self._add(
                out,
                "activities",
                held_on,
                plan,
                {
                    "title": title,
                    "held_on": held_on,
                    "kind": kind.value,
                    "service_area": area,
                    "organization_id": org_id,
                    "community_id": community_id,
                    "location": f"{community}{rng.choice(PLACES)}",
                    "beneficiaries": rng.randrange(5, 120),
                    "volunteers": rng.randrange(0, 15),
                    "volunteer_hours": Decimal(rng.randrange(0, 60)) / 2,
                    "description": rng.choice(DESCRIPTIONS) if rng.random() < 0.3 else None,
                },
            )
            rows.append(row)
            if kind is ActivityKind.CASEWORK:
                for person_id, _name, _org in rng.sample(self.people, rng.randrange(1, 3)):
                    self._add(
                        out,
                        "activity_beneficiaries",
                        held_on,
                        plan,
                        {"activity_id": row["id"], "person_id": person_id},
                    )
        return rows

    def _photos(self, out: Rows, plan: YearPlan, activities: list[dict[str, Any]]) -> None:
        by_month: dict[int, list[dict[str, Any]]] = {}
        for row in activities:
            if not row["deleted"]:
                by_month.setdefault(row["held_on"].month, []).append(row)
        for month in sorted(by_month):
            wanted = plan.photos_per_month[month - 1]
            chosen = self.rng.sample(by_month[month], min(wanted, len(by_month[month])))
            for number, row in enumerate(chosen, 1):
                sha256, size, data = self.photo()
                if data is not None:
                    self.blobs.append((sha256, data))
                self._add(
                    out,
                    "attachments",
                    row["held_on"],
                    plan,
                    {
                        "record_type": "activities",
                        "record_id": row["id"],
                        "sha256": sha256,
                        "filename": f"IMG_{row['held_on']:%Y%m%d}_{number:04d}.jpg",
                        "media_type": "image/jpeg",
                        "size": size,
                        "caption": row["title"],
                    },
                )

    def _resources(self, out: Rows, plan: YearPlan) -> None:
        rng = self.rng
        for _ in range(plan.resources):
            gift = rng.choice(RESOURCE_GIFTS)
            qty = rng.randrange(10, 200)
            value = (gift.unit_yuan * qty if gift.unit_yuan else rng.randrange(5, 200) * 100) * 100
            org = rng.choice(self.orgs) if rng.random() < 0.5 else None
            received = day_in(rng, plan.year)
            self._add(
                out,
                "resource_links",
                received,
                plan,
                {
                    "received_on": received,
                    "donor": gift.donor,
                    "donor_kind": gift.kind.value,
                    "form": gift.form.value,
                    "description": gift.description.format(qty=qty),
                    "value_fen": value,
                    "recipient_organization_id": org.id if org else None,
                    "recipient": None if org else gift.recipients,
                    "purpose": gift.purpose,
                },
            )

    def _cases(self, out: Rows, plan: YearPlan) -> None:
        for _ in range(4):
            org = self.rng.choice(self.orgs)
            written = day_in(self.rng, plan.year)
            self._add(
                out,
                "case_studies",
                written,
                plan,
                {
                    "title": f"{org.name}服务案例（{plan.year}）",
                    "organization_id": org.id,
                    "written_on": written,
                    "author": self.rng.choice(self.reg.social_workers)[1],
                    "background": f"{org.community}居民需求调查显示，{org.name}所在片区服务需求突出。" * 3,
                    "process": "基地社工协助组织制定服务计划，开展需求摸底、骨干培训和常态化服务。" * 3,
                    "results": "一年来服务群众数百人次，群众满意度较高，组织运作日趋规范。" * 2,
                },
            )

    def _project(self, out: Rows, plan: YearPlan) -> None:
        rng = self.rng
        start = date(plan.year, 1, 1)
        project = self._add(
            out,
            "funded_projects",
            start,
            plan,
            {
                "name": f"{self.town}{plan.year}年社区社会组织孵化培育项目",
                "year": plan.year,
                "contractor": f"{self.town}社会工作服务站",
                "funder": "疏附县民政局（福彩公益金）",
                "total_fen": 16_000_000,
                "start_on": start,
                "end_on": date(plan.year, 12, 31),
            },
        )
        lines = ((BudgetKind.PERSONNEL, 9_600_000, 10_000_000, None), (BudgetKind.SERVICES, 5_600_000, None, 4_800_000),
                 (BudgetKind.EVALUATION_OTHER, 800_000, 1_600_000, None))  # fmt: skip
        for kind, planned, cap, floor in lines:
            self._add(
                out,
                "budget_lines",
                start,
                plan,
                {"project_id": project["id"], "kind": kind.value, "planned_fen": planned, "cap_fen": cap,
                 "floor_fen": floor},
            )  # fmt: skip
        for month in range(1, 13):
            for kind, amount in (
                (BudgetKind.PERSONNEL, 800_000),
                (BudgetKind.SERVICES, rng.randrange(200, 600) * 1000),
            ):
                spent = day_in(rng, plan.year, month)
                self._add(
                    out,
                    "expenses",
                    spent,
                    plan,
                    {"project_id": project["id"], "kind": kind.value, "spent_on": spent, "amount_fen": amount,
                     "description": f"{month}月{kind.value}", "payee_person_id": None},
                )  # fmt: skip
            self._add(
                out,
                "progress_reports",
                day_in(rng, plan.year, month),
                plan,
                {"project_id": project["id"], "month": f"{plan.year}-{month:02d}",
                 "summary": "本月按计划开展一对一培育、骨干培训和社区服务活动，台账资料及时归档。",
                 "issues": "部分组织活动记录不够规范。", "next_plan": "继续开展一对一培育，指导组织完善备案材料。"},
            )  # fmt: skip
        for person_id, _name in self.reg.social_workers[:3]:
            self._add(
                out,
                "project_staff",
                start,
                plan,
                {"project_id": project["id"], "person_id": person_id, "role": "项目社工", "full_time": True},
            )

    def _contest(self, out: Rows, plan: YearPlan) -> None:
        rng = self.rng
        held = date(plan.year, 5, rng.randrange(1, 28))
        contest = self._add(
            out,
            "venture_contests",
            held,
            plan,
            {"name": f"{self.town}{plan.year}年社区公益微创投大赛", "year": plan.year, "held_on": held,
             "expert_weight": 60, "pledge_weight": 20, "vote_weight": 20, "min_beneficiaries": 50,
             "max_wins_per_org": 2, "description": None},
        )  # fmt: skip
        for place, org in enumerate(rng.sample(self.orgs, min(8, len(self.orgs)))):
            winner = place < 2
            entry = self._add(
                out,
                "contest_entries",
                held,
                plan,
                {"contest_id": contest["id"], "organization_id": org.id, "project_title": f"{org.name}公益服务项目",
                 "summary": None, "direct_beneficiaries": rng.randrange(50, 300), "requested_fen": 2_000_000,
                 "pledged_fen": rng.randrange(0, 50) * 10_000, "votes": rng.randrange(50, 900),
                 "result": (EntryResult.WINNER if winner else EntryResult.NOT_AWARDED).value,
                 "grant_fen": 2_000_000 if winner else 0},
            )  # fmt: skip
            for judge in JUDGES:
                self._add(
                    out,
                    "judge_scores",
                    held,
                    plan,
                    {"entry_id": entry["id"], "judge": judge, "score": Decimal(rng.randrange(600, 980)) / 10},
                )
            if winner:
                for sequence, (condition, percent) in enumerate(DEFAULT_TRANCHES, 1):
                    self._add(
                        out,
                        "grant_tranches",
                        held,
                        plan,
                        {"entry_id": entry["id"], "sequence": sequence, "percent": percent,
                         "amount_fen": 2_000_000 * percent // 100, "condition": condition.value,
                         "condition_met_on": held + timedelta(days=60 * sequence), "paid_on": None},
                    )  # fmt: skip

    def _service_files(self, out: Rows, plan: YearPlan) -> None:
        rng = self.rng
        for month in range(1, 13):
            for _ in range(rng.randrange(4, 12)):
                opened = day_in(rng, plan.year, month)
                marriage = rng.random() < 0.7
                self._add(
                    out,
                    "service_files",
                    opened,
                    plan,
                    {"kind": (ServiceFileKind.MARRIAGE_CUSTOM if marriage else ServiceFileKind.FAMILY_COUNSELLING)
                     .value,
                     "opened_on": opened, "subject_name": person_name(rng)[0],
                     "community_id": rng.choice(self.reg.communities)[0], "counsellor": self.reg.social_workers[0][1],
                     "notes": rng.choice(MARRIAGE_NOTES if marriage else COUNSELLING_NOTES), "closed_on": None},
                )  # fmt: skip
