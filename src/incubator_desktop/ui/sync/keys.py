"""The key vault of this database, and asking the clerk for the key file's passphrase when one is needed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from incubator_desktop.core.sync.errors import KeyProblem
from incubator_desktop.core.sync.vault import KeyVault, passphrase_from_environment, vault_for

#: Key problems the clerk can solve by typing the passphrase (again).
PASSPHRASE_CODES = frozenset({"passphrase_required", "passphrase_wrong"})


class VaultKeeper:
    """Holds one vault per database; the passphrase typed is kept in memory only, never in the settings."""

    def __init__(self, db_url: str) -> None:
        self._url = db_url
        self._passphrase: str | None = None
        self._vault: KeyVault | None = None
        self.dialog: QInputDialog | None = None

    def vault(self) -> KeyVault:
        if self._vault is None:
            self._vault = vault_for(self._url, self._source)
        return self._vault

    def _source(self) -> str | None:
        return self._passphrase or passphrase_from_environment()

    def set_passphrase(self, passphrase: str) -> None:
        self._passphrase = passphrase or None
        self._vault = None  # a vault that failed to unlock holds nothing worth keeping

    @staticmethod
    def needs_passphrase(error: BaseException) -> bool:
        return isinstance(error, KeyProblem) and error.code in PASSPHRASE_CODES

    def ask(self, parent: QWidget, *, wrong: bool, then: Callable[[], None]) -> QInputDialog:
        """Ask for the passphrase (not blocking); `then()` runs once it was entered."""
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(QCoreApplication.translate("VaultKeeper", "Key file passphrase"))
        text = (
            QCoreApplication.translate(
                "VaultKeeper", "That passphrase was wrong. Enter the passphrase of this site's key file:"
            )
            if wrong
            else QCoreApplication.translate(
                "VaultKeeper", "This site's keys are kept in a file locked with a passphrase. Enter the passphrase:"
            )
        )
        dialog.setLabelText(text)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)

        def entered(passphrase: str) -> None:
            self.set_passphrase(passphrase)
            then()

        dialog.textValueSelected.connect(entered)
        self.dialog = dialog
        dialog.open()
        return dialog
