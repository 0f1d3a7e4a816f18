"""Machine leases: acquire (or refresh with the nonce), show, release.

The check every mutating call makes (`Backend._leased`) is in the backend; this is the
lease endpoints themselves, in the envelope the live API wraps them in.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from ._machine import Lease, Machine
from ._primitives import (
    JSON,
    ApiError,
    IdFactory,
    Moment,
    error,
    locked,
    mutating,
    not_found,
    rfc3339,
)

if TYPE_CHECKING:
    from ._backend import Backend

DEFAULT_TTL = 30


def ttl_seconds(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise error(422, f"invalid ttl {value!r}: expected a whole number of seconds >= 1")
    return value


def new_lease(ids: IdFactory, owner: str, now: Moment, ttl: int, description: str) -> Lease:
    return Lease(
        nonce=ids.nonce(),
        owner=owner,
        description=description,
        expires=now.later(ttl),
        version=ids.ulid(now.wall),
    )


def lease_conflict(message: str, envelope: bool = False) -> ApiError:
    """409: someone else holds the machine's lease. Lease acquisition answers in the lease
    envelope, as the live API does; other calls in the spec's ErrorResponse shape."""
    if envelope:
        return ApiError(409, {"status": "error", "message": message, "code": "invalid"})
    return error(409, message)


def held_message(machine: Machine, lease: Lease) -> str:
    return (
        f"machine ID {machine.id} lease currently held by {lease.owner}, "
        f"expires at {rfc3339(lease.expires.wall)}"
    )


class Leases:
    def __init__(self, backend: Backend) -> None:
        self._backend = backend

    @property
    def condition(self) -> threading.Condition:
        return self._backend.condition

    @mutating
    def acquire(self, app_name: str, machine_id: str, body: JSON, nonce: str | None) -> JSON:
        """A new lease, or a refresh when `nonce` is the current lease's; 409 (in the
        envelope) when someone else holds it."""
        backend = self._backend
        machine = backend.machine(app_name, machine_id)
        machine.require_present()
        ttl = ttl_seconds(body.get("ttl", DEFAULT_TTL))
        description = str(body.get("description") or "")
        now = backend.now()
        lease = machine.lease
        if lease is not None and lease.live(now):
            if nonce != lease.nonce:
                raise lease_conflict(held_message(machine, lease), envelope=True)
            lease.expires = now.later(ttl)
            lease.description = description or lease.description
        else:
            lease = machine.lease = new_lease(backend.ids, backend.owner, now, ttl, description)
        return {"status": "success", "data": lease.to_json()}

    @locked
    def get(self, app_name: str, machine_id: str) -> JSON:
        machine = self._backend.machine(app_name, machine_id)
        lease = machine.lease
        if lease is None or not lease.live(self._backend.now()):
            raise not_found(f"no lease held on machine {machine_id}")
        return {"status": "success", "data": lease.to_json()}

    @mutating
    def release(self, app_name: str, machine_id: str, nonce: str | None) -> JSON:
        machine = self._backend.machine(app_name, machine_id)
        lease = machine.lease
        if lease is None or not lease.live(self._backend.now()):
            raise not_found(f"no lease held on machine {machine_id}")
        if nonce != lease.nonce:
            raise lease_conflict(held_message(machine, lease))
        machine.lease = None
        return {"status": "success", "data": {"ok": True}}
