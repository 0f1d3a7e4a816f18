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
import inspect
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import httpx
from fly_machines_api import Client as GeneratedClient

from .errors import FlyError
from .result import Err, Ok, Result
from .retry import (
    Outcome,
    RetryPolicy,
    Safety,
    classify_exception,
    classify_status,
    retry_after_seconds,
    safety_of,
)
from .telemetry import Event

if TYPE_CHECKING:
    from ._client import ClientCore

__all__ = ["CallOptions", "Flow", "Send", "Sleep", "call_flow", "describe"]

T = TypeVar("T")


# Effects and CallOptions are made on every call; NamedTuples are immutable like frozen
# dataclasses but cost half as much to build (a frozen dataclass sets each field with
# object.__setattr__).
class Send(NamedTuple):
    request: httpx.Request


class Sleep(NamedTuple):
    seconds: float


Effect = Send | Sleep
# A flow yields effects, receives an httpx.Response (or has the transport's httpx error
# thrown in) after Send, None after Sleep, and returns its outcome.
Flow = Generator[Effect, Any, T]


class CallOptions(NamedTuple):
    """Per-call settings every facade function accepts besides the API's own parameters."""

    nonce: str | None = None
    retry: RetryPolicy | bool | None = None
    http_timeout: float | httpx.Timeout | None = None


DEFAULT_OPTIONS = CallOptions()


@dataclass(frozen=True)
class OperationInfo:
    name: str
    method: str
    path: str
    safety: Safety
    accepts_nonce: bool


_METHODS = ("get", "post", "put", "patch", "delete", "head")


@functools.cache
def describe(module: ModuleType) -> OperationInfo:
    """Method, path template and retry class of a generated operation module.

    They are literals in the module's `_get_kwargs`, so they are read from its constants
    rather than kept in a second table that could drift from the generated code.
    """
    get_kwargs = getattr(module, "_get_kwargs", None)
    if get_kwargs is None or not hasattr(module, "_parse_response"):
        raise TypeError(f"{module.__name__} is not a generated fly_machines_api operation")
    constants = [c for c in get_kwargs.__code__.co_consts if isinstance(c, str)]
    method = next((c for c in constants if c in _METHODS), "get").upper()
    path = next((c for c in constants if c.startswith("/v1/")), "?")
    name = module.__name__.rsplit(".", 1)[-1]
    accepts_nonce = "fly_machine_lease_nonce" in inspect.signature(get_kwargs).parameters
    return OperationInfo(name, method, path, safety_of(name, method), accepts_nonce)


_DECODE_ERRORS = (ValueError, TypeError, KeyError, AttributeError)


def call_flow(
    core: ClientCore[Any],
    module: ModuleType,
    params: Mapping[str, Any],
    options: CallOptions = DEFAULT_OPTIONS,
    *,
    read_timeout_at_least: float | None = None,
    retry_override: RetryPolicy | None = None,
    query: Mapping[str, str] | None = None,
) -> Flow[Result[Any]]:
    """Send one generated operation with retries, and normalise the outcome.

    `params` are the operation's own arguments; None means "not given". `query` adds
    query parameters the spec cannot express (the `metadata.<key>` filters of list).
    """
    info = describe(module)
    kwargs = {key: value for key, value in params.items() if value is not None}
    hold = core._lease
    if hold is not None and hold.covers(params.get("app_name"), params.get("machine_id")):
        # A client handed out by a lease block sends its nonce on calls to its machine,
        # and sends nothing once the block knows the lease was lost.
        if hold.lost is not None:
            return Err(hold.lost)
    else:
        hold = None
    if options.nonce is not None:
        if not info.accepts_nonce:
            return Err(FlyError.invalid_request(f"{info.name} does not take a lease nonce"))
        kwargs["fly_machine_lease_nonce"] = options.nonce
    elif info.accepts_nonce and hold is not None:
        kwargs["fly_machine_lease_nonce"] = hold.nonce
    generated = module._get_kwargs(**kwargs)
    if query:
        generated["params"] = {**generated.get("params", {}), **query}
    request = core._build_request(generated, options.http_timeout, read_timeout_at_least)
    policy = retry_override or core._retry_policy(options.retry)
    machine_id: str | None = params.get("machine_id")
    clock = core.clock
    started = clock.monotonic()
    attempt = 0
    while True:
        attempt += 1
        # The limiter takes a token only when one is free now, so a request is timed by
        # when it is sent, not by when it asked.
        while (pause := core._rate_limit_delay(info, machine_id, params.get("app_name"))) > 0:
            yield Sleep(pause)
        # Building events costs more than the rest of the request path, so the routine
        # ones are built only when someone listens; retries are always reported.
        observing = core._observing()
        sent_at = 0.0  # only events report durations
        if observing:
            core._emit(_event(info, params, "request.start", attempt=attempt))
            sent_at = clock.monotonic()
        retry_after: float | None = None
        try:
            response = yield Send(request)
        except httpx.HTTPError as exc:
            error = FlyError.from_exception(exc, request, core._redact)
            outcome = classify_exception(exc)
            if observing:
                core._emit(
                    _event(
                        info,
                        params,
                        "request.exception",
                        attempt=attempt,
                        duration=clock.monotonic() - sent_at,
                        reason=error.message,
                    )
                )
        else:
            if observing:
                core._emit(
                    _event(
                        info,
                        params,
                        "request.stop",
                        attempt=attempt,
                        status=response.status_code,
                        duration=clock.monotonic() - sent_at,
                        request_id=response.headers.get("fly-request-id"),
                    )
                )
            if response.is_success:
                try:
                    return Ok(_parse_success(module, response))
                except _DECODE_ERRORS as exc:
                    error = FlyError.undecodable(response, exc, core._redact)
                    outcome = Outcome.AMBIGUOUS
            else:
                error = FlyError.from_response(response, core._redact)
                outcome = classify_status(response.status_code)
                retry_after = retry_after_seconds(response.headers, clock.time())
        delay = None
        if policy.allows(outcome, info.safety):
            delay = policy.delay(attempt, clock.monotonic() - started, retry_after)
        if delay is None:
            error.attempts = attempt
            error.retry_after = retry_after
            return Err(error)
        core._emit(_event(info, params, "retry", attempt=attempt, delay=delay, reason=error.code))
        yield Sleep(delay)


# The generated parsers read only `raise_on_unexpected_status` from the client they are
# given. Handing them `core.low_level` would build it on the first success, and building
# it gives a user's own httpx client the Fly token (sent to every host it talks to).
_PARSING_CLIENT = GeneratedClient(base_url="")


def _event(info: OperationInfo, params: Mapping[str, Any], name: str, **details: Any) -> Event:
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
