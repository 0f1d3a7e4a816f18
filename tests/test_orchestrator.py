"""`Orchestrator` helpers against the simulator, with a `Client` and an `AsyncClient`.

Each test checks the result, the machine as the simulator holds it afterwards, and the
requests made (by operation id), so a helper that polled `get` or skipped a step fails.
"""

from __future__ import annotations

from typing import Any

import pytest
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.resilience import (
    APP,
    CONFIG,
    live_machines,
    new_sim,
    sim_client,
    sim_clock,
    sim_machine,
    sim_started,
    sim_state,
)

from fly_machines import Apps, Machines, Orchestrator
from fly_machines.testing import FlySimulator

NEW_CONFIG: dict[str, Any] = {"image": "flyio/hellofly:v2"}


def _ops(sim: FlySimulator) -> list[str | None]:
    return [request.operation_id for request in sim.requests]


def _stopped_machine(sim: FlySimulator) -> str:
    machine_id = sim_started(sim)
    sim.backend.stop(APP, machine_id, None)
    sim_clock(sim).advance(1.0)
    assert sim_state(sim, machine_id) == "stopped"
    return machine_id


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_create_and_wait(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    result = await run_result(
        client, Orchestrator.create_and_wait, app_name=APP, config=CONFIG, name="api-1"
    )

    machine = ok_value(result)
    assert (machine.state, machine.name) == ("started", "api-1")
    assert [m["id"] for m in live_machines(sim)] == [machine.id]
    assert _ops(sim) == ["Machines_create", "Machines_wait", "Machines_show"]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_create_and_wait_for_another_state(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    result = await run_result(
        client,
        Orchestrator.create_and_wait,
        app_name=APP,
        config=CONFIG,
        skip_launch=True,
        state=["stopped", "settled"],
    )

    assert ok_value(result).state == "created"


BAD_ARGUMENTS: list[tuple[str, Any, dict[str, Any]]] = [
    ("create_and_wait", Orchestrator.create_and_wait, {"config": CONFIG, "state": "bogus"}),
    ("create_and_wait", Orchestrator.create_and_wait, {"config": CONFIG, "timeout": -1}),
    ("update_and_wait", Orchestrator.update_and_wait, {"config": CONFIG, "state": "bogus"}),
    ("update_and_wait", Orchestrator.update_and_wait, {"config": CONFIG, "timeout": 0}),
    ("start_and_wait", Orchestrator.start_and_wait, {"timeout": -1}),
    ("stop_and_wait", Orchestrator.stop_and_wait, {"timeout": -1}),
    ("destroy_and_wait", Orchestrator.destroy_and_wait, {"timeout": -1}),
]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("name", "helper", "arguments"), BAD_ARGUMENTS, ids=[f"{b[0]}-{b[2]}" for b in BAD_ARGUMENTS]
)
async def test_a_bad_argument_is_refused_before_anything_is_sent(
    kind: Kind, name: str, helper: Any, arguments: dict[str, Any]
) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind)
    if name != "create_and_wait":
        arguments = {"machine_id": machine_id, **arguments}

    result = await run_result(client, helper, app_name=APP, **arguments)

    error = failure(result)
    assert error.kind == "invalid_request"
    bad = "state" if "state" in arguments else "timeout"
    assert bad in error.message
    assert sim.requests == []
    assert sim_state(sim, machine_id) == "started" and len(live_machines(sim)) == 1


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_create_and_wait_past_its_timeout_is_an_err_and_the_machine_is_kept(
    kind: Kind,
) -> None:
    sim = new_sim(transition_seconds=100.0)
    client = sim_client(sim, kind)

    result = await run_result(
        client, Orchestrator.create_and_wait, app_name=APP, config=CONFIG, timeout=90
    )

    assert failure(result).code == "deadline_exceeded"
    assert len(live_machines(sim)) == 1
    assert sim_clock(sim).monotonic() == pytest.approx(90.0)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_create_and_wait_survives_a_lost_answer_without_a_second_machine(
    kind: Kind,
) -> None:
    sim = new_sim()
    sim.faults.fail_next("Machines_create", status=503, after_processing=True)
    client = sim_client(sim, kind)

    result = await run_result(
        client, Orchestrator.create_and_wait, app_name=APP, config=CONFIG, name="api-1"
    )

    assert ok_value(result).state == "started"
    assert len(live_machines(sim)) == 1


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_start_and_wait(kind: Kind) -> None:
    sim = new_sim()
    machine_id = _stopped_machine(sim)
    client = sim_client(sim, kind)

    result = await run_result(
        client, Orchestrator.start_and_wait, app_name=APP, machine_id=machine_id
    )

    assert ok_value(result).state == "started"
    assert sim_state(sim, machine_id) == "started"
    assert _ops(sim) == ["Machines_start", "Machines_wait", "Machines_show"]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_start_and_wait_on_a_missing_machine_fails_without_waiting(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    result = await run_result(
        client, Orchestrator.start_and_wait, app_name=APP, machine_id="0000000000dead"
    )

    assert failure(result).status == 404
    assert _ops(sim) == ["Machines_start"]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_stop_and_wait(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind)

    result = await run_result(
        client, Orchestrator.stop_and_wait, app_name=APP, machine_id=machine_id
    )

    assert ok_value(result).state == "stopped"
    assert sim_state(sim, machine_id) == "stopped"
    assert _ops(sim) == ["Machines_stop", "Machines_wait", "Machines_show"]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("before", ["stopped", "started"])
async def test_update_and_wait_keeps_the_machine_in_its_state(kind: Kind, before: str) -> None:
    sim = new_sim()
    machine_id = _stopped_machine(sim) if before == "stopped" else sim_started(sim)
    old_instance = sim.backend.get_machine(APP, machine_id, False)["instance_id"]
    client = sim_client(sim, kind)

    result = await run_result(
        client, Orchestrator.update_and_wait, app_name=APP, machine_id=machine_id, config=NEW_CONFIG
    )

    machine = ok_value(result)
    assert machine.state == before
    assert machine.instance_id != old_instance
    assert machine.config.image.endswith("flyio/hellofly:v2")
    assert sim_state(sim, machine_id) == before
    assert _ops(sim) == ["Machines_update", "Machines_wait", "Machines_show"]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_destroy_and_wait_stops_a_running_machine_first(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind)

    result = await run_result(
        client, Orchestrator.destroy_and_wait, app_name=APP, machine_id=machine_id
    )

    assert result.ok, result.error
    assert sim_state(sim, machine_id) == "destroyed"
    assert live_machines(sim) == []
    assert _ops(sim) == [
        "Machines_show",
        "Machines_stop",
        "Machines_wait",
        "Machines_delete",
        "Machines_wait",
    ]
    delete = sim.requests_to("Machines_delete")[0]
    assert "force" not in delete.query


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_destroy_and_wait_on_a_stopped_machine_does_not_stop_it_again(kind: Kind) -> None:
    sim = new_sim()
    machine_id = _stopped_machine(sim)
    client = sim_client(sim, kind)

    result = await run_result(
        client, Orchestrator.destroy_and_wait, app_name=APP, machine_id=machine_id
    )

    assert result.ok, result.error
    assert sim_state(sim, machine_id) == "destroyed"
    assert _ops(sim) == ["Machines_show", "Machines_delete", "Machines_wait"]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_destroy_and_wait_with_force_destroys_a_running_machine_at_once(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind)

    result = await run_result(
        client, Orchestrator.destroy_and_wait, app_name=APP, machine_id=machine_id, force=True
    )

    assert result.ok, result.error
    assert sim_state(sim, machine_id) == "destroyed"
    assert _ops(sim) == ["Machines_delete", "Machines_wait"]
    assert "force=true" in sim.requests_to("Machines_delete")[0].query


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_create_app_and_wait(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    result = await run_result(
        client, Orchestrator.create_app_and_wait, app_name="brand-new-app", org_slug="personal"
    )

    assert ok_value(result).name == "brand-new-app"
    assert _ops(sim) == ["Apps_create", "Apps_show"]
    assert sim_clock(sim).sleeps == []


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_create_app_and_wait_polls_through_the_first_404s(kind: Kind) -> None:
    sim = new_sim()
    sim.faults.fail_next("Apps_show", status=404, count=2, body={"error": "app not found"})
    client = sim_client(sim, kind)

    result = await run_result(
        client, Orchestrator.create_app_and_wait, app_name="brand-new-app", org_slug="personal"
    )

    assert ok_value(result).name == "brand-new-app"
    assert _ops(sim) == ["Apps_create", "Apps_show", "Apps_show", "Apps_show"]
    assert sim_clock(sim).sleeps == [0.5, 1.0]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_create_app_and_wait_gives_up_at_its_timeout(kind: Kind) -> None:
    sim = new_sim()
    sim.faults.fail_next("Apps_show", status=404, count=100, body={"error": "app not found"})
    client = sim_client(sim, kind)

    result = await run_result(
        client,
        Orchestrator.create_app_and_wait,
        app_name="brand-new-app",
        org_slug="personal",
        timeout=10,
    )

    assert failure(result).code == "deadline_exceeded"
    assert sum(sim_clock(sim).sleeps) == pytest.approx(10.0)


def _is_started(machine: Any) -> bool:
    return bool(machine.state == "started")


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_poll_until_backs_off_until_the_predicate_holds(kind: Kind) -> None:
    # Transitions of 3 s: created, starting at 3 s, started at 6 s.
    sim = new_sim(transition_seconds=3.0)
    machine_id = sim_machine(sim)
    client = sim_client(sim, kind)

    result = await run_result(
        client,
        Orchestrator.poll_until,
        fetch=Machines.get,
        predicate=_is_started,
        app_name=APP,
        machine_id=machine_id,
    )

    assert ok_value(result).state == "started"
    # Polled at 0, 0.5, 1.5, 3.5 and 7.5 s.
    assert sim_clock(sim).sleeps == [0.5, 1.0, 2.0, 4.0]
    assert _ops(sim) == ["Machines_show"] * 5


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_poll_until_times_out_with_an_err(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_machine(sim, skip_launch=True)  # never starts
    client = sim_client(sim, kind)

    result = await run_result(
        client,
        Orchestrator.poll_until,
        fetch=Machines.get,
        predicate=_is_started,
        timeout=10,
        initial=1.0,
        cap=3.0,
        app_name=APP,
        machine_id=machine_id,
    )

    error = failure(result)
    assert (error.kind, error.code) == ("timeout", "deadline_exceeded")
    # The pause doubles up to the cap and the last one ends at the deadline.
    assert sim_clock(sim).sleeps == [1.0, 2.0, 3.0, 3.0, 1.0]
    assert error.attempts == len(sim.requests) == 6


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_poll_until_returns_an_error_of_the_fetch_at_once(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    result = await run_result(
        client,
        Orchestrator.poll_until,
        fetch=Machines.get,
        predicate=_is_started,
        app_name=APP,
        machine_id="0000000000dead",
    )

    assert failure(result).status == 404
    assert len(sim.requests) == 1 and sim_clock(sim).sleeps == []


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_poll_until_works_for_other_resources(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    result = await run_result(
        client,
        Orchestrator.poll_until,
        fetch=Apps.get,
        predicate=lambda app: app.name == APP,
        app_name=APP,
    )

    assert ok_value(result).name == APP
