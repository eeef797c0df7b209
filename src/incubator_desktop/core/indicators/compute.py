"""Computes every indicator of a site for a period from the records, against the targets in force."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from incubator_desktop.core.errors import FieldError, ValidationFailed
from incubator_desktop.core.indicators import counts, projects
from incubator_desktop.core.indicators.captions import ZH_CN, IndicatorCaption
from incubator_desktop.core.indicators.counts import Scope, Tally
from incubator_desktop.core.indicators.model import Comparison, Indicator, NearMiss, Number, judge
from incubator_desktop.core.indicators.targets import current_targets
from incubator_desktop.core.services.sites import require_site
from incubator_desktop.core.vocab import ServiceFileKind

#: Every indicator code in the order screens and printouts list them.
INDICATOR_CODES: tuple[str, ...] = (
    "new_orgs_effective",
    "professional_activities",
    "beneficiaries",
    "contests",
    "contest_orgs",
    "trainings",
    "training_attendance",
    "marriage_files",
    "counselling_files",
    "resources_yuan",
    "case_studies",
    "staff",
    "certified_staff",
    "budget_personnel_ratio",
    "budget_services_ratio",
    "budget_other_ratio",
    "community_coverage",
    "volunteer_hours",
)

#: Indicators whose value must stay at or below the target (caps); all others must reach it.
AT_MOST_CODES = frozenset(rule.code for rule in projects.BUDGET_RULES if rule.comparison is Comparison.AT_MOST)

#: Indicators that depend on a funded project: without one overlapping the period they have no target.
PROJECT_CODES = frozenset({"staff", "certified_staff", *(rule.code for rule in projects.BUDGET_RULES)})


def check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationFailed([FieldError("end", "date_order")])


def compute_indicators(
    session: Session,
    *,
    start: date,
    end: date,
    today: date | None = None,
    captions: Mapping[str, IndicatorCaption] | None = None,
    site_code: str | None = None,
) -> list[Indicator]:
    """Every indicator of `site_code` (default: this site) for `start`–`end` inclusive, in INDICATOR_CODES order.

    Another site's service files (a township's, at the district) come from the monthly counts it sent.

    `today` decides whether the period is over (amber vs red); `captions` replaces the Chinese labels and rules.
    """
    check_period(start, end)
    here = require_site(session).code
    scope = Scope(site_code or here, start, end, file_counts=(site_code or here) != here)
    targets = current_targets(session, start=start, end=end, site_code=scope.site_code).values
    gathered = _gather(session, scope)
    period_over = (today or date.today()) > end
    words = captions or ZH_CN
    indicators = []
    for code in INDICATOR_CODES:
        tally = gathered.tallies[code]
        comparison = Comparison.AT_MOST if code in AT_MOST_CODES else Comparison.AT_LEAST
        if code in gathered.no_target:
            target: Number | None = None
        elif code in gathered.limits:
            target = gathered.limits[code]
        else:
            target = _as_number(targets.get(code), like=tally.value)
        met, status = judge(tally.value, target, comparison, period_over=period_over)
        caption = words.get(code) or ZH_CN[code]
        indicators.append(
            Indicator(
                code=code,
                label=caption.label,
                unit=caption.unit,
                rule=caption.rule,
                value=tally.value,
                target=target,
                comparison=comparison,
                met=met,
                status=status,
                record_kind=RECORD_KINDS.get(code),
                record_ids=tally.ids,
                near_misses=gathered.near_misses if code == "new_orgs_effective" else (),
            )
        )
    return indicators


@dataclass(frozen=True)
class _Gathered:
    tallies: dict[str, Tally]
    near_misses: tuple[NearMiss, ...]
    limits: dict[str, Decimal]  # budget limits: from the project, not from the target set
    no_target: frozenset[str]


def _gather(session: Session, scope: Scope) -> _Gathered:
    effective, near_misses = counts.effective_organizations(session, scope)
    activities = counts.professional_activities(session, scope)
    training_tally = counts.trainings(session, scope)
    files = counts.service_files(session, scope)
    coverage, _communities = counts.community_coverage(session, scope)
    project_totals = projects.overlapping_projects(session, scope)
    project_ids = list(project_totals)
    tallies: dict[str, Tally] = {
        "new_orgs_effective": effective,
        "professional_activities": activities,
        "beneficiaries": Tally(counts.beneficiaries(session, scope), activities.ids),
        "contests": counts.contests(session, scope),
        "contest_orgs": counts.contest_organizations(session, scope),
        "trainings": training_tally,
        "training_attendance": Tally(counts.training_attendance(session, scope), training_tally.ids),
        "marriage_files": Tally(files[ServiceFileKind.MARRIAGE_CUSTOM.value]),
        "counselling_files": Tally(files[ServiceFileKind.FAMILY_COUNSELLING.value]),
        "resources_yuan": counts.resources_yuan(session, scope),
        "case_studies": counts.case_studies(session, scope),
        "staff": projects.staff(session, project_ids, certified=False),
        "certified_staff": projects.staff(session, project_ids, certified=True),
        "community_coverage": coverage,
        "volunteer_hours": Tally(counts.volunteer_hours(session, scope)),
    }
    limits: dict[str, Decimal] = {}
    for code, budget_tally in projects.budget(session, scope, project_totals).items():
        tallies[code] = budget_tally.spent
        if budget_tally.limit_yuan is not None:
            limits[code] = budget_tally.limit_yuan
    no_target = {"volunteer_hours"} | (set() if project_totals else set(PROJECT_CODES))
    return _Gathered(tallies, near_misses, limits, frozenset(no_target))


#: The table each indicator's record ids belong to; service files and hours have no drill-down.
RECORD_KINDS: dict[str, str] = {
    "new_orgs_effective": "organizations",
    "professional_activities": "activities",
    "beneficiaries": "activities",
    "contests": "venture_contests",
    "contest_orgs": "organizations",
    "trainings": "trainings",
    "training_attendance": "trainings",
    "resources_yuan": "resource_links",
    "case_studies": "case_studies",
    "staff": "people",
    "certified_staff": "people",
    "budget_personnel_ratio": "expenses",
    "budget_services_ratio": "expenses",
    "budget_other_ratio": "expenses",
    "community_coverage": "communities",
}


def _as_number(target: Decimal | None, *, like: Number) -> Number | None:
    """Targets are stored as Decimals; a whole target of a count is handed out as an int, like the count."""
    if target is None:
        return None
    if isinstance(like, int) and target == target.to_integral_value():
        return int(target)
    return target
