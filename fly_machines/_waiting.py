"""Waiting for a machine state for as long as the caller likes.

The API's wait blocks for at most 60 seconds and answers 408 when its deadline passes.
`wait_flow` issues server-side waits of at most 60 s each until the caller's deadline,
re-issuing on 408, and tolerates the 404 that can come briefly right after a create
(PROVENANCE item 5). It never polls `get` in a loop: a 5-minute wait costs 5 requests.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from fly_machines_api import models
from fly_machines_api.api.machines import machines_wait

from . import _validate as check
from ._engine import DEFAULT_OPTIONS, CallOptions, Flow, FlowHost, Sleep, call_flow, describe
from .backoff import Backoff
from .errors import FlyError
from .result import Err, Result
from .telemetry import Event

if TYPE_CHECKING:
    from fly_machines_api.models import WaitMachineResponse

__all__ = ["DEFAULT_WAIT_SECONDS", "SERVER_WAIT_LIMIT", "wait_flow"]

SERVER_WAIT_LIMIT = 60  # the API's own maximum for one wait request, in whole seconds
DEFAULT_WAIT_SECONDS = 60.0
NOT_FOUND_GRACE = 15.0  # how long after the first request a 404 is taken as "not yet visible"
# The read timeout of a wait request sits this far above its server-side timeout, so
# the server's 408 arrives before the client gives up on the connection.
READ_TIMEOUT_MARGIN = 10.0
# A wait returns by its timeout plus this, whatever the server does (stalls included):
# every request of it is cut to what is left, and this is the one grace it gets.
DEADLINE_GRACE = 1.0


def wait_flow(
    core: FlowHost,
    *,
    app_name: str,
    machine_id: str,
    states: Sequence[str],
    timeout: float | None,
    instance_id: str | None = None,
    version: str | None = None,
    from_event_id: str | None = None,
    options: CallOptions = DEFAULT_OPTIONS,
) -> Flow[Result[WaitMachineResponse]]:
    clock = core.clock
    total = DEFAULT_WAIT_SECONDS if timeout is None else timeout
    started = clock.monotonic()
    deadline = started + total
    info = describe(machines_wait)
    base = Event(
        "wait.start",
        operation=info.name,
        method=info.method,
        path=info.path,
        app=app_name,
        machine_id=machine_id,
        state=",".join(states),
    )
    core.emit(base)
    requests = 0
    # Only for 408s that come back early and for 404s: see the end of the loop.
    pauses = Backoff(clock, initial=0.5, cap=10.0, deadline=deadline)
    last: Err | None = None
    while True:
        remaining = deadline - clock.monotonic()
        if remaining <= 0:
            return _deadline_exceeded(core, base, last, states, total, requests)
        server_timeout = max(1, min(SERVER_WAIT_LIMIT, math.ceil(remaining)))
        sent_at = clock.monotonic()
        requests += 1
        params = {
            "app_name": app_name,
            "machine_id": machine_id,
            "instance_id": instance_id,
            "version": version,
            "from_event_id": from_event_id,
            "timeout": server_timeout,
            "state": [models.MachinesWaitStateItem(state) for state in states],
        }
        # A wait request may rightly hold for its whole server-side timeout and then fail
        # (a gateway's 504, a read timeout): the retry budget starts after that time, not
        # at the send, or one slow hiccup would end a wait with minutes still to go. The
        # wait's own deadline bounds it all the same.
        policy = core.retry_policy(check.retry("retry", options.retry))
        budget = replace(policy, total=policy.total + server_timeout + READ_TIMEOUT_MARGIN)
        result = yield from call_flow(
            core,
            machines_wait,
            params,
            options,
            read_timeout_at_least=server_timeout + READ_TIMEOUT_MARGIN,
            retry_override=budget,
            deadline=deadline + DEADLINE_GRACE,
        )
        if result.ok:
            reached = getattr(result.value, "state", None)
            core.emit(replace(base, name="wait.stop", attempt=requests, state=str(reached)))
            return result
        error = result.error
        not_yet_visible = error.status == 404 and sent_at - started < NOT_FOUND_GRACE
        if error.kind == "timeout" and clock.monotonic() >= deadline:
            # The request was cut at the wait's own deadline: say so, not "read timeout".
            return _deadline_exceeded(core, base, result, states, total, requests)
        if error.status != 408 and not not_yet_visible:
            return result
        last = result
        core.emit(replace(base, name="wait.retry", attempt=requests, reason=error.code))
        # A 408 normally arrives after the whole server-side timeout. One that comes back
        # much sooner (or a 404) is followed by a short pause, so the loop cannot spin.
        if not_yet_visible or clock.monotonic() - sent_at < server_timeout / 2:
            yield Sleep(next(pauses, 0.0))


def _deadline_exceeded(
    core: FlowHost,
    base: Event,
    last: Err | None,
    states: Sequence[str],
    total: float,
    requests: int,
) -> Err:
    previous = last.error if last is not None else None
    error = FlyError(
        kind="timeout",
        code="deadline_exceeded",
        status=previous.status if previous else None,
        message=(
            f"machine {base.machine_id} did not reach {' or '.join(states)}"
            f" within {total:g}s" + (f"; last answer: {previous.message}" if previous else "")
        ),
        body=previous.body if previous else None,
        request_id=previous.request_id if previous else None,
        trace_id=previous.trace_id if previous else None,
        method="GET",
        url=previous.url if previous else None,
        retryable=True,
        suggestion="wait longer (timeout=...), or check the machine's events",
        attempts=requests,
    )
    core.emit(replace(base, name="wait.timeout", attempt=requests, reason=error.code))
    return Err(error)
