"""`FlySimulator`: the request pipeline in front of the backend, and the ways in."""

from __future__ import annotations

import hmac
import json
import threading
import traceback
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..clock import Clock, SystemClock
from . import _bugs, _routes
from ._container import DESTROYED_RETENTION, AsyncHandler
from ._faults import Fault, Faults
from ._http import Call, Handler, PlainText
from ._primitives import ApiError, IdFactory
from ._ratelimit import RateLimiter
from ._transport import SimTransport
from ._wire import Exchange, Outcome, RecordedRequest, SimRequest, SimResponse
from .resources import HANDLERS, MISFIT_STATUS, Backend
from .resources.checks import CheckRules
from .resources.inputs import check_request
from .resources.platform import RegionCapacity
from .resources.processes import ProgramRules

if TYPE_CHECKING:
    from ._server import RunningServer

_UNAUTHENTICATED = "Authenticate: token validation error"
# The handlers that may pause (a `wait`), as coroutines for an event loop.
ASYNC_HANDLERS: dict[str, AsyncHandler] = {
    operation_id: handler
    for resource in Backend.__mro__
    for operation_id, handler in vars(resource).get("async_handlers", {}).items()
}
# Operations the spec declares open (`security: []`): they do not look at the caller's token.
OPEN_OPERATIONS = frozenset(
    operation_id
    for resource in Backend.__mro__
    for operation_id in vars(resource).get("open_operations", ())
)
# Fields of request bodies that carry secrets (key material, plaintexts, tokens): the
# request log keeps those bodies with these fields replaced.
REDACTED_FIELDS: dict[str, frozenset[str]] = {
    operation_id: fields
    for resource in Backend.__mro__
    for operation_id, fields in vars(resource).get("redacted_fields", {}).items()
}
_REDACTED = "<redacted>"
REQUEST_LOG_SIZE = 1000


@dataclass(frozen=True)
class SimulatorBug:
    """An exception the simulator raised while answering a request: a bug in the
    simulator, answered 500 and kept in `sim.errors` (the pytest plugin fails the test)."""

    method: str
    path: str
    operation_id: str
    error: str  # "TypeError: ..."
    traceback: str


class FlySimulator:
    """A stateful, offline Fly Machines API.

    `clock`: a `fly_machines.clock.ManualClock` makes time virtual (transitions happen
    only when the clock moves; a `wait` jumps it); default the system clock.
    `token`: the only token accepted (as `Bearer <token>` or `FlyV1 <token>`) besides the
    deploy tokens this simulator mints (each for its own app only); by default any
    non-empty token is. `rate_limit`: apply Fly's documented limits (429).
    `transition_seconds`: how long each transient state (`starting`, `stopping`, ...)
    lasts. `seed`: makes every generated id repeatable. `request_log_size`: how many of
    the latest requests `requests` keeps (default 1000). `destroyed_retention`: for how
    many seconds of the simulator's clock a destroyed machine stays readable and listed
    with `include_deleted` before it is forgotten (default 120).

    `faults` injects failures (see `Faults`), `requests` lists what was received, and
    `backend` gives direct access to the state for test set-up and assertions.
    """

    def __init__(
        self,
        clock: Clock | None = None,
        token: str | None = None,
        rate_limit: bool = False,
        transition_seconds: float = 1.0,
        seed: int | None = None,
        request_log_size: int = REQUEST_LOG_SIZE,
        destroyed_retention: float = DESTROYED_RETENTION,
    ) -> None:
        if request_log_size < 0:
            raise ValueError(f"request_log_size must be >= 0, got {request_log_size!r}")
        if not destroyed_retention >= 0:
            raise ValueError(f"destroyed_retention must be >= 0, got {destroyed_retention!r}")
        if transition_seconds < 0:
            raise ValueError(f"transition_seconds must be >= 0, got {transition_seconds!r}")
        if token is not None and not token.strip():
            raise ValueError("token must not be empty (leave it None to accept any token)")
        self.clock: Clock = clock if clock is not None else SystemClock()
        self._ids = IdFactory(seed)
        self.backend = Backend(self.clock, self._ids, transition_seconds)
        self.backend.destroyed_retention = destroyed_retention
        self.faults = Faults()
        self._token = _bare_token(token) if token is not None else None
        if self._token is not None:
            self.backend.trust_token(self._token)  # for Tokens_authenticate/authorize
        self._limiter = RateLimiter(self.clock) if rate_limit else None
        self._log_lock = threading.Lock()
        self._errors: list[SimulatorBug] = []
        self._log: deque[RecordedRequest] = deque(maxlen=request_log_size)

    def __repr__(self) -> str:
        # Never the token itself.
        token = "required" if self._token is not None else "any"
        return f"FlySimulator(clock={self.clock!r}, token={token}, apps={len(self.backend.apps)})"

    # -- ways in -----------------------------------------------------------------------------
    def transport(self) -> SimTransport:
        """An httpx transport (sync and async) into this simulator, with no sockets."""
        return SimTransport(self)

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> RunningServer:
        """A real HTTP server (uvicorn, in a background thread) for this simulator; use it
        as a context manager. `port=0` picks a free port: read `server.base_url`."""
        from ._server import RunningServer

        return RunningServer(self, host, port)

    # -- what tests look at ------------------------------------------------------------------
    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests seen so far, oldest first (a copy): the latest `request_log_size`."""
        with self._log_lock:
            return list(self._log)

    def requests_to(self, route: str) -> list[RecordedRequest]:
        """The requests that hit `route` ("POST /v1/apps/{app_name}/machines" or an
        operation id)."""
        target = _routes.find(route)
        return [r for r in self.requests if r.operation_id == target.operation_id]

    def crash_machine(self, app_name: str, machine_id: str) -> None:
        """Put a machine in `failed`, as if its process died (for testing failure paths)."""
        self.backend.crash(app_name, machine_id)

    @property
    def processes(self) -> ProgramRules:
        """What a machine's main process does: `sim.processes.exit_after(id, seconds=5,
        code=3)`, `oom_after(id, seconds)`, `run_forever(id)`."""
        return self.backend.programs

    @property
    def capacity(self) -> RegionCapacity:
        """The room left in each region: `sim.capacity["ams"] = 0` makes every create in
        ams answer the live API's `insufficient_capacity` refusal; `= 2` lets two more in
        first (see resources/platform.py)."""
        return self.backend.capacity

    @property
    def checks(self) -> CheckRules:
        """Make a machine's health check fail: `sim.checks.fail(id, name, output=...)`,
        `sim.checks.recover(id, name)`."""
        return self.backend.checks

    @property
    def errors(self) -> list[SimulatorBug]:
        """Every bug of the simulator met so far (an exception while answering, which was
        answered 500 `{"error": "simulator bug: ..."}`), oldest first (a copy)."""
        with self._log_lock:
            return list(self._errors)

    def _bug(self, request: SimRequest, route: _routes.Route, exc: Exception) -> SimResponse:
        bug = SimulatorBug(
            request.method,
            request.path,
            route.operation_id,
            f"{type(exc).__name__}: {exc}",
            "".join(traceback.format_exception(exc)),
        )
        with self._log_lock:
            self._errors.append(bug)
        for listener in list(_bugs.LISTENERS):
            listener(bug)
        return _json_response(500, {"error": f"simulator bug: {bug.error}"})

    # -- the pipeline ------------------------------------------------------------------------
    def process(self, request: SimRequest) -> Exchange:
        """Handle one request end to end. Thread-safe; blocks only for a `wait` on a real
        clock or for injected latency on a real clock."""
        found = _routes.match(request.method, request.path)
        route = found.route
        if route is None:
            return self._finish(request, None, self._unknown(request, found.allowed), "answered")
        fault = self.faults.take(route)
        latency = self.faults.latency(route)
        if latency:
            self.clock.sleep(latency)
        if fault is not None and not fault.after_processing:
            return self._refuse(request, route, fault)
        response = self._answer(request, route, found.params)
        return self._outcome(request, route, found.params, fault, response)

    async def process_async(
        self, request: SimRequest, sleep: Callable[[float], Awaitable[None]] | None = None
    ) -> Exchange:
        """`process` for an asyncio event loop, which it never blocks for long: a `wait` or
        injected latency on the real clock suspends the coroutine, not a thread. `sleep`
        replaces the clock's for that latency (a server ends it early when it closes)."""
        found = _routes.match(request.method, request.path)
        route = found.route
        if route is None:
            return self._finish(request, None, self._unknown(request, found.allowed), "answered")
        fault = self.faults.take(route)
        latency = self.faults.latency(route)
        if latency:
            await (self.clock.async_sleep if sleep is None or self.backend.virtual else sleep)(
                latency
            )
        if fault is not None and not fault.after_processing:
            return self._refuse(request, route, fault)
        handler = ASYNC_HANDLERS.get(route.operation_id)
        if handler is None:
            response = self._answer(request, route, found.params)
        else:
            response = await self._answer_async(request, route, found.params, handler)
        return self._outcome(request, route, found.params, fault, response)

    def _refuse(self, request: SimRequest, route: _routes.Route, fault: Fault) -> Exchange:
        if fault.kind == "drop_before":
            return self._finish(request, route, None, "dropped_before")
        return self._finish(request, route, _fault_response(fault), "answered")

    def _outcome(
        self,
        request: SimRequest,
        route: _routes.Route,
        params: dict[str, str],
        fault: Fault | None,
        response: SimResponse,
    ) -> Exchange:
        if route.operation_id == "Machines_delete" and response.status == 200:
            self.backend.note_destroy(params["app_name"], params["machine_id"])
        outcome: Outcome = "answered"
        if fault is not None:
            if fault.kind == "fail":
                response = _fault_response(fault)
            else:
                outcome = "dropped_after" if fault.kind == "drop_after" else "timed_out"
        exchange = self._finish(request, route, response, outcome)
        if fault is not None and fault.kind == "timeout":
            return Exchange(outcome, exchange.response, fault.hold_seconds)
        return exchange

    def _answer(
        self, request: SimRequest, route: _routes.Route, params: dict[str, str]
    ) -> SimResponse:
        handler = self._admit(request, route, params)
        if isinstance(handler, SimResponse):
            return handler
        call = Call(self.backend, params, request.query, request.headers, request.body)
        try:
            status, payload = handler(call)
        except ApiError as exc:
            return _json_response(exc.status, exc.body, list(exc.headers.items()))
        except Exception as exc:  # a bug of the simulator: 500, and kept in sim.errors
            return self._bug(request, route, exc)
        return _payload_response(status, payload)

    async def _answer_async(
        self,
        request: SimRequest,
        route: _routes.Route,
        params: dict[str, str],
        handler: AsyncHandler,
    ) -> SimResponse:
        refused = self._admit(request, route, params)
        if isinstance(refused, SimResponse):
            return refused
        call = Call(self.backend, params, request.query, request.headers, request.body)
        try:
            status, payload = await handler(call)
        except ApiError as exc:
            return _json_response(exc.status, exc.body, list(exc.headers.items()))
        except Exception as exc:  # a bug of the simulator: 500, and kept in sim.errors
            return self._bug(request, route, exc)
        return _payload_response(status, payload)

    def _admit(
        self, request: SimRequest, route: _routes.Route, params: dict[str, str]
    ) -> Handler | SimResponse:
        """The route's handler, or the answer that refuses the request before it (401,
        429, 501)."""
        if route.operation_id not in OPEN_OPERATIONS:
            refusal = self._unauthorized(request.headers.get("authorization", ""), route, params)
            if refusal is not None:
                return _json_response(401, {"error": refusal})
        if self._limiter is not None:
            retry_after = self._limiter.retry_after(route, params)
            if retry_after is not None:
                body = {"error": f"rate limit exceeded for {route.operation_id}"}
                return _json_response(429, body, [("retry-after", str(retry_after))])
        handler = HANDLERS.get(route.operation_id)
        if handler is None:
            body = {
                "error": f"not implemented by the simulator: {route.operation_id} ({route.name})"
            }
            return _json_response(501, body)
        try:
            # 400 (or the operation's misfit status) naming the field
            check_request(
                route.operation_id, request.body, MISFIT_STATUS.get(route.operation_id, 400)
            )
        except ApiError as exc:
            return _json_response(exc.status, exc.body)
        self.backend.prune()
        return handler

    def _unauthorized(
        self, header: str, route: _routes.Route, params: dict[str, str]
    ) -> str | None:
        """Why the request's token is refused, or None when it is accepted."""
        scheme, _, credentials = header.strip().partition(" ")
        credentials = credentials.strip()
        if scheme.lower() not in ("bearer", "flyv1") or not credentials:
            return _UNAUTHENTICATED
        if self.backend.is_minted_token(credentials):
            # One of the deploy tokens minted here (or a forgery of one): its own rules.
            return self.backend.deploy_token_refusal(
                credentials, route.template, params.get("app_name")
            )
        if self._token is None:
            return None
        if hmac.compare_digest(credentials.encode(), self._token.encode()):
            return None
        return _UNAUTHENTICATED

    def _unknown(self, request: SimRequest, allowed: tuple[str, ...]) -> SimResponse:
        if allowed:
            body = {"error": f"method {request.method} not allowed on {request.path}"}
            return _json_response(405, body, [("allow", ", ".join(allowed))])
        return _json_response(404, {"error": f"not found: {request.method} {request.path}"})

    def _finish(
        self,
        request: SimRequest,
        route: _routes.Route | None,
        response: SimResponse | None,
        outcome: Outcome,
    ) -> Exchange:
        if response is not None:
            request_id = self._ids.request_id(self.clock.time())
            response = SimResponse(
                response.status, [*response.headers, ("fly-request-id", request_id)], response.body
            )
        record = RecordedRequest(
            method=request.method,
            path=request.path,
            query=request.query,
            route=route.template if route else None,
            operation_id=route.operation_id if route else None,
            status=response.status if response is not None else None,
            outcome=outcome,
            headers={k: v for k, v in request.headers.items() if k != "authorization"},
            body=_logged_body(route.operation_id if route else None, request.body),
        )
        with self._log_lock:
            self._log.append(record)
        return Exchange(outcome, response)


def _bare_token(token: str) -> str:
    token = token.strip()
    return token[len("FlyV1 ") :].strip() if token.startswith("FlyV1 ") else token


def _json_response(
    status: int, body: Any, headers: list[tuple[str, str]] | None = None
) -> SimResponse:
    return SimResponse(
        status, [("content-type", "application/json"), *(headers or [])], json.dumps(body).encode()
    )


def _payload_response(status: int, payload: Any) -> SimResponse:
    if payload is None:
        return SimResponse(status, [], b"")
    if isinstance(payload, PlainText):
        return SimResponse(
            status, [("content-type", "text/plain; charset=utf-8")], payload.encode()
        )
    return _json_response(status, payload)


def _logged_body(operation_id: str | None, body: bytes) -> bytes:
    """The body as the request log keeps it: with the fields that carry secrets replaced,
    whatever their case (`Value`), and all of it when it is not a JSON object and could
    hide one anywhere, or when the request reached no operation (a misspelt path: its
    body could be any operation's)."""
    if not body.strip():
        return body
    if operation_id is None:
        return json.dumps(_REDACTED).encode()
    fields = REDACTED_FIELDS.get(operation_id)
    if not fields:
        return body
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, dict):
        return json.dumps(_REDACTED).encode()
    for name in data:
        if isinstance(name, str) and name.lower() in fields and data[name] is not None:
            data[name] = _REDACTED
    return json.dumps(data).encode()


def _fault_response(fault: Fault) -> SimResponse:
    return SimResponse(fault.status, list(fault.headers), fault.body)
