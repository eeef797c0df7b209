"""Practice data: removing it leaves the demo site set up and empty, and never touches a real site."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.demo import fill_demo
from incubator_desktop.core.errors import InputRejected
from incubator_desktop.core.services.practice import remove_practice_data
from incubator_desktop.core.services.sites import current_site


def _count(db: Database, model: type[m.Base]) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_removal_leaves_no_records_and_clears_the_demo_mark(db: Database) -> None:
    """After removal no organizations or activities remain, the site is still set up, and is_demo is off."""
    with db.transaction() as session:
        fill_demo(session, seed=3, today=date(2026, 3, 10))
    assert _count(db, m.Organization) > 0 and _count(db, m.Activity) > 0
    with db.transaction() as session:
        removed = remove_practice_data(session)
    assert removed["organizations"] > 0
    for model in m.SYNCED_MODELS:
        assert _count(db, model) == (1 if model is m.Site else 0), model.__tablename__
    with db.reading() as session:
        site = current_site(session)
    assert site is not None and not site.is_demo and site.name


def test_a_real_site_is_refused(township: Database) -> None:
    """A site not marked as demo cannot be emptied through the practice-data removal."""
    with township.transaction() as session, pytest.raises(InputRejected) as caught:
        remove_practice_data(session)
    assert caught.value.code == "site_not_demo"
