"""Values that are secrets (a token, a plaintext, a secret's value) handed back to the
caller: a `str` or `bytes` like any other, whose repr alone says `<redacted>`.

The caller uses them as they are (`str(token)`, an f-string, `Client(token=token)`,
`plaintext.decode()`), but a result printed or logged whole (`Ok(<redacted>)`), a model's
repr, or a failed assertion shows nothing of them.
"""

from __future__ import annotations

__all__ = ["SensitiveBytes", "SensitiveText"]

_REDACTED = "<redacted>"


class SensitiveText(str):
    """A `str` holding a secret: its repr is `<redacted>`."""

    __slots__ = ()

    def __repr__(self) -> str:
        return _REDACTED


class SensitiveBytes(bytes):
    """`bytes` holding a secret: its repr, and its `str()` and formatting (which for bytes
    are only its repr, `b'...'`, so `logger.info("%s", plaintext)` would log it), say
    `<redacted>`. Use the bytes themselves, or `.decode()`."""

    __slots__ = ()

    def __repr__(self) -> str:
        return _REDACTED

    def __str__(self) -> str:
        return _REDACTED

    def __format__(self, spec: str) -> str:
        return format(_REDACTED, spec)
