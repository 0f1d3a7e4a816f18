"""The example programs (examples/) run, as a user runs them, against the simulator's real
server on 127.0.0.1: a subprocess with FLY_API_TOKEN and FLY_API_HOSTNAME set."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from support.project import ROOT

from fly_machines import ManualClock
from fly_machines.testing import FlySimulator

# Subprocesses, codegen, real servers or property suites: `pytest -m 'not slow'` skips it.
pytestmark = pytest.mark.slow

APP = "examples-app"


@pytest.fixture
def sim() -> Iterator[tuple[FlySimulator, str]]:
    simulator = FlySimulator(clock=ManualClock(), seed=7)
    simulator.backend.create_app({"name": APP, "org_slug": "personal"})
    with simulator.serve(host="127.0.0.1", port=0) as server:
        yield simulator, server.base_url


def _run(base_url: str, program: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FLY_API_TOKEN": "example-token", "FLY_API_HOSTNAME": base_url}
    return subprocess.run(
        [sys.executable, str(ROOT / "examples" / program), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _live(simulator: FlySimulator) -> list[dict[str, object]]:
    return simulator.backend.list_machines(
        APP, include_deleted=False, region=None, states=(), metadata={}, summary=False
    )


def test_the_sandbox_runner_prints_the_output_and_leaves_no_machine(
    sim: tuple[FlySimulator, str],
) -> None:
    simulator, base_url = sim
    done = _run(base_url, "sandbox_runner.py", APP, "echo", "hi", "there")
    assert (done.returncode, done.stdout) == (0, "hi there\n"), done.stderr
    assert _live(simulator) == []
    assert "example-token" not in done.stdout + done.stderr


def test_the_fleet_rollout_moves_every_machine_to_the_image(
    sim: tuple[FlySimulator, str],
) -> None:
    simulator, base_url = sim
    for _ in range(3):
        simulator.backend.create_machine(APP, {"config": {"image": "registry.example/app:v1"}})
    done = _run(base_url, "fleet_rollout.py", APP, "registry.example/app:v2")
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(done.stdout.splitlines()) == 3 and "v2" in done.stdout
    machines = [
        simulator.backend.get_machine(APP, str(machine["id"]), True) for machine in _live(simulator)
    ]
    assert {machine["config"]["image"] for machine in machines} == {"registry.example/app:v2"}
    assert [machine for machine in machines if "lease" in machine] == []  # every lease released
