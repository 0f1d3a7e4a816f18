"""An app's secret keys: named, typed keys that never leave the API, used through it to
sign and verify, encrypt and decrypt (the cryptography is in `key_crypto`, whose docstring
says how each type is stood in for: real, but not Fly's formats).

Choices where the live API's behaviour is not documented, each with its reason:

- Keys share the app's secrets version (`SecretStore.version`): each set, generate and
  delete bumps it, and answers it as `version` (with the deprecated `Version`), since the
  spec's `min_version` on the key operations is the secrets' one ("Minimum secrets
  version"), word for word.
- `min_version` must be a whole number, and one the app's secrets have reached: a later one
  is 400. The simulator has no replicas that lag, so a version ahead can only be a
  mistake, which silently serving older data would hide.
- A name is 1-255 letters, digits, `_` and `-` (the label rule of flyctl's `secrets keys`);
  anything else is 400.
- `set` stores the key given in `value` (base64, patch 11) after checking its size for its
  type (see `key_crypto`); an empty value is 400, not a random key: `generate` does that.
  `generate` takes no value (fly-go sends `"value": null`; an empty one is accepted too).
  Both replace a key of the same name and type (a rotation: what the old key sealed or
  signed no longer opens or verifies); a different type is 400 (flyctl refuses a type
  change before calling), so a key's type never changes under its users.
- Every refusal of the key's use is 400, the status these operations declare themselves:
  a key of the wrong kind (a signing key asked to encrypt, and the reverse), a ciphertext
  that does not open (changed, truncated, another key's, other associated data), a
  signature that does not verify, and bytes that are not base64. A missing byte field is
  empty, as Go leaves a missing []byte.
- Key material never appears in an answer; only the `public_key` of the three types that
  have one, as `SecretKey` declares. Error messages name the key and the problem, never a
  value. The request log keeps these operations' bodies with `value` and `plaintext`
  replaced (`redacted_fields`), and the stored key is left out of every repr.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from .._container import Resource
from .._http import Call, Reply
from .._primitives import JSON, Moment, bad_request, locked, mutating, not_found, rfc3339
from . import key_crypto
from .key_crypto import KEY_TYPES, KeyType
from .secrets import SecretStore

_NAME = re.compile(r"[A-Za-z0-9_-]{1,255}")
_VERSION = re.compile(r"[0-9]{1,19}")
_TYPES = ", ".join(KEY_TYPES)


@dataclass
class SecretKey:
    kind: KeyType
    created: Moment
    updated: Moment
    material: bytes = field(repr=False)

    def to_json(self, name: str) -> JSON:
        body: JSON = {
            "name": name,
            "type": self.kind.name,
            "created_at": rfc3339(self.created.wall),
            "updated_at": rfc3339(self.updated.wall),
        }
        public = self.kind.public_key(self.material)
        if public is not None:
            body["public_key"] = _b64(public)
        return body


@dataclass
class AppSecretKeys:
    """An app's secret keys by name (`app.part(AppSecretKeys)`)."""

    by_name: dict[str, SecretKey] = field(default_factory=dict)


class SecretKeyResource(Resource):
    # What the request log must not keep of these operations' bodies.
    redacted_fields: ClassVar[Mapping[str, frozenset[str]]] = {
        "Secretkey_set": frozenset({"value"}),
        "Secretkey_generate": frozenset({"value"}),  # refused, but it may carry a key
        "Secretkey_encrypt": frozenset({"plaintext"}),
        "Secretkey_sign": frozenset({"plaintext"}),
        "Secretkey_verify": frozenset({"plaintext"}),
    }

    def _keys(self, app_name: str, min_version: str | None = None) -> dict[str, SecretKey]:
        app = self.app(app_name)
        if min_version is not None:
            reached = app.part(SecretStore).version
            if not _VERSION.fullmatch(min_version):
                raise bad_request(f"invalid min_version {min_version[:40]!r}: a whole number")
            if int(min_version) > reached:
                raise bad_request(
                    f"min_version {int(min_version)} is ahead of the app's secrets, at {reached}"
                )
        return app.part(AppSecretKeys).by_name

    def _key(
        self, app_name: str, name: str, min_version: str | None = None, use: str | None = None
    ) -> SecretKey:
        found = self._keys(app_name, min_version).get(name)
        if found is None:
            raise not_found(f"secret key {name!r} not found")
        if use is not None and found.kind.use != use:
            able = ", ".join(k.name for k in KEY_TYPES.values() if k.use == use)
            raise bad_request(
                f"secret key {name!r} is of type {found.kind.name}, which cannot {use}:"
                f" use one of {able}"
            )
        return found

    def _bump(self, app_name: str) -> JSON:
        store = self.app(app_name).part(SecretStore)
        store.version += 1
        return {"version": store.version, "Version": store.version}

    @locked
    def list_secret_keys(
        self, app_name: str, types: str | None = None, min_version: str | None = None
    ) -> JSON:
        keys = self._keys(app_name, min_version)
        wanted = {t.strip() for t in types.split(",") if t.strip()} if types else set()
        unknown = sorted(wanted - KEY_TYPES.keys())
        if unknown:
            raise bad_request(f"invalid types: {', '.join(unknown)[:80]} (known: {_TYPES})")
        return {
            "secret_keys": [
                keys[name].to_json(name)
                for name in sorted(keys)
                if not wanted or keys[name].kind.name in wanted
            ]
        }

    @locked
    def secret_key(self, app_name: str, name: str, min_version: str | None = None) -> JSON:
        return self._key(app_name, name, min_version).to_json(name)

    @mutating
    def set_secret_key(self, app_name: str, name: str, body: JSON) -> JSON:
        keys, kind = self._keys(app_name), _kind(name, body.get("type"))
        material = _bytes(body, "value")
        if not material:
            raise bad_request("value is required: the key, base64 (generate makes a random one)")
        problem = kind.problem(material)
        if problem is not None:
            raise bad_request(f"invalid value: {problem}")
        return self._store(app_name, keys, name, kind, material)

    @mutating
    def generate_secret_key(self, app_name: str, name: str, body: JSON) -> JSON:
        keys, kind = self._keys(app_name), _kind(name, body.get("type"))
        if _bytes(body, "value"):
            raise bad_request("generate makes the key itself: leave value out (set stores one)")
        return self._store(app_name, keys, name, kind, kind.generate())

    def _store(
        self, app_name: str, keys: dict[str, SecretKey], name: str, kind: KeyType, material: bytes
    ) -> JSON:
        existing = keys.get(name)
        if existing is not None and existing.kind is not kind:
            raise bad_request(
                f"secret key {name!r} is of type {existing.kind.name}: delete it before"
                f" making one of type {kind.name} under that name"
            )
        now = self.now()
        keys[name] = SecretKey(kind, existing.created if existing else now, now, material)
        return {**keys[name].to_json(name), **self._bump(app_name)}

    @mutating
    def delete_secret_key(self, app_name: str, name: str) -> JSON:
        self._key(app_name, name)
        del self._keys(app_name)[name]
        return self._bump(app_name)

    @locked
    def encrypt_with_secret_key(
        self, app_name: str, name: str, body: JSON, min_version: str | None = None
    ) -> JSON:
        key = self._key(app_name, name, min_version, use="encrypt")
        plaintext, associated = _bytes(body, "plaintext"), _bytes(body, "associated_data")
        return {"ciphertext": _b64(key_crypto.seal(key.material, plaintext, associated))}

    @locked
    def decrypt_with_secret_key(
        self, app_name: str, name: str, body: JSON, min_version: str | None = None
    ) -> JSON:
        key = self._key(app_name, name, min_version, use="encrypt")
        sealed, associated = _bytes(body, "ciphertext"), _bytes(body, "associated_data")
        plaintext = key_crypto.open_sealed(key.material, sealed, associated)
        if plaintext is None:
            raise bad_request(
                f"ciphertext does not open with secret key {name!r}: changed, cut short,"
                " sealed by another key, or with other associated data"
            )
        return {"plaintext": _b64(plaintext)}

    @locked
    def sign_with_secret_key(
        self, app_name: str, name: str, body: JSON, min_version: str | None = None
    ) -> JSON:
        key = self._key(app_name, name, min_version, use="sign")
        signature = key_crypto.sign(key.kind, key.material, _bytes(body, "plaintext"))
        return {"signature": _b64(signature)}

    @locked
    def verify_with_secret_key(
        self, app_name: str, name: str, body: JSON, min_version: str | None = None
    ) -> None:
        key = self._key(app_name, name, min_version, use="sign")
        message, signature = _bytes(body, "plaintext"), _bytes(body, "signature")
        if not key_crypto.verify(key.kind, key.material, message, signature):
            raise bad_request(f"signature does not verify with secret key {name!r}")


def _kind(name: str, value: object) -> KeyType:
    """The type of a key about to be made, once its name is known to be one."""
    if not _NAME.fullmatch(name):
        raise bad_request(f"invalid secret key name {name[:80]!r}: 1-255 letters, digits, _ and -")
    kind = KEY_TYPES.get(value) if isinstance(value, str) else None
    if kind is None:
        shown = f"{value[:40]!r}" if isinstance(value, str) else "missing"
        raise bad_request(f"invalid type {shown}: one of {_TYPES}")
    return kind


def _bytes(body: JSON, name: str) -> bytes:
    """A []byte field: base64 text (Go's encoding/json reads it with the standard alphabet,
    padded); missing or null is empty."""
    value = body.get(name)
    if value is None:
        return b""
    if not isinstance(value, str):  # the schema check already refused it; kept for safety
        raise bad_request(f"invalid {name}: expected base64 text")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        # Never the value: it may be key material or a plaintext.
        raise bad_request(f"invalid {name}: not base64 (standard alphabet, padded)") from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# -- HTTP ---------------------------------------------------------------------------------------
def _name(c: Call) -> str:
    return c.params["secret_name"]


def _list(c: Call) -> Reply:
    return 200, c.backend.list_secret_keys(c.app, c.query("types"), c.query("min_version"))


def _get(c: Call) -> Reply:
    return 200, c.backend.secret_key(c.app, _name(c), c.query("min_version"))


def _set(c: Call) -> Reply:
    return 201, c.backend.set_secret_key(c.app, _name(c), c.json())


def _generate(c: Call) -> Reply:
    return 201, c.backend.generate_secret_key(c.app, _name(c), c.json())


def _delete(c: Call) -> Reply:
    return 200, c.backend.delete_secret_key(c.app, _name(c))


def _encrypt(c: Call) -> Reply:
    version = c.query("min_version")
    return 200, c.backend.encrypt_with_secret_key(c.app, _name(c), c.json(), version)


def _decrypt(c: Call) -> Reply:
    version = c.query("min_version")
    return 200, c.backend.decrypt_with_secret_key(c.app, _name(c), c.json(), version)


def _sign(c: Call) -> Reply:
    return 200, c.backend.sign_with_secret_key(c.app, _name(c), c.json(), c.query("min_version"))


def _verify(c: Call) -> Reply:
    c.backend.verify_with_secret_key(c.app, _name(c), c.json(), c.query("min_version"))
    return 204, None


SecretKeyResource.handlers = {
    "Secretkeys_list": _list,
    "Secretkey_get": _get,
    "Secretkey_set": _set,
    "Secretkey_generate": _generate,
    "Secretkey_delete": _delete,
    "Secretkey_encrypt": _encrypt,
    "Secretkey_decrypt": _decrypt,
    "Secretkey_sign": _sign,
    "Secretkey_verify": _verify,
}
