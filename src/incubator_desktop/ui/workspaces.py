"""The list of workspaces, in navigation order: keys, titles, and the page each one shows.

A later workspace plugs in by adding its page to `build_workspace_page`; nothing else changes.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from incubator_desktop.core.vocab import SiteKind
from incubator_desktop.ui.activities.page import ActivitiesPage
from incubator_desktop.ui.cases.page import CasesPage
from incubator_desktop.ui.contests.page import ContestsPage
from incubator_desktop.ui.district.page import DistrictPage
from incubator_desktop.ui.home.page import HomePage
from incubator_desktop.ui.indicators.page import IndicatorsPage
from incubator_desktop.ui.organizations.page import OrganizationsPage
from incubator_desktop.ui.people.page import PeoplePage
from incubator_desktop.ui.projects.page import ProjectsPage
from incubator_desktop.ui.registration.page import RegistrationPage
from incubator_desktop.ui.resources.page import ResourcesPage
from incubator_desktop.ui.service_files.page import ServiceFilesPage
from incubator_desktop.ui.settings.page import SettingsPage
from incubator_desktop.ui.sync.page import SyncPage
from incubator_desktop.ui.trainings.page import TrainingsPage
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


def build_workspace_page(key: str, context: AppContext, title: str) -> QWidget:
    """The page for workspace `key`; workspaces not built yet get the shared placeholder."""
    if key == DISTRICT_KEY:
        return DistrictPage(context)
    if key == "home":
        return HomePage(context)
    if key == "organizations":
        return OrganizationsPage(context)
    if key == "people":
        return PeoplePage(context)
    if key == "registration":
        return RegistrationPage(context)
    if key == "trainings":
        return TrainingsPage(context)
    if key == "activities":
        return ActivitiesPage(context)
    if key == "indicators":
        return IndicatorsPage(context)
    if key == "sync":
        return SyncPage(context)
    if key == "cases":
        return CasesPage(context)
    if key == "resources":
        return ResourcesPage(context)
    if key == "contests":
        return ContestsPage(context)
    if key == "projects":
        return ProjectsPage(context)
    if key == "service_files":
        return ServiceFilesPage(context)
    if key == "settings":
        return SettingsPage(context)
    return PlaceholderPage(title)
