"""The list of workspaces, in navigation order: keys, titles, and the page each one shows.

A later workspace plugs in by adding its page to `WORKSPACE_PAGES`; nothing else changes.
"""

from __future__ import annotations

import importlib
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from incubator_desktop.core.vocab import SiteKind
from incubator_desktop.ui.widgets.context import AppContext
from incubator_desktop.ui.widgets.placeholder import PlaceholderPage

WORKSPACE_KEYS: tuple[str, ...] = (
    "home",
    "organizations",
    "people",
    "registration",
    "trainings",
    "activities",
    "cases",
    "resources",
    "contests",
    "projects",
    "service_files",
    "indicators",
    "sync",
    "settings",
)

#: Where a search hit of each record kind (as the core names kinds) is shown.
KIND_WORKSPACE: dict[str, str] = {
    "organizations": "organizations",
    "communities": "organizations",
    "people": "people",
    "trainings": "trainings",
    "activities": "activities",
    "case_studies": "cases",
    "resource_links": "resources",
    "venture_contests": "contests",
    "contest_entries": "contests",
    "funded_projects": "projects",
    "notices": "registration",
    "registration_cases": "registration",
}


#: The district bureau's consolidation workspace: listed first, and only on a district site.
DISTRICT_KEY = "district"


def workspace_keys(role: SiteKind | None) -> tuple[str, ...]:
    """The navigation order for a site of `role`: a district sees 区县汇总 first; a township never sees it."""
    return (DISTRICT_KEY, *WORKSPACE_KEYS) if role is SiteKind.DISTRICT else WORKSPACE_KEYS


def titles_for_role(role: SiteKind | None) -> dict[str, str]:
    """Key → title in the current language, in the navigation order of a site of `role`."""
    titles = workspace_titles()
    if role is not SiteKind.DISTRICT:
        return titles
    return {DISTRICT_KEY: QCoreApplication.translate("Workspaces", "District summary"), **titles}


@runtime_checkable
class ShowsRecords(Protocol):
    """A workspace page that can bring one record into view (used by the global search)."""

    def show_record(self, kind: str, record_id: str) -> None: ...


def workspace_titles() -> dict[str, str]:
    """Key → title in the current language, in navigation order."""
    return {
        "home": QCoreApplication.translate("Workspaces", "Home"),
        "organizations": QCoreApplication.translate("Workspaces", "Organizations"),
        "people": QCoreApplication.translate("Workspaces", "People"),
        "registration": QCoreApplication.translate("Workspaces", "Registration"),
        "trainings": QCoreApplication.translate("Workspaces", "Trainings"),
        "activities": QCoreApplication.translate("Workspaces", "Activities"),
        "cases": QCoreApplication.translate("Workspaces", "Case studies"),
        "resources": QCoreApplication.translate("Workspaces", "Resources"),
        "contests": QCoreApplication.translate("Workspaces", "Venture contests"),
        "projects": QCoreApplication.translate("Workspaces", "Projects & budget"),
        "service_files": QCoreApplication.translate("Workspaces", "Service files"),
        "indicators": QCoreApplication.translate("Workspaces", "Indicators"),
        "sync": QCoreApplication.translate("Workspaces", "Sync"),
        "settings": QCoreApplication.translate("Workspaces", "Settings"),
    }


#: Key → (module, class) of each workspace's page. Imported when the page is first built, so start-up
#: loads only the page on screen (and none of the spreadsheet or PDF libraries the others pull in).
WORKSPACE_PAGES: dict[str, tuple[str, str]] = {
    DISTRICT_KEY: ("incubator_desktop.ui.district.page", "DistrictPage"),
    "home": ("incubator_desktop.ui.home.page", "HomePage"),
    "organizations": ("incubator_desktop.ui.organizations.page", "OrganizationsPage"),
    "people": ("incubator_desktop.ui.people.page", "PeoplePage"),
    "registration": ("incubator_desktop.ui.registration.page", "RegistrationPage"),
    "trainings": ("incubator_desktop.ui.trainings.page", "TrainingsPage"),
    "activities": ("incubator_desktop.ui.activities.page", "ActivitiesPage"),
    "cases": ("incubator_desktop.ui.cases.page", "CasesPage"),
    "resources": ("incubator_desktop.ui.resources.page", "ResourcesPage"),
    "contests": ("incubator_desktop.ui.contests.page", "ContestsPage"),
    "projects": ("incubator_desktop.ui.projects.page", "ProjectsPage"),
    "service_files": ("incubator_desktop.ui.service_files.page", "ServiceFilesPage"),
    "indicators": ("incubator_desktop.ui.indicators.page", "IndicatorsPage"),
    "sync": ("incubator_desktop.ui.sync.page", "SyncPage"),
    "settings": ("incubator_desktop.ui.settings.page", "SettingsPage"),
}


def build_workspace_page(key: str, context: AppContext, title: str) -> QWidget:
    """The page for workspace `key`; workspaces not built yet get the shared placeholder."""
    found = WORKSPACE_PAGES.get(key)
    if found is None:
        return PlaceholderPage(title)
    module, name = found
    page_class = getattr(importlib.import_module(module), name)
    page: QWidget = page_class(context)
    return page
