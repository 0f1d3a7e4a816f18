"""`Machines.create(..., region=[...])`: the next region when one has no room.

Against the simulator (`sim.capacity[region] = 0` refuses creates there with the live
API's `insufficient_capacity` answer), and against a scripted server for the other shapes
fly-go and flyctl treat as a capacity refusal.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.resilience import (
    APP,
    BASE,
    CONFIG,
    MACHINE_JSON,
    live_machines,
    new_sim,
    retrying_client,
    sim_client,
    sim_clock,
)
from support.transports import Answer, Script, respond

from fly_machines import CapacityError, Event, Machines, ManualClock

pytestmark = pytest.mark.anyio

CREATE = "Machines_create"


@pytest.mark.parametrize("kind", KINDS)
async def test_with_no_room_in_ams_a_create_for_ams_then_fra_lands_in_fra(kind: Kind) -> None:
    sim = new_sim()
    sim.capacity["ams"] = 0
    events: list[Event] = []
    client = sim_client(sim, kind, on_event=events.append)

    result = await run_result(
        client, Machines.create, app_name=APP, config=CONFIG, region=["ams", "fra"]
    )

    machine = ok_value(result)
    assert machine.region == "fra"
    assert [(m["id"], m["region"]) for m in live_machines(sim)] == [(machine.id, "fra")]
    assert [r.status for r in sim.requests_to(CREATE)] == [412, 200]
    # A capacity refusal is definite: nothing to look up, nothing to wait for.
    assert sim.requests_to("Machines_list") == []
    assert sim_clock(sim).sleeps == []
    fallbacks = [e for e in events if e.name == "create.fallback"]
    assert [(e.reason, e.attempt) for e in fallbacks] == [("insufficient_capacity in ams", 1)]


@pytest.mark.parametrize("kind", KINDS)
async def test_the_first_region_with_room_is_used_and_later_ones_are_not_tried(
    kind: Kind,
) -> None:
    sim = new_sim()
    sim.capacity["ams"] = 0
    sim.capacity["fra"] = 1
    client = sim_client(sim, kind)
    regions = ["ams", "fra", "cdg"]

    first = ok_value(
        await run_result(client, Machines.create, app_name=APP, config=CONFIG, region=regions)
    )
    second = ok_value(
        await run_result(client, Machines.create, app_name=APP, config=CONFIG, region=regions)
    )

    assert (first.region, second.region) == ("fra", "cdg")
    assert sim.capacity == {"ams": 0, "fra": 0}
    assert [r.status for r in sim.requests_to(CREATE)] == [412, 200, 412, 412, 200]


@pytest.mark.parametrize("kind", KINDS)
async def test_when_every_region_is_full_the_err_says_so_and_nothing_is_made(kind: Kind) -> None:
    sim = new_sim()
    sim.capacity["ams"] = sim.capacity["fra"] = 0
    client = sim_client(sim, kind)

    result = await run_result(
        client, Machines.create, app_name=APP, config=CONFIG, region=["ams", "fra"]
    )

    error = failure(result)
    assert isinstance(error, CapacityError)
    assert (error.status, error.code, error.attempts) == (412, "insufficient_capacity", 2)
    assert "no room in any region tried: ams, fra" in error.message
    assert error.suggestion is not None and "another region" in error.suggestion
    assert live_machines(sim) == []


@pytest.mark.parametrize("kind", KINDS)
async def test_a_single_region_is_still_a_string_and_is_not_tried_twice(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    placed = ok_value(
        await run_result(client, Machines.create, app_name=APP, config=CONFIG, region="ams")
    )
    sim.capacity["ams"] = 0
    refused = failure(
        await run_result(client, Machines.create, app_name=APP, config=CONFIG, region="ams")
    )

    assert placed.region == "ams"
    assert refused.code == "insufficient_capacity" and "region tried" not in refused.message
    assert len(sim.requests_to(CREATE)) == 2


@pytest.mark.parametrize("kind", KINDS)
async def test_any_other_refusal_ends_the_create_in_the_first_region(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    ok_value(await run_result(client, Machines.create, app_name=APP, config=CONFIG, name="web"))

    result = await run_result(
        client, Machines.create, app_name=APP, config=CONFIG, name="web", region=["ams", "fra"]
    )

    assert failure(result).code == "name_taken"
    assert [r.status for r in sim.requests_to(CREATE)] == [200, 422]


@pytest.mark.parametrize("kind", KINDS)
async def test_a_lost_answer_in_a_region_is_recovered_there_before_any_fallback(
    kind: Kind,
) -> None:
    # ams is full; fra's first answer is lost after the machine was made: the look-up
    # finds it, and cdg is never asked.
    sim = new_sim()
    sim.capacity["ams"] = 0
    client = sim_client(sim, kind)
    sim.faults.fail_next(CREATE, status=412, body={"error": "x", "status": "insufficient_capacity"})
    sim.faults.timeout_next(CREATE)

    result = await run_result(
        client, Machines.create, app_name=APP, config=CONFIG, region=["ams", "fra", "cdg"]
    )

    machine = ok_value(result)
    assert machine.region == "fra"
    assert [m["id"] for m in live_machines(sim)] == [machine.id]
    assert [r.outcome for r in sim.requests_to(CREATE)] == ["answered", "timed_out"]
    assert len(sim.requests_to("Machines_list")) == 1


# -- the shapes of a capacity refusal ----------------------------------------------------------

CAPACITY_SHAPES: list[tuple[str, Answer]] = [
    # fly-go's code for a region out of capacity (flaps/flaps_error.go); its own test
    # sends it with a 503, which must not be taken for a lost answer.
    (
        "503-insufficient-capacity",
        respond(503, {"error": "out of capacity", "status": "insufficient_capacity"}),
    ),
    # The spec's code for a volume's host without room.
    (
        "412-volume-placement",
        respond(412, {"error": "no room", "status": "volume_placement_capacity"}),
    ),
    # flyd's text without a code, as flyctl matches it.
    (
        "409-could-not-reserve",
        respond(
            409,
            {
                "error": "aborted: could not reserve resource for machine:"
                " insufficient memory available to fulfill request"
            },
        ),
    ),
    (
        "412-insufficient-resources",
        respond(
            412,
            {
                "error": "failed to launch VM: insufficient resources to create new machine"
                " with existing volume 'vol_x'"
            },
        ),
    ),
    ("400-no-capacity", respond(400, {"error": "no capacity"})),
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("shape", "refusal"), CAPACITY_SHAPES, ids=[shape for shape, _ in CAPACITY_SHAPES]
)
async def test_every_shape_of_a_capacity_refusal_moves_on_to_the_next_region(
    kind: Kind, shape: str, refusal: Answer
) -> None:
    script = Script([refusal], then=respond(200, {**MACHINE_JSON, "region": "fra"}))
    client = retrying_client(kind, ManualClock(), base_url=BASE, transport=script.transport())

    result = await run_result(
        client, Machines.create, app_name=APP, config=CONFIG, region=["ams", "fra"]
    )

    assert ok_value(result).region == "fra"
    sent = [(r.method, _region_of(r)) for r in script.requests]
    assert sent == [("POST", "ams"), ("POST", "fra")]


@pytest.mark.parametrize("kind", KINDS)
async def test_a_503_that_says_nothing_of_capacity_is_a_lost_answer_not_a_full_region(
    kind: Kind,
) -> None:
    script = Script(
        [respond(503, {"error": "unavailable"}), respond(200, [])],
        then=respond(200, MACHINE_JSON),
    )
    client = retrying_client(kind, ManualClock(), base_url=BASE, transport=script.transport())

    result = await run_result(
        client, Machines.create, app_name=APP, config=CONFIG, region=["ams", "fra"]
    )

    assert ok_value(result).id == MACHINE_JSON["id"]
    sent = [(r.method, _region_of(r)) for r in script.requests]
    assert sent == [("POST", "ams"), ("GET", None), ("POST", "ams")]


def _region_of(request: Any) -> str | None:
    if request.method != "POST":
        return None
    region = json.loads(request.content).get("region")
    assert isinstance(region, str)
    return region
