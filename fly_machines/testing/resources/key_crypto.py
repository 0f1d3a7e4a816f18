"""The cryptography behind the simulator's secret keys: real, from the standard library
(`hmac`, `hashlib`, `secrets`), so that what one call seals only the same key opens and a
changed byte is caught; but not Fly's formats, which are not published. A ciphertext or a
signature made here means nothing to the live API, nor the reverse.

The key types are the ones fly-go names (`SECRETKEY_TYPE_*` in secrets_types.go) and
flyctl's `secrets keys` sorts into signing and encrypting ones. How each is stood in for:

- `hs256`, `hs384`, `hs512`: HMAC with SHA-256/384/512, as JWT's HS* algorithms (RFC 7518
  3.2); a key given to `set` must be at least as long as the hash (that RFC's rule).
- `nacl_auth`: HMAC-SHA-512 cut to 32 bytes, which is NaCl's `crypto_auth`; 32-byte keys.
- `es256`, `nacl_sign`: public-key signatures (ECDSA P-256, Ed25519) that the standard
  library cannot make. Signed here with HMAC-SHA-512 under the private key (64-byte
  signatures, as theirs are), so only this simulator can verify them; their `public_key`
  is a SHA-256 digest of the private key: it names the key, but no real library can use
  it. A private key given to `set` has their size (32 bytes, a P-256 scalar below the
  group order; 64 bytes, NaCl's seed-and-public-key form).
- `xaes256gcm`, `nacl_secretbox`, `nacl_box`: one encrypt-then-MAC construction for all
  three (`nacl_box` is public-key encryption in NaCl; here its private key does both): a
  random 24-byte nonce, the plaintext XORed with SHAKE-256(encryption key || nonce), then
  an HMAC-SHA-256 tag over the associated data's length, the associated data, the nonce
  and the ciphertext. The sealed form is nonce || ciphertext || tag (56 bytes longer than
  the plaintext). Encryption and MAC keys are derived from the key with HMAC-SHA-256, so
  the one key never serves both. Decrypting checks the tag (in constant time) before
  anything else. 32-byte keys.

`generate` makes a key of each type's usual size with `secrets.token_bytes`; no key is ever
drawn from the simulator's seeded ids, so a seed makes ids repeatable, never keys.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Literal

__all__ = ["KEY_TYPES", "KeyType", "open_sealed", "seal", "sign", "verify"]

NONCE_SIZE = 24
TAG_SIZE = 32
MAX_KEY_SIZE = 1024  # a bound on what `set` keeps; HMAC keys may be longer than the hash
# The order of the P-256 group: an ES256 private key is a number from 1 to this, exclusive.
_P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


@dataclass(frozen=True)
class KeyType:
    name: str
    use: Literal["sign", "encrypt"]
    size: int  # of a generated key, and the least `set` accepts
    exact: bool  # `set` accepts that size only
    public: bool  # has a public key (asymmetric in real life)
    digest: str = "sha256"  # signing: the HMAC's hash
    signature_size: int = 0  # signing: bytes kept of the HMAC (0: all)

    def generate(self) -> bytes:
        while True:
            material = secrets.token_bytes(self.size)
            if self.problem(material) is None:  # an ES256 scalar is 0 or too big: rarely
                return material

    def problem(self, material: bytes) -> str | None:
        """Why `material` cannot be a key of this type (its length only), or None."""
        if self.exact and len(material) != self.size:
            return f"a key of type {self.name} is {self.size} bytes, not {len(material)}"
        if len(material) < self.size:
            return f"a key of type {self.name} is at least {self.size} bytes, not {len(material)}"
        if len(material) > MAX_KEY_SIZE:
            return f"a key of type {self.name} is at most {MAX_KEY_SIZE} bytes, not {len(material)}"
        if self.name == "es256" and not 0 < int.from_bytes(material, "big") < _P256_ORDER:
            return "a key of type es256 is a P-256 private scalar: from 1 to the group order"
        return None

    def public_key(self, material: bytes) -> bytes | None:
        if not self.public:
            return None
        return hashlib.sha256(b"fly-sim public key:" + material).digest()


KEY_TYPES: dict[str, KeyType] = {
    kind.name: kind
    for kind in (
        KeyType("hs256", "sign", 32, exact=False, public=False, digest="sha256"),
        KeyType("hs384", "sign", 48, exact=False, public=False, digest="sha384"),
        KeyType("hs512", "sign", 64, exact=False, public=False, digest="sha512"),
        KeyType(
            "nacl_auth", "sign", 32, exact=True, public=False, digest="sha512", signature_size=32
        ),
        KeyType("es256", "sign", 32, exact=True, public=True, digest="sha512"),
        KeyType("nacl_sign", "sign", 64, exact=True, public=True, digest="sha512"),
        KeyType("xaes256gcm", "encrypt", 32, exact=True, public=False),
        KeyType("nacl_secretbox", "encrypt", 32, exact=True, public=False),
        KeyType("nacl_box", "encrypt", 32, exact=True, public=True),
    )
}


# -- signing ---------------------------------------------------------------------------------
def sign(kind: KeyType, material: bytes, message: bytes) -> bytes:
    mac = hmac.new(material, message, kind.digest).digest()
    return mac[: kind.signature_size] if kind.signature_size else mac


def verify(kind: KeyType, material: bytes, message: bytes, signature: bytes) -> bool:
    return hmac.compare_digest(sign(kind, material, message), signature)


# -- encryption ------------------------------------------------------------------------------
def seal(material: bytes, plaintext: bytes, associated: bytes) -> bytes:
    """nonce || ciphertext || tag."""
    encryption, authentication = _subkeys(material)
    nonce = secrets.token_bytes(NONCE_SIZE)
    body = _xor(plaintext, _keystream(encryption, nonce, len(plaintext)))
    return nonce + body + _tag(authentication, associated, nonce, body)


def open_sealed(material: bytes, sealed: bytes, associated: bytes) -> bytes | None:
    """The plaintext, or None when `sealed` was not sealed with this key and associated
    data, or was changed since."""
    if len(sealed) < NONCE_SIZE + TAG_SIZE:
        return None
    encryption, authentication = _subkeys(material)
    nonce, body, tag = sealed[:NONCE_SIZE], sealed[NONCE_SIZE:-TAG_SIZE], sealed[-TAG_SIZE:]
    if not hmac.compare_digest(tag, _tag(authentication, associated, nonce, body)):
        return None
    return _xor(body, _keystream(encryption, nonce, len(body)))


def _subkeys(material: bytes) -> tuple[bytes, bytes]:
    encryption = hmac.new(material, b"fly-sim encryption key", "sha256").digest()
    authentication = hmac.new(material, b"fly-sim authentication key", "sha256").digest()
    return encryption, authentication


def _keystream(key: bytes, nonce: bytes, length: int) -> bytes:
    # Both parts have a fixed length, so their concatenation is unambiguous.
    return hashlib.shake_256(key + nonce).digest(length)


def _tag(key: bytes, associated: bytes, nonce: bytes, body: bytes) -> bytes:
    framed = len(associated).to_bytes(8, "big") + associated + nonce + body
    return hmac.new(key, framed, "sha256").digest()


def _xor(data: bytes, stream: bytes) -> bytes:
    if not data:
        return b""
    mixed = int.from_bytes(data, "big") ^ int.from_bytes(stream, "big")
    return mixed.to_bytes(len(data), "big")
