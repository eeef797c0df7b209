"""Turns a DatabaseRefused code into one translated sentence a clerk can act on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from incubator_desktop.core.errors import DatabaseRefused


def database_refusal_text(error: DatabaseRefused) -> str:
    """The sentence for `error.code`; every one says the database file was left untouched."""
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
    return QCoreApplication.translate(
        "DatabaseRefusal", "The database cannot be opened. The database file was not changed."
    )
