"""Full-text search over names, titles and descriptions (SQLite FTS5 trigram, kept current by triggers).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# What each searchable table contributes. Frozen here: a later change to the index is a new migration.
# Service files are left out on purpose: names in them are sensitive.
SEARCHABLE: dict[str, tuple[str, ...]] = {
    "organizations": ("name", "leader_name", "filing_number", "credit_code", "address", "description"),
    "communities": ("name",),
    "people": ("name",),
    "trainings": ("title", "topic", "trainer", "location", "description"),
    "activities": ("title", "location", "description"),
    "case_studies": ("title", "author", "background", "process", "results"),
    "resource_links": ("donor", "description", "recipient", "purpose"),
    "venture_contests": ("name", "description"),
    "contest_entries": ("project_title", "summary"),
    "funded_projects": ("name", "contractor"),
    "notices": ("title",),
}


def _body(columns: tuple[str, ...]) -> str:
    return " || ' ' || ".join(f"coalesce(new.{column}, '')" for column in columns)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # other databases search the base tables directly
    op.execute(
        "CREATE TABLE search_docs (rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL UNIQUE)"
    )
    op.execute("CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize='trigram')")
    forget = (
        "DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_docs WHERE record_id = old.id);"
        " DELETE FROM search_docs WHERE record_id = old.id;"
    )
    for table, columns in SEARCHABLE.items():
        body = _body(columns)
        remember = (
            f"INSERT INTO search_docs (kind, record_id) SELECT '{table}', new.id WHERE new.deleted = 0;"
            f" INSERT INTO search_index (rowid, body) SELECT last_insert_rowid(), {body} WHERE new.deleted = 0;"
        )
        op.execute(f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN {remember} END")
        op.execute(f"CREATE TRIGGER search_{table}_au AFTER UPDATE ON {table} BEGIN {forget} {remember} END")
        op.execute(f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN {forget} END")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in SEARCHABLE:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute("DROP TABLE IF EXISTS search_docs")
