"""Annual evaluation: default criteria add up to 100, totals and grades, suggestions, edits, refusals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from incubator_desktop.core.district.criteria import DEFAULT_CRITERIA, Criterion, ensure_criteria, set_criteria
from incubator_desktop.core.district.evaluation import evaluate_township, evaluations_of_year, get_evaluation
from incubator_desktop.core.errors import ValidationFailed

from .conftest import TODAY, TOWNSHIP_A, TOWNSHIP_B, YEAR, District

FULL = {criterion.code: criterion.weight for criterion in DEFAULT_CRITERIA}


def test_default_criteria_weigh_100_and_are_stored(district: District) -> None:
    """The policy-derived form has every criterion once and its points add up to 100; it is stored on first use."""
    assert sum(FULL.values()) == 100 and len(FULL) == len(DEFAULT_CRITERIA)
    assert {"incubation", "services", "contest", "training", "resources", "cases", "staffing", "satisfaction"} <= set(
        FULL
    )
    with district.db.transaction() as session:
        assert [c.code for c in ensure_criteria(session)] == list(FULL)


def test_total_and_grade(district: District) -> None:
    """Points per criterion add up to the total and the total decides the grade; a later evaluation replaces it."""
    scores: dict[str, object] = {**FULL, "incubation": "12.5", "satisfaction": 3}
    with district.db.transaction() as session:
        first = evaluate_township(session, TOWNSHIP_A, YEAR, scores, "培育数量不足", today=TODAY)
    assert first.total == Decimal("90.5") and first.grade == "优秀"
    assert first.points("incubation") == Decimal("12.5") and first.comments == "培育数量不足"
    with district.db.transaction() as session:
        second = evaluate_township(session, TOWNSHIP_A, YEAR, {**scores, "budget": 0, "base": 0}, today=TODAY)
    assert second.id == first.id and second.total == Decimal("75.5") and second.grade == "合格"
    with district.db.reading() as session:
        stored = get_evaluation(session, TOWNSHIP_A, YEAR)
        assert stored is not None and stored.total == Decimal("75.5")
        assert sum(line.points for line in stored.lines) == stored.total
        assert list(evaluations_of_year(session, YEAR)) == [TOWNSHIP_A]


def test_edited_weights_apply_to_new_evaluations(district: District) -> None:
    """A form edited to other weights scores against them; weights that do not add up to 100 are refused."""
    with district.db.transaction() as session:
        set_criteria(session, [Criterion("work", "工作成效", 70, ""), Criterion("satisfaction", "满意度", 30, "")])
        result = evaluate_township(session, TOWNSHIP_B, YEAR, {"work": 60, "satisfaction": 25}, today=TODAY)
    assert [(line.code, line.weight) for line in result.lines] == [("work", 70), ("satisfaction", 30)]
    assert result.total == 85 and result.grade == "良好"
    with pytest.raises(ValidationFailed) as error, district.db.transaction() as session:
        set_criteria(session, [Criterion("work", "工作成效", 70, ""), Criterion("satisfaction", "满意度", 20, "")])
    assert [e.code for e in error.value.errors] == ["criteria_weights_sum"]


@pytest.mark.parametrize(
    ("scores", "code"),
    [
        ({**FULL, "incubation": 21}, "out_of_range"),
        ({**FULL, "incubation": "很好"}, "not_a_number"),
        ({**FULL, "unknown": 1}, "unknown_criterion"),
        ({k: v for k, v in FULL.items() if k != "cases"}, "required"),
    ],
)
def test_bad_scores_are_refused(district: District, scores: dict[str, object], code: str) -> None:
    """Points above the weight, words, unknown criteria and missing criteria are refused; nothing is stored."""
    with pytest.raises(ValidationFailed) as error, district.db.transaction() as session:
        evaluate_township(session, TOWNSHIP_A, YEAR, scores, today=TODAY)
    assert error.value.errors[0].code == code
    with district.db.reading() as session:
        assert get_evaluation(session, TOWNSHIP_A, YEAR) is None


def test_suggested_points_follow_the_indicators(district: District) -> None:
    """Left-out criteria take points in proportion to the indicators; those without a target must be given."""
    by_hand = {"satisfaction": 5, "staffing": 4, "budget": 8}  # no funded project: staff and budget have no target
    with district.db.transaction() as session:
        result = evaluate_township(session, TOWNSHIP_A, YEAR, by_hand, fill_suggested=True, today=TODAY)
    # Township A: 3 of 10 professional activities, 120 of 200 beneficiaries -> (0.3 + 0.6) / 2 × 15.
    assert result.points("services") == Decimal("6.8")
    assert result.points("cases") == Decimal("1.7")  # 1 of 3 case studies × 5
    assert result.points("base") == 5  # coverage 50 % meets the goal
    with pytest.raises(ValidationFailed), district.db.transaction() as session:
        evaluate_township(session, TOWNSHIP_A, YEAR, {"satisfaction": 5}, fill_suggested=True, today=TODAY)
