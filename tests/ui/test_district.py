"""The district workspace: townships side by side, approvals, cross-checks, and only on a district site."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.district.approvals import list_month_states
from incubator_desktop.core.district.criteria import DEFAULT_CRITERIA, list_criteria
from incubator_desktop.core.district.evaluation import (
    evaluate_township,
    evaluations_of_year,
    get_evaluation,
    suggest_points,
)
from incubator_desktop.core.district.overview import township_indicators, township_overview
from incubator_desktop.core.indicators import captions_for
from incubator_desktop.core.services.sites import current_site
from incubator_desktop.core.vocab import SiteKind
from incubator_desktop.ui.district.evaluation_form import EvaluationForm
from incubator_desktop.ui.district.evaluation_lines import points_text
from incubator_desktop.ui.district.page import DistrictPage
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.workspaces import DISTRICT_KEY, titles_for_role, workspace_keys

from ..district.conftest import TODAY, TOWNSHIP_A, TOWNSHIP_B, YEAR, fill_district


@pytest.fixture
def district_db(tmp_path: Path) -> Database:
    """A district database holding two townships' records, as their bundles leave them."""
    db = open_database(str(tmp_path / "district.db"))
    fill_district(db)
    yield db
    db.close()


@pytest.fixture
def page(
    qtbot: QtBot, zh_cn: None, district_db: Database, make_context: Callable[[Database], AppContext]
) -> DistrictPage:
    """The district page for 2024, loaded."""
    widget = DistrictPage(make_context(district_db), today=TODAY)
    qtbot.addWidget(widget)
    widget.year_spin.setValue(YEAR)
    widget.show()
    qtbot.waitUntil(lambda: not widget.is_busy() and widget.snapshot is not None and widget.snapshot.year == YEAR)
    return widget


def test_table_shows_both_townships_with_the_overview_counts(page: DistrictPage, district_db: Database) -> None:
    """Both townships are listed with the same red/amber/green counts as township_overview, in words."""
    with district_db.reading() as session:
        rows = township_overview(session, start=date(YEAR, 1, 1), end=date(YEAR, 12, 31), today=TODAY)
    assert page.model.column_texts(1) == [TOWNSHIP_A, TOWNSHIP_B]
    assert page.model.column_texts(0) == [row.name for row in rows]
    assert page.model.column_texts(2) == [f"{row.green} 项达标" for row in rows]
    assert page.model.column_texts(3) == [f"{row.amber} 项接近" for row in rows]
    assert page.model.column_texts(4) == [f"{row.red} 项未达标" for row in rows]


def test_approving_a_month_creates_the_approval(qtbot: QtBot, page: DistrictPage, district_db: Database) -> None:
    """Selecting a township and a month then 批准本月 approves it: list_month_states shows the month locked."""
    page.select_township(TOWNSHIP_B)
    page.month_combo.setCurrentText(f"{YEAR}-05")
    page.approver_edit.setText("李科长")
    assert page.approve_button.text() == "批准本月"
    page.approve_button.click()
    qtbot.waitUntil(lambda: not page.is_busy() and f"{YEAR}-05" in page.model.column_texts(8)[1], timeout=5000)
    with district_db.reading() as session:
        states = list_month_states(session, TOWNSHIP_B)
    assert [(state.month, state.approver, state.locked) for state in states] == [(f"{YEAR}-05", "李科长", True)]


def test_cross_check_tab_lists_the_duplicate_organization(page: DistrictPage) -> None:
    """The 交叉核查 tab lists the organization registered in both townships, in Chinese."""
    assert page.tabs.tabText(1) == "交叉核查"
    sentences = page.findings_model.column_texts(1)
    assert any("团结村舞蹈队" in text and "重复登记" in text and "统一社会信用代码" in text for text in sentences)


def test_district_workspace_only_for_a_district_site(site_db: Database, district_db: Database) -> None:
    """区县汇总 is listed first on a district site and not at all on a township site."""
    with site_db.reading() as session:
        township = current_site(session)
    with district_db.reading() as session:
        district = current_site(session)
    assert township is not None and township.role is SiteKind.TOWNSHIP
    assert district is not None and district.role is SiteKind.DISTRICT
    assert DISTRICT_KEY not in workspace_keys(township.role)
    assert DISTRICT_KEY not in titles_for_role(township.role)
    assert workspace_keys(district.role)[0] == DISTRICT_KEY
    assert next(iter(titles_for_role(district.role))) == DISTRICT_KEY


def test_township_table_model_passes_qtmodeltester(qtmodeltester: ModelTester, page: DistrictPage) -> None:
    """Qt's model checks pass on the townships table model."""
    qtmodeltester.check(page.model)


def test_double_click_opens_a_read_only_drilldown(page: DistrictPage) -> None:
    """Opening a township lists its indicators against targets in a dialog that edits nothing."""
    dialog = page.open_township(TOWNSHIP_A)
    assert dialog is not None and dialog.model.rowCount() == len(page.snapshot.rows[0].indicators)
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers


def test_main_window_of_a_district_opens_on_its_summary(
    qtbot: QtBot, district_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """A district's main window lists 区县汇总 first and navigating by key still lands on the right page."""
    from incubator_desktop.ui.main_window import MainWindow

    window = MainWindow(make_context(district_db))
    qtbot.addWidget(window)
    assert window.workspace_keys()[0] == DISTRICT_KEY
    assert isinstance(window.stack.widget(0), DistrictPage)
    window.navigate("organizations")
    assert window.current_key() == "organizations"
    assert window.navigation.currentItem().text() == window.navigation.item(window.stack.currentIndex()).text()


# --- the annual evaluation form ---------------------------------------------------------------------


def evaluation_form(qtbot: QtBot, page: DistrictPage, code: str = TOWNSHIP_A) -> EvaluationForm:
    """The page's 年度评估 tab showing township `code` for the page's year, loaded."""
    form = page.evaluation
    page.tabs.setCurrentWidget(form)
    form.choose_township(code)
    qtbot.waitUntil(
        lambda: (
            not form.is_busy() and form.sheet is not None and (form.sheet.site_code, form.sheet.year) == (code, YEAR)
        ),
        timeout=10000,
    )
    return form


def type_scores(qtbot: QtBot, form: EvaluationForm, scores: dict[str, str]) -> None:
    for code, text in scores.items():
        edit = form.line(code).editor.edit
        edit.clear()
        qtbot.keyClicks(edit, text)


def full_scores(**changes: str) -> dict[str, str]:
    return {criterion.code: str(criterion.weight) for criterion in DEFAULT_CRITERIA} | changes


def test_evaluation_form_shows_criteria_points_and_the_computed_figures(
    qtbot: QtBot, page: DistrictPage, district_db: Database
) -> None:
    """Every criterion is listed with its maximum points, the township's figures and the suggestion they give."""
    form = evaluation_form(qtbot, page)
    assert page.tabs.tabText(page.tabs.indexOf(form)) == "年度评估"
    with district_db.reading() as session:
        criteria = list_criteria(session)
        indicators = {
            i.code: i
            for i in township_indicators(
                session, TOWNSHIP_A, start=date(YEAR, 1, 1), end=date(YEAR, 12, 31), today=TODAY
            )
        }
    assert [line.code for line in form.lines] == [criterion.code for criterion in criteria]
    for line, criterion in zip(form.lines, criteria, strict=True):
        assert line.title.text() == criterion.label
        assert line.full_marks.text() == f"满分 {criterion.weight} 分"
        assert line.weight == criterion.weight
        for code in criterion.indicators:
            assert indicators[code].label in line.figures.text()
        suggested = suggest_points(criterion, indicators)
        assert line.suggestion.text() == ("—" if suggested is None else str(suggested))
    services = form.line("services").figures.text()
    assert f"{indicators['professional_activities'].value} 场" in services
    assert form.saved_label.text() == "本年度尚未评估。" and not form.has_unsaved_work()


def test_scores_outside_zero_to_the_maximum_are_refused_inline_and_nothing_is_saved(
    qtbot: QtBot, page: DistrictPage, district_db: Database
) -> None:
    """25 of 20 points, a missing score: a Chinese message under each box, and no evaluation is stored."""
    form = evaluation_form(qtbot, page)
    type_scores(qtbot, form, full_scores(incubation="25", satisfaction=""))
    assert form.line("incubation").error_text() == "应在 0 到 20 之间。"
    assert form.line("services").error_text() == ""
    form.save_button.click()
    assert form.line("satisfaction").error_text() == "此项必须填写。"
    assert form.line("incubation").error_text() == "应在 0 到 20 之间。"
    assert "2 项评分需要更正" in form.message.text()
    context_tasks_idle(qtbot, form)
    with district_db.reading() as session:
        assert get_evaluation(session, TOWNSHIP_A, YEAR) is None
    type_scores(qtbot, form, {"incubation": "18.5"})
    assert form.line("incubation").error_text() == ""


def context_tasks_idle(qtbot: QtBot, form: EvaluationForm) -> None:
    qtbot.waitUntil(lambda: not form.is_busy(), timeout=10000)


def test_saving_stores_the_evaluation_and_reopening_edits_it(
    qtbot: QtBot,
    page: DistrictPage,
    district_db: Database,
    make_context: Callable[[Database], AppContext],
) -> None:
    """Saved scores, total, grade and comment are the district's record; a new page shows them and can change them."""
    form = evaluation_form(qtbot, page)
    type_scores(qtbot, form, full_scores(incubation="12.5", satisfaction="4"))
    form.comments.edit.setPlainText("培育成效不足，明年加强备案指导。")  # keyClicks types ASCII only
    form.evaluator.edit.setText("王评估")
    assert form.total_label.text().startswith("总分 91.5 / 100 · 优秀")
    scopes: list[str] = []
    page._context.bus.data_changed.connect(scopes.append)
    form.save_button.click()
    qtbot.waitUntil(lambda: not form.is_busy() and not form.has_unsaved_work(), timeout=10000)
    assert "annual_evaluations" in scopes
    with district_db.reading() as session:
        saved = get_evaluation(session, TOWNSHIP_A, YEAR)
    assert saved is not None and saved.total == Decimal("91.5") and saved.grade == "优秀"
    assert saved.points("incubation") == Decimal("12.5") and saved.evaluator == "王评估"
    assert saved.comments == "培育成效不足，明年加强备案指导。"
    assert "91.5 分" in form.message.text()

    again = DistrictPage(make_context(district_db), today=TODAY)
    qtbot.addWidget(again)
    again.year_spin.setValue(YEAR)
    again.show()
    reopened = evaluation_form(qtbot, again)
    assert reopened.line("incubation").text() == "12.5" and reopened.line("satisfaction").text() == "4.0"
    assert reopened.comments.edit.toPlainText() == "培育成效不足，明年加强备案指导。"
    assert "王评估" in reopened.saved_label.text() and "91.5" in reopened.saved_label.text()
    type_scores(qtbot, reopened, {"satisfaction": "2"})
    reopened.save_button.click()
    qtbot.waitUntil(lambda: not reopened.is_busy() and not reopened.has_unsaved_work(), timeout=10000)
    with district_db.reading() as session:
        stored = evaluations_of_year(session, YEAR)
    assert list(stored) == [TOWNSHIP_A] and stored[TOWNSHIP_A].total == Decimal("89.5")


def test_unsaved_scores_are_kept_unless_the_clerk_discards_them(
    qtbot: QtBot, page: DistrictPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Choosing another township with typed scores asks first: Cancel keeps them, Discard shows the other one."""
    form = evaluation_form(qtbot, page)
    type_scores(qtbot, form, {"incubation": "15"})
    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    form.township_combo.setCurrentIndex(form.township_combo.findData(TOWNSHIP_B))
    assert form.township_code() == TOWNSHIP_A and form.line("incubation").text() == "15"
    answers.append(QMessageBox.StandardButton.Discard)
    form.township_combo.setCurrentIndex(form.township_combo.findData(TOWNSHIP_B))
    qtbot.waitUntil(lambda: form.sheet is not None and form.sheet.site_code == TOWNSHIP_B and not form.is_busy())
    assert form.line("incubation").text() == "" and not form.has_unsaved_work()


def test_suggestions_fill_only_empty_boxes(qtbot: QtBot, page: DistrictPage) -> None:
    """采用建议分 fills the empty boxes that have a suggestion and keeps what the evaluator typed."""
    form = evaluation_form(qtbot, page)
    type_scores(qtbot, form, {"incubation": "19"})
    form.suggest_button.click()
    assert form.line("incubation").text() == "19"
    for line in form.lines[1:]:
        assert line.text() == ("" if line.suggested is None else str(line.suggested))
    assert form.has_unsaved_work()


def test_saved_evaluation_goes_into_the_workbook_and_the_printed_summary(
    qtbot: QtBot, page: DistrictPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After saving, the form's export writes the city workbook with the scores and its print shows the total."""
    form = evaluation_form(qtbot, page)
    type_scores(qtbot, form, full_scores(incubation="10", satisfaction="3.5"))
    form.save_button.click()
    qtbot.waitUntil(lambda: not form.is_busy() and not form.has_unsaved_work(), timeout=10000)

    target = tmp_path / "city.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    form.export_button.click()
    qtbot.waitUntil(lambda: not page.is_busy() and target.exists(), timeout=20000)
    rows = list(load_workbook(target)["汇总"].iter_rows(values_only=True))
    township_row = next(row for row in rows if row[1] == TOWNSHIP_A)
    assert Decimal(str(township_row[7])) == Decimal("88.5") and township_row[8] == "良好"

    form.print_button.click()
    qtbot.waitUntil(lambda: page.preview_dialog is not None and not page.is_busy(), timeout=20000)
    dialog = page.preview_dialog
    qtbot.addWidget(dialog)
    path = Path(page.status_label.text().removeprefix("已保存到 "))
    text = "".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    assert "88.5" in text


def test_selected_township_buttons_open_its_indicators_and_its_evaluation(qtbot: QtBot, page: DistrictPage) -> None:
    """查看指标 opens the selected township's drill-down; 评估该乡镇 switches to its evaluation."""
    page.select_township(TOWNSHIP_B)
    page.indicators_button.click()
    assert page.drilldown is not None and "兰干乡孵化基地" in page.drilldown.windowTitle()
    page.evaluate_button.click()
    assert page.tabs.currentWidget() is page.evaluation
    qtbot.waitUntil(lambda: page.evaluation.sheet is not None and page.evaluation.sheet.site_code == TOWNSHIP_B)


def test_an_import_refreshes_the_form_but_never_overwrites_typed_scores(
    qtbot: QtBot, page: DistrictPage, district_db: Database
) -> None:
    """After a change behind the page (an import) the form shows what is stored, unless scores are being typed."""
    form = evaluation_form(qtbot, page)
    with district_db.transaction() as session:
        scores = {criterion.code: criterion.weight for criterion in DEFAULT_CRITERIA} | {"incubation": 7}
        evaluate_township(session, TOWNSHIP_A, YEAR, scores, "由另一台电脑录入", today=TODAY)
    page._context.bus.notify("*")
    qtbot.waitUntil(lambda: form.line("incubation").text() == "7.0" and not form.is_busy(), timeout=10000)
    assert form.comments.edit.toPlainText() == "由另一台电脑录入"

    type_scores(qtbot, form, {"incubation": "9"})
    page._context.bus.notify("*")
    qtbot.waitUntil(lambda: not form.is_busy(), timeout=10000)
    assert form.line("incubation").text() == "9" and form.has_unsaved_work()


def test_a_save_that_ends_after_the_clerk_moved_on_leaves_the_other_townships_form_alone(
    qtbot: QtBot, page: DistrictPage, district_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Discarding and choosing another township while a save runs: the save lands on its own township, and the
    form now on screen keeps its own (unsaved) state instead of showing the other township's evaluation."""
    import threading

    from incubator_desktop.ui.district import evaluation_form as module

    form = evaluation_form(qtbot, page)
    release = threading.Event()
    real_save = module.save_evaluation

    def slow_save(*args: object, **kwargs: object) -> object:
        release.wait(10)
        return real_save(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "save_evaluation", slow_save)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)
    type_scores(qtbot, form, full_scores(incubation="10"))
    form.save_button.click()
    form.township_combo.setCurrentIndex(form.township_combo.findData(TOWNSHIP_B))
    qtbot.waitUntil(lambda: form.sheet is not None and form.sheet.site_code == TOWNSHIP_B, timeout=10000)
    release.set()
    qtbot.waitUntil(lambda: not form.is_busy(), timeout=10000)
    with district_db.reading() as session:
        saved = get_evaluation(session, TOWNSHIP_A, YEAR)
        assert get_evaluation(session, TOWNSHIP_B, YEAR) is None
    assert saved is not None
    assert form.sheet is not None and form.sheet.site_code == TOWNSHIP_B and form.sheet.saved is None
    assert form.saved_label.text() == "本年度尚未评估。"
    assert f"{points_text(saved.total)} 分" in form.message.text() and "托克扎克镇" in form.message.text()


@pytest.mark.parametrize("lang", ["en_US", "ug_CN"])
def test_the_form_names_the_figures_in_the_screens_language(
    qtbot: QtBot, lang: str, district_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """On an English or Uyghur screen the figures behind each criterion carry that language's indicator names."""
    locale = QLocale()
    QLocale.setDefault(QLocale(lang))
    try:
        page = DistrictPage(make_context(district_db), today=TODAY)
        qtbot.addWidget(page)
        page.year_spin.setValue(YEAR)
        page.show()
        form = evaluation_form(qtbot, page)
    finally:
        QLocale.setDefault(locale)
    captions, chinese = captions_for(lang), captions_for("zh_CN")
    services = form.line("services").figures.text()
    assert captions["professional_activities"].label in services
    assert chinese["professional_activities"].label not in services


def test_the_form_reads_nothing_until_its_tab_is_shown_nor_while_it_is_hidden(
    qtbot: QtBot, page: DistrictPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The district page opens without computing a township's year for the evaluation tab; a sync change while
    the tab is hidden waits for the tab to be shown, and is read then."""
    from incubator_desktop.ui.district import evaluation_form as module

    reads: list[str] = []
    real_load = module.load_evaluation_sheet

    def counted_load(db: Database, code: str, year: int, **kwargs: object) -> object:
        reads.append(code)
        return real_load(db, code, year, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "load_evaluation_sheet", counted_load)
    form = page.evaluation
    page._context.bus.notify("sync")
    qtbot.wait(100)
    assert not form.is_busy() and form.sheet is None and form.township_combo.count() == 0 and reads == []

    evaluation_form(qtbot, page)
    assert reads == [TOWNSHIP_A]
    page.tabs.setCurrentIndex(0)
    page._context.bus.notify("sync")
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    assert reads == [TOWNSHIP_A]
    page.tabs.setCurrentWidget(form)
    qtbot.waitUntil(lambda: len(reads) == 2 and not form.is_busy(), timeout=10000)
    assert reads == [TOWNSHIP_A, TOWNSHIP_A] and form.sheet is not None and form.sheet.site_code == TOWNSHIP_A
