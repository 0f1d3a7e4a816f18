"""Shared pieces of the fleet tests (no tests here): an app's machines made straight in the
simulator, and what its event history says about them afterwards.

Every claim about availability is read from the simulator's own records (each machine's
events, with their states and times, and its health checks' grace period), never from
the report the client writes about itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from fly_machines.testing import FlySimulator
from support.resilience import APP, sim_clock

GRACE = 5.0  # seconds: the health check's grace period in these configs
V1: dict[str, Any] = {
    "image": "registry.fly.io/fleet-app:v1",
    "guest": {"cpus": 1, "memory_mb": 256},
    "metadata": {"fly_process_group": "web"},
    "checks": {"http": {"type": "http", "port": 8080, "path": "/", "grace_period": "5s"}},
}
V2 = {"image": "registry.fly.io/fleet-app:v2"}
BAD = {"image": "registry.fly.io/fleet-app:v2", "env": {"FLY_SIM_FAILING_CHECKS": "http"}}
GOOD = {"image": "registry.fly.io/fleet-app:v2", "env": {"FLY_SIM_FAILING_CHECKS": None}}


@dataclass
class Fleet:
    """The machines of `APP`, by what they were when the test began."""

    started: list[str]  # serving, on v1
    current: list[str]  # serving, already on v2
    stopped: list[str]  # stopped, on v1
    began_ms: int  # the simulator's wall clock when the machines were ready, in ms


def make_fleet(
    sim: FlySimulator, started: int = 20, current: int = 0, stopped: int = 0, **config: Any
) -> Fleet:
    """Machines made straight in the simulator's backend, then the clock moved on until
    every one of them has started and passed its checks."""
    base = {**V1, **config}

    def make(count: int, body: dict[str, Any]) -> list[str]:
        return [
            str(sim.backend.create_machine(APP, {"region": "ams", **body})["id"])
            for _ in range(count)
        ]

    fleet = Fleet(
        started=make(started, {"config": base}),
        current=make(current, {"config": {**base, **V2}}),
        stopped=make(stopped, {"config": base}),
        began_ms=0,
    )
    sim_clock(sim).advance(2.0)
    for machine_id in fleet.stopped:
        sim.backend.stop(APP, machine_id, None)
    sim_clock(sim).advance(GRACE)
    fleet.began_ms = int(sim_clock(sim).time() * 1000)
    return fleet


def machine(sim: FlySimulator, machine_id: str) -> dict[str, Any]:
    found: dict[str, Any] = sim.backend.get_machine(APP, machine_id, True)
    return found


def image(sim: FlySimulator, machine_id: str) -> str:
    return str(machine(sim, machine_id)["config"]["image"])


def events_since(sim: FlySimulator, machine_id: str, since_ms: int) -> list[dict[str, Any]]:
    """The machine's events from `since_ms` on, oldest first."""
    events = machine(sim, machine_id)["events"]
    return sorted((e for e in events if e["timestamp"] >= since_ms), key=lambda e: e["timestamp"])


def outages(sim: FlySimulator, machine_id: str, since_ms: int) -> list[tuple[int, int]]:
    """When the machine did not serve, from its events: from each event that left
    `started` until the next `started` plus the checks' grace period (its checks do not
    pass before), in ms. An outage with no end lasts forever."""
    spans: list[tuple[int, int]] = []
    began: int | None = None
    for event in events_since(sim, machine_id, since_ms):
        if event["status"] != "started" and began is None:
            began = event["timestamp"]
        elif event["status"] == "started" and began is not None:
            spans.append((began, event["timestamp"] + int(GRACE * 1000)))
            began = None
    if began is not None:
        spans.append((began, 2**62))
    return spans


def most_out_at_once(sim: FlySimulator, machine_ids: Iterable[str], since_ms: int) -> int:
    """The most machines out of service at any one moment."""
    edges: list[tuple[int, int]] = []
    for machine_id in machine_ids:
        for start, end in outages(sim, machine_id, since_ms):
            edges += [(start, 1), (end, -1)]
    most = out = 0
    for _, change in sorted(edges, key=lambda edge: (edge[0], edge[1])):  # ends first
        out += change
        most = max(most, out)
    return most


def lease_holders(sim: FlySimulator, machine_ids: Iterable[str]) -> list[str]:
    """The machines that have a live lease now."""
    return [m for m in machine_ids if machine(sim, m).get("lease") is not None]


def updates_of(sim: FlySimulator, machine_id: str, since_ms: int) -> list[dict[str, Any]]:
    return [e for e in events_since(sim, machine_id, since_ms) if e["type"] == "update"]
