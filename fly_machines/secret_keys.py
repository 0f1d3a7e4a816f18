"""`SecretKeys`: an app's secret keys, which never leave the API: it signs and verifies,
encrypts and decrypts with them for you.

Every function takes the client first and keywords after, returns `Ok(value)` or
`Err(FlyError)` (an awaitable of it with an `AsyncClient`), and accepts `retry=` and
`http_timeout=` as `Machines`' do. Besides the errors each docstring names, any may
return `invalid_request` (nothing was sent), `unauthorized`, `not_found` (no such app),
`rate_limited` and the transport's `timeout`/`connection`.

A key's `type` is one the API knows; fly-go names `hs256`, `hs384`, `hs512`, `nacl_auth`,
`es256`, `nacl_sign` (signing) and `xaes256gcm`, `nacl_secretbox`, `nacl_box`
(encrypting). The facade does not check it against that list, so a type Fly adds later
works without an update.

Bytes go in and come out as bytes: give key values, plaintexts, associated data,
ciphertexts and signatures as `bytes` (or `bytearray`, `memoryview`); the API carries
them as base64 text (spec patch 11), which the facade writes and reads for you. `encrypt`,
`decrypt` and `sign` answer the bytes themselves; the records (`SecretKey`,
`SetSecretkeyResponse`) keep `public_key` as the API sends it, base64 text
(`base64.b64decode(key.public_key)`). A decrypted plaintext's repr is `<redacted>`.

`min_version` (a whole number, or its text) is the `version` an earlier change answered:
the API then answers from a state that includes that change.

Generating a key is never repeated after a failure that may have reached the API (a second
key would replace the first, which the caller never saw); everything else is, since doing
it twice has the effect of doing it once.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from typing import TYPE_CHECKING

from fly_machines_api import models
from fly_machines_api.api.secrets import (
    secretkey_decrypt,
    secretkey_delete,
    secretkey_encrypt,
    secretkey_generate,
    secretkey_get,
    secretkey_set,
    secretkey_sign,
    secretkey_verify,
    secretkeys_list,
)
from fly_machines_api.types import Unset

from . import _validate as check
from ._endpoint import endpoint
from ._engine import Flow
from ._namespace import Core, Namespace, Retry, Timeout, send
from ._sensitive import SensitiveBytes
from .errors import FlyError
from .result import Err, Ok, Result

if TYPE_CHECKING:
    from fly_machines_api.models import DeleteSecretkeyResponse, SecretKey, SetSecretkeyResponse

__all__ = ["BytesLike", "SecretKeys"]

BytesLike = bytes | bytearray | memoryview
# The facade's `name` of a key is the path's `secret_name`, as in `Secrets`.
_SECRET_NAME = {"name": "secret_name"}


class SecretKeys(Namespace, example="list"):
    """Namespace of secret-key operations: `SecretKeys.sign(client, app_name=..., name=...,
    plaintext=b"...")`."""

    @endpoint
    def list(
        core: Core,
        *,
        app_name: str,
        types: str | Sequence[str] | None = None,
        min_version: int | str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[models.SecretKeys]]:
        """The app's keys (names, types, times; never their values): only those of
        `types` if given (one type, or a sequence of them); `min_version` as the module
        says. Ok: `SecretKeys` (`.secret_keys`).
        Err: `bad_request` (a type the API does not know, a version not reached yet)."""
        return (
            yield from send(
                core,
                secretkeys_list,
                locals(),
                types=_types(types),
                min_version=_version(min_version),
            )
        )

    @endpoint
    def get(
        core: Core,
        *,
        app_name: str,
        name: str,
        min_version: int | str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[SecretKey]]:
        """The key `name`: its type, times and, for a public-key type, `public_key`
        (base64); `min_version` as the module says. Ok: `SecretKey`.
        Err: `not_found` (no such key)."""
        return (
            yield from send(
                core,
                secretkey_get,
                locals(),
                rename=_SECRET_NAME,
                min_version=_version(min_version),
            )
        )

    @endpoint
    def set(
        core: Core,
        *,
        app_name: str,
        name: str,
        type: str,
        value: BytesLike,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[SetSecretkeyResponse]]:
        """Store the key `value` (its raw bytes) as `name`, of type `type` (added, or
        replacing a key of that name and type). The value is sent to the API and never
        logged. Ok: `SetSecretkeyResponse` (`.version` of the app's secrets).
        Err: `bad_request` (an unknown type, a value of the wrong size for it, a name the
        API refuses, a key of that name but another type)."""
        return (
            yield from send(core, secretkey_set, locals(), rename=_SECRET_NAME, value=_b64(value))
        )

    @endpoint
    def generate(
        core: Core,
        *,
        app_name: str,
        name: str,
        type: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[SetSecretkeyResponse]]:
        """Make a random key of type `type` as `name` (added, or replacing a key of that
        name and type); its value never leaves the API. Ok: `SetSecretkeyResponse`
        (`.version`, `.public_key` for a public-key type). Err: `bad_request`."""
        return (yield from send(core, secretkey_generate, locals(), rename=_SECRET_NAME))

    @endpoint
    def delete(
        core: Core,
        *,
        app_name: str,
        name: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[DeleteSecretkeyResponse]]:
        """Delete the key `name`. Ok: `DeleteSecretkeyResponse` (`.version`).
        Err: `not_found` (no such key)."""
        return (yield from send(core, secretkey_delete, locals(), rename=_SECRET_NAME))

    @endpoint
    def encrypt(
        core: Core,
        *,
        app_name: str,
        name: str,
        plaintext: BytesLike,
        associated_data: BytesLike | None = None,
        min_version: int | str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[bytes]]:
        """Encrypt `plaintext` with the encrypting key `name`, binding `associated_data`
        (sent in clear, needed again to decrypt) if given; `min_version` as the module
        says. The plaintext is sent to the API and never logged. Ok: the ciphertext.
        Err: `bad_request` (a signing key), `not_found`."""
        result = yield from send(
            core,
            secretkey_encrypt,
            locals(),
            rename=_SECRET_NAME,
            plaintext=_b64(plaintext),
            associated_data=_b64(associated_data),
            min_version=_version(min_version),
        )
        return _bytes_of(result, "ciphertext")

    @endpoint
    def decrypt(
        core: Core,
        *,
        app_name: str,
        name: str,
        ciphertext: BytesLike,
        associated_data: BytesLike | None = None,
        min_version: int | str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[bytes]]:
        """Decrypt `ciphertext`, which `encrypt` made with the key `name` and the same
        `associated_data`; `min_version` as the module says. Ok: the plaintext, whose repr
        is `<redacted>`. Err: `bad_request` (the ciphertext does not open: changed, cut
        short, another key's or other associated data; or a signing key), `not_found`."""
        result = yield from send(
            core,
            secretkey_decrypt,
            locals(),
            rename=_SECRET_NAME,
            ciphertext=_b64(ciphertext),
            associated_data=_b64(associated_data),
            min_version=_version(min_version),
        )
        plaintext = _bytes_of(result, "plaintext")
        return Ok(SensitiveBytes(plaintext.value)) if isinstance(plaintext, Ok) else plaintext

    @endpoint
    def sign(
        core: Core,
        *,
        app_name: str,
        name: str,
        plaintext: BytesLike,
        min_version: int | str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[bytes]]:
        """Sign `plaintext` with the signing key `name`; `min_version` as the module
        says. Ok: the signature. Err: `bad_request` (an encrypting key), `not_found`."""
        result = yield from send(
            core,
            secretkey_sign,
            locals(),
            rename=_SECRET_NAME,
            plaintext=_b64(plaintext),
            min_version=_version(min_version),
        )
        return _bytes_of(result, "signature")

    @endpoint
    def verify(
        core: Core,
        *,
        app_name: str,
        name: str,
        plaintext: BytesLike,
        signature: BytesLike,
        min_version: int | str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[None]]:
        """Check that `signature` is the key `name`'s signature of `plaintext`;
        `min_version` as the module says. Ok(None) when it is (so
        `if SecretKeys.verify(...):` reads as it says).
        Err: `bad_request` (it is not; or an encrypting key), `not_found`."""
        return (
            yield from send(
                core,
                secretkey_verify,
                locals(),
                rename=_SECRET_NAME,
                plaintext=_b64(plaintext),
                signature=_b64(signature),
                min_version=_version(min_version),
            )
        )


def _b64(data: BytesLike | None) -> str | None:
    """Bytes as the API's []byte fields carry them: standard base64, padded."""
    return None if data is None else base64.b64encode(bytes(data)).decode("ascii")


def _version(value: int | str | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if value < 0:
        raise check.InvalidArgument(f"min_version must not be negative, not {value}")
    return str(value)


def _types(value: str | Sequence[str] | None) -> str | None:
    """One type or several, as the API takes them: comma-separated."""
    if value is None or isinstance(value, str):
        return value
    given = [*value]
    if not given or any(not item or "," in item for item in given):
        raise check.InvalidArgument("types must be key types, none empty or with a comma")
    return ",".join(given)


def _bytes_of(result: Result[object], field: str) -> Result[bytes]:
    """The bytes the API answered in `field` of its record."""
    if not isinstance(result, Ok):
        return result
    answered = getattr(result.value, field, None)
    if isinstance(answered, Unset):
        answered = None
    try:
        if isinstance(answered, str):
            return Ok(base64.b64decode(answered, validate=True))
        # As the spec had it before patch 11: a list of byte values.
        if isinstance(answered, list) and all(
            isinstance(b, int) and not isinstance(b, bool) and 0 <= b < 256 for b in answered
        ):
            return Ok(bytes(answered))
        problem = f"no {field} in the answer" if answered is None else f"{field} is not bytes"
    except (binascii.Error, ValueError) as exc:
        problem = f"{field} is not base64: {exc}"
    return Err(
        FlyError(
            kind="decode",
            code="decode_error",
            message=f"could not read the response body: {problem}",
        )
    )
