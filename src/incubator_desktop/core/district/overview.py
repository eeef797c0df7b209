"""All townships side by side: indicators against targets, traffic lights, bundles received, gaps, coverage."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.district.approvals import REQUESTED, list_reopen_requests
from incubator_desktop.core.district.locks import month_states
from incubator_desktop.core.district.roles import require_district
from incubator_desktop.core.district.townships import known_townships
from incubator_desktop.core.exchange.progress import Cancelled, Progress, Ticker
from incubator_desktop.core.indicators.captions import IndicatorCaption
from incubator_desktop.core.indicators.compute import compute_indicators
from incubator_desktop.core.indicators.model import Indicator, Status
from incubator_desktop.core.sync.history import Gap, missing_sequences


@dataclass(frozen=True)
class LastBundle:
    """The newest bundle received from a township: its number, the sender's date on it, and when it came in."""

    sequence: int
    device: str
    created: str
    imported_at: datetime


@dataclass(frozen=True)
class TownshipRow:
    """One township in the district's overview; `indicators` are in INDICATOR_CODES order."""

    code: str
    name: str
    indicators: tuple[Indicator, ...]
    green: int
    amber: int
    red: int
    last_bundle: LastBundle | None
    gaps: tuple[Gap, ...]
    communities: int
    covered_communities: int
    coverage: Decimal  # percent of communities with an incubated organization
    coverage_goal: Decimal  # the ≥ 50 % goal (or the target set's)
    coverage_goal_met: bool
    locked_months: tuple[str, ...]
    pending_reopen: int

    @property
    def missing_sequences(self) -> tuple[int, ...]:
        return tuple(sorted(n for gap in self.gaps for n in gap.missing))

    def indicator(self, code: str) -> Indicator:
        return next(indicator for indicator in self.indicators if indicator.code == code)


def _bundles(session: Session) -> tuple[dict[str, LastBundle], dict[str, list[Gap]]]:
    """Per sending site: its newest bundle and the sequence numbers missing from each of its devices' chains."""
    rows = session.execute(
        select(
            m.ReceivedBundle.id,
            m.ReceivedBundle.sender_site,
            m.ReceivedBundle.sender_device,
            m.ReceivedBundle.sequence,
            m.ReceivedBundle.chain_start,
            m.ReceivedBundle.created,
            m.ReceivedBundle.imported_at,
        ).order_by(m.ReceivedBundle.id)
    ).all()
    last: dict[str, LastBundle] = {}
    chains: dict[tuple[str, str], tuple[set[int], int]] = {}
    for _id, site, device, sequence, chain_start, created, imported_at in rows:
        last[site] = LastBundle(sequence, device, created, imported_at)  # ordered by id: the last one wins
        seen, start = chains.get((site, device), (set(), chain_start))
        seen.add(sequence)
        chains[(site, device)] = (seen, min(start, chain_start))
    gaps: dict[str, list[Gap]] = {}
    for (site, device), (seen, start) in sorted(chains.items()):
        missing = missing_sequences(seen, start)
        if missing:
            gaps.setdefault(site, []).append(Gap(site, device, missing))
    return last, gaps


def _community_totals(session: Session) -> dict[str, int]:
    query = (
        select(m.Community.origin_site, func.count(m.Community.id))
        .where(m.Community.deleted.is_(False))
        .group_by(m.Community.origin_site)
    )
    return {site: int(count) for site, count in session.execute(query)}


def township_indicators(
    session: Session,
    site_code: str,
    *,
    start: date,
    end: date,
    today: date | None = None,
    captions: Mapping[str, IndicatorCaption] | None = None,
) -> list[Indicator]:
    """A township's indicators as the district sees them: computed from its records, service files from its counts."""
    return compute_indicators(session, start=start, end=end, today=today, captions=captions, site_code=site_code)


def township_overview(
    session: Session,
    *,
    start: date,
    end: date,
    today: date | None = None,
    captions: Mapping[str, IndicatorCaption] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[TownshipRow]:
    """Every township the district knows, by division code, with its standing for `start`..`end` (district only)."""
    require_district(session)
    townships = known_townships(session)
    last, gaps = _bundles(session)
    totals = _community_totals(session)
    pending: dict[str, int] = {}
    for request in list_reopen_requests(session):
        if request.status == REQUESTED:
            pending[request.site_code] = pending.get(request.site_code, 0) + 1
    ticker = Ticker(progress, cancelled, every=1)
    rows = []
    for done, township in enumerate(townships):
        ticker.report(done, len(townships))
        indicators = township_indicators(session, township.code, start=start, end=end, today=today, captions=captions)
        statuses = [indicator.status for indicator in indicators]
        coverage = next(indicator for indicator in indicators if indicator.code == "community_coverage")
        states = month_states(session, township.code).values()
        rows.append(
            TownshipRow(
                code=township.code,
                name=township.name,
                indicators=tuple(indicators),
                green=statuses.count(Status.GREEN),
                amber=statuses.count(Status.AMBER),
                red=statuses.count(Status.RED),
                last_bundle=last.get(township.code),
                gaps=tuple(gaps.get(township.code, [])),
                communities=totals.get(township.code, 0),
                covered_communities=len(coverage.record_ids),
                coverage=Decimal(coverage.value),
                coverage_goal=Decimal(coverage.target or 0),
                coverage_goal_met=bool(coverage.met),
                locked_months=tuple(state.month for state in states if state.locked),
                pending_reopen=pending.get(township.code, 0),
            )
        )
    ticker.report(len(townships), len(townships))
    return rows
