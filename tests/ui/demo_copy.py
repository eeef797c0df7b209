"""A database full of demo data, filled once per test run and copied for each test that wants one."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from incubator_desktop.core.db import Database, open_database
from incubator_desktop.core.demo import fill_demo

_TEMPLATE: list[Path] = []


def demo_database(folder: Path) -> Database:
    """A copy of the demo township (a year of work up to today) in `folder`, opened."""
    if not _TEMPLATE:
        template = Path(tempfile.mkdtemp(prefix="incubator-demo-")) / "demo.db"
        db = open_database(str(template))
        with db.transaction() as session:
            fill_demo(session)
        db.close()  # every connection closed: the WAL is folded into the file, which is then safe to copy
        _TEMPLATE.append(template)
    target = folder / "demo.db"
    shutil.copyfile(_TEMPLATE[0], target)
    return open_database(str(target))
