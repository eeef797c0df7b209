"""Small builders of test data for the Qt client tests (kept out of conftest so tests can import them)."""

from __future__ import annotations

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.records import create_record

SITE_CODE = "653121103"
SITE_NAME = "测试镇"


def add_organizations(db: Database, names: list[str], **values: str) -> None:
    """Create organizations with the given names (公益慈善类, 培育中 unless `values` says otherwise)."""
    fields = {"category": "公益慈善类", "stage": "培育中", **values}
    with db.transaction() as session:
        for name in names:
            create_record(session, m.Organization, {"name": name, **fields})
