"""Translated labels for the core's fixed vocabularies and record kinds (values stay as stored)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from incubator_desktop.core.vocab import Category, SiteKind, Stage


def category_labels() -> dict[str, str]:
    """Stored category value → label in the current language, in the order the policy lists them."""
    return {
        Category.CHARITY.value: QCoreApplication.translate("VocabLabels", "Charity"),
        Category.LIFE_SERVICE.value: QCoreApplication.translate("VocabLabels", "Everyday services"),
        Category.COMMUNITY_AFFAIRS.value: QCoreApplication.translate("VocabLabels", "Community affairs"),
        Category.CULTURE_SPORTS.value: QCoreApplication.translate("VocabLabels", "Culture and sports"),
    }


def stage_labels() -> dict[str, str]:
    """Stored lifecycle stage → label, in lifecycle order."""
    return {
        Stage.INTENT.value: QCoreApplication.translate("VocabLabels", "Interested"),
        Stage.ENTERED.value: QCoreApplication.translate("VocabLabels", "Moved in"),
        Stage.INCUBATING.value: QCoreApplication.translate("VocabLabels", "Incubating"),
        Stage.FILED.value: QCoreApplication.translate("VocabLabels", "Filed"),
        Stage.REGISTERED.value: QCoreApplication.translate("VocabLabels", "Registered"),
        Stage.GRADUATED.value: QCoreApplication.translate("VocabLabels", "Graduated"),
        Stage.EXITED.value: QCoreApplication.translate("VocabLabels", "Exited"),
    }


def role_label(role: SiteKind) -> str:
    if role is SiteKind.DISTRICT:
        return QCoreApplication.translate("VocabLabels", "District civil-affairs bureau")
    return QCoreApplication.translate("VocabLabels", "Township incubation base")


def record_kind_labels() -> dict[str, str]:
    """Record kind as the core names it (its table) → a short noun for search results."""
    return {
        "organizations": QCoreApplication.translate("VocabLabels", "Organization"),
        "communities": QCoreApplication.translate("VocabLabels", "Village or community"),
        "people": QCoreApplication.translate("VocabLabels", "Person"),
        "trainings": QCoreApplication.translate("VocabLabels", "Training"),
        "activities": QCoreApplication.translate("VocabLabels", "Activity"),
        "case_studies": QCoreApplication.translate("VocabLabels", "Case study"),
        "resource_links": QCoreApplication.translate("VocabLabels", "Resource"),
        "venture_contests": QCoreApplication.translate("VocabLabels", "Venture contest"),
        "contest_entries": QCoreApplication.translate("VocabLabels", "Contest entry"),
        "funded_projects": QCoreApplication.translate("VocabLabels", "Project"),
        "notices": QCoreApplication.translate("VocabLabels", "Notice"),
    }


def label_for(labels: dict[str, str], value: str | None) -> str:
    """The label of `value`, or the stored value itself when the vocabulary does not know it."""
    if value is None:
        return ""
    return labels.get(value, value)
