"""A request and its outcome as the simulator sees them, apart from httpx and ASGI."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

Outcome = Literal["answered", "dropped_before", "dropped_after", "timed_out"]


@dataclass(frozen=True)
class SimRequest:
    method: str
    path: str  # as sent, percent-encoded, without the query
    query: str  # the raw query string
    headers: dict[str, str]  # lower-case names
    body: bytes = b""


@dataclass(frozen=True)
class SimResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


@dataclass(frozen=True)
class Exchange:
    """What happened to one request: answered, or the connection was dropped (before or
    after the server processed it), or it was held past the client's read timeout."""

    outcome: Outcome
    response: SimResponse | None
    hold_seconds: float = 0.0


@dataclass(frozen=True)
class RecordedRequest:
    """One request the simulator saw, for tests to count and inspect.

    `route` is the spec's path template (`/v1/apps/{app_name}/machines`) and
    `operation_id` its operation (both None for unknown paths); `status` is what the
    server answered or would have answered (None when the connection was dropped before
    processing). The Authorization header is never kept.
    """

    method: str
    path: str
    query: str
    route: str | None
    operation_id: str | None
    status: int | None
    outcome: Outcome
    headers: dict[str, str] = field(repr=False)
    body: bytes = field(repr=False)

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None
