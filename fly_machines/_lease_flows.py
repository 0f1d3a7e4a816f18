"""The requests of a lease block, as flows: acquire (waiting while someone else holds the
lease), refresh, release, and the small machinery that lets a block stop a flow between
requests or let one already sent finish. `lease.Lease` drives them."""

from __future__ import annotations

import dataclasses
import datetime
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
from fly_machines_api import models
from fly_machines_api.api.machines import (
    machines_create_lease,
    machines_release_lease,
    machines_show,
)
from fly_machines_api.types import to_unixtime

from . import _validate as check
from ._engine import CallOptions, Flow, FlowHost, Send, Sleep, call_flow
from .backoff import Backoff
from .errors import FlyError
from .result import Result
from .retry import RetryPolicy

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")

# Release is idempotent, so a transient failure is worth repeating even for a client that
# retries nothing: a lease left behind blocks everyone until its TTL runs out.
RELEASE_ATTEMPTS = 4
RELEASE_WITHIN = 10.0

# (the result, and when on the client's monotonic clock the attempt that got it started)
Taken = tuple[Result[Any], float]
# (the result, and whether the machine is gone: destroyed, or no longer known)
Refreshed = tuple[Result[Any], bool]
GONE_STATES = ("destroying", "destroyed")


def acquire_flow(
    core: FlowHost,
    app_name: str,
    machine_id: str,
    ttl: int,
    description: str | None,
    wait_timeout: float,
) -> Flow[Taken]:
    """Take the lease, waiting with backoff while another holder has it.

    Also returns when the successful attempt started: the API made the lease after that,
    so it holds at least until then + ttl on the client's clock.
    """
    fields = {"ttl": ttl, "description": description}
    body = models.CreateLeaseRequest.from_dict({k: v for k, v in fields.items() if v is not None})
    params = {"app_name": app_name, "machine_id": machine_id, "body": body}
    pauses = Backoff(
        core.clock, initial=0.5, cap=5.0, deadline=core.clock.monotonic() + wait_timeout
    )
    while True:
        started = core.clock.monotonic()
        result = yield from call_flow(core, machines_create_lease, params)
        if result.ok or result.error.code != "lease_conflict":
            return result, started
        pause = next(pauses, None)
        if pause is None:
            result.error.message += f" (still held after waiting {wait_timeout:g}s)"
            return result, started
        yield Sleep(pause)


def refresh_flow(
    core: FlowHost, app_name: str, machine_id: str, ttl: int, nonce: str
) -> Flow[Refreshed]:
    """Renew the lease. A refresh refused with 404 or 412 also asks whether the machine
    is gone: a lease goes with its destroyed machine, and nobody can take it over then."""
    params = {
        "app_name": app_name,
        "machine_id": machine_id,
        "body": models.CreateLeaseRequest(ttl=ttl),
    }
    result = yield from call_flow(core, machines_create_lease, params, CallOptions(nonce=nonce))
    if result.ok or result.error.status not in (404, 412):
        return result, False
    shown = yield from call_flow(
        core, machines_show, {"app_name": app_name, "machine_id": machine_id}
    )
    if shown.ok:
        return result, getattr(shown.value, "state", None) in GONE_STATES
    return result, shown.error.status == 404


def release_flow(core: FlowHost, app_name: str, machine_id: str, nonce: str) -> Flow[Result[Any]]:
    params = {"app_name": app_name, "machine_id": machine_id}
    policy = release_policy(core.retry_policy(None))
    return (
        yield from call_flow(
            core, machines_release_lease, params, CallOptions(nonce=nonce), retry_override=policy
        )
    )


def release_policy(policy: RetryPolicy) -> RetryPolicy:
    """The client's policy, with at least a few attempts for a release."""
    return dataclasses.replace(
        policy,
        attempts=max(policy.attempts, RELEASE_ATTEMPTS),
        total=max(policy.total, RELEASE_WITHIN),
    )


# -- flows that can be stopped between requests ------------------------------------------------


class Watch:
    """Where a flow run by a driver stands, and a way to end it before its next step."""

    def __init__(self) -> None:
        self.sending = False  # a request is in flight: it may change things at the API
        self.stop = False  # end the flow (with None) instead of its next Sleep or Send


def watched(flow: Flow[T], watch: Watch) -> Flow[T | None]:
    """`flow`, reporting into `watch` whether a request is in flight, and ending with None
    at its next effect once `watch.stop` is set: a request already sent is let finish, so
    what it did at the API (took a lease) is known, but nothing more is sent."""
    try:
        effect = next(flow)
        while True:
            if watch.stop:
                flow.close()
                return None
            watch.sending = isinstance(effect, Send)
            try:
                reply = yield effect
            except httpx.HTTPError as exc:
                watch.sending = False
                effect = flow.throw(exc)
            else:
                watch.sending = False
                effect = flow.send(reply)
    except StopIteration as done:
        value: T = done.value
        return value


async def settle(future: asyncio.Future[Any]) -> bool:
    """Wait until `future` is done, even if this task is cancelled meanwhile: the work it
    does decides whether a lease is left held. True when a cancellation arrived (the
    caller must raise CancelledError once it has finished)."""
    import asyncio  # here: a program that never awaits need not import it

    cancelled = False
    while not future.done():
        try:
            await asyncio.wait([future])
        except asyncio.CancelledError:
            cancelled = True
    return cancelled


def task_outcome(task: asyncio.Task[T]) -> T | Exception | None:
    """What a finished task returned or raised (None when it was cancelled)."""
    if task.cancelled():
        return None
    error = task.exception()
    if error is None:
        return task.result()
    if isinstance(error, Exception):
        return error
    raise error


# -- the block ------------------------------------------------------------------------------


def lease_data(value: Any) -> tuple[str | None, int | None]:
    """The nonce and expires_at (epoch seconds) of a lease answer (None for what it lacks)."""
    data = getattr(value, "data", None)
    nonce = getattr(data, "nonce", None)
    expires_at = getattr(data, "expires_at", None)  # the model reads it as a datetime
    return (
        nonce if isinstance(nonce, str) and sendable(nonce) else None,
        to_unixtime(expires_at) if isinstance(expires_at, datetime.datetime) else None,
    )


def may_have_taken(error: FlyError) -> bool:
    """Whether a failed acquisition may still have reached the API and taken the lease."""
    if error.kind in ("timeout", "connection", "decode"):
        return True
    return error.status is not None and (error.status >= 500 or error.status in (408, 429))


def sendable(nonce: str) -> bool:
    """A nonce goes back in a header: a server's answer with anything else is no nonce."""
    try:
        check.header_value("nonce", nonce)
    except check.InvalidArgument:
        return False
    return True
