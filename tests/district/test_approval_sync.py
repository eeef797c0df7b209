"""District decisions travel to the one township they concern: approvals lock, grants reopen, evaluations arrive."""

from __future__ import annotations

from datetime import date

import pytest

from incubator_desktop.core import models as m
from incubator_desktop.core.district.approvals import (
    approve_month,
    grant_reopen,
    list_month_states,
    list_reopen_requests,
    request_reopen,
)
from incubator_desktop.core.district.criteria import DEFAULT_CRITERIA
from incubator_desktop.core.district.evaluation import evaluate_township, get_evaluation
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.services.records import create_record, update_record

from .conftest import TOWNSHIP_A, TOWNSHIP_B, Network


def _edit(network: Network, activity_id: str, title: str) -> None:
    with network.township_a.db.transaction() as session:
        update_record(session, m.Activity, activity_id, {"title": title})


def test_approve_lock_request_grant_unlock_across_bundles(network: Network) -> None:
    """The whole round trip over USB sticks: approve, lock, ask, grant, edit again; the other township sees nothing."""
    a, b, district, sticks = network.township_a, network.township_b, network.district, network.sticks
    with a.db.transaction() as session:
        values = {"title": "三月小组", "held_on": date(2024, 3, 5), "kind": "小组"}
        activity_id = create_record(session, m.Activity, values).id
    district.import_(a.export(sticks).path)
    district.import_(b.export(sticks).path)

    with district.db.transaction() as session:
        approve_month(session, TOWNSHIP_A, "2024-03", "张科长")
    to_a = district.export(sticks, TOWNSHIP_A)
    assert to_a.counts.get("month_approvals") == 1
    assert "month_approvals" not in district.export(sticks, TOWNSHIP_B).counts  # only the township it concerns
    a.import_(to_a.path)

    with pytest.raises(InputRejected) as error:
        _edit(network, activity_id, "改了日期")
    assert error.value.code == "month_approved" and error.value.params["month"] == "2024-03"

    with a.db.transaction() as session:
        request_reopen(session, "2024-03", "受益人数录错，需要更正")
    to_district = a.export(sticks)
    assert to_district.counts.get("reopen_requests") == 1
    district.import_(to_district.path)
    with district.db.transaction() as session:
        (pending,) = list_reopen_requests(session, site_code=TOWNSHIP_A)
        assert (pending.status, pending.reason) == ("requested", "受益人数录错，需要更正")
        granted = grant_reopen(session, TOWNSHIP_A, "2024-03", decided_by="张科长")
        assert granted.request_id == pending.request_id
    a.import_(district.export(sticks, TOWNSHIP_A).path)

    _edit(network, activity_id, "三月小组（已更正）")
    with a.db.reading() as session:
        (state,) = list_month_states(session)
        assert state.reopened
        assert [item.status for item in list_reopen_requests(session)] == ["granted"]

    # The corrected month is approved again, and locked again once that approval arrives.
    district.import_(a.export(sticks).path)
    with district.db.transaction() as session:
        approve_month(session, TOWNSHIP_A, "2024-03", "张科长")
    a.import_(district.export(sticks, TOWNSHIP_A).path)
    with pytest.raises(InputRejected):
        _edit(network, activity_id, "又改")
    with a.db.reading() as session:
        assert session.get(m.Activity, activity_id).title == "三月小组（已更正）"  # type: ignore[union-attr]


def test_an_evaluation_reaches_only_the_township_it_scores(network: Network) -> None:
    """The district's evaluation of A travels to A, read-only there, and never to B; the form goes to both."""
    a, district, sticks = network.township_a, network.district, network.sticks
    district.import_(a.export(sticks).path)
    with district.db.transaction() as session:
        scores = {criterion.code: criterion.weight for criterion in DEFAULT_CRITERIA}
        evaluate_township(session, TOWNSHIP_A, 2024, scores, "工作扎实")
    to_a, to_b = district.export(sticks, TOWNSHIP_A), district.export(sticks, TOWNSHIP_B)
    assert to_a.counts["annual_evaluations"] == 1 and "annual_evaluations" not in to_b.counts
    assert to_a.counts["evaluation_criteria"] == to_b.counts["evaluation_criteria"] == len(DEFAULT_CRITERIA)
    a.import_(to_a.path)
    with a.db.reading() as session:
        evaluation = get_evaluation(session, TOWNSHIP_A, 2024)
        assert evaluation is not None and evaluation.total == 100 and evaluation.comments == "工作扎实"
    with pytest.raises(InputRejected) as error, a.db.transaction() as session:
        update_record(session, m.AnnualEvaluation, evaluation.id, {"comments": "自己改"})
    assert error.value.code == "not_owner"
