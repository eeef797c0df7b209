"""The district's decisions: month approvals, re-open requests and grants, evaluation criteria and evaluations.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SITE = sa.String(length=12)
MONTH = sa.String(length=7)


def _synced_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    """The columns every synced record carries (models.base.SyncedRecord)."""
    return [
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", SITE, nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def _indexes(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in ("hlc", "origin_site", *columns):
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "month_approvals",
        sa.Column("site_code", SITE, nullable=False),
        sa.Column("month", MONTH, nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=False),
        sa.Column("approver", sa.String(length=50), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_month_approvals")),
    )
    _indexes("month_approvals", "site_code")

    op.create_table(
        "reopen_requests",
        sa.Column("month", MONTH, nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("requested_by", sa.String(length=50), nullable=True),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reopen_requests")),
    )
    _indexes("reopen_requests")

    op.create_table(
        "reopen_grants",
        sa.Column("site_code", SITE, nullable=False),
        sa.Column("month", MONTH, nullable=False),
        sa.Column("request_id", sa.String(length=32), nullable=True),
        sa.Column("decision", sa.String(length=8), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("decided_by", sa.String(length=50), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=True),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["request_id"], ["reopen_requests.id"], name=op.f("fk_reopen_grants_request_id_reopen_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reopen_grants")),
    )
    _indexes("reopen_grants", "request_id", "site_code")

    op.create_table(
        "evaluation_criteria",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("basis", sa.Text(), nullable=True),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_criteria")),
    )
    _indexes("evaluation_criteria")

    op.create_table(
        "annual_evaluations",
        sa.Column("site_code", SITE, nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("total", sa.Numeric(precision=5, scale=1), nullable=False),
        sa.Column("grade", sa.String(length=8), nullable=False),
        sa.Column("comments", sa.Text(), nullable=True),
        sa.Column("evaluated_on", sa.Date(), nullable=False),
        sa.Column("evaluator", sa.String(length=50), nullable=True),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annual_evaluations")),
    )
    _indexes("annual_evaluations", "site_code")


def downgrade() -> None:
    for table, extra in (
        ("annual_evaluations", ("site_code",)),
        ("evaluation_criteria", ()),
        ("reopen_grants", ("request_id", "site_code")),
        ("reopen_requests", ()),
        ("month_approvals", ("site_code",)),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in ("hlc", "origin_site", *extra):
                batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
        op.drop_table(table)
