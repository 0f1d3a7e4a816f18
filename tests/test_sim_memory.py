"""The simulator's memory stays bounded under a long workload.

The request log keeps the latest `request_log_size` requests, a destroyed machine is
forgotten `destroyed_retention` seconds (of the simulator's clock) after it was
destroyed, and a machine keeps its latest 50 events. Before, all three grew forever:
about 4.9 KB per create-and-destroy cycle.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator

import httpx
import pytest
from support.sim import APP, AUTH, BASE, IMAGE, ORG, machine_path

from fly_machines.clock import ManualClock
from fly_machines.testing import FlySimulator

# With the defaults, 10,000 cycles may grow memory by 5 MB at most: `python scripts/bench.py
# --memory` measures that. Here the log holds 200 requests and destroyed machines are kept
# 24 s, and the test checks the steady state: once every bounded structure is full (the
# log, the retention, the 1,024 timestamps the simulator keeps formatted), 1,000 more
# cycles may add at most 100 kB. A leak of the size the log and the retention once had
# (4.9 kB a cycle) would add 4.9 MB. Counting the filling too made the figure depend on
# the interpreter and on what earlier tests left (1.03 MB on Python 3.13 after the plugin
# tests, 0.82 MB on 3.11).
FILL = 1_100
CYCLES = 1_000
LOG_SIZE = 200
RETENTION = 24.0
STEADY_BUDGET = 100_000


@pytest.fixture
def sim() -> FlySimulator:
    return FlySimulator(clock=ManualClock(), seed=7)


@pytest.fixture
def client(sim: FlySimulator) -> Iterator[httpx.Client]:
    with httpx.Client(transport=sim.transport(), base_url=BASE, headers=AUTH) as client:
        assert client.post("/v1/apps", json={"name": APP, "org_slug": ORG}).status_code == 201
        yield client


def _cycle(client: httpx.Client, clock: ManualClock) -> str:
    """Create a machine, destroy it, and let the destruction finish (one step)."""
    body = {"config": {"image": IMAGE}, "skip_launch": True}
    machine_id = str(client.post(f"/v1/apps/{APP}/machines", json=body).json()["id"])
    assert client.delete(machine_path(machine_id)).status_code == 200
    clock.advance(1.0)
    return machine_id


def _clock(sim: FlySimulator) -> ManualClock:
    assert isinstance(sim.clock, ManualClock)
    return sim.clock


@pytest.mark.slow
def test_create_and_destroy_cycles_keep_memory_bounded() -> None:
    sim = FlySimulator(
        clock=ManualClock(), seed=7, request_log_size=LOG_SIZE, destroyed_retention=RETENTION
    )
    with httpx.Client(transport=sim.transport(), base_url=BASE, headers=AUTH) as client:
        assert client.post("/v1/apps", json={"name": APP, "org_slug": ORG}).status_code == 201
        # Traced from before the filling: what a steady cycle frees was allocated while
        # tracing, so the figure is net (tracemalloc cannot subtract what it never saw).
        tracemalloc.start()
        try:
            for _ in range(FILL):
                _cycle(client, _clock(sim))
            before, _ = tracemalloc.get_traced_memory()
            for _ in range(CYCLES):
                _cycle(client, _clock(sim))
            after, _ = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        listed = client.get(f"/v1/apps/{APP}/machines", params={"include_deleted": "true"})
    grew = after - before
    assert grew <= STEADY_BUDGET, f"{CYCLES} cycles after the first {FILL} grew memory by {grew}"
    assert len(sim.requests) == LOG_SIZE
    # One cycle a second: the machines destroyed in the last 24 s are kept.
    assert RETENTION - 1 <= len(listed.json()) <= RETENTION + 1


def test_the_request_log_keeps_the_latest_requests() -> None:
    sim = FlySimulator(clock=ManualClock(), request_log_size=3)
    with httpx.Client(transport=sim.transport(), base_url=BASE, headers=AUTH) as client:
        for name in ("a", "b", "c", "d", "e"):
            client.get(f"/v1/apps/{name}")
    assert [r.path for r in sim.requests] == ["/v1/apps/c", "/v1/apps/d", "/v1/apps/e"]
    with pytest.raises(ValueError, match="request_log_size"):
        FlySimulator(request_log_size=-1)
    with pytest.raises(ValueError, match="destroyed_retention"):
        FlySimulator(destroyed_retention=float("nan"))


def test_a_destroyed_machine_is_forgotten_after_its_retention(
    sim: FlySimulator, client: httpx.Client
) -> None:
    clock = _clock(sim)
    gone = _cycle(client, clock)
    listing = f"/v1/apps/{APP}/machines"
    assert client.get(machine_path(gone)).json()["state"] == "destroyed"
    clock.advance(119.5)  # the cycle ended as it was destroyed: just under 120 s since
    assert [m["id"] for m in client.get(listing, params={"include_deleted": "1"}).json()] == [gone]
    clock.advance(0.5)
    assert client.get(machine_path(gone)).status_code == 404
    assert client.get(listing, params={"include_deleted": "1"}).json() == []


def test_destroyed_retention_is_configurable() -> None:
    sim = FlySimulator(clock=ManualClock(), destroyed_retention=0)
    with httpx.Client(transport=sim.transport(), base_url=BASE, headers=AUTH) as client:
        client.post("/v1/apps", json={"name": APP, "org_slug": ORG})
        gone = _cycle(client, _clock(sim))
        assert client.get(machine_path(gone)).status_code == 404


def test_machines_destroyed_without_a_destroy_request_are_pruned_too(
    sim: FlySimulator, client: httpx.Client
) -> None:
    body = {"config": {"image": IMAGE}, "skip_launch": True}
    machine_id = sim.backend.create_machine(APP, body)["id"]
    sim.backend.destroy(APP, machine_id, None, False)  # not through HTTP
    _clock(sim).advance(121)
    for _ in range(64):  # a full sweep comes at least every 64 requests
        client.get(f"/v1/apps/{APP}")
    assert client.get(machine_path(machine_id)).status_code == 404


def test_a_machine_keeps_its_latest_50_events(sim: FlySimulator, client: httpx.Client) -> None:
    body = {"config": {"image": IMAGE}, "skip_launch": True}
    machine_id = client.post(f"/v1/apps/{APP}/machines", json=body).json()["id"]
    for _ in range(20):  # 4 events each
        client.post(machine_path(machine_id, "start"))
        client.get(machine_path(machine_id, "wait"), params={"state": "started"})
        client.post(machine_path(machine_id, "stop"))
        client.get(machine_path(machine_id, "wait"), params={"state": "stopped"})
    events = client.get(machine_path(machine_id)).json()["events"]
    assert len(events) == 50
    assert events[0]["status"] == "stopped"  # newest first: the last stop is kept
    listed = client.get(machine_path(machine_id, "events"), params={"limit": "50"}).json()
    assert listed == events
