"""Private keys at rest: the OS credential store through keyring, else a passphrase-encrypted key file."""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from incubator_desktop.core.paths import data_dir, sqlite_path
from incubator_desktop.core.sync.errors import KeyProblem
from incubator_desktop.core.sync.keys import SiteKeyPair

PASSPHRASE_ENV = "INCUBATOR_PASSPHRASE"
SERVICE_PREFIX = "IncubatorDesktop"
KEYRING, FILE = "keyring", "file"
MIN_PASSPHRASE = 8
_FILE_FORMAT = "incubator-desktop-private-keys"
_FILE_AAD = b"incubator-desktop private keys v1"
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}

#: Returns the passphrase for the key file, or None when none can be had (no variable, no terminal).
PassphraseSource = Callable[[], str | None]

# Backends that store secrets in plain (or merely obfuscated) files, or store nothing at all.
_REFUSED_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


def passphrase_from_environment() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def _refused(backend: KeyringBackend) -> bool:
    members = getattr(backend, "backends", None)
    if members is not None:  # the chainer: one weak member is enough to risk a plain-text copy
        return not members or any(_refused(member) for member in members)
    return type(backend).__module__.startswith(_REFUSED_MODULES) or float(backend.priority) <= 0


def usable_keyring() -> KeyringBackend | None:
    """The OS credential store, or None where there is none or only a plain-text stand-in."""
    try:
        backend = keyring.get_keyring()
    except (KeyringError, RuntimeError):
        return None
    return None if _refused(backend) else backend


def service_name(site_code: str, device_id: str) -> str:
    """One credential-store entry per site and install, so several databases on one PC never mix keys."""
    return f"{SERVICE_PREFIX}/{site_code}/{device_id}"


class KeyVault:
    """Saves and loads one install's private keys; never writes them anywhere in plain text."""

    def __init__(self, key_file: Path, passphrase: PassphraseSource = passphrase_from_environment) -> None:
        self.key_file = key_file
        self._passphrase = passphrase
        self._unlocked: tuple[bytes, dict[str, Any]] | None = None  # (passphrase, decrypted entries)

    def save(self, site_code: str, device_id: str, pair: SiteKeyPair) -> str:
        """Store `pair`; returns where it went ("keyring" or "file")."""
        secret = json.dumps(pair.private_hex())
        backend = usable_keyring()
        if backend is not None:
            try:
                backend.set_password(service_name(site_code, device_id), pair.key_id, secret)
                return KEYRING
            except KeyringError:
                pass  # a store that exists but cannot be written (locked, no session bus): use the file
        entries = self._read_file(creating=True)
        entries[pair.key_id] = {"site": site_code, "device": device_id, **pair.private_hex()}
        self._write_file(entries)
        return FILE

    def load(self, site_code: str, device_id: str, key_id: str, storage: str) -> SiteKeyPair:
        if storage == KEYRING:
            backend = usable_keyring()
            secret = None
            if backend is not None:
                try:
                    secret = backend.get_password(service_name(site_code, device_id), key_id)
                except KeyringError:
                    secret = None
            if secret is None:
                raise KeyProblem("private_key_missing", key=key_id, where=KEYRING)
            return SiteKeyPair.from_private_hex(json.loads(secret))
        entry = self._read_file(creating=False).get(key_id)
        if entry is None:
            raise KeyProblem("private_key_missing", key=key_id, where=str(self.key_file))
        return SiteKeyPair.from_private_hex(entry)

    def _ask(self, *, creating: bool) -> bytes:
        if self._unlocked is not None:
            return self._unlocked[0]
        passphrase = self._passphrase()
        if not passphrase:
            raise KeyProblem("passphrase_required", variable=PASSPHRASE_ENV)
        if creating and len(passphrase) < MIN_PASSPHRASE:
            raise KeyProblem("passphrase_too_short", min=MIN_PASSPHRASE)
        return passphrase.encode()

    def _read_file(self, *, creating: bool) -> dict[str, Any]:
        if self._unlocked is not None:
            return dict(self._unlocked[1])
        if not self.key_file.exists():
            if not creating:
                raise KeyProblem("key_file_missing", path=str(self.key_file))
            self._unlocked = (self._ask(creating=True), {})
            return {}
        passphrase = self._ask(creating=False)
        try:
            stored = json.loads(self.key_file.read_text(encoding="utf-8"))
            if stored.get("format") != _FILE_FORMAT:
                raise ValueError("not a key file")
            kdf = stored["kdf"]
            key = _derive(passphrase, base64.b64decode(kdf["salt"]), kdf)
            plain = ChaCha20Poly1305(key).decrypt(
                base64.b64decode(stored["nonce"]), base64.b64decode(stored["ciphertext"]), _FILE_AAD
            )
        except InvalidTag:
            raise KeyProblem("passphrase_wrong", path=str(self.key_file)) from None
        except (ValueError, KeyError, TypeError) as exc:
            raise KeyProblem("key_file_damaged", path=str(self.key_file), detail=str(exc)) from None
        entries: dict[str, Any] = json.loads(plain)
        self._unlocked = (passphrase, entries)
        return dict(entries)

    def _write_file(self, entries: dict[str, Any]) -> None:
        passphrase = self._ask(creating=True)
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        kdf = {"name": "scrypt", **_SCRYPT, "salt": base64.b64encode(salt).decode()}
        ciphertext = ChaCha20Poly1305(_derive(passphrase, salt, kdf)).encrypt(
            nonce, json.dumps(entries).encode(), _FILE_AAD
        )
        document = {
            "format": _FILE_FORMAT,
            "version": 1,
            "kdf": kdf,
            "nonce": base64.b64encode(nonce).decode(),
            "ciphertext": base64.b64encode(ciphertext).decode(),
        }
        _replace_file(self.key_file, json.dumps(document, indent=1).encode())
        self._unlocked = (passphrase, dict(entries))


def _derive(passphrase: bytes, salt: bytes, kdf: dict[str, Any]) -> bytes:
    if kdf.get("name") != "scrypt":
        raise ValueError("unknown key derivation")
    return Scrypt(salt=salt, length=32, n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"])).derive(passphrase)


def _replace_file(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".keys-", dir=target.parent)
    try:
        os.chmod(temp_name, 0o600)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def key_file_for(db_url: str) -> Path:
    """The key file beside the database (`incubator.db` → `incubator.keys`)."""
    path = sqlite_path(db_url)
    return path.with_suffix(".keys") if path is not None else data_dir() / "incubator.keys"


def vault_for(db_url: str, passphrase: PassphraseSource = passphrase_from_environment) -> KeyVault:
    return KeyVault(key_file_for(db_url), passphrase)
