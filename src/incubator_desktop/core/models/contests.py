"""Venture philanthropy contests (公益创投): entries, judges' scores and grant tranches."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from incubator_desktop.core.models.base import Money, SyncedRecord


class VentureContest(SyncedRecord):
    """A contest; the composite score weighs experts, pledged donations and public votes (default 60/20/20)."""

    __tablename__ = "venture_contests"

    name: Mapped[str] = mapped_column(String(200))
    year: Mapped[int]
    held_on: Mapped[date | None]
    expert_weight: Mapped[int] = mapped_column(default=60)
    pledge_weight: Mapped[int] = mapped_column(default=20)
    vote_weight: Mapped[int] = mapped_column(default=20)
    min_beneficiaries: Mapped[int] = mapped_column(default=50)
    max_wins_per_org: Mapped[int] = mapped_column(default=2)
    description: Mapped[str | None] = mapped_column(Text)


class ContestEntry(SyncedRecord):
    __tablename__ = "contest_entries"

    contest_id: Mapped[str] = mapped_column(ForeignKey("venture_contests.id"), index=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"), index=True)
    project_title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str | None] = mapped_column(Text)
    direct_beneficiaries: Mapped[int] = mapped_column(default=0)
    requested_fen: Mapped[int] = mapped_column(Money, default=0)
    pledged_fen: Mapped[int] = mapped_column(Money, default=0)
    votes: Mapped[int] = mapped_column(default=0)
    result: Mapped[str] = mapped_column(String(8))  # vocab.EntryResult
    grant_fen: Mapped[int] = mapped_column(Money, default=0)


class JudgeScore(SyncedRecord):
    __tablename__ = "judge_scores"

    entry_id: Mapped[str] = mapped_column(ForeignKey("contest_entries.id"), index=True)
    judge: Mapped[str] = mapped_column(String(50))
    score: Mapped[Decimal]  # 0–100


class GrantTranche(SyncedRecord):
    """One instalment of a winning entry's grant, released when its condition is met."""

    __tablename__ = "grant_tranches"

    entry_id: Mapped[str] = mapped_column(ForeignKey("contest_entries.id"), index=True)
    sequence: Mapped[int]
    percent: Mapped[int]
    amount_fen: Mapped[int] = mapped_column(Money)
    condition: Mapped[str] = mapped_column(String(8))  # vocab.TrancheCondition
    condition_met_on: Mapped[date | None]
    paid_on: Mapped[date | None]
