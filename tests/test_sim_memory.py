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

# 10,000 cycles with the defaults (a log of 1000 requests, 120 s of retention) may grow
# memory by 5 MB at most; this runs a fifth of that, everything scaled by a fifth: 2,000
# cycles, a log of 200 requests, 24 s of retention, and 1 MB. `python scripts/bench.py
# --memory` measures the 10,000 cycles with the defaults.
CYCLES = 2_000
LOG_SIZE = 200
RETENTION = 24.0
BUDGET = 1_000_000


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
        client.get(f"/v1/apps/{APP}/machines")  # imports and caches
        # A cycle's own first-time imports and caches (some 350 kB on Python 3.13 under
        # pytest, which put the whole past the budget) are not what the cycles add.
        for _ in range(5):
            _cycle(client, _clock(sim))
        tracemalloc.start()  # from the start: what the log and the retention hold counts
        try:
            before, _ = tracemalloc.get_traced_memory()
            for _ in range(CYCLES // 2):
                _cycle(client, _clock(sim))
            halfway, _ = tracemalloc.get_traced_memory()
            for _ in range(CYCLES // 2):
                _cycle(client, _clock(sim))
            after, _ = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        listed = client.get(f"/v1/apps/{APP}/machines", params={"include_deleted": "true"})
    assert after - before <= BUDGET, f"{CYCLES} cycles grew memory by {after - before} bytes"
    # The second half only replaces what the first one filled.
    assert after - halfway <= BUDGET // 10, f"the second half grew it by {after - halfway}"
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
