"""Alembic environment: runs on the connection the application hands over, in one transaction."""

from __future__ import annotations

from alembic import context

from incubator_desktop.core.migrate import include_object
from incubator_desktop.core.models import Base


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Run migrations through incubator_desktop.core.migrate, which passes a connection.")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
        # SQLite's DDL is transactional too, but Alembic assumes not and commits after each revision: a power
        # cut mid-upgrade would leave a schema between two versions. One transaction for the whole upgrade.
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
