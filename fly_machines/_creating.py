"""Creating a named resource without ever creating two.

A create that fails after the request may have reached the API (a reset connection, a
read timeout, 429/502/503/504, a mangled success body) cannot simply be sent again: the
first one may have worked, and a second would be a duplicate, billable machine. When the
caller gave a `name`, there is a safe way on: look for a machine of that name, return it
if it exists, and only send the create again if it does not.
"""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType
from typing import Any

from fly_machines_api.api.machines import machines_list

from ._engine import CallOptions, Flow, FlowHost, Sleep, call_flow, describe
from ._namespace import Call
from .errors import FlyError
from .result import Ok, Result
from .retry import Outcome, classify_status
from .telemetry import Event

__all__ = ["create_with_recovery"]


def may_have_been_done(error: FlyError) -> bool:
    if error.kind in ("timeout", "connection", "decode"):
        return True
    # The same statuses the retry policy treats as "may have reached the server".
    return error.status is not None and classify_status(error.status) is Outcome.AMBIGUOUS


def create_with_recovery(
    core: FlowHost, module: ModuleType, call: Call, name: str | None
) -> Flow[Result[Any]]:
    """Send the create `call`; after a failure that may have reached the API, return the
    machine called `name` if there is one, else send it again as the policy allows."""
    params, options = call.params, call.options
    policy = core.retry_policy(options.retry)
    if name is None or policy.attempts <= 1:
        return (yield from call_flow(core, module, params, options))
    info = describe(module)
    app_name = params["app_name"]
    base = Event("retry", operation=info.name, method=info.method, path=info.path, app=app_name)
    clock = core.clock
    started = clock.monotonic()
    # The whole recovery (sends, look-ups, pauses) keeps to one budget and one count of
    # attempts, as a single call does: a re-send is not a fresh call with a fresh budget.
    bound = started + policy.total
    sent = 0
    while True:
        remaining = replace(policy, attempts=max(policy.attempts - sent, 1))
        result = yield from call_flow(
            core,
            module,
            params,
            options,
            retry_override=remaining if sent else None,
            deadline=bound if sent else None,
        )
        if result.ok:
            return result
        error = result.error
        sent += error.attempts
        # After a repeated send, any refusal may be the API saying the name is taken by
        # the machine the first send created; a 408 or a 500 may have come after the
        # create landed.
        worth_looking = may_have_been_done(error) or error.status in (408, 500)
        if not worth_looking and sent == error.attempts:
            return result
        looked = yield from _find_by_name(core, app_name, name, options, bound)
        if looked is None:
            # The look-up failed: whether the first send made the machine is unknown, so a
            # second send could make a duplicate. Say what happened instead.
            error.attempts = sent
            error.message += (
                f" (and looking up {name!r} afterwards failed, so it was not sent again)"
            )
            return result
        existing = looked[0]
        if existing is not None:
            core.emit(replace(base, name="create.recovered", attempt=sent, reason=error.code))
            return Ok(existing)
        delay = None
        if may_have_been_done(error):
            # A 429 or 503 says when to come back; sooner would only be refused again.
            delay = policy.delay(sent, clock.monotonic() - started, error.retry_after)
            if delay is not None and clock.monotonic() + delay >= bound:
                delay = None
        if delay is None:
            error.attempts = sent
            return result
        core.emit(replace(base, attempt=sent, delay=delay, reason=error.code))
        yield Sleep(delay)


def _find_by_name(
    core: FlowHost, app_name: str, name: str, options: CallOptions, bound: float
) -> Flow[tuple[Any | None] | None]:
    """`(machine or None,)` when the look-up worked, None when it failed."""
    listed = yield from call_flow(
        core,
        machines_list,
        {"app_name": app_name},
        CallOptions(http_timeout=options.http_timeout),
        deadline=bound,
    )
    if not listed.ok or not isinstance(listed.value, list):
        return None  # the look-up failed
    return (next((m for m in listed.value if getattr(m, "name", None) == name), None),)
