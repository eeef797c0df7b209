"""Records of every kind the policy documents describe, with the columns sync needs.

Revision ID: 0001
Revises: -
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "attachments",
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=32), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("caption", sa.String(length=500), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_origin_site"), ["origin_site"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_record_id"), ["record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_sha256"), ["sha256"], unique=False)

    op.create_table(
        "audit_entries",
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
    )
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entries_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entries_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entries_origin_site"), ["origin_site"], unique=False)

    op.create_table(
        "communities",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("is_village", sa.Boolean(), nullable=False),
        sa.Column("households", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_communities")),
    )
    with op.batch_alter_table("communities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_communities_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_communities_origin_site"), ["origin_site"], unique=False)

    op.create_table(
        "funded_projects",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("contractor", sa.String(length=200), nullable=False),
        sa.Column("funder", sa.String(length=200), nullable=True),
        sa.Column("total_fen", sa.BigInteger(), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funded_projects")),
    )
    with op.batch_alter_table("funded_projects", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_funded_projects_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_funded_projects_origin_site"), ["origin_site"], unique=False)

    op.create_table(
        "local_site",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_code", sa.String(length=12), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("last_hlc", sa.String(length=24), nullable=False),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_local_site")),
    )
    op.create_table(
        "notices",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("period_days", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("issuing_unit", sa.String(length=200), nullable=False),
        sa.Column("objections", sa.Text(), nullable=True),
        sa.Column("content_sha256", sa.String(length=64), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notices")),
    )
    with op.batch_alter_table("notices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notices_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_notices_origin_site"), ["origin_site"], unique=False)

    op.create_table(
        "sites",
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("parent_code", sa.String(length=12), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("contact", sa.String(length=50), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sites")),
        sa.UniqueConstraint("code", name=op.f("uq_sites_code")),
    )
    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sites_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_sites_origin_site"), ["origin_site"], unique=False)

    op.create_table(
        "target_sets",
        sa.Column("site_code", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_sets")),
    )
    with op.batch_alter_table("target_sets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_target_sets_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_target_sets_origin_site"), ["origin_site"], unique=False)
        batch_op.create_index(batch_op.f("ix_target_sets_site_code"), ["site_code"], unique=False)

    op.create_table(
        "trainings",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("topic", sa.String(length=8), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("trainer", sa.String(length=100), nullable=True),
        sa.Column("hours", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainings")),
    )
    with op.batch_alter_table("trainings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trainings_held_on"), ["held_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_trainings_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_trainings_origin_site"), ["origin_site"], unique=False)

    op.create_table(
        "venture_contests",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("expert_weight", sa.Integer(), nullable=False),
        sa.Column("pledge_weight", sa.Integer(), nullable=False),
        sa.Column("vote_weight", sa.Integer(), nullable=False),
        sa.Column("min_beneficiaries", sa.Integer(), nullable=False),
        sa.Column("max_wins_per_org", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_venture_contests")),
    )
    with op.batch_alter_table("venture_contests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_venture_contests_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_venture_contests_origin_site"), ["origin_site"], unique=False)

    op.create_table(
        "budget_lines",
        sa.Column("project_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("planned_fen", sa.BigInteger(), nullable=False),
        sa.Column("cap_fen", sa.BigInteger(), nullable=True),
        sa.Column("floor_fen", sa.BigInteger(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["project_id"], ["funded_projects.id"], name=op.f("fk_budget_lines_project_id_funded_projects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_lines")),
    )
    with op.batch_alter_table("budget_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_budget_lines_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_budget_lines_origin_site"), ["origin_site"], unique=False)
        batch_op.create_index(batch_op.f("ix_budget_lines_project_id"), ["project_id"], unique=False)

    op.create_table(
        "organizations",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("service_areas", sa.JSON(), nullable=False),
        sa.Column("community_id", sa.String(length=32), nullable=True),
        sa.Column("stage", sa.String(length=8), nullable=False),
        sa.Column("founded_on", sa.Date(), nullable=True),
        sa.Column("entered_on", sa.Date(), nullable=True),
        sa.Column("members", sa.Integer(), nullable=True),
        sa.Column("leader_name", sa.String(length=50), nullable=True),
        sa.Column("leader_phone", sa.String(length=30), nullable=True),
        sa.Column("leader_id_number", sa.String(length=18), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("filed_on", sa.Date(), nullable=True),
        sa.Column("filing_number", sa.String(length=50), nullable=True),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("credit_code", sa.String(length=18), nullable=True),
        sa.Column("graduated_on", sa.Date(), nullable=True),
        sa.Column("exited_on", sa.Date(), nullable=True),
        sa.Column("rating", sa.String(length=4), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["community_id"], ["communities.id"], name=op.f("fk_organizations_community_id_communities")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organizations")),
    )
    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organizations_community_id"), ["community_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_organizations_credit_code"), ["credit_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_organizations_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_organizations_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_organizations_origin_site"), ["origin_site"], unique=False)
        batch_op.create_index("ix_organizations_site_stage", ["origin_site", "stage"], unique=False)

    op.create_table(
        "progress_reports",
        sa.Column("project_id", sa.String(length=32), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("issues", sa.Text(), nullable=True),
        sa.Column("next_plan", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["funded_projects.id"],
            name=op.f("fk_progress_reports_project_id_funded_projects"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_reports")),
    )
    with op.batch_alter_table("progress_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_progress_reports_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_progress_reports_origin_site"), ["origin_site"], unique=False)
        batch_op.create_index(batch_op.f("ix_progress_reports_project_id"), ["project_id"], unique=False)

    op.create_table(
        "service_files",
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("subject_name", sa.String(length=100), nullable=False),
        sa.Column("community_id", sa.String(length=32), nullable=True),
        sa.Column("counsellor", sa.String(length=50), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["community_id"], ["communities.id"], name=op.f("fk_service_files_community_id_communities")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_files")),
    )
    with op.batch_alter_table("service_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_service_files_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_service_files_opened_on"), ["opened_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_service_files_origin_site"), ["origin_site"], unique=False)

    op.create_table(
        "target_values",
        sa.Column("target_set_id", sa.String(length=32), nullable=False),
        sa.Column("indicator", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["target_set_id"], ["target_sets.id"], name=op.f("fk_target_values_target_set_id_target_sets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_values")),
    )
    with op.batch_alter_table("target_values", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_target_values_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_target_values_origin_site"), ["origin_site"], unique=False)
        batch_op.create_index(batch_op.f("ix_target_values_target_set_id"), ["target_set_id"], unique=False)

    op.create_table(
        "activities",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("service_area", sa.String(length=8), nullable=True),
        sa.Column("organization_id", sa.String(length=32), nullable=True),
        sa.Column("community_id", sa.String(length=32), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("beneficiaries", sa.Integer(), nullable=False),
        sa.Column("volunteers", sa.Integer(), nullable=False),
        sa.Column("volunteer_hours", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["community_id"], ["communities.id"], name=op.f("fk_activities_community_id_communities")
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_activities_organization_id_organizations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activities_community_id"), ["community_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activities_held_on"), ["held_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_activities_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_activities_organization_id"), ["organization_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activities_origin_site"), ["origin_site"], unique=False)
        batch_op.create_index("ix_activities_site_held_on", ["origin_site", "held_on"], unique=False)

    op.create_table(
        "case_studies",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("organization_id", sa.String(length=32), nullable=True),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("author", sa.String(length=50), nullable=True),
        sa.Column("background", sa.Text(), nullable=False),
        sa.Column("process", sa.Text(), nullable=False),
        sa.Column("results", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_case_studies_organization_id_organizations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_studies")),
    )
    with op.batch_alter_table("case_studies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_studies_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_studies_organization_id"), ["organization_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_studies_origin_site"), ["origin_site"], unique=False)

    op.create_table(
        "contest_entries",
        sa.Column("contest_id", sa.String(length=32), nullable=False),
        sa.Column("organization_id", sa.String(length=32), nullable=False),
        sa.Column("project_title", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("direct_beneficiaries", sa.Integer(), nullable=False),
        sa.Column("requested_fen", sa.BigInteger(), nullable=False),
        sa.Column("pledged_fen", sa.BigInteger(), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("result", sa.String(length=8), nullable=False),
        sa.Column("grant_fen", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["contest_id"],
            ["venture_contests.id"],
            name=op.f("fk_contest_entries_contest_id_venture_contests"),
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_contest_entries_organization_id_organizations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contest_entries")),
    )
    with op.batch_alter_table("contest_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contest_entries_contest_id"), ["contest_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contest_entries_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_contest_entries_organization_id"), ["organization_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contest_entries_origin_site"), ["origin_site"], unique=False)

    op.create_table(
        "incubation_plans",
        sa.Column("organization_id", sa.String(length=32), nullable=False),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("support", sa.JSON(), nullable=False),
        sa.Column("mentor", sa.String(length=50), nullable=True),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_incubation_plans_organization_id_organizations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incubation_plans")),
    )
    with op.batch_alter_table("incubation_plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incubation_plans_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_incubation_plans_organization_id"), ["organization_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_incubation_plans_origin_site"), ["origin_site"], unique=False)

    op.create_table(
        "people",
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("gender", sa.String(length=2), nullable=True),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("organization_id", sa.String(length=32), nullable=True),
        sa.Column("community_id", sa.String(length=32), nullable=True),
        sa.Column("id_number", sa.String(length=18), nullable=True),
        sa.Column("phone", sa.String(length=30), nullable=True),
        sa.Column("certificate_level", sa.String(length=16), nullable=True),
        sa.Column("practice_years", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(["community_id"], ["communities.id"], name=op.f("fk_people_community_id_communities")),
        sa.ForeignKeyConstraint(
            ["organization_id"], ["organizations.id"], name=op.f("fk_people_organization_id_organizations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_id_number"), ["id_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_organization_id"), ["organization_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_origin_site"), ["origin_site"], unique=False)

    op.create_table(
        "registration_cases",
        sa.Column("organization_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(length=500), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_registration_cases_organization_id_organizations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration_cases")),
    )
    with op.batch_alter_table("registration_cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_registration_cases_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_registration_cases_organization_id"), ["organization_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_registration_cases_origin_site"), ["origin_site"], unique=False)

    op.create_table(
        "resource_links",
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("donor", sa.String(length=200), nullable=False),
        sa.Column("donor_kind", sa.String(length=8), nullable=False),
        sa.Column("form", sa.String(length=4), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("value_fen", sa.BigInteger(), nullable=False),
        sa.Column("recipient_organization_id", sa.String(length=32), nullable=True),
        sa.Column("recipient", sa.String(length=200), nullable=True),
        sa.Column("purpose", sa.String(length=500), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["recipient_organization_id"],
            ["organizations.id"],
            name=op.f("fk_resource_links_recipient_organization_id_organizations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource_links")),
    )
    with op.batch_alter_table("resource_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resource_links_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_resource_links_origin_site"), ["origin_site"], unique=False)
        batch_op.create_index(batch_op.f("ix_resource_links_received_on"), ["received_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_resource_links_recipient_organization_id"),
            ["recipient_organization_id"],
            unique=False,
        )

    op.create_table(
        "stage_events",
        sa.Column("organization_id", sa.String(length=32), nullable=False),
        sa.Column("stage", sa.String(length=8), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_stage_events_organization_id_organizations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_events")),
    )
    with op.batch_alter_table("stage_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stage_events_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_stage_events_organization_id"), ["organization_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stage_events_origin_site"), ["origin_site"], unique=False)

    op.create_table(
        "activity_beneficiaries",
        sa.Column("activity_id", sa.String(length=32), nullable=False),
        sa.Column("person_id", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activities.id"], name=op.f("fk_activity_beneficiaries_activity_id_activities")
        ),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_activity_beneficiaries_person_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_beneficiaries")),
    )
    with op.batch_alter_table("activity_beneficiaries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_beneficiaries_activity_id"), ["activity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_beneficiaries_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_beneficiaries_origin_site"), ["origin_site"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_beneficiaries_person_id"), ["person_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("training_id", sa.String(length=32), nullable=False),
        sa.Column("person_id", sa.String(length=32), nullable=True),
        sa.Column("attendee_name", sa.String(length=50), nullable=False),
        sa.Column("organization_id", sa.String(length=32), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_attendance_organization_id_organizations"),
        ),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_attendance_person_id_people")),
        sa.ForeignKeyConstraint(["training_id"], ["trainings.id"], name=op.f("fk_attendance_training_id_trainings")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_organization_id"), ["organization_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_origin_site"), ["origin_site"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_training_id"), ["training_id"], unique=False)

    op.create_table(
        "checklist_items",
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("item", sa.String(length=50), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["case_id"], ["registration_cases.id"], name=op.f("fk_checklist_items_case_id_registration_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_items")),
    )
    with op.batch_alter_table("checklist_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_items_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_checklist_items_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_checklist_items_origin_site"), ["origin_site"], unique=False)

    op.create_table(
        "expenses",
        sa.Column("project_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("spent_on", sa.Date(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("payee_person_id", sa.String(length=32), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(["payee_person_id"], ["people.id"], name=op.f("fk_expenses_payee_person_id_people")),
        sa.ForeignKeyConstraint(
            ["project_id"], ["funded_projects.id"], name=op.f("fk_expenses_project_id_funded_projects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expenses")),
    )
    with op.batch_alter_table("expenses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_expenses_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_expenses_origin_site"), ["origin_site"], unique=False)
        batch_op.create_index(batch_op.f("ix_expenses_payee_person_id"), ["payee_person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_expenses_project_id"), ["project_id"], unique=False)

    op.create_table(
        "grant_tranches",
        sa.Column("entry_id", sa.String(length=32), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("condition", sa.String(length=8), nullable=False),
        sa.Column("condition_met_on", sa.Date(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["entry_id"], ["contest_entries.id"], name=op.f("fk_grant_tranches_entry_id_contest_entries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grant_tranches")),
    )
    with op.batch_alter_table("grant_tranches", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_grant_tranches_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_grant_tranches_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_grant_tranches_origin_site"), ["origin_site"], unique=False)

    op.create_table(
        "judge_scores",
        sa.Column("entry_id", sa.String(length=32), nullable=False),
        sa.Column("judge", sa.String(length=50), nullable=False),
        sa.Column("score", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["entry_id"], ["contest_entries.id"], name=op.f("fk_judge_scores_entry_id_contest_entries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_judge_scores")),
    )
    with op.batch_alter_table("judge_scores", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_judge_scores_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_judge_scores_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_judge_scores_origin_site"), ["origin_site"], unique=False)

    op.create_table(
        "plan_milestones",
        sa.Column("plan_id", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["plan_id"], ["incubation_plans.id"], name=op.f("fk_plan_milestones_plan_id_incubation_plans")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_milestones")),
    )
    with op.batch_alter_table("plan_milestones", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_milestones_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_milestones_origin_site"), ["origin_site"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_milestones_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_reviews",
        sa.Column("plan_id", sa.String(length=32), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("reviewer", sa.String(length=50), nullable=True),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["plan_id"], ["incubation_plans.id"], name=op.f("fk_plan_reviews_plan_id_incubation_plans")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_reviews")),
    )
    with op.batch_alter_table("plan_reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_reviews_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_reviews_origin_site"), ["origin_site"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_reviews_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "project_staff",
        sa.Column("project_id", sa.String(length=32), nullable=False),
        sa.Column("person_id", sa.String(length=32), nullable=False),
        sa.Column("role", sa.String(length=50), nullable=False),
        sa.Column("full_time", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=12), nullable=False),
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
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_project_staff_person_id_people")),
        sa.ForeignKeyConstraint(
            ["project_id"], ["funded_projects.id"], name=op.f("fk_project_staff_project_id_funded_projects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_staff")),
    )
    with op.batch_alter_table("project_staff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_staff_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_staff_origin_site"), ["origin_site"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_staff_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_staff_project_id"), ["project_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("project_staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_staff_project_id"))
        batch_op.drop_index(batch_op.f("ix_project_staff_person_id"))
        batch_op.drop_index(batch_op.f("ix_project_staff_origin_site"))
        batch_op.drop_index(batch_op.f("ix_project_staff_hlc"))

    op.drop_table("project_staff")
    with op.batch_alter_table("plan_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_reviews_plan_id"))
        batch_op.drop_index(batch_op.f("ix_plan_reviews_origin_site"))
        batch_op.drop_index(batch_op.f("ix_plan_reviews_hlc"))

    op.drop_table("plan_reviews")
    with op.batch_alter_table("plan_milestones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_milestones_plan_id"))
        batch_op.drop_index(batch_op.f("ix_plan_milestones_origin_site"))
        batch_op.drop_index(batch_op.f("ix_plan_milestones_hlc"))

    op.drop_table("plan_milestones")
    with op.batch_alter_table("judge_scores", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_judge_scores_origin_site"))
        batch_op.drop_index(batch_op.f("ix_judge_scores_hlc"))
        batch_op.drop_index(batch_op.f("ix_judge_scores_entry_id"))

    op.drop_table("judge_scores")
    with op.batch_alter_table("grant_tranches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_grant_tranches_origin_site"))
        batch_op.drop_index(batch_op.f("ix_grant_tranches_hlc"))
        batch_op.drop_index(batch_op.f("ix_grant_tranches_entry_id"))

    op.drop_table("grant_tranches")
    with op.batch_alter_table("expenses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expenses_project_id"))
        batch_op.drop_index(batch_op.f("ix_expenses_payee_person_id"))
        batch_op.drop_index(batch_op.f("ix_expenses_origin_site"))
        batch_op.drop_index(batch_op.f("ix_expenses_hlc"))

    op.drop_table("expenses")
    with op.batch_alter_table("checklist_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_items_origin_site"))
        batch_op.drop_index(batch_op.f("ix_checklist_items_hlc"))
        batch_op.drop_index(batch_op.f("ix_checklist_items_case_id"))

    op.drop_table("checklist_items")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_training_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_person_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_origin_site"))
        batch_op.drop_index(batch_op.f("ix_attendance_organization_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_hlc"))

    op.drop_table("attendance")
    with op.batch_alter_table("activity_beneficiaries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_beneficiaries_person_id"))
        batch_op.drop_index(batch_op.f("ix_activity_beneficiaries_origin_site"))
        batch_op.drop_index(batch_op.f("ix_activity_beneficiaries_hlc"))
        batch_op.drop_index(batch_op.f("ix_activity_beneficiaries_activity_id"))

    op.drop_table("activity_beneficiaries")
    with op.batch_alter_table("stage_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_events_origin_site"))
        batch_op.drop_index(batch_op.f("ix_stage_events_organization_id"))
        batch_op.drop_index(batch_op.f("ix_stage_events_hlc"))

    op.drop_table("stage_events")
    with op.batch_alter_table("resource_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resource_links_recipient_organization_id"))
        batch_op.drop_index(batch_op.f("ix_resource_links_received_on"))
        batch_op.drop_index(batch_op.f("ix_resource_links_origin_site"))
        batch_op.drop_index(batch_op.f("ix_resource_links_hlc"))

    op.drop_table("resource_links")
    with op.batch_alter_table("registration_cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registration_cases_origin_site"))
        batch_op.drop_index(batch_op.f("ix_registration_cases_organization_id"))
        batch_op.drop_index(batch_op.f("ix_registration_cases_hlc"))

    op.drop_table("registration_cases")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_origin_site"))
        batch_op.drop_index(batch_op.f("ix_people_organization_id"))
        batch_op.drop_index(batch_op.f("ix_people_name"))
        batch_op.drop_index(batch_op.f("ix_people_id_number"))
        batch_op.drop_index(batch_op.f("ix_people_hlc"))

    op.drop_table("people")
    with op.batch_alter_table("incubation_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incubation_plans_origin_site"))
        batch_op.drop_index(batch_op.f("ix_incubation_plans_organization_id"))
        batch_op.drop_index(batch_op.f("ix_incubation_plans_hlc"))

    op.drop_table("incubation_plans")
    with op.batch_alter_table("contest_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contest_entries_origin_site"))
        batch_op.drop_index(batch_op.f("ix_contest_entries_organization_id"))
        batch_op.drop_index(batch_op.f("ix_contest_entries_hlc"))
        batch_op.drop_index(batch_op.f("ix_contest_entries_contest_id"))

    op.drop_table("contest_entries")
    with op.batch_alter_table("case_studies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_studies_origin_site"))
        batch_op.drop_index(batch_op.f("ix_case_studies_organization_id"))
        batch_op.drop_index(batch_op.f("ix_case_studies_hlc"))

    op.drop_table("case_studies")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index("ix_activities_site_held_on")
        batch_op.drop_index(batch_op.f("ix_activities_origin_site"))
        batch_op.drop_index(batch_op.f("ix_activities_organization_id"))
        batch_op.drop_index(batch_op.f("ix_activities_hlc"))
        batch_op.drop_index(batch_op.f("ix_activities_held_on"))
        batch_op.drop_index(batch_op.f("ix_activities_community_id"))

    op.drop_table("activities")
    with op.batch_alter_table("target_values", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_target_values_target_set_id"))
        batch_op.drop_index(batch_op.f("ix_target_values_origin_site"))
        batch_op.drop_index(batch_op.f("ix_target_values_hlc"))

    op.drop_table("target_values")
    with op.batch_alter_table("service_files", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_files_origin_site"))
        batch_op.drop_index(batch_op.f("ix_service_files_opened_on"))
        batch_op.drop_index(batch_op.f("ix_service_files_hlc"))

    op.drop_table("service_files")
    with op.batch_alter_table("progress_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_progress_reports_project_id"))
        batch_op.drop_index(batch_op.f("ix_progress_reports_origin_site"))
        batch_op.drop_index(batch_op.f("ix_progress_reports_hlc"))

    op.drop_table("progress_reports")
    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.drop_index("ix_organizations_site_stage")
        batch_op.drop_index(batch_op.f("ix_organizations_origin_site"))
        batch_op.drop_index(batch_op.f("ix_organizations_name"))
        batch_op.drop_index(batch_op.f("ix_organizations_hlc"))
        batch_op.drop_index(batch_op.f("ix_organizations_credit_code"))
        batch_op.drop_index(batch_op.f("ix_organizations_community_id"))

    op.drop_table("organizations")
    with op.batch_alter_table("budget_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_lines_project_id"))
        batch_op.drop_index(batch_op.f("ix_budget_lines_origin_site"))
        batch_op.drop_index(batch_op.f("ix_budget_lines_hlc"))

    op.drop_table("budget_lines")
    with op.batch_alter_table("venture_contests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_venture_contests_origin_site"))
        batch_op.drop_index(batch_op.f("ix_venture_contests_hlc"))

    op.drop_table("venture_contests")
    with op.batch_alter_table("trainings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trainings_origin_site"))
        batch_op.drop_index(batch_op.f("ix_trainings_hlc"))
        batch_op.drop_index(batch_op.f("ix_trainings_held_on"))

    op.drop_table("trainings")
    with op.batch_alter_table("target_sets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_target_sets_site_code"))
        batch_op.drop_index(batch_op.f("ix_target_sets_origin_site"))
        batch_op.drop_index(batch_op.f("ix_target_sets_hlc"))

    op.drop_table("target_sets")
    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sites_origin_site"))
        batch_op.drop_index(batch_op.f("ix_sites_hlc"))

    op.drop_table("sites")
    with op.batch_alter_table("notices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notices_origin_site"))
        batch_op.drop_index(batch_op.f("ix_notices_hlc"))

    op.drop_table("notices")
    op.drop_table("local_site")
    with op.batch_alter_table("funded_projects", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funded_projects_origin_site"))
        batch_op.drop_index(batch_op.f("ix_funded_projects_hlc"))

    op.drop_table("funded_projects")
    with op.batch_alter_table("communities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_communities_origin_site"))
        batch_op.drop_index(batch_op.f("ix_communities_hlc"))

    op.drop_table("communities")
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entries_origin_site"))
        batch_op.drop_index(batch_op.f("ix_audit_entries_hlc"))
        batch_op.drop_index(batch_op.f("ix_audit_entries_at"))

    op.drop_table("audit_entries")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachments_record_id"))
        batch_op.drop_index(batch_op.f("ix_attachments_origin_site"))
        batch_op.drop_index(batch_op.f("ix_attachments_hlc"))

    op.drop_table("attachments")
