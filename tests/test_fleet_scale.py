"""`Fleet.scale`: machines created or destroyed until each named region has its count,
stopped machines destroyed first. Sync and async, in virtual time, read from the
simulator."""

from __future__ import annotations

from typing import Any

import pytest
from support.fleet import V1, lease_holders, machine, make_fleet
from support.kinds import Kind, failure, ok_value, run_result
from support.resilience import APP, live_machines, new_sim, sim_client, sim_clock

from fly_machines import Fleet, FleetError, ScaleReport

pytestmark = pytest.mark.anyio


def regions(sim: Any, group: str | None = None) -> dict[str, int]:
    counted: dict[str, int] = {}
    for found in live_machines(sim):
        if found["state"] in ("destroying", "destroyed"):
            continue
        if group is not None and found["config"]["metadata"].get("fly_process_group") != group:
            continue
        counted[found["region"]] = counted.get(found["region"], 0) + 1
    return counted


async def test_scaling_up_copies_a_machines_config_into_new_started_machines(kind: Kind) -> None:
    sim = new_sim()
    fleet = make_fleet(sim, started=1)
    client = sim_client(sim, kind)

    report: ScaleReport = ok_value(
        await run_result(client, Fleet.scale, app_name=APP, counts={"ams": 3, "fra": 2})
    )

    assert regions(sim) == {"ams": 3, "fra": 2} == report.counts
    assert len(report.created) == 4 and report.destroyed == []
    for made in report.created:
        seen = machine(sim, made.machine_id)
        assert seen["state"] == "started"
        assert seen["config"]["image"] == V1["image"]
        assert seen["config"]["checks"] == V1["checks"]
    assert machine(sim, fleet.started[0])["state"] == "started"


async def test_scaling_down_destroys_stopped_machines_first(kind: Kind) -> None:
    sim = new_sim()
    older = make_fleet(sim, started=2)
    sim_clock(sim).advance(60.0)
    newer = make_fleet(sim, started=1, stopped=2)
    client = sim_client(sim, kind)

    report: ScaleReport = ok_value(
        await run_result(client, Fleet.scale, app_name=APP, counts={"ams": 2})
    )

    # The two stopped ones went, then the newest running one; the two oldest stay.
    gone = {m.machine_id for m in report.destroyed}
    assert gone == {*newer.stopped, *newer.started}
    assert regions(sim) == {"ams": 2} == report.counts
    assert {machine(sim, m)["state"] for m in older.started} == {"started"}
    destroys = sim.requests_to("Machines_delete")
    assert len(destroys) == 3 and all(r.headers.get("fly-machine-lease-nonce") for r in destroys)
    assert lease_holders(sim, [*older.started, *newer.started, *newer.stopped]) == []


async def test_a_process_group_scales_its_own_machines_with_its_metadata(kind: Kind) -> None:
    sim = new_sim()
    make_fleet(sim, started=2)
    client = sim_client(sim, kind)
    worker = {"image": "registry.fly.io/fleet-app:worker", "init": {"cmd": ["work"]}}

    report: ScaleReport = ok_value(
        await run_result(
            client,
            Fleet.scale,
            app_name=APP,
            counts={"ams": 2},
            config=worker,
            process_group="worker",
        )
    )

    assert regions(sim, "worker") == {"ams": 2} and regions(sim, "web") == {"ams": 2}
    for made in report.created:
        assert machine(sim, made.machine_id)["config"]["init"] == {"cmd": ["work"]}
        assert made.process_group == "worker"


async def test_scaling_a_group_with_no_machine_needs_a_config(kind: Kind) -> None:
    sim = new_sim()
    make_fleet(sim, started=1)
    client = sim_client(sim, kind)

    error = failure(
        await run_result(
            client, Fleet.scale, app_name=APP, counts={"ams": 1}, process_group="worker"
        )
    )

    assert error.kind == "invalid_request" and "config=" in error.message
    assert [r.operation_id for r in sim.requests] == ["Machines_list"]


@pytest.mark.parametrize(
    "counts", [{"ams": -1}, {"ams": 1001}, {}, {"": 1}, {"ams": True}, {"ams": 1.5}]
)
async def test_bad_counts_are_refused_before_anything_is_sent(
    kind: Kind, counts: dict[str, Any]
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    error = failure(await run_result(client, Fleet.scale, app_name=APP, counts=counts))

    assert error.kind == "invalid_request" and "counts" in error.message
    assert sim.requests == []


async def test_a_create_that_fails_stops_the_scaling_with_a_report(kind: Kind) -> None:
    sim = new_sim()
    make_fleet(sim, started=1)
    sim.faults.fail_next("Machines_create", status=422, body={"error": "no"}, count=10)
    client = sim_client(sim, kind)

    error = failure(await run_result(client, Fleet.scale, app_name=APP, counts={"ams": 3}))

    assert isinstance(error, FleetError) and error.status == 422
    assert isinstance(error.report, ScaleReport) and error.report.counts == {"ams": 1}
