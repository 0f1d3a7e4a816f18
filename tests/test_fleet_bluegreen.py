"""`Fleet.deploy(strategy="bluegreen")`: greens that never become healthy are destroyed
and the blues serve on; greens that pass replace the blues. Sync and async, in virtual
time; what happened is read from the simulator."""

from __future__ import annotations

import json

import pytest
from support.fleet import BAD, V1, V2, image, lease_holders, machine, make_fleet
from support.kinds import Kind, failure, ok_value, run_result
from support.resilience import APP, live_machines, new_sim, sim_client

from fly_machines import DeployReport, Fleet, FleetError

pytestmark = pytest.mark.anyio


async def test_greens_that_never_become_healthy_are_destroyed_and_the_blues_serve_on(
    kind: Kind,
) -> None:
    sim = new_sim()
    fleet = make_fleet(sim, started=4, stopped=1)
    blues = [*fleet.started, *fleet.stopped]
    client = sim_client(sim, kind)

    error = failure(
        await run_result(
            client, Fleet.deploy, app_name=APP, config=BAD, strategy="bluegreen", wait_timeout=30
        )
    )

    assert isinstance(error, FleetError) and error.code == "unhealthy"
    greens = [m.machine_id for m in error.report.machines if m.role == "green"]
    assert len(greens) == 5
    assert {machine(sim, g)["state"] for g in greens} <= {"destroying", "destroyed"}
    # The blues: as they were, serving (started, not cordoned), on v1, not leased.
    for blue in fleet.started:
        seen = machine(sim, blue)
        assert (seen["state"], seen["cordoned"], seen["config"]["image"]) == (
            "started", False, V1["image"]
        )  # fmt: skip
    assert machine(sim, fleet.stopped[0])["state"] == "stopped"
    assert sorted(m["id"] for m in live_machines(sim) if m["state"] != "destroying") == sorted(
        blues
    )
    assert lease_holders(sim, blues) == []
    assert sim.requests_to("Machines_uncordon") == []
    assert sim.requests_to("Machines_cordon") == []


async def test_greens_that_pass_replace_the_blues(kind: Kind) -> None:
    sim = new_sim()
    fleet = make_fleet(sim, started=4, stopped=1, current=1)
    blues = [*fleet.started, *fleet.stopped]
    client = sim_client(sim, kind)

    report: DeployReport = ok_value(
        await run_result(client, Fleet.deploy, app_name=APP, config=V2, strategy="bluegreen")
    )

    greens = [m for m in report.machines if m.role == "green"]
    assert len(greens) == 5 and {g.action for g in greens} == {"created"}
    for green in greens:
        seen = machine(sim, green.machine_id)
        assert seen["config"]["image"] == V2["image"] and seen["cordoned"] is False
        assert seen["config"]["metadata"]["fly_process_group"] == "web"
        tag = seen["config"]["metadata"]["fly_machines_bluegreen"]
        assert seen["config"]["metadata"]["fly_machines_launch_id"] == f"bluegreen-{tag}"
    # A green serves where its blue served; the stopped blue's green was made stopped.
    assert sorted(machine(sim, g.machine_id)["state"] for g in greens) == [
        "created", "started", "started", "started", "started",
    ]  # fmt: skip
    for blue in blues:
        assert machine(sim, blue)["state"] in ("destroying", "destroyed")
    assert {m.machine_id for m in report.destroyed} == set(blues)
    # The machine already on v2 was left alone.
    assert machine(sim, fleet.current[0])["state"] == "started"
    assert image(sim, fleet.current[0]) == V2["image"]
    # Greens were made without service registration, then uncordoned; blues cordoned first.
    created = sim.requests_to("Machines_create")
    assert all(json.loads(r.body)["skip_service_registration"] is True for r in created)
    assert len(sim.requests_to("Machines_uncordon")) == 5
    assert len(sim.requests_to("Machines_cordon")) == 5
    assert all(r.headers.get("fly-machine-lease-nonce") for r in sim.requests_to("Machines_cordon"))
    assert lease_holders(sim, blues) == []


async def test_bluegreen_needs_health_checks_in_the_config(kind: Kind) -> None:
    sim = new_sim()
    unchecked = {key: value for key, value in V1.items() if key != "checks"}
    for _ in range(2):
        sim.backend.create_machine(APP, {"config": unchecked, "region": "ams"})
    client = sim_client(sim, kind)

    error = failure(
        await run_result(client, Fleet.deploy, app_name=APP, config=V2, strategy="bluegreen")
    )

    assert error.kind == "invalid_request" and "health checks" in error.message
    assert [r.operation_id for r in sim.requests] == ["Machines_list"]
