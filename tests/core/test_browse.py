"""Generic record listing: filters, text search, database sorting, paging, locating, labels and masking."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.browse import (
    BrowseQuery,
    SortOrder,
    _conditions,
    _ordered,
    count_children,
    count_rows,
    fetch_rows,
    list_deleted_rows,
    locate_row,
    reference_choices,
)
from incubator_desktop.core.services.records import create_record, delete_record

SEARCH = ("title", "location")


@pytest.fixture
def filled(township: Database) -> Database:
    """Two organizations and six activities, one with no location, two on the same day."""
    with township.transaction() as session:
        sun = create_record(
            session, m.Organization, {"name": "阳光志愿服务队", "category": "公益慈善类", "stage": "培育中"}
        )
        red = create_record(
            session, m.Organization, {"name": "夕阳红舞蹈队", "category": "文体活动类", "stage": "已备案"}
        )
        rows = [
            ("敬老院探访", date(2024, 3, 5), "社区活动", sun.id, "敬老院"),
            ("广场舞展演", date(2024, 3, 5), "社区活动", red.id, "文化广场"),
            ("垃圾分类宣传", date(2024, 4, 1), "社区活动", sun.id, None),
            ("亲子阅读小组", date(2024, 4, 20), "小组", None, "图书室"),
            ("独居老人个案", date(2024, 2, 10), "个案", sun.id, "红旗村"),
            ("舞蹈培训小组", date(2024, 5, 2), "小组", red.id, "文化广场"),
        ]
        for title, held_on, kind, org, location in rows:
            values = {"title": title, "held_on": held_on, "kind": kind, "organization_id": org, "location": location}
            create_record(session, m.Activity, values, today=date(2024, 6, 1))
    return township


def titles(rows: list) -> list[str]:
    return [row.values["title"] for row in rows]


def test_filters_combine_and_count_matches(filled: Database) -> None:
    """Equality filters, a date range and text narrow the list, and the count agrees with the rows."""
    with filled.reading() as session:
        query = BrowseQuery(equals={"kind": "小组"})
        assert sorted(titles(fetch_rows(session, m.Activity, query))) == ["亲子阅读小组", "舞蹈培训小组"]
        march = BrowseQuery(between=("held_on", date(2024, 3, 1), date(2024, 3, 31)))
        assert count_rows(session, m.Activity, march) == 2
        text = BrowseQuery(text="广场")
        assert count_rows(session, m.Activity, text, search_fields=SEARCH) == 2
        assert count_rows(session, m.Activity, text) == 0  # no search fields: text matches nothing
        both = BrowseQuery(equals={"kind": "小组"}, text="广场")
        assert titles(fetch_rows(session, m.Activity, both, search_fields=SEARCH)) == ["舞蹈培训小组"]


def test_text_search_looks_through_references(filled: Database) -> None:
    """A foreign key among the search fields matches on the name of the record it points at."""
    with filled.reading() as session:
        query = BrowseQuery(text="舞蹈队")
        rows = fetch_rows(session, m.Activity, query, search_fields=("title", "organization_id"))
        assert sorted(titles(rows)) == ["广场舞展演", "舞蹈培训小组"]


def test_text_search_treats_wildcards_as_text(filled: Database) -> None:
    """A % typed into the search box is a character, not a LIKE wildcard."""
    with filled.reading() as session:
        assert count_rows(session, m.Activity, BrowseQuery(text="%"), search_fields=SEARCH) == 0


def test_sorting_happens_in_the_database_with_nulls_last(filled: Database) -> None:
    """Sorting by a column orders every page; NULLs come last in either direction, ties by id."""
    with filled.reading() as session:
        order = SortOrder("location")
        rows = fetch_rows(session, m.Activity, BrowseQuery(), order=order)
        assert rows[-1].values["location"] is None
        down = fetch_rows(session, m.Activity, BrowseQuery(), order=SortOrder("location", descending=True))
        assert down[-1].values["location"] is None
        newest = fetch_rows(session, m.Activity, BrowseQuery(), order=SortOrder("held_on", descending=True), limit=2)
        assert titles(newest) == ["舞蹈培训小组", "亲子阅读小组"]
        page_two = fetch_rows(session, m.Activity, BrowseQuery(), order=SortOrder("held_on"), offset=2, limit=2)
        assert [row.values["held_on"] for row in page_two] == [date(2024, 3, 5), date(2024, 4, 1)]


@pytest.mark.parametrize("descending", [False, True])
def test_ties_follow_the_sort_direction(filled: Database, descending: bool) -> None:
    """Rows with the same sort value are ordered by id in the sort's own direction, so one index serves the order."""
    with filled.reading() as session:
        rows = fetch_rows(session, m.Activity, BrowseQuery(), order=SortOrder("held_on", descending=descending))
        same_day = [row.id for row in rows if row.values["held_on"] == date(2024, 3, 5)]
        assert len(same_day) == 2
        assert same_day == sorted(same_day, reverse=descending)


def test_live_activity_list_is_read_from_its_partial_index(filled: Database) -> None:
    """On SQLite the list's count and date-ordered page need no sort: the live (held_on, id) index serves both."""
    if filled.engine.dialect.name != "sqlite":
        pytest.skip("query plans are SQLite's")
    with filled.reading() as session:
        page = _ordered(
            m.Activity,
            select(m.Activity.id).where(*_conditions(m.Activity, BrowseQuery(), ())),
            SortOrder("held_on", descending=True),
        ).limit(30)
        count = select(func.count()).select_from(m.Activity).where(*_conditions(m.Activity, BrowseQuery(), ()))
        for statement, index in ((page, "ix_activities_live_held_on"), (count, "ix_activities_live_")):
            sql = str(statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
            plan = " ".join(str(row[-1]) for row in session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
            assert "TEMP B-TREE" not in plan, plan
            assert index in plan, plan


@pytest.mark.parametrize(
    "order",
    [None, SortOrder("held_on"), SortOrder("held_on", True), SortOrder("location"), SortOrder("location", True)],
)
def test_pages_from_the_far_end_match_pages_from_the_start(filled: Database, order: SortOrder | None) -> None:
    """Knowing the total, late pages are read backwards; they hold exactly the rows a forward read gives."""
    with filled.reading() as session:
        forward = [row.id for row in fetch_rows(session, m.Activity, BrowseQuery(), order=order)]
        for offset in range(6):
            for limit in (1, 2, 4):
                page = fetch_rows(session, m.Activity, BrowseQuery(), order=order, offset=offset, limit=limit, total=6)
                assert [row.id for row in page] == forward[offset : offset + limit], (offset, limit)


@pytest.mark.parametrize(
    "order",
    [None, SortOrder("held_on"), SortOrder("held_on", True), SortOrder("location"), SortOrder("location", True)],
)
def test_locate_agrees_with_the_listing(filled: Database, order: SortOrder | None) -> None:
    """locate_row gives each record's index in the full listing, for every order, including NULLs and ties."""
    with filled.reading() as session:
        rows = fetch_rows(session, m.Activity, BrowseQuery(), order=order)
        for index, row in enumerate(rows):
            assert locate_row(session, m.Activity, BrowseQuery(), row.id, order=order) == index
        filtered = BrowseQuery(equals={"kind": "个案"})
        assert locate_row(session, m.Activity, filtered, rows[0].id, order=order) in (None, 0)


def test_references_are_named_and_sensitive_columns_masked(township: Database) -> None:
    """A row carries its organization's name, and ID number and phone come back masked by default."""
    with township.transaction() as session:
        org = create_record(
            session, m.Organization, {"name": "邻里互助会", "category": "生活服务类", "stage": "培育中"}
        )
        create_record(
            session,
            m.Person,
            {"name": "张三", "organization_id": org.id, "id_number": "11010519491231002X", "phone": "13912345678"},
        )
    with township.reading() as session:
        (row,) = fetch_rows(session, m.Person, BrowseQuery())
        assert row.labels["organization_id"] == "邻里互助会"
        assert row.values["id_number"] == "1101************2X"
        assert row.values["phone"] == "139****5678"
        (raw,) = fetch_rows(session, m.Person, BrowseQuery(), mask=False)
        assert raw.values["phone"] == "13912345678"


def test_choices_children_and_deleted(filled: Database) -> None:
    """Combo choices are sorted by name, children are counted per parent, deleted rows are listed apart."""
    with filled.transaction() as session:
        choices = reference_choices(session, "organizations")
        assert [choice.label for choice in choices] == sorted(["阳光志愿服务队", "夕阳红舞蹈队"])
        sun = next(choice.id for choice in choices if choice.label == "阳光志愿服务队")
        counts = count_children(session, m.Activity, "organization_id", [choice.id for choice in choices])
        assert counts[sun] == 3 and sum(counts.values()) == 5
        delete_record(session, m.Organization, sun)
    with filled.reading() as session:
        assert [choice.label for choice in reference_choices(session, "organizations")] == ["夕阳红舞蹈队"]
        assert [row.title for row in list_deleted_rows(session, m.Organization)] == ["阳光志愿服务队"]
        activity = fetch_rows(session, m.Activity, BrowseQuery(text="敬老院"), search_fields=SEARCH)[0]
        assert activity.labels["organization_id"] == "阳光志愿服务队"  # a deleted parent still has a name


def test_unknown_columns_are_refused(filled: Database) -> None:
    """Filtering or sorting by a column the record does not have is a programming error, said plainly."""
    with filled.reading() as session, pytest.raises(ValueError, match="no column"):
        fetch_rows(session, m.Activity, BrowseQuery(), order=SortOrder("nonsense"))


def test_recently_deleted_service_files_show_masked_names(township: Database) -> None:
    """A deleted counselling file appears in "recently deleted" under a masked name only."""
    from datetime import date

    from incubator_desktop.core import models as m
    from incubator_desktop.core.services import records
    from incubator_desktop.core.services.browse import list_deleted_rows

    with township.transaction() as session:
        record = records.create_record(
            session, m.ServiceFile, {"kind": "婚姻家庭辅导", "opened_on": date(2026, 5, 1), "subject_name": "阿依古丽"}
        )
        records.delete_record(session, m.ServiceFile, record.id)
        titles = [row.title for row in list_deleted_rows(session, m.ServiceFile)]
    assert titles == ["阿**丽"]
