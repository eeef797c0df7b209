"""Site key material: Ed25519 signing and X25519 encryption pairs, their ids, fingerprints and signatures."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

_RAW = (Encoding.Raw, PublicFormat.Raw)
_KEY_ID_CONTEXT = b"incubator-desktop key id\0"
_FINGERPRINT_GROUPS = 12
# Built once: `json.dumps` with these options would build an encoder per call (bundles encode each record).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(value: Any) -> bytes:
    """One byte string per value (sorted keys, no spaces), so a signature over it is reproducible."""
    return _CANONICAL.encode(value).encode()


def key_id_for(sign_public: bytes, enc_public: bytes) -> str:
    return hashlib.sha256(_KEY_ID_CONTEXT + sign_public + enc_public).hexdigest()[:32]


def fingerprint_for(sign_public: bytes, enc_public: bytes) -> str:
    """Twelve groups of five digits a person can read aloud and compare with the sealed paper form."""
    digest = hashlib.sha512(sign_public + enc_public).digest()
    groups = [int.from_bytes(digest[i * 5 : i * 5 + 5], "big") % 100_000 for i in range(_FINGERPRINT_GROUPS)]
    return " ".join(f"{group:05d}" for group in groups)


@dataclass(frozen=True)
class SiteKeyPair:
    """One install's private keys: Ed25519 signs what it sends, X25519 opens what is sent to it."""

    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @property
    def sign_public(self) -> bytes:
        return self.signing.public_key().public_bytes(*_RAW)

    @property
    def enc_public(self) -> bytes:
        return self.encryption.public_key().public_bytes(*_RAW)

    @property
    def key_id(self) -> str:
        return key_id_for(self.sign_public, self.enc_public)

    @property
    def fingerprint(self) -> str:
        return fingerprint_for(self.sign_public, self.enc_public)

    def private_hex(self) -> dict[str, str]:
        """The private halves as hex, only ever handed to the key vault (which encrypts or delegates)."""
        raw = (Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        return {"sign": self.signing.private_bytes(*raw).hex(), "enc": self.encryption.private_bytes(*raw).hex()}

    @classmethod
    def from_private_hex(cls, values: dict[str, str]) -> SiteKeyPair:
        return cls(
            Ed25519PrivateKey.from_private_bytes(bytes.fromhex(values["sign"])),
            X25519PrivateKey.from_private_bytes(bytes.fromhex(values["enc"])),
        )


def generate_key_pair() -> SiteKeyPair:
    return SiteKeyPair(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())


def verify_signature(sign_public_hex: str, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(sign_public_hex)).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def sign_document(body: dict[str, Any], pair: SiteKeyPair, *, field: str = "signature") -> dict[str, Any]:
    """`body` plus a hex Ed25519 signature over its canonical JSON."""
    return {**body, field: pair.signing.sign(canonical_json(body)).hex()}


def document_body(document: dict[str, Any], *fields: str) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key not in fields}


def verify_document(document: dict[str, Any], sign_public_hex: str, *, field: str, without: tuple[str, ...]) -> bool:
    """Whether `document[field]` signs the document less the signature fields in `without`."""
    signature = document.get(field)
    if not isinstance(signature, str):
        return False
    try:
        raw = bytes.fromhex(signature)
    except ValueError:
        return False
    return verify_signature(sign_public_hex, raw, canonical_json(document_body(document, *without)))


REPLACEMENT_SIGNATURES = ("old_signature", "new_signature")


def replacement_statement(
    site_code: str, old: SiteKeyPair, new: SiteKeyPair, *, revoke_old: bool, created: str
) -> dict[str, Any]:
    """'Key `old` hands over to key `new`', signed by both: peers trust `new` because they trusted `old`."""
    body = {
        "type": "key-replacement",
        "site": site_code,
        "old_key": old.key_id,
        "new_key": new.key_id,
        "sign": new.sign_public.hex(),
        "enc": new.enc_public.hex(),
        "revoke_old": revoke_old,
        "created": created,
    }
    message = canonical_json(body)
    return {**body, "old_signature": old.signing.sign(message).hex(), "new_signature": new.signing.sign(message).hex()}


def statement_is_valid(statement: dict[str, Any], old_sign_public_hex: str) -> bool:
    """Signed by the old key and by the new key it names, and the new key id matches the new public keys."""
    try:
        sign, enc = bytes.fromhex(statement["sign"]), bytes.fromhex(statement["enc"])
    except (KeyError, TypeError, ValueError):
        return False
    if statement.get("type") != "key-replacement" or key_id_for(sign, enc) != statement.get("new_key"):
        return False
    without = REPLACEMENT_SIGNATURES
    return verify_document(statement, old_sign_public_hex, field="old_signature", without=without) and (
        verify_document(statement, sign.hex(), field="new_signature", without=without)
    )
