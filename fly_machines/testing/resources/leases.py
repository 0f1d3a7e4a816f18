"""Machine leases: the lease itself, the check every lease-guarded call makes, and the
lease endpoints (acquire or refresh with the nonce, show, release), which answer in the
envelope the live API wraps them in."""

from __future__ import annotations

from dataclasses import dataclass

from .._container import Part, Resource
from .._http import Call, Reply
from .._primitives import (
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
from .lifecycle import Machine

DEFAULT_TTL = 30
MAX_TTL = 86_400  # a day: the simulator's bound (any longer is refused, 400)


@dataclass
class Lease:
    nonce: str
    owner: str
    description: str
    expires: Moment
    version: str

    def live(self, now: Moment) -> bool:
        return now.mono < self.expires.mono

    def to_json(self) -> JSON:
        return {
            "nonce": self.nonce,
            "expires_at": int(self.expires.wall),
            "owner": self.owner,
            "description": self.description,
            "version": self.version,
        }


def ttl_seconds(value: object, field: str = "ttl") -> int:
    """A lease ttl: whole seconds from 1 to `MAX_TTL`; 400 naming `field` otherwise."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_TTL:
        shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:40] + "..."
        raise error(
            400, f"invalid {field} {shown}: expected a whole number of seconds from 1 to {MAX_TTL}"
        )
    return value


def new_lease(ids: IdFactory, owner: str, now: Moment, ttl: int, description: str) -> Lease:
    return Lease(
        nonce=ids.nonce(),
        owner=owner,
        description=description,
        expires=now.later(ttl),
        version=ids.ulid(now.wall),
    )


def lease_conflict(machine: Machine, lease: Lease, envelope: bool = False) -> ApiError:
    """409: someone else holds the machine's lease. Lease acquisition answers in the lease
    envelope, as the live API does; other calls in the spec's ErrorResponse shape."""
    message = (
        f"machine ID {machine.id} lease currently held by {lease.owner}, "
        f"expires at {rfc3339(lease.expires.wall)}"
    )
    if envelope:
        return ApiError(409, {"status": "error", "message": message, "code": "invalid"})
    return error(409, message)


def require_lease(machine: Machine, nonce: str | None, now: Moment) -> Machine:
    """The machine, for a lease-guarded call: 409 when someone else holds its lease."""
    lease = machine.lease
    if lease is not None and lease.live(now) and nonce != lease.nonce:
        raise lease_conflict(machine, lease)
    return machine


class LeaseRules(Part):
    """`backend.leases`."""

    @mutating
    def acquire(
        self, app_name: str, machine_id: str, body: JSON, nonce: str | None, ttl: int | None = None
    ) -> JSON:
        """A new lease, or a refresh when `nonce` is the current lease's; 409 (in the
        envelope) when someone else holds it. `ttl` (the query's, as fly-go sends it)
        wins over the body's."""
        backend = self._backend
        machine = backend.machine(app_name, machine_id)
        machine.check("change")
        ttl = ttl_seconds(body.get("ttl", DEFAULT_TTL) if ttl is None else ttl)
        description = str(body.get("description") or "")
        now = backend.now()
        lease = machine.lease
        if lease is not None and lease.live(now):
            if nonce != lease.nonce:
                raise lease_conflict(machine, lease, envelope=True)
            lease.expires = now.later(ttl)
            lease.description = description or lease.description
        else:
            lease = machine.lease = new_lease(backend.ids, backend.owner, now, ttl, description)
        return {"status": "success", "data": lease.to_json()}

    @locked
    def get(self, app_name: str, machine_id: str) -> JSON:
        lease = self._live(self._backend.machine(app_name, machine_id))
        return {"status": "success", "data": lease.to_json()}

    @mutating
    def release(self, app_name: str, machine_id: str, nonce: str | None) -> JSON:
        machine = self._backend.machine(app_name, machine_id)
        lease = self._live(machine)
        if nonce != lease.nonce:
            raise lease_conflict(machine, lease)
        machine.lease = None
        return {"status": "success", "data": {"ok": True}}

    def _live(self, machine: Machine) -> Lease:
        lease = machine.lease
        if lease is None or not lease.live(self._backend.now()):
            raise not_found(f"no lease held on machine {machine.id}")
        return lease


class LeaseResource(Resource):
    @property
    def leases(self) -> LeaseRules:
        return LeaseRules(self)


# -- HTTP ----------------------------------------------------------------------------------------
def _acquire(c: Call) -> Reply:
    # fly-go flaps sends the ttl as a query parameter (`POST …/lease?ttl=120`, no body).
    raw = c.query("ttl")
    ttl = None
    if raw is not None:
        if not raw.isdigit() or len(raw) > 9:
            raise error(400, f"invalid query parameter ttl={raw[:20]!r}: expected whole seconds")
        ttl = ttl_seconds(int(raw), "query parameter ttl")
    return 201, c.backend.leases.acquire(c.app, c.machine, c.json(), c.nonce, ttl)


def _show(c: Call) -> Reply:
    return 200, c.backend.leases.get(c.app, c.machine)


def _release(c: Call) -> Reply:
    return 200, c.backend.leases.release(c.app, c.machine, c.nonce)


LeaseResource.handlers = {
    "Machines_create_lease": _acquire,
    "Machines_show_lease": _show,
    "Machines_release_lease": _release,
}
