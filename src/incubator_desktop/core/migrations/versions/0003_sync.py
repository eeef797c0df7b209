"""Sync bookkeeping: trusted keys, peers, bundles sent and received, conflicts, service-file counts.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ID = sa.String(length=32)
HASH = sa.String(length=64)
SITE = sa.String(length=12)
STAMP = sa.String(length=24)
WHEN = sa.DateTime(timezone=True)


def _index(table: str, column: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "sync_keys",
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("site_code", SITE, nullable=False),
        sa.Column("device_id", ID, nullable=True),
        sa.Column("sign_public", HASH, nullable=False),
        sa.Column("enc_public", HASH, nullable=False),
        sa.Column("fingerprint", sa.String(length=80), nullable=False),
        sa.Column("is_own", sa.Boolean(), nullable=False),
        sa.Column("storage", sa.String(length=16), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("revoked_at", WHEN, nullable=True),
        sa.Column("replaced_by", sa.String(length=32), nullable=True),
        sa.Column("statement", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_sync_keys")),
    )
    _index("sync_keys", "site_code")

    op.create_table(
        "sync_peers",
        sa.Column("site_code", SITE, nullable=False),
        sa.Column("acked_hlc", STAMP, nullable=False),
        sa.Column("sequence_floor", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("site_code", name=op.f("pk_sync_peers")),
    )

    op.create_table(
        "sync_sent_bundles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recipient_site", SITE, nullable=False),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("sha256", HASH, nullable=False),
        sa.Column("previous", HASH, nullable=False),
        sa.Column("signer_key", sa.String(length=32), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("through_hlc", STAMP, nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("acknowledged", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_sent_bundles")),
        sa.UniqueConstraint(
            "device_id",
            "recipient_site",
            "sequence",
            name=op.f("uq_sync_sent_bundles_device_id_recipient_site_sequence"),
        ),
    )
    _index("sync_sent_bundles", "recipient_site")

    op.create_table(
        "sync_received_bundles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sender_site", SITE, nullable=False),
        sa.Column("sender_device", ID, nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("chain_start", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("sha256", HASH, nullable=False),
        sa.Column("previous", HASH, nullable=False),
        sa.Column("created", sa.String(length=40), nullable=False),
        sa.Column("imported_at", WHEN, nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_received_bundles")),
        sa.UniqueConstraint("sender_device", "sequence", name=op.f("uq_sync_received_bundles_sender_device_sequence")),
    )
    _index("sync_received_bundles", "sender_site")

    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_id", ID, nullable=False),
        sa.Column("origin_site", SITE, nullable=False),
        sa.Column("kept_device", ID, nullable=False),
        sa.Column("kept_hlc", STAMP, nullable=False),
        sa.Column("lost_device", ID, nullable=False),
        sa.Column("lost_hlc", STAMP, nullable=False),
        sa.Column("lost_values", sa.JSON(), nullable=False),
        sa.Column("bundle_sha256", HASH, nullable=False),
        sa.Column("detected_at", WHEN, nullable=False),
        sa.Column("seen", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    _index("sync_conflicts", "record_id")

    op.create_table(
        "sync_acked_attachments",
        sa.Column("peer_site", SITE, nullable=False),
        sa.Column("sha256", HASH, nullable=False),
        sa.PrimaryKeyConstraint("peer_site", "sha256", name=op.f("pk_sync_acked_attachments")),
    )

    op.create_table(
        "sync_service_file_counts",
        sa.Column("site_code", SITE, nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("as_of_hlc", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("site_code", "kind", "month", name=op.f("pk_sync_service_file_counts")),
    )


def downgrade() -> None:
    for table, column in (
        ("sync_conflicts", "record_id"),
        ("sync_received_bundles", "sender_site"),
        ("sync_sent_bundles", "recipient_site"),
        ("sync_keys", "site_code"),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
    for table in (
        "sync_service_file_counts",
        "sync_acked_attachments",
        "sync_conflicts",
        "sync_received_bundles",
        "sync_sent_bundles",
        "sync_peers",
        "sync_keys",
    ):
        op.drop_table(table)
