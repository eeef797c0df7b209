"""Translated labels for the core's fixed vocabularies and record kinds (values stay as stored)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from incubator_desktop.core.vocab import (
    ActivityKind,
    BudgetKind,
    CaseStatus,
    Category,
    CertificateLevel,
    ChecklistStatus,
    DonorKind,
    EntryResult,
    Gender,
    PersonRole,
    Rating,
    RegistrationKind,
    ResourceForm,
    ServiceArea,
    ServiceFileKind,
    SiteKind,
    Stage,
    SupportKind,
    TrainingTopic,
    TrancheCondition,
)


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


def service_area_labels() -> dict[str, str]:
    return {
        ServiceArea.ELDERLY.value: QCoreApplication.translate("VocabLabels", "Elderly"),
        ServiceArea.DISABILITY.value: QCoreApplication.translate("VocabLabels", "Disability"),
        ServiceArea.YOUTH.value: QCoreApplication.translate("VocabLabels", "Children and youth"),
        ServiceArea.RELIEF.value: QCoreApplication.translate("VocabLabels", "Relief for families in need"),
        ServiceArea.FAMILY.value: QCoreApplication.translate("VocabLabels", "Marriage and family"),
        ServiceArea.MEDIATION.value: QCoreApplication.translate("VocabLabels", "Mediation"),
        ServiceArea.ENVIRONMENT.value: QCoreApplication.translate("VocabLabels", "Environment"),
        ServiceArea.CULTURE.value: QCoreApplication.translate("VocabLabels", "Culture"),
        ServiceArea.VOLUNTEERING.value: QCoreApplication.translate("VocabLabels", "Volunteering"),
        ServiceArea.OTHER.value: QCoreApplication.translate("VocabLabels", "Other"),
    }


def rating_labels() -> dict[str, str]:
    return {rating.value: rating.value for rating in Rating}


def support_labels() -> dict[str, str]:
    return {
        SupportKind.VENUE.value: QCoreApplication.translate("VocabLabels", "Venue"),
        SupportKind.FUNDING.value: QCoreApplication.translate("VocabLabels", "Funding"),
        SupportKind.PROFESSIONAL.value: QCoreApplication.translate("VocabLabels", "Professional guidance"),
        SupportKind.CAPACITY.value: QCoreApplication.translate("VocabLabels", "Capacity building"),
    }


def registration_kind_labels() -> dict[str, str]:
    return {
        RegistrationKind.FILING.value: QCoreApplication.translate("VocabLabels", "Filing with the township"),
        RegistrationKind.REGISTRATION.value: QCoreApplication.translate("VocabLabels", "Registration"),
    }


def case_status_labels() -> dict[str, str]:
    return {
        CaseStatus.OPEN.value: QCoreApplication.translate("VocabLabels", "In progress"),
        CaseStatus.DONE.value: QCoreApplication.translate("VocabLabels", "Completed"),
        CaseStatus.WITHDRAWN.value: QCoreApplication.translate("VocabLabels", "Withdrawn"),
    }


def checklist_status_labels() -> dict[str, str]:
    return {
        ChecklistStatus.MISSING.value: QCoreApplication.translate("VocabLabels", "Not handed in"),
        ChecklistStatus.SUBMITTED.value: QCoreApplication.translate("VocabLabels", "Handed in"),
        ChecklistStatus.APPROVED.value: QCoreApplication.translate("VocabLabels", "Checked"),
    }


def checklist_item_labels() -> dict[str, str]:
    """The default filing documents; a clerk's own items are shown as typed."""
    return {
        "申请表": QCoreApplication.translate("VocabLabels", "Application form"),
        "章程": QCoreApplication.translate("VocabLabels", "Articles of association"),
        "负责人身份证明": QCoreApplication.translate("VocabLabels", "Leader's proof of identity"),
        "场所证明": QCoreApplication.translate("VocabLabels", "Proof of premises"),
        "成员名单": QCoreApplication.translate("VocabLabels", "List of members"),
    }


def person_role_labels() -> dict[str, str]:
    return {
        PersonRole.LEADER.value: QCoreApplication.translate("VocabLabels", "Leader"),
        PersonRole.VOLUNTEER.value: QCoreApplication.translate("VocabLabels", "Volunteer"),
        PersonRole.TRAINEE.value: QCoreApplication.translate("VocabLabels", "Trainee"),
        PersonRole.SOCIAL_WORKER.value: QCoreApplication.translate("VocabLabels", "Social worker"),
        PersonRole.STAFF.value: QCoreApplication.translate("VocabLabels", "Project staff"),
    }


def certificate_labels() -> dict[str, str]:
    return {
        CertificateLevel.ASSISTANT.value: QCoreApplication.translate("VocabLabels", "Assistant social worker"),
        CertificateLevel.INTERMEDIATE.value: QCoreApplication.translate("VocabLabels", "Intermediate social worker"),
        CertificateLevel.SENIOR.value: QCoreApplication.translate("VocabLabels", "Senior social worker"),
    }


def gender_labels() -> dict[str, str]:
    return {
        Gender.MALE.value: QCoreApplication.translate("VocabLabels", "Male"),
        Gender.FEMALE.value: QCoreApplication.translate("VocabLabels", "Female"),
    }


def training_topic_labels() -> dict[str, str]:
    return {
        TrainingTopic.POLICY.value: QCoreApplication.translate("VocabLabels", "Civil-affairs policy"),
        TrainingTopic.MANAGEMENT.value: QCoreApplication.translate("VocabLabels", "Good governance"),
        TrainingTopic.SOCIAL_WORK.value: QCoreApplication.translate("VocabLabels", "Social work"),
        TrainingTopic.PROJECT.value: QCoreApplication.translate("VocabLabels", "Project management"),
        TrainingTopic.VOLUNTEERING.value: QCoreApplication.translate("VocabLabels", "Volunteering"),
        TrainingTopic.PARTY.value: QCoreApplication.translate("VocabLabels", "Party building"),
    }


def activity_kind_labels() -> dict[str, str]:
    return {
        ActivityKind.CASEWORK.value: QCoreApplication.translate("VocabLabels", "Casework"),
        ActivityKind.GROUP.value: QCoreApplication.translate("VocabLabels", "Group work"),
        ActivityKind.COMMUNITY.value: QCoreApplication.translate("VocabLabels", "Community activity"),
    }


def donor_kind_labels() -> dict[str, str]:
    return {
        DonorKind.ENTERPRISE.value: QCoreApplication.translate("VocabLabels", "Enterprise"),
        DonorKind.CHARITY.value: QCoreApplication.translate("VocabLabels", "Charitable organization"),
        DonorKind.INDIVIDUAL.value: QCoreApplication.translate("VocabLabels", "Individual"),
        DonorKind.GOVERNMENT.value: QCoreApplication.translate("VocabLabels", "Public institution"),
        DonorKind.OTHER.value: QCoreApplication.translate("VocabLabels", "Other donor"),
    }


def resource_form_labels() -> dict[str, str]:
    return {
        ResourceForm.CASH.value: QCoreApplication.translate("VocabLabels", "Cash"),
        ResourceForm.IN_KIND.value: QCoreApplication.translate("VocabLabels", "In kind"),
        ResourceForm.SERVICE.value: QCoreApplication.translate("VocabLabels", "Services"),
    }


def entry_result_labels() -> dict[str, str]:
    return {
        EntryResult.ENTERED.value: QCoreApplication.translate("VocabLabels", "Entered"),
        EntryResult.FINALIST.value: QCoreApplication.translate("VocabLabels", "Finalist"),
        EntryResult.WINNER.value: QCoreApplication.translate("VocabLabels", "Winner"),
        EntryResult.IDEA_AWARD.value: QCoreApplication.translate("VocabLabels", "Best idea award"),
        EntryResult.NOT_AWARDED.value: QCoreApplication.translate("VocabLabels", "Not awarded"),
    }


def tranche_condition_labels() -> dict[str, str]:
    return {
        TrancheCondition.CONTRACT.value: QCoreApplication.translate("VocabLabels", "Contract signed"),
        TrancheCondition.MIDTERM.value: QCoreApplication.translate("VocabLabels", "Mid-term acceptance"),
        TrancheCondition.FINAL.value: QCoreApplication.translate("VocabLabels", "Final acceptance"),
    }


def budget_kind_labels() -> dict[str, str]:
    return {
        BudgetKind.PERSONNEL.value: QCoreApplication.translate("VocabLabels", "Personnel"),
        BudgetKind.SERVICES.value: QCoreApplication.translate("VocabLabels", "Service costs"),
        BudgetKind.EVALUATION_OTHER.value: QCoreApplication.translate("VocabLabels", "Evaluation and other"),
    }


def service_file_kind_labels() -> dict[str, str]:
    return {
        ServiceFileKind.MARRIAGE_CUSTOM.value: QCoreApplication.translate("VocabLabels", "Marriage-custom promotion"),
        ServiceFileKind.FAMILY_COUNSELLING.value: QCoreApplication.translate("VocabLabels", "Family counselling"),
    }
