"""Fault injection: make the next requests to a route fail, drop, time out or go slow.

Routes are named as in the spec, `"POST /v1/apps/{app_name}/machines"`, or by operation
id (`"Machines_create"`), or `"*"` for every route. Faults on a route are used in the
order they were added; each is used `count` times.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from http import HTTPStatus
from typing import Literal

from ._routes import Route, find

FaultKind = Literal["fail", "drop_before", "drop_after", "timeout"]


@dataclass
class Fault:
    kind: FaultKind
    route: str  # a Route.name, or "*"
    remaining: int
    status: int = 503
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    after_processing: bool = False
    hold_seconds: float = 0.0


@dataclass
class _Latency:
    route: str
    seconds: float
    remaining: int | None


def _route_name(route: str) -> str:
    return "*" if route.strip() == "*" else find(route).name


def _positive(count: int) -> int:
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise ValueError(f"count must be a whole number >= 1, got {count!r}")
    return count


class Faults:
    """The faults a `FlySimulator` will inject (`sim.faults`). Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._latencies: list[_Latency] = []

    def fail_next(
        self,
        route: str,
        *,
        status: int = 503,
        count: int = 1,
        body: object = None,
        content_type: str | None = None,
        headers: dict[str, str] | None = None,
        after_processing: bool = False,
    ) -> None:
        """Answer the next `count` matching requests with `status` instead of the real answer.

        `body`: None gives `{"error": "simulated failure: 503 Service Unavailable"}`; a
        dict or list is sent as JSON; a str or bytes is sent as is (an HTML error page,
        truncated JSON...) with `content_type` (default text/plain). `headers` are added
        (e.g. `{"Retry-After": "2"}`). By default the request is not processed (nothing
        changes); with `after_processing=True` it is processed first and only the answer
        is replaced, as when a proxy fails after the backend did the work.
        """
        if not 100 <= status <= 599:
            raise ValueError(f"status must be an HTTP status code, got {status!r}")
        raw, default_type = _body_bytes(body, status)
        all_headers = {"content-type": content_type or default_type, **(headers or {})}
        self._add(
            Fault(
                "fail",
                _route_name(route),
                _positive(count),
                status=status,
                body=raw,
                headers=tuple((k.lower(), v) for k, v in all_headers.items()),
                after_processing=after_processing,
            )
        )

    def drop_next(self, route: str, *, count: int = 1, after_processing: bool = False) -> None:
        """Drop the connection of the next `count` matching requests without an answer.

        Before processing (default) nothing changes on the server: `sim.transport()`
        raises `httpx.ConnectError`. After processing the change is made and then the
        connection drops: the transport raises `httpx.RemoteProtocolError` (the request
        reached the server, so a retry must be idempotent). Through `sim.serve()` both
        surface as `httpx.RemoteProtocolError` ("Server disconnected without sending a
        response"), since a server can only close the connection it accepted.
        """
        kind: FaultKind = "drop_after" if after_processing else "drop_before"
        self._add(
            Fault(kind, _route_name(route), _positive(count), after_processing=after_processing)
        )

    def timeout_next(self, route: str, *, count: int = 1, hold_seconds: float = 30.0) -> None:
        """Process the next `count` matching requests but never answer them in time: the
        transport raises `httpx.ReadTimeout`. A real server (`sim.serve()`) holds the
        answer for `hold_seconds` of real time and then drops the connection, so give the
        client a shorter read timeout."""
        if hold_seconds < 0:
            raise ValueError(f"hold_seconds must be >= 0, got {hold_seconds!r}")
        self._add(
            Fault(
                "timeout",
                _route_name(route),
                _positive(count),
                after_processing=True,
                hold_seconds=hold_seconds,
            )
        )

    def add_latency(self, route: str, seconds: float, *, count: int | None = None) -> None:
        """Delay every matching request (or the next `count`) by `seconds` on the
        simulator's clock: a `ManualClock` just moves forward, the system clock sleeps."""
        if seconds < 0:
            raise ValueError(f"seconds must be >= 0, got {seconds!r}")
        with self._lock:
            self._latencies.append(
                _Latency(_route_name(route), seconds, None if count is None else _positive(count))
            )

    def clear(self) -> None:
        """Forget every fault and latency not used yet."""
        with self._lock:
            self._faults.clear()
            self._latencies.clear()

    @property
    def pending(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    # -- used by the simulator --------------------------------------------------------------
    def _add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def take(self, route: Route) -> Fault | None:
        """The fault for this request, if any, counting it as used."""
        with self._lock:
            for fault in self._faults:
                if fault.route in ("*", route.name):
                    fault.remaining -= 1
                    if fault.remaining == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def latency(self, route: Route) -> float:
        with self._lock:
            total = 0.0
            for rule in list(self._latencies):
                if rule.route in ("*", route.name):
                    total += rule.seconds
                    if rule.remaining is not None:
                        rule.remaining -= 1
                        if rule.remaining == 0:
                            self._latencies.remove(rule)
            return total


def _body_bytes(body: object, status: int) -> tuple[bytes, str]:
    if body is None:
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = "error"
        body = {"error": f"simulated failure: {status} {phrase}"}
    if isinstance(body, bytes):
        return body, "text/plain; charset=utf-8"
    if isinstance(body, str):
        return body.encode(), "text/plain; charset=utf-8"
    return json.dumps(body).encode(), "application/json"
