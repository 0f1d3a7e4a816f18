"""The one request path: every facade call, sync or async, is a flow run by a driver.

A flow is a generator that yields effects (`Send` a request, `Sleep` a while) and gets
back their results; it holds all the logic (building the request from the generated
operation, retries, telemetry, turning the response into `Ok`/`Err`). `Client` and
`AsyncClient` each have a driver of a dozen lines that performs the effects with
`httpx.Client`/`time.sleep` or `httpx.AsyncClient`/`asyncio.sleep`. So sync and async
share every decision, and tests can replace time with a `ManualClock`.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Generator, Mapping
from types import ModuleType
from typing import Any, NamedTuple, Protocol, TypeVar

import httpx
from fly_machines_api.types import MissingFieldError, Operation, PathParameterError

from . import _validate as check
from ._leasehold import LeaseHold, held_here
from .clock import Clock
from .errors import FlyError
from .result import Err, Ok, Result
from .retry import (
    Outcome,
    RetryPolicy,
    Safety,
    already_done,
    classify_exception,
    classify_status,
    retry_after_seconds,
    safety_of,
)
from .telemetry import Event, EventName

__all__ = [
    "CallOptions",
    "Cancelled",
    "Flow",
    "FlowHost",
    "Gather",
    "Send",
    "Sleep",
    "call_flow",
    "describe",
]

T = TypeVar("T")


# Effects and CallOptions are made on every call; NamedTuples are immutable like frozen
# dataclasses but cost half as much to build (a frozen dataclass sets each field with
# object.__setattr__).
class Send(NamedTuple):
    request: httpx.Request
    # On the client's monotonic clock: the whole exchange, answer included, ends by then.
    # httpx's timeouts bound each read, so a server that trickles its answer slowly would
    # otherwise hold a call past its budget.
    deadline: float = math.inf


class Sleep(NamedTuple):
    seconds: float


class Gather(NamedTuple):
    """Run `flows` at the same time; the flow that yields this gets back their values, in
    order, once all have returned. `background` flows run alongside and are cancelled
    once every one of `flows` has returned. A flow that raises cancels the others, and
    the exception is raised in the flow that yielded the Gather once they all have
    ended. A cancelled flow gets `Cancelled` at its next step (a request already sent is
    let finish first, unless it is a read), and whatever it yields after that (its
    clean-up) is done. `_gather.py` runs it, for both drivers."""

    flows: tuple[Flow[Any], ...]
    background: tuple[Flow[Any], ...] = ()


class Cancelled(BaseException):
    """Thrown into a flow of a `Gather` that is being wound up (a sibling failed, the
    others are done, or the caller was cancelled or interrupted): it may clean up, with
    more effects, then end. A BaseException, like asyncio's CancelledError, so that
    `except Exception` does not swallow it."""


Effect = Send | Sleep | Gather
# A flow yields effects, receives an httpx.Response (or has the transport's httpx error
# thrown in) after Send, None after Sleep, and returns its outcome.
Flow = Generator[Effect, Any, T]


class FlowHost(Protocol):
    """What a flow may ask of the client that runs it, and nothing else: `Client` and
    `AsyncClient` implement it, and every flow (the request path, waits, leases, creates,
    orchestration) is typed against it, so none reaches into a client's state."""

    @property
    def clock(self) -> Clock: ...

    @property
    def lease_hold(self) -> LeaseHold | None:
        """Set on a client handed out by a lease block."""
        ...

    def retry_policy(self, retry: RetryPolicy | bool | None) -> RetryPolicy:
        """The policy for one call: the client's own, or the one the call asked for."""
        ...

    def rate_limit_delay(
        self, info: OperationInfo, machine_id: str | None, app_name: str | None
    ) -> float:
        """0 when the request may go now (a token is taken), else seconds to wait."""
        ...

    def observing(self) -> bool:
        """Whether anyone listens to routine events (hooks, DEBUG logging)."""
        ...

    def emit(self, event: Event) -> None: ...

    def redact(self, text: str) -> str:
        """`text` with the token removed."""
        ...

    def build_request(
        self,
        generated: dict[str, Any],
        http_timeout: float | httpx.Timeout | None,
        read_timeout_at_least: float | None,
    ) -> httpx.Request:
        """The httpx request for a generated operation's `_get_kwargs` output."""
        ...


class CallOptions(NamedTuple):
    """Per-call settings every facade function accepts besides the API's own parameters."""

    nonce: str | None = None
    retry: RetryPolicy | bool | None = None
    http_timeout: float | httpx.Timeout | None = None


DEFAULT_OPTIONS = CallOptions()


# A NamedTuple, immutable as a frozen dataclass was, and cheaper to define at import.
class OperationInfo(NamedTuple):
    name: str
    method: str
    path: str
    safety: Safety
    accepts_nonce: bool
    path_parameters: tuple[str, ...] = ()


@functools.cache
def describe(module: ModuleType) -> OperationInfo:
    """Method, path template and retry class of a generated operation module, from the
    facts codegen writes into it (`OPERATION`, listed in fly_machines_api.operations)."""
    operation = getattr(module, "OPERATION", None)
    if not isinstance(operation, Operation) or not hasattr(module, "_get_kwargs"):
        raise TypeError(f"{module.__name__} is not a generated fly_machines_api operation")
    safety = safety_of(operation.id, operation.method)
    return OperationInfo(
        operation.id,
        operation.method,
        operation.path,
        safety,
        operation.accepts_nonce,
        operation.path_parameters,
    )


# RecursionError: a deeply nested body (`[` x 1000) must be a decode error, not a crash.
_DECODE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, RecursionError)


def call_flow(
    core: FlowHost,
    module: ModuleType,
    params: Mapping[str, Any],
    options: CallOptions = DEFAULT_OPTIONS,
    *,
    read_timeout_at_least: float | None = None,
    retry_override: RetryPolicy | None = None,
    query: Mapping[str, str] | None = None,
    deadline: float | None = None,
) -> Flow[Result[Any]]:
    """Send one generated operation with retries, and normalise the outcome.

    `params` are the operation's own arguments; None means "not given". `query` adds
    query parameters the spec cannot express (the `metadata.<key>` filters of list).
    `deadline` (on the client's monotonic clock) bounds the whole call, retries included;
    without it the bound is the retry policy's `total`, and the first attempt keeps its own
    timeouts. Every later attempt's timeouts are cut to what is left of the bound, and no
    pause (a retry's, the rate limiter's) may end past it.
    """
    info = describe(module)
    hold = core.lease_hold
    if hold is not None and hold.covers(params.get("app_name"), params.get("machine_id")):
        # A client handed out by a lease block sends its nonce on calls to its machine,
        # and sends nothing once the block knows the lease was lost.
        if hold.lost is not None:
            return Err(hold.lost)
    else:
        hold = None
    try:
        policy = retry_override or core.retry_policy(check.retry("retry", options.retry))
        request = _prepare(core, module, info, params, options, hold, read_timeout_at_least, query)
    except check.InvalidArgument as rejected:
        return Err(rejected.error)
    machine_id: str | None = params.get("machine_id")
    clock = core.clock
    started = clock.monotonic()
    # The first attempt keeps its own timeouts (a caller's long http_timeout is honoured);
    # everything after it, and any wait for the rate limiter, keeps within the bound.
    bound = deadline if deadline is not None else started + policy.total
    own: dict[str, float] | None = None  # the request's own timeouts, once a retry cuts them
    attempt = 0
    # True once an attempt may have reached the API: a retry's refusal may then only mean
    # that an earlier attempt already did what was asked (see retry.already_done).
    may_have_reached = False
    while True:
        attempt += 1
        # The limiter takes a token only when one is free now, so a request is timed by
        # when it is sent, not by when it asked.
        while (pause := core.rate_limit_delay(info, machine_id, params.get("app_name"))) > 0:
            if clock.monotonic() + pause >= bound:
                # Waiting for the limiter counts against the budget like any other wait.
                return Err(_over_budget(info, request, pause, attempt))
            yield Sleep(pause)
        if attempt > 1 or deadline is not None:
            if own is None:
                own = _timeouts(request)
            _cut_timeouts(request, own, bound - clock.monotonic())
            ends = bound
        else:  # the first attempt may take its own timeouts in full, even past the bound
            ends = max(started + _longest_timeout(request), bound)
        # Building events costs more than the rest of the request path, so the routine
        # ones are built only when someone listens; retries are always reported.
        observing = core.observing()
        sent_at = 0.0  # only events report durations
        if observing:
            core.emit(_event(info, params, "request.start", attempt=attempt))
            sent_at = clock.monotonic()
        try:
            response = yield Send(request, ends)
        except httpx.HTTPError as exc:
            tried: Ok[Any] | Failed = _transport_failed(
                core, info, params, exc, request, attempt, observing, sent_at
            )
        else:
            tried = _answered(
                core, module, info, params, request, response, attempt, may_have_reached, observing,
                sent_at,
            )  # fmt: skip
        if isinstance(tried, Ok):
            return tried
        error, outcome, retry_after = tried
        # Any answer the policy calls ambiguous counts, 429 included: judging a retry by
        # its effect is right whoever brought the machine to the goal.
        may_have_reached = may_have_reached or outcome is Outcome.AMBIGUOUS
        delay = None
        if policy.allows(outcome, info.safety):
            now = clock.monotonic()
            delay = policy.delay(attempt, now - started, retry_after)
            if delay is not None and now + delay >= bound:
                delay = None  # the next attempt could not even start within the bound
        if delay is None:
            error.attempts = attempt
            error.retry_after = retry_after
            if error.code == "lease_conflict" and hold is None:
                _own_lease_hint(error, params)
            return Err(error)
        core.emit(_event(info, params, "retry", attempt=attempt, delay=delay, reason=error.code))
        yield Sleep(delay)


def _own_lease_hint(error: FlyError, params: Mapping[str, Any]) -> None:
    """A lease conflict on a machine whose lease a block of this process holds: the call
    was made with the plain client, which does not send the block's nonce."""
    app_name, machine_id = params.get("app_name"), params.get("machine_id")
    if held_here(app_name, machine_id):
        error.suggestion = (
            f"this process holds machine {machine_id}'s lease in a lease block: make the"
            " call with the block's client (lease.client), which sends its nonce"
        )


class Failed(NamedTuple):
    """One attempt's failure: the error, what it says about retrying, and Retry-After."""

    error: FlyError
    outcome: Outcome
    retry_after: float | None


def _transport_failed(
    core: FlowHost,
    info: OperationInfo,
    params: Mapping[str, Any],
    exc: httpx.HTTPError,
    request: httpx.Request,
    attempt: int,
    observing: bool,
    sent_at: float,
) -> Failed:
    """An attempt the transport failed (a timeout, a connection that broke)."""
    error = FlyError.from_exception(exc, request, core.redact)
    if observing:
        duration = core.clock.monotonic() - sent_at
        core.emit(
            _event(
                info,
                params,
                "request.exception",
                attempt=attempt,
                duration=duration,
                reason=error.message,
            )
        )
    return Failed(error, classify_exception(exc), None)


def _answered(
    core: FlowHost,
    module: ModuleType,
    info: OperationInfo,
    params: Mapping[str, Any],
    request: httpx.Request,
    response: httpx.Response,
    attempt: int,
    may_have_reached: bool,
    observing: bool,
    sent_at: float,
) -> Ok[Any] | Failed:
    """What an attempt's answer says: the parsed value, or why it failed."""
    if observing:
        core.emit(
            _event(
                info,
                params,
                "request.stop",
                attempt=attempt,
                status=response.status_code,
                duration=core.clock.monotonic() - sent_at,
                request_id=response.headers.get("fly-request-id"),
            )
        )
    if response.is_success:
        try:
            return Ok(_parse_success(module, response))
        except MissingFieldError as exc:
            # A whole, well-formed answer without a field the API always sends: sending the
            # request again would bring the same answer, so it is not retried.
            return Failed(FlyError.missing_field(response, exc, core.redact), Outcome.FINAL, None)
        except _DECODE_ERRORS as exc:
            return Failed(FlyError.undecodable(response, exc, core.redact), Outcome.AMBIGUOUS, None)
    error = FlyError.from_response(response, core.redact)
    if may_have_reached and (done := already_done(info.name, error, params)) is not None:
        status, body = done
        # No body: the first attempt's answer cannot be stood in for (a destroyed volume
        # went with its answer), or there was none; the value is None.
        return Ok(None if body is None else _parse_success(module, _answer(request, status, body)))
    retry_after = retry_after_seconds(response.headers, core.clock.time())
    return Failed(error, classify_status(response.status_code), retry_after)


def _over_budget(
    info: OperationInfo, request: httpx.Request, pause: float, attempt: int
) -> FlyError:
    return FlyError(
        kind="timeout",
        code="deadline_exceeded",
        message=(
            f"the client-side rate limit would hold {info.name} for {pause:.2f}s,"
            " past the call's time budget"
        ),
        method=request.method,
        url=str(request.url),
        retryable=True,
        suggestion="spread the calls out, or allow longer: retry=RetryPolicy(total=...)",
        attempts=attempt - 1,
    )


def _prepare(
    core: FlowHost,
    module: ModuleType,
    info: OperationInfo,
    params: Mapping[str, Any],
    options: CallOptions,
    hold: LeaseHold | None,
    read_timeout_at_least: float | None,
    query: Mapping[str, str] | None,
) -> httpx.Request:
    """The request for one call, or InvalidArgument before anything is sent."""
    kwargs = {key: value for key, value in params.items() if value is not None}
    # Path parameters are checked here, for every operation: a string, not empty, no
    # surrounding whitespace, and nothing that would change the operation reached.
    for name in info.path_parameters:
        if name in kwargs:
            check.name(name, kwargs[name])
    if options.nonce is not None:
        if not info.accepts_nonce:
            raise check.InvalidArgument(f"{info.name} does not take a lease nonce")
        kwargs["fly_machine_lease_nonce"] = check.header_value("nonce", options.nonce)
    elif info.accepts_nonce and hold is not None:
        kwargs["fly_machine_lease_nonce"] = hold.nonce
    if "fly_machine_lease_nonce" in kwargs:  # also when call() was given the generated name
        check.header_value("nonce", kwargs["fly_machine_lease_nonce"])
    http_timeout = check.http_timeout("http_timeout", options.http_timeout)
    try:
        generated = module._get_kwargs(**kwargs)
    except PathParameterError as exc:
        raise check.InvalidArgument(str(exc)) from None
    except UnicodeEncodeError as exc:  # a value no URL can carry (a lone surrogate)
        raise check.InvalidArgument(f"the request cannot be encoded: {exc.reason}") from None
    if "json" in generated:
        check.json_body("body", generated["json"])
    if generated.get("params"):
        check.query(generated["params"])
    if query:
        generated["params"] = {**generated.get("params", {}), **check.query(query)}
    try:
        return core.build_request(generated, http_timeout, read_timeout_at_least)
    except httpx.InvalidURL as exc:
        raise check.InvalidArgument(f"the request URL is not valid: {exc}") from None
    except (UnicodeEncodeError, ValueError) as exc:
        # What the checks above let through and httpx cannot encode (a header, a number).
        raise check.InvalidArgument(f"the request cannot be encoded: {exc}") from None


_PHASES = ("connect", "read", "write", "pool")


def _longest_timeout(request: httpx.Request) -> float:
    """The longest of the request's own timeouts; None (no limit) as infinity."""
    given = request.extensions.get("timeout") or {}
    longest = 0.0
    for phase in _PHASES:
        seconds = given.get(phase)
        if seconds is None:
            return math.inf
        longest = max(longest, float(seconds))
    return longest


def _timeouts(request: httpx.Request) -> dict[str, float]:
    """The request's own timeouts; None (no limit) as infinity."""
    given = request.extensions.get("timeout") or {}
    return {
        phase: math.inf if given.get(phase) is None else float(given[phase]) for phase in _PHASES
    }


def _cut_timeouts(request: httpx.Request, own: Mapping[str, float], left: float) -> None:
    # A retry may use only what is left of the call's bound; at least a moment, so that an
    # attempt that the limiter or a Retry-After delayed to the edge still fails cleanly.
    left = max(left, 0.001)
    request.extensions = {
        **request.extensions,
        "timeout": {phase: min(seconds, left) for phase, seconds in own.items()},
    }


def _answer(request: httpx.Request, status: int, body: Any) -> httpx.Response:
    """The answer the first attempt would have had, for an operation already done."""
    if body is None:
        return httpx.Response(status, request=request)
    return httpx.Response(status, json=body, request=request)


class _ParsingClient:
    """What the generated parsers read of the client they are given (and all they read):
    a stand-in spares building `core.low_level` (a second httpx client around a user's
    transport) on the first success, and importing the generated client classes."""

    raise_on_unexpected_status = False


_PARSING_CLIENT = _ParsingClient()


def _event(
    info: OperationInfo, params: Mapping[str, Any], name: EventName, **details: Any
) -> Event:
    return Event(
        name,
        operation=info.name,
        method=info.method,
        path=info.path,
        app=params.get("app_name"),
        machine_id=params.get("machine_id"),
        **details,
    )


def _parse_success(module: ModuleType, response: httpx.Response) -> Any:
    parsed = module._parse_response(client=_PARSING_CLIENT, response=response)
    if parsed is not None:
        return parsed
    if not response.content.strip():
        return None
    return response.json()
