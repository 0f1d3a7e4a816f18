"""Shared pieces of the resilience tests (no tests here): clients on a clock, the sim.

Every client here runs on a `ManualClock`, so a retry's backoff, a long wait or a lease
that waits its turn takes no real time, and `clock.sleeps` lists every delay asked for.
Retry jitter is the identity, so those delays are exact. Scripted servers are in
support/transports.py.
"""

from __future__ import annotations

from typing import Any

from fly_machines import AsyncClient, Client, ManualClock, RetryPolicy
from fly_machines.testing import FlySimulator
from support.kinds import Kind

# A plain (Bearer) token long and odd enough that finding it in output means a leak.
TOKEN = "fo1_resilienceSecret_Zq8Xw3Lk0Pv7"
BASE = "https://api.machines.dev"
APP = "resilient-app"
MACHINE_ID = "148ed193b95d89"
CLOCK_START = 1_700_000_000.0  # wall time at which the tests' ManualClocks start
CONFIG: dict[str, Any] = {"image": "flyio/hellofly:latest"}
MACHINE_JSON: dict[str, Any] = {
    "id": MACHINE_ID,
    "name": "white-sun-2456",
    "state": "started",
    "region": "ord",
    "instance_id": "01JHX0N0XW5D4PCKE5P7BB0QQV",
    "config": CONFIG,
    "image_ref": {"registry": "docker-hub-mirror.fly.io", "repository": "flyio/hellofly"},
    "created_at": "2025-01-16T17:03:21Z",
    "updated_at": "2025-01-16T17:03:24Z",
}
VOLUME_JSON: dict[str, Any] = {
    "id": "vol_4d1q8o2",
    "name": "data",
    "state": "created",
    "region": "ord",
    "zone": "8f2e",
    "size_gb": 20,
    "encrypted": True,
    "created_at": "2025-01-16T17:03:21.516Z",
}


def exact(delay: float) -> float:
    """Retry jitter that changes nothing, so tests can assert exact delays."""
    return delay


EXACT = RetryPolicy(jitter=exact)


def retrying_client(kind: Kind, clock: ManualClock, **options: Any) -> Client | AsyncClient:
    """A client of the given kind on `clock`, retrying with exact (jitter-free) delays."""
    options.setdefault("retry", EXACT)
    options.setdefault("token", TOKEN)
    if kind == "sync":
        return Client(clock=clock, **options)
    return AsyncClient(clock=clock, **options)


# -- the simulator ------------------------------------------------------------------------


def new_sim(**options: Any) -> FlySimulator:
    """A simulator on a fresh ManualClock with one app, `APP`."""
    options.setdefault("clock", ManualClock())
    sim = FlySimulator(seed=0, **options)
    sim.backend.create_app({"name": APP, "org_slug": "personal"})
    return sim


def sim_clock(sim: FlySimulator) -> ManualClock:
    assert isinstance(sim.clock, ManualClock)
    return sim.clock


def sim_client(sim: FlySimulator, kind: Kind, **options: Any) -> Client | AsyncClient:
    """A client of the given kind talking to `sim` (no sockets), sharing its clock."""
    options.setdefault("transport", sim.transport())
    return retrying_client(kind, sim_clock(sim), base_url="http://fly-sim.invalid", **options)


def sim_machine(sim: FlySimulator, **body: Any) -> str:
    """Create a machine straight in the simulator's backend (no request recorded)."""
    machine = sim.backend.create_machine(APP, {"config": dict(CONFIG), **body})
    machine_id = machine["id"]
    assert isinstance(machine_id, str)
    return machine_id


def sim_state(sim: FlySimulator, machine_id: str) -> str:
    state = sim.backend.get_machine(APP, machine_id, False)["state"]
    assert isinstance(state, str)
    return state


def sim_started(sim: FlySimulator) -> str:
    """A machine made as `sim_machine` makes one, with the clock moved on until it is
    started (created -> starting -> started, on the default 1 s transitions)."""
    machine_id = sim_machine(sim)
    sim_clock(sim).advance(2.0)
    assert sim_state(sim, machine_id) == "started"
    return machine_id


def sync_sim_client(sim: FlySimulator) -> Client:
    """A second client talking to `sim`, always a sync `Client` (someone else, for a test
    of either kind)."""
    client = sim_client(sim, "sync")
    assert isinstance(client, Client)
    return client


def live_machines(sim: FlySimulator) -> list[dict[str, Any]]:
    """The app's machines that are not destroyed, as the simulator holds them."""
    return sim.backend.list_machines(
        APP, include_deleted=False, region=None, states=(), metadata={}, summary=False
    )
