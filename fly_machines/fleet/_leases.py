"""The leases a fleet operation holds on the machines it changes, as flows.

As flyctl does (internal/command/deploy/plan.go, internal/machine/leasable_machine.go):
leases of a short TTL (13 s by default) taken on every machine to change before anything
changes, refreshed every (TTL - 1 s) / 3 beside the work, so a run that dies lets go of
the app within seconds, and released at the end, on every path. The requests are the
facade's own (`Machines.acquire_lease`, `Machines.release_lease`), made as a lease block
makes them (`_lease_flows`): a refresh refused with 404 or 412 asks whether the machine
is gone, and a release is retried a few times whatever the client's policy.

A lease is lost when mutual exclusion may have been broken: a refresh answered with
another nonce (it had expired, and the API made a new one) or refused (someone else holds
it), or no refresh succeeded within the TTL. Then the run stops: `check()` answers the
`lease_lost` error before any change to that machine, and `lost` holds the first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from .._engine import Flow, FlowHost, Gather, Sleep
from .._lease_flows import GONE_STATES, lease_data, release_policy
from ..errors import FlyError
from ..machines import Machines
from ..telemetry import logger

__all__ = ["DEFAULT_LEASE_TTL", "LeaseSet", "acquire_leases", "keep_leases", "release_leases"]

DEFAULT_LEASE_TTL = 13  # flyctl's DefaultLeaseTtl (internal/command/deploy/machines.go)
# At most this many lease requests at once (flyctl takes them in a pool too).
CONCURRENT_REQUESTS = 16


class LeaseSet:
    """The leases of one run: their nonces, until when each is surely held, and whether
    one was lost. No I/O here; the flows below make the requests."""

    def __init__(
        self,
        core: FlowHost,
        app_name: str,
        ttl: int,
        description: str,
        on_event: Callable[[str, str, str], None],
    ) -> None:
        self.core = core
        self.app_name = app_name
        self.ttl = ttl
        self.every = max((ttl - 1) / 3, 0.5)
        self.description = description
        self.on_event = on_event  # (machine id, step, detail), for the run's report
        self.nonces: dict[str, str] = {}
        self.valid_until: dict[str, float] = {}
        # Nonces the API gave that are not released yet (a refresh may give a new one).
        self.unreleased: dict[str, list[str]] = {}
        self.lost: FlyError | None = None

    def nonce(self, machine_id: str) -> str | None:
        return self.nonces.get(machine_id)

    def check(self, machine_id: str) -> FlyError | None:
        """Why no change may be made to the machine now (its lease was lost or lapsed)."""
        if self.lost is not None:
            return self.lost
        until = self.valid_until.get(machine_id)
        if until is not None and self.core.clock.monotonic() >= until:
            self.lose(machine_id, f"no refresh succeeded within its ttl of {self.ttl}s")
        return self.lost

    def forget(self, machine_id: str) -> None:
        """The machine was destroyed: its lease went with it."""
        self.nonces.pop(machine_id, None)
        self.valid_until.pop(machine_id, None)
        self.unreleased.pop(machine_id, None)

    def lose(self, machine_id: str, why: str) -> None:
        if self.lost is not None:
            return
        self.lost = FlyError(
            kind="invalid_request",
            code="lease_lost",
            message=(
                f"the lease on machine {machine_id} of app {self.app_name} was lost: {why};"
                " mutual exclusion may have been broken, so the run changes nothing more"
            ),
            suggestion="look at the machine's state, then run it again",
        )
        logger.warning("%s", self.lost.message)
        self.on_event(machine_id, "lease_lost", why)


# -- the requests, as flows ------------------------------------------------------------------


def acquire_leases(leases: LeaseSet, machine_ids: Iterable[str]) -> Flow[FlyError | None]:
    """Take every machine's lease (a few at a time); the first refusal, if any. Leases
    taken before a refusal stay held (and listed) until `release_leases`."""
    errors = yield from _pooled([_acquire(leases, m) for m in machine_ids])
    return next((error for error in errors if error is not None), None)


def _acquire(leases: LeaseSet, machine_id: str) -> Flow[FlyError | None]:
    # No waiting for another holder: a machine leased by someone else (another deploy,
    # a person at work on it) stops this run at once, saying who has it.
    started = leases.core.clock.monotonic()
    result = yield from Machines.acquire_lease.flow(
        leases.core,
        app_name=leases.app_name,
        machine_id=machine_id,
        ttl=leases.ttl,
        description=leases.description,
    )
    if not result.ok:
        return result.error
    nonce, _ = lease_data(result.value)
    if nonce is None:
        return FlyError(
            kind="decode",
            code="decode_error",
            message=f"the lease answer for machine {machine_id} carried no nonce",
        )
    leases.nonces[machine_id] = nonce
    leases.unreleased.setdefault(machine_id, []).append(nonce)
    leases.valid_until[machine_id] = started + leases.ttl
    leases.on_event(machine_id, "leased", f"ttl {leases.ttl}s")
    return None


def keep_leases(leases: LeaseSet) -> Flow[None]:
    """Refresh every lease every `every` seconds, until cancelled (a background flow)."""
    while True:
        yield Sleep(leases.every)
        held = list(leases.nonces.items())
        yield from _pooled([_refresh(leases, machine_id, nonce) for machine_id, nonce in held])


def _refresh(leases: LeaseSet, machine_id: str, nonce: str) -> Flow[None]:
    started = leases.core.clock.monotonic()
    result = yield from Machines.acquire_lease.flow(
        leases.core, app_name=leases.app_name, machine_id=machine_id, ttl=leases.ttl, nonce=nonce
    )
    gone = False
    if not result.ok and result.error.status in (404, 412):
        # A lease goes with its destroyed machine: nobody can take it over then.
        shown = yield from Machines.get.flow(
            leases.core, app_name=leases.app_name, machine_id=machine_id
        )
        gone = (
            getattr(shown.value, "state", None) in GONE_STATES
            if shown.ok
            else shown.error.status == 404
        )
    if leases.nonces.get(machine_id) != nonce:
        return  # released or destroyed meanwhile
    if gone:
        leases.forget(machine_id)
        return
    if result.ok:
        fresh, _ = lease_data(result.value)
        if fresh == nonce:
            leases.valid_until[machine_id] = started + leases.ttl
            return
        if fresh is not None:
            leases.unreleased.setdefault(machine_id, []).append(fresh)
            leases.lose(machine_id, "a refresh was answered with a new nonce: it had expired")
            return
    elif result.error.code == "lease_conflict":
        leases.lose(machine_id, f"another client holds it now ({result.error.message})")
        return
    if leases.core.clock.monotonic() >= leases.valid_until.get(machine_id, 0.0):
        leases.lose(machine_id, f"no refresh succeeded within its ttl of {leases.ttl}s")


def release_leases(leases: LeaseSet) -> Flow[list[str]]:
    """Release every lease held (retrying, as a lease block does); the machines whose
    lease could not be released (it runs out by itself after the ttl)."""
    held = [(m, nonce) for m, nonces in leases.unreleased.items() for nonce in nonces]
    failed = yield from _pooled([_release(leases, m, nonce) for m, nonce in held])
    leases.nonces.clear()
    leases.valid_until.clear()
    leases.unreleased.clear()
    return sorted({machine_id for machine_id in failed if machine_id is not None})


def _release(leases: LeaseSet, machine_id: str, nonce: str) -> Flow[str | None]:
    result = yield from Machines.release_lease.flow(
        leases.core,
        app_name=leases.app_name,
        machine_id=machine_id,
        nonce=nonce,
        retry=release_policy(leases.core.retry_policy(None)),
    )
    # 404 or 409: the lease was gone already (expired, or went with its machine).
    if result.ok or result.error.status in (404, 409):
        leases.on_event(machine_id, "released", "")
        return None
    logger.warning(
        "could not release the lease on machine %s of app %s; it stays held until its"
        " ttl (%ss) runs out: %s",
        machine_id,
        leases.app_name,
        leases.ttl,
        result.error,
    )
    leases.on_event(machine_id, "release_failed", result.error.message)
    return machine_id


def _pooled(flows: list[Flow[Any]]) -> Flow[list[Any]]:
    """Run `flows`, at most CONCURRENT_REQUESTS at once; their values in order."""
    values: list[Any] = [None] * len(flows)
    queue = list(enumerate(flows))
    queue.reverse()

    def worker() -> Flow[None]:
        while queue:
            index, flow = queue.pop()
            values[index] = yield from flow

    if flows:
        yield Gather(tuple(worker() for _ in range(min(CONCURRENT_REQUESTS, len(flows)))))
    return values
