"""`Fleet.deploy` with the rolling, canary and immediate strategies, against the simulator
in virtual time, with a sync `Client` and an `AsyncClient` (the `kind` fixture).

What the deploy did to the machines is read from the simulator (their events, configs,
leases and the requests it saw), not from the report the deploy writes.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from support.fleet import (
    BAD,
    GOOD,
    V1,
    V2,
    events_since,
    image,
    lease_holders,
    machine,
    make_fleet,
    most_out_at_once,
    outages,
    updates_of,
)
from support.kinds import Kind, failure, ok_value, run_result
from support.resilience import APP, new_sim, sim_client, sim_clock
from support.virtual_time import LoopTime, VirtualTimeLoop

from fly_machines import (
    AsyncClient,
    DeployReport,
    DeployStep,
    Event,
    Fleet,
    FleetError,
)
from fly_machines.testing import FlySimulator

pytestmark = pytest.mark.anyio


async def test_a_rolling_deploy_keeps_to_max_unavailable_after_a_lone_first_machine(
    kind: Kind,
) -> None:
    sim = new_sim()
    fleet = make_fleet(sim, started=20, current=2, stopped=3)
    client = sim_client(sim, kind)

    result = await run_result(
        client, Fleet.deploy, app_name=APP, config=V2, strategy="rolling", max_unavailable=3
    )

    report: DeployReport = ok_value(result)
    serving = fleet.started + fleet.current
    # At no moment were more than 3 of the serving machines out, by their own events.
    assert most_out_at_once(sim, serving, fleet.began_ms) == 3
    # The first (by id) went alone: every other update came after it served again.
    first = min(fleet.started)
    (first_out,) = outages(sim, first, fleet.began_ms)
    others = [u["timestamp"] for m in fleet.started if m != first for u in updates_of(sim, m, 0)]
    assert others and min(others) >= first_out[1]
    # Every machine is on v2; the ones already there were not touched.
    assert {image(sim, m) for m in [*serving, *fleet.stopped]} == {V2["image"]}
    assert [updates_of(sim, m, fleet.began_ms) for m in fleet.current] == [[], []]
    # Stopped machines got the new config and stayed stopped.
    assert {machine(sim, m)["state"] for m in fleet.stopped} == {"stopped"}
    assert all(len(updates_of(sim, m, fleet.began_ms)) == 1 for m in fleet.stopped)
    # What each machine kept of its own config: the merge changed only the image.
    kept = machine(sim, first)["config"]
    assert kept["checks"] == V1["checks"] and kept["metadata"] == V1["metadata"]
    # Every update carried the machine's lease nonce, and no lease is left.
    updates = sim.requests_to("Machines_update")
    assert len(updates) == 23
    assert all(request.headers.get("fly-machine-lease-nonce") for request in updates)
    assert lease_holders(sim, [*serving, *fleet.stopped]) == []
    # The report agrees.
    assert sorted(m.machine_id for m in report.updated) == sorted([*fleet.started, *fleet.stopped])
    assert sorted(m.machine_id for m in report.skipped) == sorted(fleet.current)
    assert report.complete and report.strategy == "rolling"
    updated = next(m for m in report.machines if m.machine_id == first)
    assert updated.before_version != updated.after_version == machine(sim, first)["instance_id"]
    assert updated.steps[:3] == ["leased", "updating", "updated"]
    assert updated.steps[-2:] == ["done", "released"]
    assert report.seconds == pytest.approx(sim_clock(sim).monotonic() - 7.0)


async def test_a_canary_that_fails_its_checks_stops_the_deploy_and_a_good_config_finishes_it(
    kind: Kind,
) -> None:
    sim = new_sim()
    fleet = make_fleet(sim, started=20)
    client = sim_client(sim, kind)
    first, rest = min(fleet.started), sorted(fleet.started)[1:]

    result = await run_result(
        client, Fleet.deploy, app_name=APP, config=BAD, max_unavailable=3, wait_timeout=60
    )

    error = failure(result)
    assert isinstance(error, FleetError) and error.code == "unhealthy"
    assert "http is critical (check failed (FLY_SIM_FAILING_CHECKS))" in error.message
    report = error.report
    assert isinstance(report, DeployReport) and report.error is error.cause
    assert [m.machine_id for m in report.failed] == [first]
    assert sorted(m.machine_id for m in report.untouched) == rest
    # The other 19 were left exactly as they were.
    assert all(updates_of(sim, m, fleet.began_ms) == [] for m in rest)
    assert {image(sim, m) for m in rest} == {V1["image"]}
    assert lease_holders(sim, fleet.started) == []

    again = await run_result(client, Fleet.deploy, app_name=APP, config=GOOD, max_unavailable=3)

    redone: DeployReport = ok_value(again)
    assert len(redone.updated) == 20
    for machine_id in fleet.started:
        config = machine(sim, machine_id)["config"]
        assert config["image"] == V2["image"] and "FLY_SIM_FAILING_CHECKS" not in config.get(
            "env", {}
        )
        assert machine(sim, machine_id)["state"] == "started"
    assert lease_holders(sim, fleet.started) == []


async def test_running_it_again_after_it_finished_changes_nothing(kind: Kind) -> None:
    sim = new_sim()
    fleet = make_fleet(sim, started=4)
    client = sim_client(sim, kind)
    ok_value(await run_result(client, Fleet.deploy, app_name=APP, config=V2))
    sent = len(sim.requests)

    again: DeployReport = ok_value(await run_result(client, Fleet.deploy, app_name=APP, config=V2))

    assert sorted(m.machine_id for m in again.skipped) == sorted(fleet.started)
    assert [r.operation_id for r in sim.requests[sent:]] == ["Machines_list"]


async def test_a_crash_looping_machine_fails_the_smoke_check(kind: Kind) -> None:
    sim = new_sim()
    fleet = make_fleet(sim, started=5)
    client = sim_client(sim, kind)
    crashing = {**V2, "env": {"FLY_SIM_RUN_SECONDS": "1", "FLY_SIM_EXIT_CODE": "3"}}

    result = await run_result(client, Fleet.deploy, app_name=APP, config=crashing)

    error = failure(result)
    assert error.code == "not_running"
    assert "crash-loops (exit code 3" in error.message
    assert isinstance(error, FleetError)
    assert [m.machine_id for m in error.report.failed] == [min(fleet.started)]
    assert len(error.report.machines) == 5
    assert lease_holders(sim, fleet.started) == []


async def test_a_machine_leased_by_someone_else_stops_the_deploy_before_any_change(
    kind: Kind,
) -> None:
    sim = new_sim()
    fleet = make_fleet(sim, started=6)
    taken = sorted(fleet.started)[3]
    sim.backend.leases.acquire(APP, taken, {"ttl": 600, "description": "someone"}, None)
    client = sim_client(sim, kind)

    error = failure(await run_result(client, Fleet.deploy, app_name=APP, config=V2))

    assert error.code == "lease_conflict" and taken in error.message
    assert sim.requests_to("Machines_update") == []
    assert lease_holders(sim, fleet.started) == [taken]  # only the other holder's is left


async def test_a_process_group_limits_the_deploy_to_its_machines(kind: Kind) -> None:
    sim = new_sim()
    web = make_fleet(sim, started=3)
    workers = make_fleet(sim, started=2, metadata={"fly_process_group": "worker"})
    client = sim_client(sim, kind)

    steps: list[DeployStep] = []
    report: DeployReport = ok_value(
        await run_result(
            client,
            Fleet.deploy,
            app_name=APP,
            config=V2,
            process_group="worker",
            on_progress=steps.append,
        )
    )

    assert sorted(m.machine_id for m in report.machines) == sorted(workers.started)
    assert sorted(m.machine_id for m in report.updated) == sorted(workers.started)
    assert {s.machine_id for s in steps} == set(workers.started)
    assert {image(sim, m) for m in web.started} == {V1["image"]}
    assert {image(sim, m) for m in workers.started} == {V2["image"]}


async def test_the_canary_strategy_checks_a_new_machine_first_and_destroys_it(kind: Kind) -> None:
    sim = new_sim()
    fleet = make_fleet(sim, started=3)
    client = sim_client(sim, kind)

    report: DeployReport = ok_value(
        await run_result(client, Fleet.deploy, app_name=APP, config=V2, strategy="canary")
    )

    (canary,) = [m for m in report.machines if m.role == "canary"]
    seen = machine(sim, canary.machine_id)
    assert seen["state"] == "destroyed"
    assert seen["config"]["metadata"]["fly_machines_canary"] == "true"
    assert canary.action == "destroyed" and "healthy" in canary.steps
    created = sim.requests_to("Machines_create")
    assert len(created) == 1 and json.loads(created[0].body)["skip_service_registration"] is True
    assert seen["cordoned"] is True  # registered with no service: it took no traffic
    # It was checked before any machine of the app was changed.
    canary_events = events_since(sim, canary.machine_id, 0)
    healthy_at = next(e for e in canary_events if e["status"] == "started")["timestamp"]
    first_update = min(u["timestamp"] for m in fleet.started for u in updates_of(sim, m, 0))
    assert first_update > healthy_at + 5000
    assert {image(sim, m) for m in fleet.started} == {V2["image"]}


async def test_a_canary_that_fails_is_destroyed_and_nothing_else_changes(kind: Kind) -> None:
    sim = new_sim()
    fleet = make_fleet(sim, started=3)
    client = sim_client(sim, kind)

    error = failure(
        await run_result(
            client, Fleet.deploy, app_name=APP, config=BAD, strategy="canary", wait_timeout=30
        )
    )

    assert isinstance(error, FleetError) and error.code == "unhealthy"
    (canary,) = [m for m in error.report.machines if m.role == "canary"]
    assert canary.action == "failed" and canary.steps[-1] == "destroyed"
    assert machine(sim, canary.machine_id)["state"] in ("destroying", "destroyed")
    assert sim.requests_to("Machines_update") == []
    assert {image(sim, m) for m in fleet.started} == {V1["image"]}


async def test_the_immediate_strategy_updates_every_machine_without_waiting(kind: Kind) -> None:
    sim = new_sim()
    fleet = make_fleet(sim, started=5)
    client = sim_client(sim, kind)

    report: DeployReport = ok_value(
        await run_result(client, Fleet.deploy, app_name=APP, config=V2, strategy="immediate")
    )

    assert len(report.updated) == 5
    assert sim.requests_to("Machines_wait") == [] and sim.requests_to("Machines_show") == []
    assert most_out_at_once(sim, fleet.started, fleet.began_ms) == 5
    assert lease_holders(sim, fleet.started) == []


async def test_each_step_is_reported_to_on_progress_and_as_telemetry(kind: Kind) -> None:
    sim = new_sim()
    fleet = make_fleet(sim, started=2)
    events: list[Event] = []
    client = sim_client(sim, kind, on_event=events.append)
    steps: list[DeployStep] = []

    ok_value(
        await run_result(client, Fleet.deploy, app_name=APP, config=V2, on_progress=steps.append)
    )

    first = min(fleet.started)
    assert [s.step for s in steps if s.machine_id == first] == [
        "leased", "updating", "updated", "started", "smoke_checked", "healthy", "done",
        "released",
    ]  # fmt: skip
    assert all(s.process_group == "web" for s in steps)
    assert [s.elapsed for s in steps] == sorted(s.elapsed for s in steps)
    fleet_events = [e for e in events if e.name.startswith("fleet.")]
    assert fleet_events[0].name == "fleet.start" and fleet_events[0].state == "rolling"
    assert fleet_events[-1].name == "fleet.stop" and fleet_events[-1].reason is None
    assert [(e.machine_id, e.state) for e in fleet_events if e.name == "fleet.step"] == [
        (s.machine_id, s.step) for s in steps
    ]
    assert {e.operation for e in fleet_events} == {"Fleet.deploy"}


async def test_a_progress_callback_that_raises_does_not_break_the_deploy(kind: Kind) -> None:
    sim = new_sim()
    make_fleet(sim, started=2)
    client = sim_client(sim, kind)

    def broken(step: DeployStep) -> None:
        raise RuntimeError("observer bug")

    report = ok_value(
        await run_result(client, Fleet.deploy, app_name=APP, config=V2, on_progress=broken)
    )
    assert len(report.updated) == 2


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"max_unavailable": 0}, "max_unavailable"),
        ({"max_unavailable": 2.5}, "max_unavailable"),
        ({"lease_ttl": 1}, "lease_ttl"),
        ({"wait_timeout": -1}, "wait_timeout"),
        ({"smoke_seconds": float("nan")}, "smoke_seconds"),
        ({"strategy": "yolo"}, "strategy"),
        ({"on_progress": "print"}, "on_progress"),
        ({"config": {"image": {1, 2}}}, "config.image"),
        ({"min_secrets_version": -1}, "min_secrets_version"),
    ],
)
async def test_bad_arguments_are_refused_before_anything_is_sent(
    kind: Kind, arguments: dict[str, Any], named: str
) -> None:
    sim = new_sim()
    make_fleet(sim, started=1)
    client = sim_client(sim, kind)

    error = failure(
        await run_result(client, Fleet.deploy, **{"app_name": APP, "config": V2, **arguments})
    )

    assert error.kind == "invalid_request" and named in error.message
    assert sim.requests == []


async def test_strategies_that_make_machines_refuse_machines_with_volumes(kind: Kind) -> None:
    sim = new_sim()
    volume = sim.backend.volumes.create(APP, {"name": "data", "region": "ams", "size_gb": 1})
    config = {**V1, "mounts": [{"volume": volume["id"], "path": "/data"}]}
    sim.backend.create_machine(APP, {"config": config, "region": "ams"})
    client = sim_client(sim, kind)

    error = failure(
        await run_result(client, Fleet.deploy, app_name=APP, config=V2, strategy="canary")
    )

    assert error.kind == "invalid_request" and "volumes" in error.message
    assert [r.operation_id for r in sim.requests] == ["Machines_list"]


async def test_an_empty_app_deploys_nothing(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    report: DeployReport = ok_value(await run_result(client, Fleet.deploy, app_name=APP, config=V2))

    assert report.machines == [] and report.complete


async def test_an_app_that_does_not_exist_is_an_err_with_an_empty_report(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    error = failure(await run_result(client, Fleet.deploy, app_name="nope", config=V2))

    assert isinstance(error, FleetError) and error.status == 404
    assert error.report.machines == []
    assert isinstance(error.cause, type(error.cause)) and error.cause.code == "not_found"


async def test_a_lease_that_lapses_stops_the_deploy_before_its_next_change(kind: Kind) -> None:
    sim = new_sim()
    fleet = make_fleet(sim, started=6)
    client = sim_client(sim, kind)

    def refreshes_fail(step: DeployStep) -> None:
        if step.step == "updating" and not sim.faults.pending:
            # From now on no refresh gets through: the leases lapse 13 s later.
            sim.faults.fail_next("Machines_create_lease", status=503, count=1000)

    error = failure(
        await run_result(client, Fleet.deploy, app_name=APP, config=V2, on_progress=refreshes_fail)
    )

    assert error.code == "lease_lost" and "no refresh succeeded" in error.message
    assert isinstance(error, FleetError)
    # No machine was changed once the leases (taken as the deploy began) had lapsed.
    changed = [u["timestamp"] for m in fleet.started for u in updates_of(sim, m, 0)]
    assert changed and max(changed) < fleet.began_ms + 13_000
    assert sum(image(sim, m) == V1["image"] for m in fleet.started) >= 3


async def test_min_secrets_version_goes_with_every_update(kind: Kind) -> None:
    sim = new_sim()
    make_fleet(sim, started=2)
    client = sim_client(sim, kind)

    ok_value(await run_result(client, Fleet.deploy, app_name=APP, config=V2, min_secrets_version=7))

    bodies = [json.loads(r.body) for r in sim.requests_to("Machines_update")]
    assert [body["min_secrets_version"] for body in bodies] == [7, 7]


NO_ROOM = {"error": "could not reserve resource for machine: insufficient memory available"}


async def test_a_machine_whose_host_has_no_room_is_replaced_by_a_new_one(kind: Kind) -> None:
    sim = new_sim()
    fleet = make_fleet(sim, started=3)
    sim.faults.fail_next("Machines_update", status=412, body=NO_ROOM)
    client = sim_client(sim, kind)

    report: DeployReport = ok_value(await run_result(client, Fleet.deploy, app_name=APP, config=V2))

    first = min(fleet.started)
    (replaced,) = report.replaced
    assert replaced.machine_id == first and replaced.replaced_by is not None
    assert machine(sim, first)["state"] in ("destroying", "destroyed")
    new = machine(sim, replaced.replaced_by)
    assert (new["state"], new["region"], new["config"]["image"]) == ("started", "ams", V2["image"])
    assert new["config"]["checks"] == V1["checks"]  # the whole target config, kept parts too
    (replacement,) = [m for m in report.machines if m.role == "replacement"]
    assert replacement.action == "created" and "healthy" in replacement.steps
    assert sorted(m.machine_id for m in report.updated) == sorted(fleet.started)[1:]


async def test_a_machine_with_a_volume_is_not_replaced_when_its_host_has_no_room(
    kind: Kind,
) -> None:
    sim = new_sim()
    volume = sim.backend.volumes.create(APP, {"name": "data", "region": "ams", "size_gb": 1})
    mounted = {**V1, "mounts": [{"volume": volume["id"], "path": "/data"}]}
    machine_id = str(sim.backend.create_machine(APP, {"config": mounted, "region": "ams"})["id"])
    sim_clock(sim).advance(7.0)
    sim.faults.fail_next("Machines_update", status=412, body=NO_ROOM)
    client = sim_client(sim, kind)

    error = failure(await run_result(client, Fleet.deploy, app_name=APP, config=V2))

    assert error.status == 412 and "could not reserve resource" in error.message
    assert machine(sim, machine_id)["state"] == "started"
    assert sim.requests_to("Machines_create") == [] and sim.requests_to("Machines_delete") == []


def test_on_a_virtual_time_loop_with_rate_limits_an_async_deploy_meets_no_429() -> None:
    # The simulator takes the loop's time for a real clock: its waits suspend their task,
    # as over HTTP, while Fly's rate limits are enforced (and kept by the client).
    loop = VirtualTimeLoop()
    clock = LoopTime(loop)
    sim = FlySimulator(clock=clock, rate_limit=True, seed=11)
    sim.backend.create_app({"name": APP, "org_slug": "personal"})
    machines = [
        str(sim.backend.create_machine(APP, {"region": "ams", "config": V1})["id"])
        for _ in range(20)
    ]
    loop.jump(10.0)
    began = int(clock.time() * 1000)

    async def deploy() -> Any:
        async with AsyncClient(
            token="t",
            base_url="http://fly-sim.invalid",
            transport=sim.transport(),
            clock=clock,
            rate_limit=True,
        ) as client:
            return await Fleet.deploy(client, app_name=APP, config=V2, max_unavailable=3)

    try:
        report: DeployReport = ok_value(loop.run_until_complete(deploy()))
    finally:
        loop.close()

    assert len(report.updated) == 20
    assert {r.status for r in sim.requests} <= {200, 201}
    assert most_out_at_once(sim, machines, began) == 3
    assert lease_holders(sim, machines) == []
