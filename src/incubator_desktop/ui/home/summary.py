"""Gathers the home page's numbers through the services; a plain function, run off the GUI thread."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.services.records import count_records
from incubator_desktop.core.services.sites import SiteInfo, current_site


@dataclass(frozen=True)
class HomeSummary:
    """What the home page shows; `site` is None until the database has been set up."""

    site: SiteInfo | None
    month: date
    organizations: int = 0
    activities_this_month: int = 0
    trainings: int = 0
    resources: int = 0


def _count_in_month(session: Session, month: date) -> int:
    first = month.replace(day=1)
    last = month.replace(day=calendar.monthrange(month.year, month.month)[1])
    return count_records(session, m.Activity, between=("held_on", first, last))


def load_home_summary(db: Database, *, today: date | None = None) -> HomeSummary:
    """Counts for the home page as of `today` (default: the real today)."""
    month = (today or date.today()).replace(day=1)
    with db.reading() as session:
        site = current_site(session)
        if site is None:
            return HomeSummary(site=None, month=month)
        return HomeSummary(
            site=site,
            month=month,
            organizations=count_records(session, m.Organization),
            activities_this_month=_count_in_month(session, month),
            trainings=count_records(session, m.Training),
            resources=count_records(session, m.ResourceLink),
        )
