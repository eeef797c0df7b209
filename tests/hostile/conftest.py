"""Hostile-input fixtures: a township and its district on SQLite files, trusting each other."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from incubator_desktop.core.vocab import SiteKind

from ..sync.conftest import DISTRICT, TOWNSHIP_A, SiteHandle, introduce, make_site


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[SiteHandle, SiteHandle]]:
    township = make_site(tmp_path / "a", SiteKind.TOWNSHIP, TOWNSHIP_A, "托克扎克镇孵化基地")
    district = make_site(tmp_path / "district", SiteKind.DISTRICT, DISTRICT, "疏附县民政局")
    introduce(district, township)
    yield township, district
    township.db.close()
    district.db.close()
