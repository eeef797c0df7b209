"""Venture contests: composite scores, ranking tie-breaks, policy flags, and tranches paid in order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.demo import fill_demo
from incubator_desktop.core.errors import InputRejected, ValidationFailed
from incubator_desktop.core.services.contests import (
    EntryFlagCode,
    EntryStanding,
    Normalization,
    list_tranches,
    pay_tranche,
    plan_tranches,
    record_condition_met,
    score_contest,
    split_grant,
    wins_per_organization,
)
from incubator_desktop.core.services.records import create_record, delete_record, get_record
from incubator_desktop.core.vocab import EntryResult, TrancheCondition

TODAY = date(2026, 3, 10)
YEAR = 2025


@dataclass(frozen=True)
class Spec:
    """An entry to create: title, judges' scores, pledge in yuan, votes, beneficiaries, result."""

    title: str
    scores: Sequence[str]
    pledge_yuan: int = 0
    votes: int = 0
    beneficiaries: int = 100
    result: EntryResult = EntryResult.ENTERED
    org_id: str | None = None


def make_org(session: Session, name: str) -> str:
    values = {"name": name, "category": "公益慈善类", "stage": "培育中"}
    return create_record(session, m.Organization, values, today=TODAY).id


def make_contest(
    session: Session, specs: Sequence[Spec], *, weights: tuple[int, int, int] = (60, 20, 20), year: int = YEAR
) -> tuple[str, dict[str, str]]:
    """A contest with one entry per spec (each by its own organization unless given); returns ids by title."""
    contest = create_record(
        session,
        m.VentureContest,
        {
            "name": f"{year}年微创投大赛",
            "year": year,
            "expert_weight": weights[0],
            "pledge_weight": weights[1],
            "vote_weight": weights[2],
        },
        today=TODAY,
    )
    ids = {}
    for spec in specs:
        entry = create_record(
            session,
            m.ContestEntry,
            {
                "contest_id": contest.id,
                "organization_id": spec.org_id or make_org(session, f"{spec.title}服务队"),
                "project_title": spec.title,
                "direct_beneficiaries": spec.beneficiaries,
                "pledged_fen": spec.pledge_yuan * 100,
                "votes": spec.votes,
                "result": spec.result.value,
                "grant_fen": 3_000_000 if spec.result is EntryResult.WINNER else 0,
            },
            today=TODAY,
        )
        for number, score in enumerate(spec.scores, 1):
            values = {"entry_id": entry.id, "judge": f"评委{number}", "score": Decimal(score)}
            create_record(session, m.JudgeScore, values, today=TODAY)
        ids[spec.title] = entry.id
    return contest.id, ids


#: 3 entries, 2 judges, pledges 0 / 5 000 / 10 000 yuan, votes 120 / 300 / 200.
SMALL = (
    Spec("甲项目", ("80", "90"), pledge_yuan=0, votes=120),
    Spec("乙项目", ("72.25", "72.00"), pledge_yuan=5000, votes=300),
    Spec("丙项目", ("60", "65.5"), pledge_yuan=10000, votes=200),
)


def by_title(entries: Sequence[EntryStanding]) -> dict[str, EntryStanding]:
    return {entry.project_title: entry for entry in entries}


def test_composite_scores_match_a_hand_computation(township: Database) -> None:
    """Parts and composite of a 3-entry, 2-judge contest equal the hand-computed values, rounded half up."""
    with township.transaction() as session:
        contest_id, _ = make_contest(session, SMALL)
    with township.reading() as session:
        standing = score_contest(session, contest_id)
    assert standing.normalization is Normalization.SHARE_OF_HIGHEST
    assert (standing.highest_pledge_fen, standing.highest_votes, standing.panel_size) == (1_000_000, 300, 2)
    entries = by_title(standing.entries)
    # 甲: expert 85; pledge 0/10000 → 0; votes 120/300 → 40; 0.6·85 + 0.2·0 + 0.2·40 = 59.
    assert (entries["甲项目"].expert_score, entries["甲项目"].pledge_score) == (Decimal("85.00"), Decimal("0.00"))
    assert (entries["甲项目"].vote_score, entries["甲项目"].composite) == (Decimal("40.00"), Decimal("59.00"))
    # 乙: expert (72.25 + 72)/2 = 72.125 → 72.13 (half up); 0.6·72.13 + 0.2·50 + 0.2·100 = 73.278 → 73.28.
    assert entries["乙项目"].expert_score == Decimal("72.13")
    assert (entries["乙项目"].pledge_score, entries["乙项目"].vote_score) == (Decimal("50.00"), Decimal("100.00"))
    assert entries["乙项目"].composite == Decimal("73.28")
    # 丙: expert 62.75; votes 200/300 → 66.67; 0.6·62.75 + 0.2·100 + 0.2·66.67 = 70.984 → 70.98.
    assert (entries["丙项目"].expert_score, entries["丙项目"].vote_score) == (Decimal("62.75"), Decimal("66.67"))
    assert entries["丙项目"].composite == Decimal("70.98")
    assert [(e.rank, e.project_title) for e in standing.entries] == [(1, "乙项目"), (2, "丙项目"), (3, "甲项目")]
    assert all(not entry.flags for entry in standing.entries)


@pytest.mark.parametrize(
    ("weights", "expected", "order"),
    [
        # 50/25/25: 乙 = 36.065 + 12.5 + 25 = 73.565 → 73.57 (half up, not half even).
        ((50, 25, 25), {"甲项目": "52.50", "乙项目": "73.57", "丙项目": "73.04"}, ["乙项目", "丙项目", "甲项目"]),
        # 20/40/40: pledges and votes now decide; 丙 = 12.55 + 40 + 26.668 = 79.218 → 79.22.
        ((20, 40, 40), {"甲项目": "33.00", "乙项目": "74.43", "丙项目": "79.22"}, ["丙项目", "乙项目", "甲项目"]),
    ],
)
def test_custom_weights_come_from_the_contest(
    township: Database, weights: tuple[int, int, int], expected: dict[str, str], order: list[str]
) -> None:
    """The contest's own weights are applied, which can change the ranking."""
    with township.transaction() as session:
        contest_id, _ = make_contest(session, SMALL, weights=weights)
    with township.reading() as session:
        standing = score_contest(session, contest_id)
    assert {e.project_title: e.composite for e in standing.entries} == {k: Decimal(v) for k, v in expected.items()}
    assert (standing.expert_weight, standing.pledge_weight, standing.vote_weight) == weights
    assert [entry.project_title for entry in standing.entries] == order


def test_ties_are_broken_by_expert_score(township: Database) -> None:
    """Equal composites rank the higher expert score first."""
    specs = (
        Spec("Q", ("60",), votes=80),  # 50·60 + 50·80 → 70
        Spec("P", ("80",), votes=60),  # 50·80 + 50·60 → 70
        Spec("R", ("0",), votes=100),  # 50
    )
    with township.transaction() as session:
        contest_id, _ = make_contest(session, specs, weights=(50, 0, 50))
    with township.reading() as session:
        entries = score_contest(session, contest_id).entries
    assert [(e.project_title, e.composite) for e in entries] == [
        ("P", Decimal("70.00")),
        ("Q", Decimal("70.00")),
        ("R", Decimal("50.00")),
    ]


def test_ties_are_broken_by_votes_then_title(township: Database) -> None:
    """Equal composite and expert score rank more votes first, then the project title in code-point order."""
    specs = (
        Spec("B项目", ("80",), votes=10),
        Spec("A项目", ("80",), votes=10),
        Spec("C项目", ("80",), votes=50),
        Spec("D项目", ("90",), votes=0),
    )
    with township.transaction() as session:
        contest_id, _ = make_contest(session, specs, weights=(100, 0, 0))
    with township.reading() as session:
        entries = score_contest(session, contest_id).entries
    assert [e.project_title for e in entries] == ["D项目", "C项目", "A项目", "B项目"]
    assert [e.rank for e in entries] == [1, 2, 3, 4]


def test_beneficiary_flag_starts_below_the_minimum(township: Database) -> None:
    """49 direct beneficiaries is flagged against the minimum of 50; exactly 50 is not."""
    specs = (Spec("少", ("80",), beneficiaries=49), Spec("够", ("80",), beneficiaries=50))
    with township.transaction() as session:
        contest_id, _ = make_contest(session, specs)
    with township.reading() as session:
        entries = by_title(score_contest(session, contest_id).entries)
    assert entries["少"].flag_codes == {EntryFlagCode.BENEFICIARIES_BELOW_MINIMUM}
    assert entries["少"].flags[0].params == {"beneficiaries": 49, "minimum": 50}
    assert not entries["够"].flags


def test_missing_and_absent_scores_are_flagged(township: Database) -> None:
    """An entry scored by fewer judges than the fullest entry is `missing_scores`; none at all is `no_scores`."""
    specs = (Spec("全", ("80", "70", "90")), Spec("缺", ("80", "70")), Spec("无", ()))
    with township.transaction() as session:
        contest_id, _ = make_contest(session, specs)
    with township.reading() as session:
        standing = score_contest(session, contest_id)
    entries = by_title(standing.entries)
    assert standing.panel_size == 3
    assert not entries["全"].flags
    assert entries["缺"].flag_codes == {EntryFlagCode.MISSING_SCORES}
    assert entries["缺"].flags[0].params == {"judges": 2, "panel": 3}
    assert entries["无"].flag_codes == {EntryFlagCode.NO_SCORES}
    assert entries["无"].expert_score is None
    assert entries["无"].composite == Decimal("0.00")


def test_deleted_scores_do_not_count(township: Database) -> None:
    """A tombstoned judge score leaves the mean and the judge count."""
    with township.transaction() as session:
        contest_id, _ = make_contest(session, (Spec("甲", ("80", "40")), Spec("乙", ("70", "70"))))
        low = session.scalars(select(m.JudgeScore).where(m.JudgeScore.score == Decimal(40))).one()
        delete_record(session, m.JudgeScore, low.id)
    with township.reading() as session:
        entries = by_title(score_contest(session, contest_id).entries)
    assert entries["甲"].expert_score == Decimal("80.00")
    assert entries["甲"].flag_codes == {EntryFlagCode.MISSING_SCORES}


def test_a_third_win_in_a_year_flags_every_entry_involved(township: Database) -> None:
    """Three wins by one organization in one year flag all three; two wins, or wins in another year, do not."""
    with township.transaction() as session:
        busy, modest = make_org(session, "忙碌服务队"), make_org(session, "适度服务队")
        winner = EntryResult.WINNER
        make_contest(session, (Spec("忙1", ("80",), org_id=busy, result=winner),))
        make_contest(session, (Spec("忙2", ("80",), org_id=busy, result=winner),))
        make_contest(session, (Spec("旧", ("80",), org_id=modest, result=winner),), year=YEAR - 1)
        contest_id, _ = make_contest(
            session,
            (
                Spec("忙3", ("80",), org_id=busy, result=winner),
                Spec("适1", ("80",), org_id=modest, result=winner),
                Spec("适2", ("80",), org_id=modest, result=winner),
            ),
        )
    with township.reading() as session:
        entries = by_title(score_contest(session, contest_id).entries)
        wins = wins_per_organization(session, YEAR)
    assert entries["忙3"].flag_codes == {EntryFlagCode.ORG_OVER_WIN_LIMIT}
    assert entries["忙3"].flags[0].params == {"other_wins": 2, "limit": 2, "year": YEAR}
    assert not entries["适1"].flags and not entries["适2"].flags
    assert wins == {busy: 3, modest: 2}


def test_an_entry_that_cannot_win_without_breaking_the_limit_is_flagged(township: Database) -> None:
    """An organization that already won twice this year is flagged on a new, not yet winning entry."""
    with township.transaction() as session:
        org = make_org(session, "常胜服务队")
        for title in ("胜1", "胜2"):
            make_contest(session, (Spec(title, ("80",), org_id=org, result=EntryResult.WINNER),))
        contest_id, _ = make_contest(session, (Spec("新", ("80",), org_id=org),))
    with township.reading() as session:
        entries = by_title(score_contest(session, contest_id).entries)
    assert entries["新"].flag_codes == {EntryFlagCode.ORG_OVER_WIN_LIMIT}
    with township.transaction() as session:
        old = session.scalars(select(m.ContestEntry).where(m.ContestEntry.project_title == "胜1")).one()
        delete_record(session, m.ContestEntry, old.id)
    with township.reading() as session:
        assert not by_title(score_contest(session, contest_id).entries)["新"].flags


# --- Tranches ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("grant", [1, 2, 99, 101, 3_333_333, 16_000_000, 9_999_999])
def test_split_grant_sums_exactly(grant: int) -> None:
    """Any grant splits 50/30/20 into whole fen that add up to the grant, early tranches never above their share."""
    amounts = split_grant(grant, (50, 30, 20))
    assert sum(amounts) == grant
    assert all(amount >= 0 for amount in amounts)
    assert amounts[0] * 100 <= grant * 50 and amounts[1] * 100 <= grant * 30


def winner(session: Session, grant_fen: int = 3_000_000) -> str:
    _, ids = make_contest(session, (Spec("获奖项目", ("80",), result=EntryResult.WINNER),))
    entry = get_record(session, m.ContestEntry, ids["获奖项目"])
    entry.grant_fen = grant_fen
    return entry.id


def test_tranches_of_an_awkward_grant_sum_exactly(township: Database) -> None:
    """33 333.33 yuan becomes 16 666.66 + 9 999.99 + 6 666.68: the last tranche absorbs the rounding."""
    with township.transaction() as session:
        entry_id = winner(session, 3_333_333)
        tranches = plan_tranches(session, entry_id, today=TODAY)
        assert [(t.sequence, t.percent, t.amount_fen) for t in tranches] == [
            (1, 50, 1_666_666),
            (2, 30, 999_999),
            (3, 20, 666_668),
        ]
        assert [t.condition for t in tranches] == [c.value for c in TrancheCondition]
        assert all(t.condition_met_on is None and t.paid_on is None for t in tranches)


def test_a_given_grant_becomes_the_entry_grant(township: Database) -> None:
    """Planning with an explicit grant splits that grant and records it on the entry."""
    with township.transaction() as session:
        entry_id = winner(session)
        tranches = plan_tranches(session, entry_id, grant_fen=4_500_001, today=TODAY)
        assert sum(t.amount_fen for t in tranches) == 4_500_001
        assert get_record(session, m.ContestEntry, entry_id).grant_fen == 4_500_001


def test_tranches_are_refused_for_losers_twice_planned_and_empty_grants(township: Database) -> None:
    """Only a winner with a positive grant gets tranches, and only once."""
    with township.transaction() as session:
        _, ids = make_contest(session, (Spec("创意", ("80",), result=EntryResult.IDEA_AWARD),))
        with pytest.raises(InputRejected) as refused:
            plan_tranches(session, ids["创意"], grant_fen=100_000)
        assert refused.value.code == "not_a_winner"
        entry_id = winner(session, 0)
        with pytest.raises(InputRejected) as refused:
            plan_tranches(session, entry_id)
        assert refused.value.code == "grant_not_positive"
        plan_tranches(session, entry_id, grant_fen=200_000, today=TODAY)
        with pytest.raises(InputRejected) as refused:
            plan_tranches(session, entry_id, today=TODAY)
        assert refused.value.code == "tranches_exist"


def planned(township: Database) -> list[str]:
    with township.transaction() as session:
        entry_id = winner(session)
        return [t.id for t in plan_tranches(session, entry_id, today=TODAY)]


def refusal(township: Database, tranche_id: str, on: date) -> str:
    with township.transaction() as session, pytest.raises(InputRejected) as refused:
        pay_tranche(session, tranche_id, on, today=TODAY)
    return refused.value.code


def test_tranches_are_paid_only_in_order_after_their_condition(township: Database) -> None:
    """Paying before the condition, before an earlier tranche, before the condition date, or twice is refused."""
    first, second, third = planned(township)
    contract, midterm = date(2025, 9, 1), date(2025, 12, 1)
    assert refusal(township, first, contract) == "condition_not_met"
    with township.transaction() as session:
        record_condition_met(session, first, contract, today=TODAY)
        record_condition_met(session, second, midterm, today=TODAY)
    assert refusal(township, second, midterm) == "earlier_tranche_unpaid"
    assert refusal(township, first, contract - timedelta(days=1)) == "paid_before_condition"
    with township.transaction() as session:
        pay_tranche(session, first, contract, today=TODAY)
    assert refusal(township, first, contract) == "already_paid"
    assert refusal(township, third, TODAY) == "condition_not_met"
    with township.transaction() as session:
        pay_tranche(session, second, midterm + timedelta(days=5), today=TODAY)
        record_condition_met(session, third, TODAY, today=TODAY)
        pay_tranche(session, third, TODAY, today=TODAY)
    with township.reading() as session:
        tranches = list_tranches(session, get_record(session, m.GrantTranche, first).entry_id)
    assert [t.paid_on for t in tranches] == [contract, midterm + timedelta(days=5), TODAY]
    assert not any(t.payable for t in tranches)


def test_list_tranches_says_which_one_can_be_paid(township: Database) -> None:
    """Only the first unpaid tranche whose condition is met is payable."""
    first, second, _ = planned(township)
    with township.transaction() as session:
        record_condition_met(session, first, date(2025, 9, 1), today=TODAY)
        record_condition_met(session, second, date(2025, 12, 1), today=TODAY)
        entry_id = get_record(session, m.GrantTranche, first).entry_id
    with township.reading() as session:
        assert [t.payable for t in list_tranches(session, entry_id)] == [True, False, False]


def test_future_dates_are_rejected(township: Database) -> None:
    """A condition met or a payment made after today is a typing mistake and is rejected on its field."""
    first, _, _ = planned(township)
    tomorrow = TODAY + timedelta(days=1)
    with township.transaction() as session, pytest.raises(ValidationFailed) as failed:
        record_condition_met(session, first, tomorrow, today=TODAY)
    assert [(e.field, e.code) for e in failed.value.errors] == [("condition_met_on", "date_in_future")]
    with township.transaction() as session:
        record_condition_met(session, first, TODAY, today=TODAY)
    with township.transaction() as session, pytest.raises(ValidationFailed) as failed:
        pay_tranche(session, first, tomorrow, today=TODAY)
    assert [(e.field, e.code) for e in failed.value.errors] == [("paid_on", "date_in_future")]


def test_a_paid_tranche_keeps_its_condition_date(township: Database) -> None:
    """Once paid, a tranche's condition date can no longer be changed."""
    first, _, _ = planned(township)
    with township.transaction() as session:
        record_condition_met(session, first, date(2025, 9, 1), today=TODAY)
        pay_tranche(session, first, date(2025, 9, 2), today=TODAY)
    with township.transaction() as session, pytest.raises(InputRejected) as refused:
        record_condition_met(session, first, date(2025, 9, 3), today=TODAY)
    assert refused.value.code == "already_paid"


# --- Demo data ---------------------------------------------------------------------------------------


def test_demo_contest_scores_and_ranks_consistently(township: Database) -> None:
    """On the demo year every entry is scored, ranks follow the composite, and awards follow the ranking."""
    with township.transaction() as session:
        fill_demo(session, seed=1, today=TODAY)
    with township.reading() as session:
        contest_id = session.scalars(select(m.VentureContest.id)).one()
        standing = score_contest(session, contest_id)
    entries = standing.entries
    assert len(entries) == 12 and standing.panel_size == 5
    assert [e.rank for e in entries] == list(range(1, 13))
    composites = [e.composite for e in entries]
    assert composites == sorted(composites, reverse=True)
    assert all(Decimal(0) <= c <= Decimal(100) for c in composites)
    assert {EntryFlagCode.MISSING_SCORES, EntryFlagCode.NO_SCORES}.isdisjoint(
        code for e in entries for code in e.flag_codes
    )
    # The demo awards the eligible entries best first: winners, then idea awards, then finalists.
    eligible = [e.result for e in entries if EntryFlagCode.BENEFICIARIES_BELOW_MINIMUM not in e.flag_codes]
    order = [EntryResult.WINNER, EntryResult.IDEA_AWARD, EntryResult.FINALIST, EntryResult.NOT_AWARDED]
    assert eligible == sorted(eligible, key=lambda result: order.index(EntryResult(result)))
    assert eligible.count(EntryResult.WINNER.value) == 5
