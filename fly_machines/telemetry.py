"""What the client tells the outside world about its requests: hooks and logging.

`attach(..., on_event=callback)` receives an `Event` for every `request.start`,
`request.stop`, `request.exception`, `retry`, and the `wait.*` steps of long waits. The
same facts go to the standard `logging` module under the `fly_machines` logger: DEBUG
per request, WARNING per retry. The client redacts every text of an event (a request id
comes from a response header, which a server may fill with anything) before hooks and
logging see it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, get_args

__all__ = ["EVENT_NAMES", "Event", "EventHook", "EventName"]

logger = logging.getLogger("fly_machines")
# A library's logger: with logging not configured, retries must not print to stderr through
# logging's last-resort handler; the application decides where records go.
logger.addHandler(logging.NullHandler())

# Every event the library emits; the README's telemetry section describes each of them
# (tests/test_telemetry.py checks that the two agree).
EventName = Literal[
    "request.start",  # a request is about to be sent
    "request.stop",  # an answer came back (any status)
    "request.exception",  # the transport failed (timeout, connection)
    "retry",  # the call will be sent again after `delay`
    "wait.start",  # a long wait began
    "wait.retry",  # a server-side wait ended early (408, 404 just after create); re-issued
    "wait.stop",  # the machine reached a requested state
    "wait.timeout",  # the caller's wait deadline passed
    "create.recovered",  # a create's lost answer was found by looking its launch id up
    "create.fallback",  # a region had no room for a create; the next region is tried
    "poll.retry",  # poll_until's condition did not hold yet; it polls again after `delay`
    "lease.lost",  # a lease block's lease was lost or replaced
    "lease.release_failed",  # a lease block could not release its lease
    "fleet.start",  # a fleet operation (Fleet.deploy, Fleet.scale) began
    "fleet.step",  # a machine of a fleet operation took a step (`state`; `reason` says more)
    "fleet.stop",  # a fleet operation ended (`reason`: the error code of a failed one)
]
EVENT_NAMES: tuple[str, ...] = get_args(EventName)


@dataclass(frozen=True)
class Event:
    name: EventName
    operation: str
    method: str
    path: str
    app: str | None = None
    machine_id: str | None = None
    attempt: int = 1
    request_id: str | None = None
    status: int | None = None
    duration: float | None = None
    delay: float | None = None
    reason: str | None = None
    state: str | None = None


EventHook = Callable[[Event], None]


def emit(hooks: tuple[EventHook, ...], event: Event) -> None:
    _log(event)
    for hook in hooks:
        try:
            hook(event)
        except Exception:
            # A broken observer must not break the call it observes.
            logger.exception("fly_machines on_event hook failed on %s", event.name)


def _log(event: Event) -> None:
    where = f"{event.method} {event.path}"
    if event.name == "request.stop":
        logger.debug(
            "%s %s -> %s in %.3fs (request %s)",
            event.operation,
            where,
            event.status,
            event.duration or 0.0,
            event.request_id,
        )
    elif event.name == "request.exception":
        logger.debug("%s %s failed: %s", event.operation, where, event.reason)
    elif event.name == "retry":
        logger.warning(
            "retrying %s %s (attempt %d failed: %s) in %.3fs",
            event.operation,
            where,
            event.attempt,
            event.reason,
            event.delay or 0.0,
        )
    elif event.name.startswith("wait."):
        logger.debug("%s %s: %s %s", event.name, where, event.state or "", event.reason or "")
