"""Sentences for bundle refusals and key problems (richest first; the last needs no parameter)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def sync_templates(code: str) -> tuple[str, ...] | None:
    """The sentences for a sync or key code, or None when `code` is not one of them."""
    return _bundle(code) or _keys(code)


def _bundle(code: str) -> tuple[str, ...] | None:
    translate = QCoreApplication.translate
    table: dict[str, tuple[str, ...]] = {
        "bundle_rejected": (
            translate("SyncErrorText", "This bundle cannot be imported. The database was not changed."),
        ),
        "bundle_unreadable": (
            translate("SyncErrorText", "The bundle file cannot be read. Copy it to this computer and try again."),
        ),
        "bundle_too_large": (
            translate(
                "SyncErrorText", "This file is far too large to be a bundle of this program. Nothing was changed."
            ),
        ),
        "bundle_truncated": (
            translate(
                "SyncErrorText",
                "The bundle file is incomplete: copying was interrupted or the USB stick is faulty. "
                "Ask for it to be exported again. Nothing was changed.",
            ),
        ),
        "not_a_bundle": (
            translate("SyncErrorText", "This file is not a bundle. Choose a file ending in .incubator-bundle."),
        ),
        "bundle_format_too_new": (
            translate(
                "SyncErrorText", "The bundle was made by a newer version of the program. Update this program first."
            ),
        ),
        "bundle_damaged": (
            translate("SyncErrorText", "The bundle is damaged. Ask for it to be exported again. Nothing was changed."),
        ),
        "bundle_header_too_large": (
            translate("SyncErrorText", "The bundle's header is abnormally large and was refused. Nothing was changed."),
        ),
        "bundle_signer_unknown": (
            translate(
                "SyncErrorText",
                "The bundle is signed by a key this site does not trust (site {site}). Enroll that site's "
                "public key first. Nothing was changed.",
            ),
            translate(
                "SyncErrorText",
                "The bundle is signed by a key this site does not trust. Enroll the sender's public key first.",
            ),
        ),
        "bundle_signer_revoked": (
            translate(
                "SyncErrorText",
                "The bundle is signed by a revoked key. The sender must make and enroll new keys. Nothing was changed.",
            ),
        ),
        "bundle_signer_not_of_site": (
            translate(
                "SyncErrorText",
                "The bundle claims to come from site {site} but is signed by another site's key: it may be "
                "forged. Nothing was changed.",
            ),
            translate(
                "SyncErrorText", "The bundle's signer does not match its sender: it may be forged. Nothing was changed."
            ),
        ),
        "bundle_signature_invalid": (
            translate(
                "SyncErrorText", "The bundle's signature is wrong: it is damaged or was altered. Nothing was changed."
            ),
        ),
        "bundle_wrong_recipient": (
            translate(
                "SyncErrorText",
                "This bundle is addressed to site {recipient}, not to this site ({me}). Nothing was changed.",
            ),
            translate("SyncErrorText", "This bundle is addressed to another site. Nothing was changed."),
        ),
        "bundle_wrong_recipient_key": (
            translate(
                "SyncErrorText",
                "This bundle was locked with a key this site no longer uses. Ask the sender to enroll this "
                "site's new public key and export again. Nothing was changed.",
            ),
        ),
        "bundle_sequence_reused": (
            translate(
                "SyncErrorText",
                "Serious: bundle No. {sequence} from site {sender} was already imported, with different contents. "
                "The file was kept aside for checking. Ask for technical help. Nothing was changed.",
            ),
            translate(
                "SyncErrorText",
                "Serious: a bundle with this number was already imported, with different contents. "
                "Ask for technical help. Nothing was changed.",
            ),
        ),
        "bundle_chain_broken": (
            translate(
                "SyncErrorText",
                "Serious: this bundle does not fit with the bundles before and after it. Ask for technical help. "
                "Nothing was changed.",
            ),
        ),
        "bundle_payload_invalid": (
            translate("SyncErrorText", "The bundle's contents are not in the expected form. Nothing was changed."),
        ),
        "bundle_schema_unknown": (
            translate(
                "SyncErrorText", "The bundle comes from a newer version of the program. Update this program first."
            ),
        ),
        "bundle_record_invalid": (
            translate(
                "SyncErrorText", "The bundle holds a record that is not in the expected form. Nothing was changed."
            ),
        ),
        "bundle_sensitive_records": (
            translate(
                "SyncErrorText", "The bundle carries sensitive service files, which never travel. Nothing was changed."
            ),
        ),
        "bundle_foreign_records": (
            translate(
                "SyncErrorText",
                "The bundle changes records that belong to another site, which the sender may not do. "
                "Nothing was changed.",
            ),
        ),
        "bundle_owner_mismatch": (
            translate("SyncErrorText", "The bundle tries to change another site's records. Nothing was changed."),
        ),
        "bundle_counts_mismatch": (
            translate(
                "SyncErrorText",
                "The bundle's header does not match its contents: it may have been altered. Nothing was changed.",
            ),
        ),
        "bundle_restore_not_allowed": (
            translate("SyncErrorText", "Only this site's own district may send a restore bundle. Nothing was changed."),
        ),
        "bundle_reference_missing": (
            translate(
                "SyncErrorText",
                "The bundle refers to records this site does not have yet. Import the earlier bundles first. "
                "Nothing was changed.",
            ),
        ),
        "bundle_unique_clash": (
            translate(
                "SyncErrorText", "The bundle holds a record that clashes with one already here. Nothing was changed."
            ),
        ),
        "bundle_duplicate_record": (
            translate(
                "SyncErrorText", "The bundle carries the same record twice: it may be altered. Nothing was changed."
            ),
        ),
        "export_recipient_not_parent": (
            translate("SyncErrorText", "A township sends bundles only to its own district ({parent})."),
            translate("SyncErrorText", "A township sends bundles only to its own district."),
        ),
        "export_recipient_required": (translate("SyncErrorText", "Choose the township the bundle is for."),),
        "export_verify_failed": (
            translate(
                "SyncErrorText",
                "The bundle read back from the drive differs from what was written, so the drive may be faulty. "
                "The file was removed; try another USB stick.",
            ),
        ),
        "restore_only_district": (translate("SyncErrorText", "Only a district can make a restore bundle."),),
        "sync_cancelled": (translate("SyncErrorText", "Cancelled. Nothing was changed."),),
    }
    return table.get(code)


def _keys(code: str) -> tuple[str, ...] | None:
    translate = QCoreApplication.translate
    table: dict[str, tuple[str, ...]] = {
        "key_problem": (
            translate("SyncErrorText", "There is a problem with this site's keys. Ask for technical help."),
        ),
        "private_key_missing": (
            translate(
                "SyncErrorText",
                "This computer's private key was not found. Bundles can only be made on the computer that "
                "made the keys.",
            ),
        ),
        "passphrase_required": (
            translate("SyncErrorText", "The key file is locked with a passphrase. Enter the passphrase to continue."),
        ),
        "passphrase_too_short": (
            translate("SyncErrorText", "The passphrase is too short: at least {min} characters."),
            translate("SyncErrorText", "The passphrase is too short."),
        ),
        "passphrase_wrong": (translate("SyncErrorText", "The passphrase is wrong, so the key file cannot be opened."),),
        "key_file_missing": (translate("SyncErrorText", "The key file was not found. Ask for technical help."),),
        "key_file_damaged": (translate("SyncErrorText", "The key file is damaged. Ask for technical help."),),
        "keys_missing": (
            translate(
                "SyncErrorText",
                "This site has no usable keys yet. Run “incubator keys generate” (or ask for technical help).",
            ),
        ),
        "no_key_for_site": (
            translate(
                "SyncErrorText",
                "Site {site}'s public key has not been enrolled yet. Enroll its public-key file first.",
            ),
            translate("SyncErrorText", "The other site's public key has not been enrolled yet. Enroll it first."),
        ),
    }
    return table.get(code)
