"""The venture-contest workspace: contest form, ranking equal to the core's, flags, scores and tranches."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.contests import score_contest
from incubator_desktop.core.services.records import count_records, list_records
from incubator_desktop.ui.contests.page import ContestsPage
from incubator_desktop.ui.contests.standings import ID_ROLE, StandingTableModel
from incubator_desktop.ui.widgets.context import AppContext

from .factories import add_organizations
from .pages import choose, column, press_enter, saved, type_text, wait_idle
from .seeds import add_contest, add_entry, add_scores


@pytest.fixture
def page(qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]) -> ContestsPage:
    widget = ContestsPage(make_context(site_db))
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    wait_idle(qtbot, widget.list_page)
    return widget


@pytest.fixture
def contest(site_db: Database) -> dict[str, str]:
    """A contest of four entries: one with too few beneficiaries, one short of a judge, one never scored."""
    orgs = add_organizations(site_db, ["阳光志愿服务队", "夕阳红舞蹈队", "邻里互助会", "青苗读书会"])
    contest_id = add_contest(site_db, "春季微创投大赛")
    ids = {
        "敬老": add_entry(site_db, contest_id, orgs[0], "敬老院探访", pledged_fen=300_000, votes=400, result="获奖"),
        "舞蹈": add_entry(site_db, contest_id, orgs[1], "广场舞进社区", pledged_fen=100_000, votes=800),
        "调解": add_entry(site_db, contest_id, orgs[2], "邻里调解室", direct_beneficiaries=30, votes=200),
        "读书": add_entry(site_db, contest_id, orgs[3], "亲子共读", pledged_fen=50_000),
    }
    add_scores(site_db, ids["敬老"], {"王评委": "80", "李评委": "90"})
    add_scores(site_db, ids["舞蹈"], {"王评委": "70", "李评委": "75"})
    add_scores(site_db, ids["调解"], {"王评委": "95"})
    return {"contest": contest_id, **ids}


def open_contest(qtbot: QtBot, page: ContestsPage, contest_id: str) -> None:
    page.list_page.reload()
    wait_idle(qtbot, page.list_page)
    with qtbot.waitSignal(page.detail.loaded, timeout=5000):
        page.open_contest(contest_id)


def shown(model: StandingTableModel, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_create_a_contest_with_default_weights(qtbot: QtBot, page: ContestsPage, site_db: Database) -> None:
    """A new contest needs only its name: the weights start at 60/20/20 and it is listed for this year."""
    dialog = page.list_page.new_record()
    assert dialog.windowTitle() == "新建公益创投大赛"
    type_text(qtbot, dialog.editors["name"].focus_widget(), "秋季微创投大赛")
    press_enter(qtbot, dialog, "name")
    assert saved(dialog)
    wait_idle(qtbot, page.list_page)
    assert column(page.list_page, "name") == ["秋季微创投大赛"]
    with site_db.reading() as session:
        (stored,) = list_records(session, m.VentureContest)
        assert (stored.expert_weight, stored.pledge_weight, stored.vote_weight) == (60, 20, 20)


def test_weights_must_add_up_and_nothing_is_saved(qtbot: QtBot, page: ContestsPage, site_db: Database) -> None:
    """Weights of 70/20/20 are refused under the expert weight; an emptied weight is missing, not a crash."""
    dialog = page.list_page.new_record()
    type_text(qtbot, dialog.editors["name"].focus_widget(), "秋季微创投大赛")
    field = dialog.editors["expert_weight"].focus_widget()
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, "70")
    press_enter(qtbot, dialog, "name")
    assert dialog.error_text("expert_weight") == "三项权重之和应为 100，现在是 110。"
    dialog.editors["vote_weight"].set_value(None)
    press_enter(qtbot, dialog, "name")
    assert dialog.error_text("vote_weight") == "此项必须填写。"
    assert not saved(dialog)
    with site_db.reading() as session:
        assert count_records(session, m.VentureContest) == 0


def test_ranking_and_composite_are_the_cores(
    qtbot: QtBot, page: ContestsPage, site_db: Database, contest: dict[str, str]
) -> None:
    """The page ranks the entries and shows each part and the composite exactly as score_contest computes them,
    and states the weights and the normalization in Chinese."""
    open_contest(qtbot, page, contest["contest"])
    with site_db.reading() as session:
        standing = score_contest(session, contest["contest"])
    model = page.detail.model
    assert [model.data(model.index(row, 0), ID_ROLE) for row in range(4)] == [e.entry_id for e in standing.entries]
    assert shown(model, 0) == ["1", "2", "3", "4"]
    assert shown(model, 9) == [f"{e.composite:.2f}" for e in standing.entries]
    assert shown(model, 7) == [f"{e.pledge_score:.2f}" for e in standing.entries]
    assert shown(model, 2)[0] == "敬老院探访"
    assert page.detail.formula.text() == "综合得分 = 专家评审得分 × 60% + 认捐得分 × 20% + 投票得分 × 20%。"
    assert "认捐与投票按占最高值的比例折算为百分制" in page.detail.normalization.text()
    assert "认捐最多的（3,000.00 元）和得票最多的（800 票）记 100 分" in page.detail.normalization.text()


def test_rule_flags_beside_the_entries(
    qtbot: QtBot, page: ContestsPage, site_db: Database, contest: dict[str, str]
) -> None:
    """Too few beneficiaries, a missing judge, no scores and a third win in a year are flagged beside the entry."""
    other = add_contest(site_db, "夏季微创投大赛")
    with site_db.reading() as session:
        org = list_records(session, m.ContestEntry, filters={"id": contest["敬老"]})[0].organization_id
    add_entry(site_db, other, org, "敬老食堂", result="获奖")
    add_entry(site_db, other, org, "敬老理发", result="获奖")
    open_contest(qtbot, page, contest["contest"])
    model = page.detail.model
    flags = dict(zip(shown(model, 2), shown(model, StandingTableModel.FLAGS), strict=True))
    assert flags["邻里调解室"] == "受益人数不足 50 人；评分不全"
    assert flags["亲子共读"] == "未评分"
    assert flags["敬老院探访"] == "年获奖超过 2 项"
    assert flags["广场舞进社区"] == ""
    page.detail.select_entry(contest["调解"])
    assert page.detail.flags_label.isVisible()
    assert "直接受益人数只有 30 人，参赛项目至少应服务 50 人。" in page.detail.flags_label.text()
    assert "评审组共 2 位评委，只有 1 位给这个项目打了分。" in page.detail.flags_label.text()


def test_scores_typed_in_change_the_ranking(
    qtbot: QtBot, page: ContestsPage, site_db: Database, contest: dict[str, str]
) -> None:
    """A judge's score saved in the panel is stored, re-ranks the entries; a score over 100 is refused."""
    open_contest(qtbot, page, contest["contest"])
    page.detail.select_entry(contest["读书"])
    panel = page.detail.scores
    assert panel.scores() == []
    type_text(qtbot, panel.judge.lineEdit(), "王评委")  # type: ignore[arg-type]
    qtbot.keyClicks(panel.score.edit, "120")
    with qtbot.assertNotEmitted(page.detail.loaded, wait=300):
        qtbot.keyClick(panel.score.edit, Qt.Key.Key_Return)
    assert panel.message.text() == "应在 0 到 100 之间。"
    panel.score.edit.setText("99")
    with qtbot.waitSignal(page.detail.loaded, timeout=5000):
        qtbot.keyClick(panel.score.edit, Qt.Key.Key_Return)
    assert page.detail.selected_entry_id() == contest["读书"]
    assert panel.scores() == [("王评委", "99.00")]
    with site_db.reading() as session:
        standing = score_contest(session, contest["contest"])
    assert shown(page.detail.model, 9) == [f"{e.composite:.2f}" for e in standing.entries]


def test_tranches_are_paid_in_order(
    qtbot: QtBot, page: ContestsPage, site_db: Database, contest: dict[str, str]
) -> None:
    """A winner's grant is planned 50/30/20; paying the second tranche first shows the refusal and writes nothing."""
    open_contest(qtbot, page, contest["contest"])
    page.detail.select_entry(contest["敬老"])
    panel = page.detail.tranches
    page.detail.tabs.setCurrentWidget(panel)
    assert panel.plan_button.isVisible()
    qtbot.keyClicks(panel.grant.edit, "10000")
    panel.plan()
    assert panel.table.texts(2) == ["5,000.00", "3,000.00", "2,000.00"]
    assert panel.statuses() == ["等待条件达成", "等待条件达成", "等待条件达成"]
    panel.select_tranche(2)
    panel.mark_condition_met()
    assert panel.done.text().startswith("已记录：第 2 期的拨付条件于")
    panel.select_tranche(2)
    panel.pay()
    assert panel.refusal.isVisible()
    assert panel.refusal.text() == "第 1 期还没有拨付，资助款须按顺序分期拨付。"
    with site_db.reading() as session:
        assert all(t.paid_on is None for t in list_records(session, m.GrantTranche))
    panel.select_tranche(1)
    panel.pay()
    assert panel.refusal.text() == "这一期的拨付条件（签订合同）还没有记录为已达成，请先记录达成日期。"
    panel.select_tranche(1)
    panel.mark_condition_met()
    panel.select_tranche(1)
    panel.pay()
    assert not panel.refusal.isVisible()
    assert panel.statuses() == ["已拨付", "可以拨付", "等待条件达成"]


def test_only_winners_get_tranches(qtbot: QtBot, page: ContestsPage, contest: dict[str, str]) -> None:
    """An entry that did not win explains that tranches are for winners and offers no plan."""
    open_contest(qtbot, page, contest["contest"])
    page.detail.select_entry(contest["舞蹈"])
    panel = page.detail.tranches
    page.detail.tabs.setCurrentWidget(panel)
    assert panel.state.isVisible() and not panel.plan_button.isVisible()
    assert panel.state.text() == "只有获奖项目才分期拨付资助款；这个项目的评选结果是“参赛”。"


def test_new_entry_then_delete_and_undo(
    qtbot: QtBot, page: ContestsPage, site_db: Database, contest: dict[str, str]
) -> None:
    """An entry added on the contest page is ranked; deleting it asks first and the undo bar brings it back."""
    open_contest(qtbot, page, contest["contest"])
    dialog = page.detail.new_entry()
    assert dialog is not None
    type_text(qtbot, dialog.editors["organization_id"].focus_widget(), "邻里互助会")
    type_text(qtbot, dialog.editors["project_title"].focus_widget(), "四点半课堂")
    choose(dialog.editors["result"], "入围")
    press_enter(qtbot, dialog, "project_title")
    assert saved(dialog)
    saved_id = dialog.saved_id
    qtbot.waitUntil(lambda: "四点半课堂" in shown(page.detail.model, 2), timeout=5000)
    assert page.detail.selected_entry_id() == saved_id
    page.detail.delete_entry()
    assert page.detail.confirm_box is not None
    with qtbot.waitSignal(page.detail.loaded, timeout=5000):
        qtbot.mouseClick(page.detail.confirm_delete_button, Qt.MouseButton.LeftButton)
    assert "四点半课堂" not in shown(page.detail.model, 2)
    assert page.detail.undo_bar.message.text() == "已删除参赛项目“四点半课堂”。"
    with qtbot.waitSignal(page.detail.loaded, timeout=5000):
        page.detail.undo_bar.undo()
    assert "四点半课堂" in shown(page.detail.model, 2)


def test_search_hit_on_an_entry_opens_its_contest(qtbot: QtBot, page: ContestsPage, contest: dict[str, str]) -> None:
    """A search hit on a contest entry opens the contest's page with that entry selected."""
    with qtbot.waitSignal(page.detail.loaded, timeout=5000):
        page.show_record("contest_entries", contest["调解"])
    assert page.showing_detail()
    assert page.detail.selected_entry_id() == contest["调解"]


def test_standing_model_passes_qtmodeltester(
    qtbot: QtBot, qtmodeltester: ModelTester, page: ContestsPage, contest: dict[str, str]
) -> None:
    """Qt's model checks pass on the ranking model."""
    open_contest(qtbot, page, contest["contest"])
    qtmodeltester.check(page.detail.model)
