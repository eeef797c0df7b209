"""Sentences for what can go wrong when enrolling or revoking another site's key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from incubator_desktop.core.errors import CoreError
from incubator_desktop.ui.widgets.failure_text import failure_text


def key_failure_text(error: BaseException) -> str:
    """The clerk's sentence for a key-file problem; anything else as every task failure is told."""
    translate = QCoreApplication.translate
    code = error.code if isinstance(error, CoreError) else ""
    params = error.params if isinstance(error, CoreError) else {}
    if code == "public_key_file_invalid":
        return translate(
            "KeyText",
            "This file is not a public-key file of this program, or it was changed after it was exported. "
            "Do not enrol it: ask the other site to export its public-key file again.",
        )
    if code == "fingerprint_mismatch":
        return translate(
            "KeyText",
            "The key file changed after it was checked: its fingerprint is now {fingerprint}. Nothing was enrolled; "
            "open the file again and compare it with the paper form.",
        ).format(fingerprint=params.get("fingerprint", ""))
    if code == "site_not_related":
        return translate(
            "KeyText",
            "This key belongs to site {site}, which is not this site's own district or one of its townships. "
            "Nothing was enrolled.",
        ).format(site=params.get("site", ""))
    if code == "key_revoked":
        return translate(
            "KeyText",
            "This key was revoked (a lost or replaced computer) and can never be trusted again. "
            "The other site must make new keys and send the new public-key file.",
        )
    if code == "revoke_current_key":
        return translate("KeyText", "This computer's own key in use cannot be revoked here.")
    if code == "key_unknown":
        return translate("KeyText", "That key is no longer on the list. Refresh the list and try again.")
    return failure_text(error)
