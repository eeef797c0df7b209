"""Venture contests (公益创投): composite scores, ranking, policy flags, and grant tranches paid in order."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.services.records import create_record, get_record, update_record
from incubator_desktop.core.vocab import DEFAULT_TRANCHES, EntryResult

CENT = Decimal("0.01")
HUNDRED = Decimal(100)


class Normalization(StrEnum):
    """How pledges and votes become 0–100 parts; the UI states it next to the scores."""

    #: value ÷ the highest value among the contest's entries × 100; all parts are 0 when the highest is 0.
    SHARE_OF_HIGHEST = "share_of_highest"


class EntryFlagCode(StrEnum):
    ORG_OVER_WIN_LIMIT = "org_over_win_limit"
    BENEFICIARIES_BELOW_MINIMUM = "beneficiaries_below_minimum"
    MISSING_SCORES = "missing_scores"
    NO_SCORES = "no_scores"


@dataclass(frozen=True)
class EntryFlag:
    """A policy rule an entry breaks or a gap in its scoring; `params` fill the sentence the UI shows."""

    code: EntryFlagCode
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class EntryStanding:
    """One entry's scores, all on 0–100 with 2 decimals, its rank (1 = best) and its flags."""

    entry_id: str
    organization_id: str
    organization_name: str | None
    project_title: str
    result: str  # vocab.EntryResult
    rank: int
    judge_scores: tuple[tuple[str, Decimal], ...]  # (judge, score), by judge
    expert_score: Decimal | None  # mean of the judges' scores; None without any score (counts as 0)
    pledged_fen: int
    pledge_score: Decimal
    votes: int
    vote_score: Decimal
    composite: Decimal
    direct_beneficiaries: int
    flags: tuple[EntryFlag, ...]

    @property
    def flag_codes(self) -> frozenset[EntryFlagCode]:
        return frozenset(flag.code for flag in self.flags)


@dataclass(frozen=True)
class ContestStanding:
    """A contest's ranked entries (best first) and what their scores were computed from."""

    contest_id: str
    name: str
    year: int
    expert_weight: int
    pledge_weight: int
    vote_weight: int
    normalization: Normalization
    highest_pledge_fen: int
    highest_votes: int
    panel_size: int  # the most judges any entry of the contest has; fewer on an entry is `missing_scores`
    entries: tuple[EntryStanding, ...]


@dataclass(frozen=True)
class TrancheStatus:
    """One tranche as the contest workspace lists it; `payable` says whether `pay_tranche` would accept it."""

    id: str
    sequence: int
    percent: int
    amount_fen: int
    condition: str  # vocab.TrancheCondition
    condition_met_on: date | None
    paid_on: date | None
    payable: bool


# --- Scoring -----------------------------------------------------------------------------------------


def _cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def share_of_highest(value: int, highest: int) -> Decimal:
    """`value` as a share of `highest` × 100, rounded to 2 decimals; 0 when nobody has any."""
    if highest <= 0:
        return Decimal("0.00")
    return _cents(Decimal(value) * HUNDRED / Decimal(highest))


def mean_score(scores: Iterable[Decimal]) -> Decimal | None:
    values = list(scores)
    if not values:
        return None
    return _cents(sum(values, Decimal(0)) / len(values))


def composite_score(
    expert: Decimal | None, pledge: Decimal, vote: Decimal, *, weights: tuple[int, int, int]
) -> Decimal:
    """Weighted mean of the three (already rounded) parts, rounded to 2 decimals half up.

    The parts are rounded before weighing so that a clerk can redo the sum from the numbers on screen.
    Dividing by the weights' sum (100 once validated) keeps the result on 0–100 even for odd weights.
    """
    total_weight = sum(weights)
    if total_weight <= 0:
        return Decimal("0.00")
    parts = (expert or Decimal(0), pledge, vote)
    weighted = sum((Decimal(w) * part for w, part in zip(weights, parts, strict=True)), Decimal(0))
    return _cents(weighted / total_weight)


def _is_win(entry: m.ContestEntry) -> bool:
    # Only 获奖 entries are funded (plan_tranches refuses others), so they are the "projects won".
    return entry.result == EntryResult.WINNER.value


def wins_per_organization(session: Session, year: int) -> dict[str, int]:
    """Winning entries per organization across all live contests of `year` (organizations with none are left out)."""
    query = (
        select(m.ContestEntry.organization_id, func.count(m.ContestEntry.id))
        .join(m.VentureContest, m.VentureContest.id == m.ContestEntry.contest_id)
        .where(
            m.VentureContest.year == year,
            m.VentureContest.deleted.is_(False),
            m.ContestEntry.deleted.is_(False),
            m.ContestEntry.result == EntryResult.WINNER.value,
        )
        .group_by(m.ContestEntry.organization_id)
    )
    return {org_id: int(count) for org_id, count in session.execute(query)}


def _live_entries(session: Session, contest_id: str) -> list[tuple[m.ContestEntry, str | None]]:
    query = (
        select(m.ContestEntry, m.Organization.name)
        .outerjoin(m.Organization, m.Organization.id == m.ContestEntry.organization_id)
        .where(m.ContestEntry.contest_id == contest_id, m.ContestEntry.deleted.is_(False))
        .order_by(m.ContestEntry.id)
    )
    return [(entry, name) for entry, name in session.execute(query)]


def _scores_by_entry(session: Session, entry_ids: list[str]) -> dict[str, list[tuple[str, Decimal]]]:
    query = (
        select(m.JudgeScore.entry_id, m.JudgeScore.judge, m.JudgeScore.score)
        .where(m.JudgeScore.entry_id.in_(entry_ids), m.JudgeScore.deleted.is_(False))
        .order_by(m.JudgeScore.judge, m.JudgeScore.id)
    )
    scores: dict[str, list[tuple[str, Decimal]]] = defaultdict(list)
    for entry_id, judge, score in session.execute(query):
        scores[entry_id].append((judge, Decimal(score)))
    return dict(scores)


def _entry_flags(
    contest: m.VentureContest, entry: m.ContestEntry, *, judges: int, panel_size: int, org_wins: int
) -> tuple[EntryFlag, ...]:
    flags: list[EntryFlag] = []
    # Wins elsewhere in the year, this one excluded: if they already reach the limit, this entry
    # winning (or having won) takes the organization over it — so every entry involved is flagged.
    other_wins = org_wins - (1 if _is_win(entry) else 0)
    if other_wins >= contest.max_wins_per_org:
        flags.append(
            EntryFlag(
                EntryFlagCode.ORG_OVER_WIN_LIMIT,
                {"other_wins": other_wins, "limit": contest.max_wins_per_org, "year": contest.year},
            )
        )
    if entry.direct_beneficiaries < contest.min_beneficiaries:
        flags.append(
            EntryFlag(
                EntryFlagCode.BENEFICIARIES_BELOW_MINIMUM,
                {"beneficiaries": entry.direct_beneficiaries, "minimum": contest.min_beneficiaries},
            )
        )
    if judges == 0:
        flags.append(EntryFlag(EntryFlagCode.NO_SCORES))
    elif judges < panel_size:
        flags.append(EntryFlag(EntryFlagCode.MISSING_SCORES, {"judges": judges, "panel": panel_size}))
    return tuple(flags)


def _rank_key(standing: EntryStanding) -> tuple[Decimal, Decimal, int, str, str]:
    # Best first: composite, then expert score, then votes (all descending), then title, then id so the
    # order is total and the same on every machine.
    expert = standing.expert_score if standing.expert_score is not None else Decimal(-1)
    return (-standing.composite, -expert, -standing.votes, standing.project_title, standing.entry_id)


@dataclass(frozen=True)
class _Scale:
    """What every entry of a contest is measured against."""

    contest: m.VentureContest
    scores: dict[str, list[tuple[str, Decimal]]]
    panel_size: int
    highest_pledge: int
    highest_votes: int
    wins: dict[str, int]

    @property
    def weights(self) -> tuple[int, int, int]:
        return (self.contest.expert_weight, self.contest.pledge_weight, self.contest.vote_weight)


def _judge_count(scores: list[tuple[str, Decimal]]) -> int:
    return len({judge for judge, _ in scores})


def _standing(scale: _Scale, entry: m.ContestEntry, org_name: str | None) -> EntryStanding:
    scores = scale.scores.get(entry.id, [])
    expert = mean_score(score for _, score in scores)
    pledge = share_of_highest(entry.pledged_fen, scale.highest_pledge)
    vote = share_of_highest(entry.votes, scale.highest_votes)
    flags = _entry_flags(
        scale.contest,
        entry,
        judges=_judge_count(scores),
        panel_size=scale.panel_size,
        org_wins=scale.wins.get(entry.organization_id, 0),
    )
    return EntryStanding(
        entry_id=entry.id,
        organization_id=entry.organization_id,
        organization_name=org_name,
        project_title=entry.project_title,
        result=entry.result,
        rank=0,  # set once all entries are scored
        judge_scores=tuple(scores),
        expert_score=expert,
        pledged_fen=entry.pledged_fen,
        pledge_score=pledge,
        votes=entry.votes,
        vote_score=vote,
        composite=composite_score(expert, pledge, vote, weights=scale.weights),
        direct_beneficiaries=entry.direct_beneficiaries,
        flags=flags,
    )


def score_contest(session: Session, contest_id: str) -> ContestStanding:
    """Score and rank a contest's live entries and flag the policy rules each one breaks.

    Parts: expert = mean of the judges' scores; pledge and vote = share of the contest's highest pledge
    and vote count × 100 (Normalization.SHARE_OF_HIGHEST). Each part and the composite are rounded to
    2 decimals half up. Ranking: composite, expert score, votes (descending), then project title.
    Flags do not change the ranking; the UI shows them beside it.
    """
    contest = get_record(session, m.VentureContest, contest_id)
    rows = _live_entries(session, contest_id)
    scores = _scores_by_entry(session, [entry.id for entry, _ in rows])
    scale = _Scale(
        contest=contest,
        scores=scores,
        panel_size=max((_judge_count(scores.get(entry.id, [])) for entry, _ in rows), default=0),
        highest_pledge=max((entry.pledged_fen for entry, _ in rows), default=0),
        highest_votes=max((entry.votes for entry, _ in rows), default=0),
        wins=wins_per_organization(session, contest.year),
    )
    ranked = sorted((_standing(scale, entry, name) for entry, name in rows), key=_rank_key)
    return ContestStanding(
        contest_id=contest.id,
        name=contest.name,
        year=contest.year,
        expert_weight=contest.expert_weight,
        pledge_weight=contest.pledge_weight,
        vote_weight=contest.vote_weight,
        normalization=Normalization.SHARE_OF_HIGHEST,
        highest_pledge_fen=scale.highest_pledge,
        highest_votes=scale.highest_votes,
        panel_size=scale.panel_size,
        entries=tuple(dataclasses.replace(s, rank=rank) for rank, s in enumerate(ranked, 1)),
    )


# --- Grant tranches ----------------------------------------------------------------------------------


def split_grant(grant_fen: int, percents: Iterable[int]) -> list[int]:
    """Amounts in fen for the percentages (which sum to 100), adding up exactly to `grant_fen`.

    Every tranche but the last is rounded down, so an early payment never exceeds its share; the last
    one takes the remainder.
    """
    shares = list(percents)
    amounts = [grant_fen * percent // 100 for percent in shares[:-1]]
    return [*amounts, grant_fen - sum(amounts)]


def _live_tranches(session: Session, entry_id: str) -> list[m.GrantTranche]:
    query = (
        select(m.GrantTranche)
        .where(m.GrantTranche.entry_id == entry_id, m.GrantTranche.deleted.is_(False))
        .order_by(m.GrantTranche.sequence, m.GrantTranche.id)
    )
    return list(session.scalars(query))


def plan_tranches(
    session: Session, entry_id: str, *, grant_fen: int | None = None, today: date | None = None
) -> list[m.GrantTranche]:
    """Create the 50/30/20 tranches (contract, mid-term, final acceptance) of a winning entry's grant.

    `grant_fen` defaults to the entry's grant; when given, it also becomes the entry's grant so the two
    never disagree. Refuses `not_a_winner`, `tranches_exist` and `grant_not_positive`.
    """
    entry = get_record(session, m.ContestEntry, entry_id)
    if entry.result != EntryResult.WINNER.value:
        raise InputRejected("not_a_winner", entry_id=entry_id, result=entry.result)
    if _live_tranches(session, entry_id):
        raise InputRejected("tranches_exist", entry_id=entry_id)
    grant = entry.grant_fen if grant_fen is None else grant_fen
    if grant <= 0:
        raise InputRejected("grant_not_positive", entry_id=entry_id, grant_fen=grant)
    if grant != entry.grant_fen:
        update_record(session, m.ContestEntry, entry_id, {"grant_fen": grant}, today=today)
    amounts = split_grant(grant, (percent for _, percent in DEFAULT_TRANCHES))
    return [
        create_record(
            session,
            m.GrantTranche,
            {
                "entry_id": entry_id,
                "sequence": sequence,
                "percent": percent,
                "amount_fen": amount,
                "condition": condition.value,
            },
            today=today,
        )
        for sequence, ((condition, percent), amount) in enumerate(zip(DEFAULT_TRANCHES, amounts, strict=True), 1)
    ]


def record_condition_met(session: Session, tranche_id: str, on: date, *, today: date | None = None) -> None:
    """Record the day a tranche's condition (contract, mid-term or final acceptance) was met.

    A future date is rejected by validation (`date_in_future`); a paid tranche is closed (`already_paid`).
    """
    tranche = get_record(session, m.GrantTranche, tranche_id)
    if tranche.paid_on is not None:
        raise InputRejected("already_paid", tranche_id=tranche_id, paid_on=tranche.paid_on)
    update_record(session, m.GrantTranche, tranche_id, {"condition_met_on": on}, today=today)


def _payment_refusal(tranche: m.GrantTranche, siblings: list[m.GrantTranche], on: date | None) -> InputRejected | None:
    if tranche.paid_on is not None:
        return InputRejected("already_paid", tranche_id=tranche.id, paid_on=tranche.paid_on)
    if tranche.condition_met_on is None:
        return InputRejected("condition_not_met", tranche_id=tranche.id, condition=tranche.condition)
    unpaid = [t.sequence for t in siblings if t.sequence < tranche.sequence and t.paid_on is None]
    if unpaid:
        return InputRejected("earlier_tranche_unpaid", tranche_id=tranche.id, sequence=unpaid[0])
    if on is not None and on < tranche.condition_met_on:
        return InputRejected("paid_before_condition", tranche_id=tranche.id, condition_met_on=tranche.condition_met_on)
    return None


def pay_tranche(session: Session, tranche_id: str, on: date, *, today: date | None = None) -> None:
    """Record a tranche as paid on `on`: only once its condition is met and every earlier tranche is paid.

    Refuses `already_paid`, `condition_not_met`, `earlier_tranche_unpaid` and `paid_before_condition`;
    a future date is rejected by validation (`date_in_future`).
    """
    tranche = get_record(session, m.GrantTranche, tranche_id)
    refusal = _payment_refusal(tranche, _live_tranches(session, tranche.entry_id), on)
    if refusal is not None:
        raise refusal
    update_record(session, m.GrantTranche, tranche_id, {"paid_on": on}, today=today)


def list_tranches(session: Session, entry_id: str) -> list[TrancheStatus]:
    """An entry's live tranches in order, with whether each can be paid now."""
    tranches = _live_tranches(session, entry_id)
    return [
        TrancheStatus(
            id=t.id,
            sequence=t.sequence,
            percent=t.percent,
            amount_fen=t.amount_fen,
            condition=t.condition,
            condition_met_on=t.condition_met_on,
            paid_on=t.paid_on,
            payable=_payment_refusal(t, tranches, None) is None,
        )
        for t in tranches
    ]


def organizations_over_win_limit(session: Session, year: int, *, limit: int = 2) -> dict[str, int]:
    """Organizations with more than `limit` wins in `year` (the district cross-check), with their counts."""
    return {org_id: wins for org_id, wins in wins_per_organization(session, year).items() if wins > limit}
