"""Small builders of test data for the Qt client tests (kept out of conftest so tests can import them)."""

from __future__ import annotations

from datetime import date
from typing import Any

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.records import create_record

SITE_CODE = "653121103"
SITE_NAME = "测试镇"


def add_organizations(db: Database, names: list[str], **values: Any) -> list[str]:
    """Create organizations with the given names (公益慈善类, 培育中 unless `values` says otherwise)."""
    fields = {"category": "公益慈善类", "stage": "培育中", **values}
    with db.transaction() as session:
        return [create_record(session, m.Organization, {"name": name, **fields}).id for name in names]


def add_record(db: Database, model: type[m.SyncedRecord], **values: Any) -> str:
    with db.transaction() as session:
        return create_record(session, model, values).id


def add_activity(db: Database, title: str, held_on: date, **values: Any) -> str:
    return add_record(db, m.Activity, **{"title": title, "held_on": held_on, "kind": "社区活动", **values})


def add_training(db: Database, title: str, held_on: date, **values: Any) -> str:
    return add_record(db, m.Training, **{"title": title, "held_on": held_on, "topic": "民政政策", "hours": 2, **values})
