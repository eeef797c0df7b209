"""The organizations workspace: the lazy table model and the page's filters, sorting and empty state."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.services.sites import init_site
from incubator_desktop.core.vocab import SiteKind
from incubator_desktop.ui.organizations.model import BATCH_SIZE, COLUMNS, OrganizationTableModel
from incubator_desktop.ui.organizations.page import OrganizationsPage
from incubator_desktop.ui.widgets.context import AppContext

from .factories import SITE_CODE, SITE_NAME, add_organizations


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A township with 1000 organizations (made once for this module; tests only read it)."""
    db = open_database(str(tmp_path_factory.mktemp("big") / "t.db"))
    with db.transaction() as session:
        init_site(session, role=SiteKind.TOWNSHIP, code=SITE_CODE, name=SITE_NAME)
    add_organizations(db, [f"组织{number:04d}" for number in range(1000)])
    yield db
    db.close()


@pytest.fixture
def mixed_db(site_db: Database) -> Database:
    add_organizations(site_db, ["阳光志愿服务队", "夕阳红舞蹈队"], category="公益慈善类", stage="培育中")
    add_organizations(site_db, ["邻里互助会"], category="生活服务类", stage="已备案")
    add_organizations(site_db, ["红旗村舞蹈队"], category="文体活动类", stage="培育中")
    return site_db


def names(model: OrganizationTableModel) -> list[str]:
    return [model.row_at(row).name for row in range(model.rowCount())]


def test_model_lists_organizations_with_columns(mixed_db: Database) -> None:
    """The model shows every live organization with the eight agreed columns."""
    model = OrganizationTableModel(mixed_db)
    assert model.columnCount() == len(COLUMNS) == 8
    assert sorted(names(model)) == sorted(["阳光志愿服务队", "夕阳红舞蹈队", "邻里互助会", "红旗村舞蹈队"])
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(8)]
    assert headers[0] == "Name" and headers[-1] == "Members"


def test_model_headers_are_chinese_with_translator(zh_cn: None, mixed_db: Database) -> None:
    """With zh_CN installed the headers are the Chinese column names."""
    model = OrganizationTableModel(mixed_db)
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(8)]
    assert headers == ["名称", "类别", "所在村（社区）", "阶段", "负责人", "联系电话", "成立日期", "成员人数"]
    assert model.data(model.index(0, COLUMNS.index("category"))) in {"公益慈善类", "生活服务类", "文体活动类"}


def test_model_filters_narrow_the_rows(mixed_db: Database) -> None:
    """Category, stage and text filters each narrow the list, and together they combine."""
    model = OrganizationTableModel(mixed_db)
    model.set_filter(category="公益慈善类")
    assert sorted(names(model)) == ["夕阳红舞蹈队", "阳光志愿服务队"]
    model.set_filter(stage="已备案")
    assert names(model) == ["邻里互助会"]
    model.set_filter(text="舞蹈")
    assert sorted(names(model)) == ["夕阳红舞蹈队", "红旗村舞蹈队"]
    model.set_filter(category="文体活动类", text="舞蹈")
    assert names(model) == ["红旗村舞蹈队"]
    model.set_filter()
    assert model.rowCount() == 4


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester, mixed_db: Database) -> None:
    """Qt's model checks pass on the organizations model, including across a filter reset."""
    model = OrganizationTableModel(mixed_db, batch_size=2)
    qtmodeltester.check(model)
    model.set_filter(text="舞蹈")
    qtmodeltester.check(model)


def test_lazy_model_loads_one_batch_then_more(big_db: Database) -> None:
    """With 1000 organizations only the first 200 are loaded until fetchMore asks for the next batch."""
    model = OrganizationTableModel(big_db)
    assert model.rowCount() == BATCH_SIZE == 200
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1000
    assert names(model)[:2] == ["组织0000", "组织0001"]


def test_model_finds_a_row_beyond_the_first_batch(big_db: Database) -> None:
    """Looking up an organization pages in batches until it is found."""
    model = OrganizationTableModel(big_db)
    last_id = next(iter(_all_ids(big_db)[-1:]))
    row = model.find(last_id)
    assert row is not None and model.row_at(row).id == last_id


def _all_ids(db: Database) -> list[str]:
    model = OrganizationTableModel(db, batch_size=5000)
    return [model.row_at(row).id for row in range(model.rowCount())]


def test_page_filters_and_empty_states(
    qtbot: QtBot, zh_cn: None, mixed_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """The page's combos and search box narrow the table; no match shows a calm message instead."""
    page = OrganizationsPage(make_context(mixed_db))
    qtbot.addWidget(page)
    assert page.category_combo.itemText(0) == "全部类别"
    page.category_combo.setCurrentIndex(page.category_combo.findData("生活服务类"))
    assert names(page.model) == ["邻里互助会"]
    page.category_combo.setCurrentIndex(0)
    page.stage_combo.setCurrentIndex(page.stage_combo.findData("培育中"))
    page.search_edit.setText("红旗")
    qtbot.waitUntil(lambda: names(page.model) == ["红旗村舞蹈队"])
    page.search_edit.setText("不存在的组织")
    page.apply_filters()
    assert page.model.rowCount() == 0
    assert not page.empty_label.isHidden() and page.empty_label.text() == "没有符合筛选条件的社会组织。"


def test_page_without_organizations_says_so(
    qtbot: QtBot, zh_cn: None, site_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """An empty database shows the "no organizations yet" message, not an empty grid."""
    page = OrganizationsPage(make_context(site_db))
    qtbot.addWidget(page)
    assert "还没有录入社会组织" in page.empty_label.text()


def test_clicking_a_header_sorts(
    qtbot: QtBot, mixed_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """Clicking the stage header re-orders the loaded rows by stage (the service orders by name)."""
    page = OrganizationsPage(make_context(mixed_db))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    column = COLUMNS.index("stage")

    def stages() -> list[str]:
        return [page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())]

    assert stages() == ["Incubating", "Incubating", "Filed", "Incubating"]
    header = page.table.horizontalHeader()
    section_center = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(section_center, 5))
    assert stages() in (["Filed"] + ["Incubating"] * 3, ["Incubating"] * 3 + ["Filed"])


def test_change_bus_reloads_the_page(
    qtbot: QtBot, mixed_db: Database, make_context: Callable[[Database], AppContext]
) -> None:
    """After a write elsewhere, a data_changed("organizations") notice makes the list show the new row."""
    context = make_context(mixed_db)
    page = OrganizationsPage(context)
    qtbot.addWidget(page)
    add_organizations(mixed_db, ["新来的读书会"])
    assert "新来的读书会" not in names(page.model)
    context.bus.notify("organizations")
    assert "新来的读书会" in names(page.model)
