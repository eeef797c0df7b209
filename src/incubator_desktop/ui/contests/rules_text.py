"""Sentences for the contest page: how the composite is computed, and each rule flag of an entry."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from incubator_desktop.core.services.contests import ContestStanding, EntryFlag, EntryFlagCode, Normalization

translate = QCoreApplication.translate


def yuan(fen: int) -> str:
    return f"{Decimal(fen) / 100:,.2f}"


def formula_text(standing: ContestStanding) -> str:
    """The weighted sum with this contest's weights."""
    return translate(
        "ContestRules",
        "Composite score = expert score × {expert} % + pledge score × {pledge} % + vote score × {vote} %.",
    ).format(expert=standing.expert_weight, pledge=standing.pledge_weight, vote=standing.vote_weight)


def normalization_text(standing: ContestStanding) -> str:
    """How each part becomes a score out of 100, stated with this contest's highest values."""
    if standing.normalization is not Normalization.SHARE_OF_HIGHEST:  # pragma: no cover - the only one today
        return ""
    parts = [
        translate("ContestRules", "The expert score is the mean of the judges' scores (out of 100)."),
        translate(
            "ContestRules",
            "Pledges and votes are converted to a score out of 100 as a share of the highest value: "
            "the highest pledge ({pledge} yuan) and the most votes ({votes}) score 100.",
        ).format(pledge=yuan(standing.highest_pledge_fen), votes=standing.highest_votes),
        translate(
            "ContestRules",
            "Every part and the composite are rounded to 2 decimals; rule flags do not change the ranking.",
        ),
    ]
    return " ".join(parts)


def flag_text(flag: EntryFlag) -> str:
    """One full sentence for a rule an entry breaks or a gap in its scoring."""
    params = flag.params
    if flag.code is EntryFlagCode.ORG_OVER_WIN_LIMIT:
        return translate(
            "ContestRules",
            "The organization already has {wins} winning projects in {year}; one organization may win at most "
            "{limit} a year.",
        ).format(wins=params.get("other_wins", "?"), year=params.get("year", "?"), limit=params.get("limit", "?"))
    if flag.code is EntryFlagCode.BENEFICIARIES_BELOW_MINIMUM:
        return translate(
            "ContestRules", "Only {count} direct beneficiaries; an entry must serve at least {minimum}."
        ).format(count=params.get("beneficiaries", "?"), minimum=params.get("minimum", "?"))
    if flag.code is EntryFlagCode.MISSING_SCORES:
        return translate("ContestRules", "Only {judges} of the {panel} judges have scored this entry.").format(
            judges=params.get("judges", "?"), panel=params.get("panel", "?")
        )
    return translate("ContestRules", "No judge has scored this entry yet.")


def flag_short(flag: EntryFlag) -> str:
    """A few words for the table's flag column."""
    if flag.code is EntryFlagCode.ORG_OVER_WIN_LIMIT:
        return translate("ContestRules", "over {limit} wins a year").format(limit=flag.params.get("limit", 2))
    if flag.code is EntryFlagCode.BENEFICIARIES_BELOW_MINIMUM:
        return translate("ContestRules", "under {minimum} beneficiaries").format(minimum=flag.params.get("minimum", 50))
    if flag.code is EntryFlagCode.MISSING_SCORES:
        return translate("ContestRules", "scores missing")
    return translate("ContestRules", "not scored")
