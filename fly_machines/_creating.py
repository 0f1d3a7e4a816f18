"""Creating a machine without ever creating two, in the first region that has room.

A create that fails after the request may have reached the API (a reset connection, a
read timeout, 408/429/500/502/503/504, a mangled success body) cannot simply be sent
again: the first one may have worked, and a second would be a duplicate, billable machine.
So every create carries a launch id, a value made for that call, in its config's metadata
under `LAUNCH_ID_KEY`. After such a failure the client lists the app's machines that carry
it (the API's `metadata.<key>` filter): the machine the first send made is returned as it
is, and only when there is none is the create sent again. A caller who passes
`idempotency_key` gives the id itself, so a process that restarts and creates again with
the same key gets the machine the first process made (it is looked for before sending).

A create given several regions tries them in order, moving on when the API says the
region has no room for it (`refused_for_capacity`); each region's create recovers from
lost answers as above, with the same launch id.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import replace
from types import ModuleType
from typing import Any

from fly_machines_api.api.machines import machines_list

from . import _validate as check
from ._engine import CallOptions, Flow, FlowHost, Sleep, call_flow, describe
from ._namespace import Call, prepare
from .errors import FlyError
from .result import Err, Ok, Result
from .retry import RetryPolicy
from .telemetry import Event

__all__ = [
    "LAUNCH_ID_KEY",
    "create_machine",
    "launch_id_of",
    "refused_for_capacity",
    "regions_to_try",
]

#: The metadata key every create made by this library carries: the call's launch id.
LAUNCH_ID_KEY = "fly_machines_launch_id"
MAX_KEY_LENGTH = 128

# Answers after which the create may have landed: the request may have reached the API
# and the answer does not say it was refused. 408 and 500 are not retried by other calls
# (retry.classify_status), but a create can be done by the time either is sent.
_MAY_HAVE_LANDED_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
_MAY_HAVE_LANDED_KINDS = frozenset({"timeout", "connection", "decode"})

# The API's codes (the body's `status`) for a region, or a volume's host, without room:
# fly-go names `insufficient_capacity` (flaps/flaps_error.go), the spec's `main.statusCode`
# adds `volume_placement_capacity`.
_CAPACITY_CODES = frozenset({"insufficient_capacity", "volume_placement_capacity"})
# flyd's own texts for the same, sent without a code: "could not reserve resource for
# machine" (flyctl replaces a machine on it: internal/command/deploy/
# machines_deploymachinesapp.go, internal/build/imgsrc/ensure_builder.go), "insufficient
# memory available to fulfill request" (ensure_builder_test.go), "insufficient resources
# to create new machine with existing volume" (superfly/docs#2208) and "no capacity" (the
# sentinel fly-go matches since superfly/fly-go#306).
_CAPACITY_MESSAGES = re.compile(
    r"could not reserve resource|insufficient (?:resources|memory)|\bno capacity\b",
    re.IGNORECASE,
)


def refused_for_capacity(error: FlyError) -> bool:
    """Whether the API refused because the region (or a volume's host) has no room now: a
    definite refusal (nothing was made), which another region may not meet."""
    if error.code in _CAPACITY_CODES:
        return True
    return error.kind == "http" and bool(_CAPACITY_MESSAGES.search(error.message))


def may_have_landed(error: FlyError) -> bool:
    """Whether the create may have been done although this is the answer to it."""
    if refused_for_capacity(error) or _never_sent(error):
        return False
    return error.kind in _MAY_HAVE_LANDED_KINDS or error.status in _MAY_HAVE_LANDED_STATUSES


def _never_sent(error: FlyError) -> bool:
    """The client's own time budget ran out before the request went (waiting for the
    rate limiter): a create's earlier attempts in that call were all refused connections,
    the only failures a create is sent again after without a look-up."""
    return error.kind == "timeout" and error.code == "deadline_exceeded" and error.status is None


def regions_to_try(region: str | Sequence[str] | None) -> list[str | None]:
    """`region` as the list of regions to try in order; `[None]` lets the API choose."""
    if region is None:
        return [None]
    given = [region] if isinstance(region, str) else list(region)
    if not given:
        raise check.InvalidArgument("region must name at least one region")
    for code in given:
        check.name("region", code)
    repeated = sorted({code for code in given if given.count(code) > 1})
    if repeated:
        raise check.InvalidArgument(f"region lists {', '.join(repeated)} more than once")
    return list(given)


def launch_key(idempotency_key: str | None) -> str:
    """The launch id of one create: the caller's key, or a new random one."""
    if idempotency_key is None:
        return uuid.uuid4().hex
    if not 0 < len(idempotency_key) <= MAX_KEY_LENGTH or not all(
        " " < char < "\x7f" for char in idempotency_key
    ):
        raise check.InvalidArgument(
            f"idempotency_key must be 1 to {MAX_KEY_LENGTH} visible ASCII characters"
            " (it is sent as a metadata value and a query parameter)"
        )
    return idempotency_key


def with_launch_id(config: dict[str, Any], launch_id: str) -> dict[str, Any]:
    """A copy of `config` whose metadata carries `launch_id`. A launch id already there
    (a config copied from a machine this library made) is replaced: it names that
    machine's create, not this one."""
    metadata = config.get("metadata")
    if metadata is None:
        metadata = {}
    if not isinstance(metadata, Mapping):
        raise check.InvalidArgument("config.metadata must be a mapping of string keys to values")
    return {**config, "metadata": {**metadata, LAUNCH_ID_KEY: launch_id}}


def launch_id_of(machine: Any) -> str | None:
    """The launch id in a machine's config metadata, if it has one."""
    config: Any = getattr(machine, "config", None)
    plain = config.to_dict() if hasattr(config, "to_dict") else config
    metadata = plain.get("metadata") if isinstance(plain, Mapping) else None
    value = metadata.get(LAUNCH_ID_KEY) if isinstance(metadata, Mapping) else None
    return value if isinstance(value, str) else None


def create_machine(
    core: FlowHost,
    module: ModuleType,
    arguments: Mapping[str, Any],
    *,
    config: dict[str, Any],
    region: str | Sequence[str] | None,
    idempotency_key: str | None,
) -> Flow[Result[Any]]:
    """Create a machine (`module` is the generated create; `arguments` an endpoint's other
    arguments) with a launch id in its metadata, in the first of `region` with room,
    recovering from lost answers by looking the launch id up; see the module's docs."""
    regions = regions_to_try(region)
    launch_id = launch_key(idempotency_key)
    stamped = with_launch_id(config, launch_id)
    calls = [prepare(module, arguments, config=stamped, region=code) for code in regions]
    options = calls[0].options
    policy = core.retry_policy(options.retry)
    app_name = calls[0].params["app_name"]
    info = describe(module)
    base = Event(
        "create.recovered", operation=info.name, method=info.method, path=info.path, app=app_name
    )
    if idempotency_key is not None:
        # The key may have made a machine already, in an earlier call or process.
        found = yield from _find(core, app_name, launch_id, options, None)
        if not found.ok or found.value is not None:
            if found.ok:
                machine_id = getattr(found.value, "id", None)
                core.emit(replace(base, machine_id=machine_id, reason="idempotency_key"))
            return found
    sent = 0
    for tried, call in enumerate(calls, start=1):
        result = yield from _create_in_region(core, module, call, policy, launch_id, base)
        if result.ok:
            return result
        error = result.error
        sent += error.attempts
        error.attempts = sent
        if not refused_for_capacity(error):
            return result
        if tried < len(calls):
            reason = f"{error.code} in {regions[tried - 1]}"
            core.emit(replace(base, name="create.fallback", attempt=tried, reason=reason))
        elif len(calls) > 1:
            error.message += f" (no room in any region tried: {', '.join(map(str, regions))})"
    return result


def _create_in_region(
    core: FlowHost,
    module: ModuleType,
    call: Call,
    policy: RetryPolicy,
    launch_id: str,
    base: Event,
) -> Flow[Result[Any]]:
    """One region's create: sent, and after a failure that may have landed, looked up
    by its launch id and sent again only when no machine carries it."""
    params, options, query = call.params, call.options, call.query
    if policy.attempts <= 1:
        # retry=False: one request, and nothing looked up after it.
        return (yield from call_flow(core, module, params, options, query=query))
    clock = core.clock
    started = clock.monotonic()
    # The whole recovery (sends, look-ups, pauses) keeps to one budget and one count of
    # attempts, as a single call does: a re-send is not a fresh call with a fresh budget.
    bound = started + policy.total
    sent = 0
    while True:
        # Never `unsafe`: a create is sent again only here, after the look-up, never blindly.
        remaining = replace(policy, attempts=max(policy.attempts - sent, 1), unsafe=False)
        result = yield from call_flow(
            core,
            module,
            params,
            options,
            retry_override=remaining,
            query=query,
            deadline=bound if sent else None,
        )
        if result.ok:
            return result
        error = result.error
        resent = sent > 0
        sent += error.attempts
        error.attempts = sent
        # After a repeated send, any refusal may be the API refusing what the first send
        # already did (its name, the region's last room); on the first, only a failure
        # that may have landed says anything may exist.
        if not resent and not may_have_landed(error):
            return result
        looked = yield from _find(core, params["app_name"], launch_id, options, bound)
        if not looked.ok:
            # Whether a send made the machine is unknown, so another could make a
            # duplicate. Say what happened instead.
            error.message += (
                f" (and looking for its launch id afterwards failed: {looked.error.code};"
                " it was not sent again)"
            )
            return result
        if looked.value is not None:
            core.emit(replace(base, machine_id=looked.value.id, attempt=sent, reason=error.code))
            return looked
        if not may_have_landed(error):
            return result
        # A 429 or 503 says when to come back; sooner would only be refused again.
        delay = policy.delay(sent, clock.monotonic() - started, error.retry_after)
        if delay is None or clock.monotonic() + delay >= bound:
            return result
        core.emit(replace(base, name="retry", attempt=sent, delay=delay, reason=error.code))
        yield Sleep(delay)


def _find(
    core: FlowHost,
    app_name: str,
    launch_id: str,
    options: CallOptions,
    bound: float | None,
) -> Flow[Result[Any | None]]:
    """The machine whose metadata carries `launch_id` (destroyed ones too: a short job may
    be gone already), or None; an `Err` when the look-up failed."""
    listed = yield from call_flow(
        core,
        machines_list,
        {"app_name": app_name, "include_deleted": True},
        CallOptions(http_timeout=options.http_timeout),
        query={f"metadata.{LAUNCH_ID_KEY}": launch_id},
        deadline=bound,
    )
    if not listed.ok:
        return listed
    if not isinstance(listed.value, list):
        return Err(FlyError(kind="decode", code="decode_error", message="list is not a list"))
    # Filtered here too: an API that ignored the filter must not hand back another machine.
    carrying = [m for m in listed.value if launch_id_of(m) == launch_id]
    live = [m for m in carrying if getattr(m, "state", None) != "destroyed"]
    return Ok((live or carrying or [None])[0])
