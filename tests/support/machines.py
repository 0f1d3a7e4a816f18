"""A realistic machine answer, as the simulator returns it, for the model decoding tests."""

from __future__ import annotations

import copy
from typing import Any

import httpx

from fly_machines.clock import ManualClock
from fly_machines.testing import FlySimulator

CONFIG: dict[str, Any] = {
    "image": "flyio/hellofly:latest",
    "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 256},
    "restart": {"policy": "on-failure"},
    "services": [
        {
            "protocol": "tcp",
            "internal_port": 8080,
            "ports": [{"port": 80, "handlers": ["http"]}, {"port": 443, "handlers": ["tls"]}],
        }
    ],
    "metadata": {"fly_process_group": "app"},
    "env": {"LOG_LEVEL": "info"},
    "init": {"cmd": ["bin/server"]},
    "checks": {"alive": {"type": "tcp", "port": 8080, "interval": "15s"}},
}


def simulator_machine() -> dict[str, Any]:
    """A started machine as the simulator answers it: config, checks, three events."""
    clock = ManualClock()
    sim = FlySimulator(clock=clock, seed=3)
    sim.backend.create_app({"name": "decoding", "org_slug": "personal"})
    machine_id = sim.backend.create_machine("decoding", {"config": CONFIG})["id"]
    clock.advance(5)
    with httpx.Client(
        transport=sim.transport(), base_url="http://sim", headers={"authorization": "Bearer x"}
    ) as client:
        answer = client.get(f"/v1/apps/decoding/machines/{machine_id}")
    answer.raise_for_status()
    decoded: dict[str, Any] = answer.json()
    return decoded


def with_unknowns(machine: dict[str, Any]) -> dict[str, Any]:
    """The machine with fields this client does not know, at the top and nested."""
    future = copy.deepcopy(machine)
    future["carbon_footprint"] = {"grams_per_hour": 1.5}
    future["config"]["quantum"] = [1, 2]
    future["config"]["services"][0]["ports"][0]["warm"] = True
    future["events"][0]["detail"] = "x"
    return future
