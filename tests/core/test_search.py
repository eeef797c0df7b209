"""Search: Chinese substrings of 3+ characters through the trigram index, shorter ones by scanning."""

from __future__ import annotations

from datetime import date

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services import records
from incubator_desktop.core.services.search import search_records


def seed(db: Database) -> dict[str, str]:
    with db.transaction() as session:
        org = records.create_record(
            session,
            m.Organization,
            {
                "name": "团结村夕阳红舞蹈队",
                "category": "文体活动类",
                "stage": "培育中",
            },
        )
        activity = records.create_record(
            session,
            m.Activity,
            {
                "title": "重阳节敬老文艺汇演",
                "held_on": date(2026, 10, 11),
                "kind": "社区活动",
                "organization_id": org.id,
                "description": "为辖区高龄老人表演节目",
            },
        )
        records.create_record(
            session,
            m.ServiceFile,
            {
                "kind": "婚姻家庭辅导",
                "opened_on": date(2026, 5, 1),
                "subject_name": "夕阳红阿依古丽",
            },
        )
        return {"org": org.id, "activity": activity.id}


def test_trigram_search_finds_chinese_substrings(township: Database) -> None:
    """A 3+ character fragment from the middle of a name or a description finds the record."""
    ids = seed(township)
    with township.reading() as session:
        assert [hit.id for hit in search_records(session, "夕阳红舞")] == [ids["org"]]
        assert [hit.id for hit in search_records(session, "高龄老人")] == [ids["activity"]]
        hit = search_records(session, "敬老文艺")[0]
        assert (hit.kind, hit.title) == ("activities", "重阳节敬老文艺汇演")


def test_short_queries_fall_back_to_scanning(township: Database) -> None:
    """One- and two-character queries, which the trigram index cannot answer, still find records."""
    ids = seed(township)
    with township.reading() as session:
        assert {hit.id for hit in search_records(session, "舞蹈")} == {ids["org"]}
        assert ids["activity"] in {hit.id for hit in search_records(session, "敬")}


def test_sensitive_service_files_are_not_searchable(township: Database) -> None:
    """Counselling files never show up in search, whatever is typed."""
    seed(township)
    with township.reading() as session:
        kinds = {hit.kind for hit in search_records(session, "阿依古丽")} | {
            hit.kind for hit in search_records(session, "夕阳")
        }
    assert "service_files" not in kinds


def test_index_follows_edits_and_deletions(township: Database) -> None:
    """Renaming re-indexes the record; deleting removes it from results, restoring brings it back."""
    ids = seed(township)
    with township.transaction() as session:
        records.update_record(session, m.Organization, ids["org"], {"name": "团结村红石榴舞蹈队"})
    with township.reading() as session:
        assert search_records(session, "夕阳红舞") == []
        assert [hit.id for hit in search_records(session, "红石榴")] == [ids["org"]]
    with township.transaction() as session:
        records.delete_record(session, m.Organization, ids["org"])
    with township.reading() as session:
        assert search_records(session, "红石榴") == []
        assert search_records(session, "石榴") == []
    with township.transaction() as session:
        records.restore_record(session, m.Organization, ids["org"])
    with township.reading() as session:
        assert [hit.id for hit in search_records(session, "红石榴")] == [ids["org"]]


def test_query_syntax_is_taken_literally(township: Database) -> None:
    """Quotes, operators and wildcards in the query are text to find, never FTS syntax errors."""
    seed(township)
    with township.reading() as session:
        for query in ['"舞蹈', "NOT AND", "舞蹈*", "%_%", "a OR b"]:
            assert isinstance(search_records(session, query), list)
