"""What a handler gets from an HTTP request (`Call`) and gives back (`Reply`).

A handler reads the path parameters, query and JSON body of its `Call`, calls the
backend and returns `(status, body)`: the body is JSON-able, None for an empty answer, or
`PlainText` for the few operations that answer `text/plain`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from ._primitives import JSON, bad_request

if TYPE_CHECKING:
    from .resources import Backend

Reply = tuple[int, Any]


class PlainText(str):
    """A handler's answer sent as `text/plain` rather than as JSON (an OIDC token)."""

    __slots__ = ()


_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no", ""}


@dataclass
class Call:
    backend: Backend
    params: dict[str, str]
    query_string: str
    headers: dict[str, str]
    body: bytes

    @property
    def app(self) -> str:
        return self.params["app_name"]

    @property
    def machine(self) -> str:
        return self.params["machine_id"]

    @property
    def nonce(self) -> str | None:
        return self.headers.get("fly-machine-lease-nonce") or None

    def all(self, name: str) -> list[str]:
        return [v for k, v in self.pairs() if k == name]

    def pairs(self) -> list[tuple[str, str]]:
        """Every query parameter, in order, blanks kept."""
        return parse_qsl(self.query_string, keep_blank_values=True)

    def query(self, name: str) -> str | None:
        values = self.all(name)
        return values[-1] if values else None

    def flag(self, name: str) -> bool:
        value = (self.query(name) or "").lower()
        if value not in _TRUE | _FALSE:
            raise bad_request(f"invalid query parameter {name}={value!r}: expected true or false")
        return value in _TRUE

    def number(self, name: str, default: int, low: int, high: int) -> int:
        raw = self.query(name)
        if raw is None:
            return default
        if not raw.isdigit() or not low <= int(raw) <= high:
            expected = f"a whole number from {low} to {high}"
            raise bad_request(f"invalid query parameter {name}={raw!r}: expected {expected}")
        return int(raw)

    def json(self) -> JSON:
        if not self.body.strip():
            return {}
        try:
            data = json.loads(self.body)
        except ValueError as exc:
            raise bad_request(f"invalid JSON body: {exc}") from None
        if not isinstance(data, dict):
            raise bad_request("invalid JSON body: expected an object")
        return data


Handler = Callable[[Call], Reply]
Handlers = Mapping[str, Handler]
