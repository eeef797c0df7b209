"""Seals a bundle (encrypt to the recipient, sign as the sender) and checks and opens one addressed to us."""

from __future__ import annotations

from dataclasses import replace

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from incubator_desktop.core.sync.container import FORMAT_VERSION, BundleHeader, BundleParts, header_block
from incubator_desktop.core.sync.errors import BundleRejected
from incubator_desktop.core.sync.keys import SiteKeyPair, verify_signature

_INFO = b"incubator-desktop bundle payload v1"
_TAG = 16
# Every bundle's payload key comes from a fresh ephemeral X25519 key, so one fixed nonce is never reused.
_NONCE = bytes(12)


def _payload_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    # Both public keys go into the salt, binding the key to this exact exchange (as age and HPKE do).
    return HKDF(SHA256(), 32, salt=ephemeral_public + recipient_public, info=_INFO).derive(shared)


def seal_bundle(
    header: BundleHeader,
    plaintext: bytes,
    *,
    sender: SiteKeyPair,
    recipient_enc_public: str,
    version: int = FORMAT_VERSION,
) -> bytes:
    """The bundle file's bytes: header in clear, payload encrypted with the header as associated data, signed."""
    recipient_public = bytes.fromhex(recipient_enc_public)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    header = replace(header, ephemeral_key=ephemeral_public.hex(), payload_length=len(plaintext) + _TAG)
    block = header_block(header, version=version)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    ciphertext = ChaCha20Poly1305(_payload_key(shared, ephemeral_public, recipient_public)).encrypt(
        _NONCE, plaintext, block
    )
    return block + ciphertext + sender.signing.sign(block + ciphertext)


def signature_is_valid(parts: BundleParts, sign_public_hex: str) -> bool:
    return verify_signature(sign_public_hex, parts.signature, parts.signed)


def open_payload(parts: BundleParts, recipient: SiteKeyPair) -> bytes:
    """Decrypt the payload; the header is authenticated with it, so no header can be swapped onto it."""
    ephemeral_public = bytes.fromhex(parts.header.ephemeral_key)
    try:
        shared = recipient.encryption.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        key = _payload_key(shared, ephemeral_public, recipient.enc_public)
        return ChaCha20Poly1305(key).decrypt(_NONCE, parts.ciphertext, parts.header_block)
    except (InvalidTag, ValueError):
        raise BundleRejected("bundle_damaged", detail="payload does not decrypt") from None
