"""A bundle import backs the database up after its checks and before it writes; refusals and previews do not."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from incubator_desktop.core import models as m
from incubator_desktop.core.backups import backup_folder
from incubator_desktop.core.errors import CoreError
from incubator_desktop.core.services.records import create_record

from .conftest import Network


def test_import_backs_up_before_applying(network: Network) -> None:
    """Previewing makes no backup; applying makes exactly one, holding the district as it was before."""
    township, district = network.township_a, network.district
    if district.path is None:
        pytest.skip("a server database is backed up with the server's own tools")
    with township.db.transaction() as session:
        create_record(session, m.Organization, {"name": "团结村舞蹈队", "category": "文体活动类", "stage": "入驻"})
    bundle = township.export(network.sticks)
    folder = backup_folder(district.path)
    district.import_(bundle.path, dry_run=True)
    assert not list(folder.glob("*-import.db"))
    assert district.import_(bundle.path).status == "applied"
    made = list(folder.glob("*-import.db"))
    assert len(made) == 1
    with sqlite3.connect(made[0]) as copy:
        assert copy.execute("SELECT count(*) FROM organizations").fetchone()[0] == 0
    assert district.import_(bundle.path).status == "already-applied"
    assert len(list(folder.glob("*-import.db"))) == 1, "a bundle already applied writes nothing, so no backup"


def test_refused_bundle_makes_no_backup(network: Network, tmp_path: Path) -> None:
    """A file that is not a bundle is refused by the cheap checks before any backup is made."""
    district = network.district
    if district.path is None:
        pytest.skip("a server database is backed up with the server's own tools")
    fake = tmp_path / "fake.incubator-bundle"
    fake.write_bytes(b"not a bundle at all" * 10)
    with pytest.raises(CoreError):
        district.import_(fake)
    assert not list(backup_folder(district.path).glob("*.db"))
