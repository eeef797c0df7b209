"""Turns DatabaseRefused codes (opening, backups, restores, the single-instance lock) into translated sentences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from incubator_desktop.core.errors import DatabaseRefused


def refusal_templates(code: str) -> tuple[str, ...] | None:
    """Sentences for backup, restore, damage and lock codes, richest first; None for other codes."""
    if code == "db_foreign_code":
        return (
            QCoreApplication.translate(
                "DatabaseRefusal",
                "This database file contains triggers or views that this program did not create; it may have "
                "been tampered with, so it was not opened. Use your own database or a backup made by this "
                "program. The file was not changed.",
            ),
        )
    if code == "db_in_use":
        return (
            QCoreApplication.translate(
                "DatabaseRefusal",
                "This database is already open in another window of the program. Switch to that window, or "
                "close it and try again. Two windows on one database could overwrite each other's work.",
            ),
        )
    if code == "db_corrupt":
        return (
            QCoreApplication.translate(
                "DatabaseRefusal",
                "The database file is damaged ({detail}). Restore the newest good backup "
                "(Settings → Automatic backups), or ask for technical help.",
            ),
            QCoreApplication.translate(
                "DatabaseRefusal",
                "The database file is damaged. Restore the newest good backup (Settings → Automatic backups), "
                "or ask for technical help.",
            ),
        )
    if code == "backup_failed":
        return (
            QCoreApplication.translate(
                "DatabaseRefusal",
                "Before this change the program makes a backup copy, and the copy could not be made or failed its "
                "check ({detail}). Nothing was changed. Check that the disk has free space and try again.",
            ),
            QCoreApplication.translate(
                "DatabaseRefusal",
                "Before this change the program makes a backup copy, and the copy could not be made or failed its "
                "check. Nothing was changed. Check that the disk has free space and try again.",
            ),
        )
    if code in ("backup_unreadable", "backup_not_database"):
        return (
            QCoreApplication.translate(
                "DatabaseRefusal",
                "This file is not a backup that can be read. Choose another backup. Nothing was changed.",
            ),
        )
    if code == "backup_damaged":
        return (
            QCoreApplication.translate(
                "DatabaseRefusal",
                "This backup is damaged and cannot be restored. Choose another one. Nothing was changed.",
            ),
        )
    if code == "backup_not_ours":
        return (
            QCoreApplication.translate(
                "DatabaseRefusal",
                "This file is not a backup made by this program, so for safety it is not restored. "
                "Nothing was changed.",
            ),
        )
    if code == "backup_too_new":
        return (
            QCoreApplication.translate(
                "DatabaseRefusal",
                "This backup was made by a newer version of the program. Install the newer version first. "
                "Nothing was changed.",
            ),
        )
    if code == "restore_failed":
        return (
            QCoreApplication.translate(
                "DatabaseRefusal",
                "The restore did not complete ({detail}). The data as it was before is kept in the backups "
                "folder. Ask for technical help.",
            ),
            QCoreApplication.translate(
                "DatabaseRefusal",
                "The restore did not complete. The data as it was before is kept in the backups folder. "
                "Ask for technical help.",
            ),
        )
    return None


def _fill(templates: tuple[str, ...], params: dict[str, object]) -> str:
    for template in templates:
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            continue
    return templates[-1]


def database_refusal_text(error: DatabaseRefused) -> str:
    """The sentence for `error.code` when opening; each says the database was left untouched, or what to do."""
    code = error.code
    params = error.params
    if code == "db_removable":
        return QCoreApplication.translate(
            "DatabaseRefusal",
            "The database is on removable storage (a USB stick or memory card), where its file can be "
            "damaged. Copy it to a folder on this computer's own disk and open it from there. "
            "The database file was not changed.",
        )
    if code == "db_network":
        return QCoreApplication.translate(
            "DatabaseRefusal",
            "The database is in a shared network folder, where its file can be damaged. Copy it to a "
            "folder on this computer's own disk and open it from there. The database file was not changed.",
        )
    if code == "db_too_new":
        return QCoreApplication.translate(
            "DatabaseRefusal",
            "This database was made by a newer version of the program. Install the newer version first, "
            "then open it again. The database file was not changed.",
        )
    if code == "db_unreadable":
        return QCoreApplication.translate(
            "DatabaseRefusal",
            "This file is not a database of this program, or it is damaged. Check that you chose the right "
            "file. The file was not changed.",
        )
    if code == "backup_failed":
        return QCoreApplication.translate(
            "DatabaseRefusal",
            "Before upgrading the database the program makes a backup copy, and the copy failed the check. "
            "The database was not upgraded and was not changed. Ask for technical help.",
        )
    if code == "db_foreign_keys_broken":
        return QCoreApplication.translate(
            "DatabaseRefusal",
            "Upgrading the database found {count} broken links between records. A backup copy was kept "
            "in the backups folder next to the database. Ask for technical help.",
        ).format(count=params.get("count", "?"))
    templates = refusal_templates(code)
    if templates:
        return _fill(templates, params)
    return QCoreApplication.translate(
        "DatabaseRefusal", "The database cannot be opened. The database file was not changed."
    )
