"""Long waits against the simulator: server-side waits of at most 60 s until the deadline.

The simulator on a ManualClock answers a wait the moment the machine gets there, or
moves its clock to the wait's deadline and answers 408, so a five-minute wait takes
microseconds and the test sees exactly the requests a real one would make.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.resilience import APP, new_sim, sim_client, sim_clock, sim_machine
from support.transports import Recording

from fly_machines import Event, Machines
from fly_machines.testing import FlySimulator

WAIT = "Machines_wait"


def _server_timeouts(sim: FlySimulator) -> list[int]:
    return [int(parse_qs(r.query)["timeout"][0]) for r in sim.requests_to(WAIT)]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_five_minute_wait_that_never_gets_there_makes_at_most_six_requests(
    kind: Kind,
) -> None:
    sim = new_sim()
    machine_id = sim_machine(sim, skip_launch=True)  # stays "created"
    client = sim_client(sim, kind)

    result = await run_result(
        client, Machines.wait, app_name=APP, machine_id=machine_id, state="started", timeout=300
    )

    error = failure(result)
    assert (error.kind, error.code) == ("timeout", "deadline_exceeded")
    assert "300s" in error.message and "currently created" in error.message
    waits = sim.requests_to(WAIT)
    assert len(waits) <= 6
    assert _server_timeouts(sim) == [60, 60, 60, 60, 60]
    assert error.attempts == len(waits)
    assert sim_clock(sim).monotonic() == pytest.approx(300.0)
    # It waited on the server, never by polling get (and never slept on its own).
    assert [r.operation_id for r in sim.requests] == [WAIT] * 5
    assert sim_clock(sim).sleeps == []


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_deadline_that_is_not_a_whole_number_of_minutes_is_kept(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_machine(sim, skip_launch=True)
    client = sim_client(sim, kind)

    result = await run_result(
        client, Machines.wait, app_name=APP, machine_id=machine_id, timeout=150
    )

    assert failure(result).code == "deadline_exceeded"
    assert _server_timeouts(sim) == [60, 60, 30]
    assert sim_clock(sim).monotonic() == pytest.approx(150.0)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_machine_that_gets_there_after_three_minutes_ends_the_wait(kind: Kind) -> None:
    # Each transition takes 90 s: created, then starting at 90 s, started at 180 s.
    sim = new_sim(transition_seconds=90.0)
    machine_id = sim_machine(sim)
    client = sim_client(sim, kind)

    result = await run_result(
        client, Machines.wait, app_name=APP, machine_id=machine_id, state="started", timeout=300
    )

    assert ok_value(result).state == "started"
    assert _server_timeouts(sim) == [60, 60, 60]
    assert sim_clock(sim).monotonic() == pytest.approx(180.0)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_stopped_machine_started_in_the_middle_of_a_long_wait(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_machine(sim, skip_launch=True)

    def someone_starts_it_at_three_minutes(event: Event) -> None:
        if event.name == "wait.retry" and event.attempt == 3:
            sim.backend.start(APP, machine_id, None)

    client = sim_client(sim, kind, on_event=someone_starts_it_at_three_minutes)
    result = await run_result(
        client,
        Machines.wait,
        app_name=APP,
        machine_id=machine_id,
        state=["started", "failed"],
        timeout=300,
    )

    assert ok_value(result).state == "started"
    assert len(sim.requests_to(WAIT)) == 4
    # Three 60 s waits; then start makes it "starting", and "started" one step (1 s) later.
    assert sim_clock(sim).monotonic() == pytest.approx(181.0)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_404_right_after_create_is_waited_through(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_machine(sim)
    sim.faults.fail_next(WAIT, status=404, count=2, body={"error": "machine not found"})
    client = sim_client(sim, kind)

    result = await run_result(client, Machines.wait, app_name=APP, machine_id=machine_id)

    assert ok_value(result).state == "started"
    assert [r.status for r in sim.requests_to(WAIT)] == [404, 404, 200]
    assert sim_clock(sim).sleeps == [0.5, 1.0]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_404_that_lasts_past_the_first_seconds_is_the_answer(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_machine(sim)
    sim.faults.fail_next(WAIT, status=404, count=50, body={"error": "machine not found"})
    client = sim_client(sim, kind)

    result = await run_result(
        client, Machines.wait, app_name=APP, machine_id=machine_id, timeout=300
    )

    assert failure(result).status == 404
    # Tolerated while sent within the first 15 s: at 0, 0.5, 1.5, 3.5 and 7.5 s.
    assert sim_clock(sim).sleeps == [0.5, 1.0, 2.0, 4.0, 8.0]
    assert len(sim.requests_to(WAIT)) == 6


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_408_that_comes_back_at_once_is_reissued_after_a_pause(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_machine(sim)
    sim.faults.fail_next(WAIT, status=408, count=2, body={"error": "deadline_exceeded: x"})
    client = sim_client(sim, kind)

    result = await run_result(client, Machines.wait, app_name=APP, machine_id=machine_id)

    assert ok_value(result).state == "started"
    assert sim_clock(sim).sleeps == [0.5, 1.0]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_wait_that_always_answers_408_at_once_stops_at_the_deadline(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_machine(sim)
    sim.faults.fail_next(WAIT, status=408, count=1000, body={"error": "deadline_exceeded: x"})
    client = sim_client(sim, kind)

    result = await run_result(
        client, Machines.wait, app_name=APP, machine_id=machine_id, timeout=60
    )

    assert failure(result).code == "deadline_exceeded"
    # The pauses double up to 10 s and the last one stops at the deadline.
    sleeps = sim_clock(sim).sleeps
    assert sleeps[:6] == [0.5, 1.0, 2.0, 4.0, 8.0, 10.0]
    assert sum(sleeps) == pytest.approx(60.0)
    assert len(sim.requests_to(WAIT)) == len(sleeps)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("options", "connect"),
    [({}, 5.0), ({"http_timeout": 2.0}, 2.0), ({"http_timeout": httpx.Timeout(90.0)}, 90.0)],
    ids=["client-default", "per-call-2s", "per-call-90s"],
)
async def test_each_wait_request_reads_for_longer_than_its_server_side_timeout(
    kind: Kind, options: dict[str, Any], connect: float
) -> None:
    sim = new_sim()
    machine_id = sim_machine(sim, skip_launch=True)
    recording = Recording(sim.transport())
    client = sim_client(sim, kind, transport=recording)

    await run_result(
        client, Machines.wait, app_name=APP, machine_id=machine_id, timeout=150, **options
    )

    server = _server_timeouts(sim)
    assert server == [60, 60, 30]
    left = 150.0
    for request, seconds in zip(recording.requests, server, strict=True):
        timeout = request.extensions["timeout"]
        assert timeout["read"] > seconds
        # Only the read timeout is raised; every limit is cut to what is left of the wait
        # (plus its one second of grace), so a stalled request cannot outlast the wait.
        assert timeout["connect"] == min(connect, left + 1.0)
        assert timeout["read"] <= left + 1.0
        left -= seconds


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fault", ["gateway-504-after-60s", "read-timeout-after-60s"])
async def test_a_slow_transient_failure_does_not_end_a_long_wait(kind: Kind, fault: str) -> None:
    # The machine gets there at 180 s; the first wait request fails only after holding
    # for a whole server-side wait (a gateway giving up; a connection that hangs).
    sim = new_sim(transition_seconds=90.0)
    machine_id = sim_machine(sim)
    if fault.startswith("gateway"):
        sim.faults.add_latency(WAIT, 60.0, count=1)
        sim.faults.fail_next(WAIT, status=504, body={"error": "upstream timed out"})
    else:
        # The simulator holds this wait for its 60 s, then the answer never arrives.
        sim.faults.timeout_next(WAIT)
    retries: list[float | None] = []

    def note_retries(event: Event) -> None:
        if event.name == "retry":
            retries.append(event.delay)

    client = sim_client(sim, kind, on_event=note_retries)

    result = await run_result(
        client, Machines.wait, app_name=APP, machine_id=machine_id, timeout=300
    )

    assert ok_value(result).state == "started"
    # Re-sent once, after the backoff's first step, well within the 5-minute deadline.
    assert retries == [0.1]
    assert sim_clock(sim).monotonic() == pytest.approx(180.0)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_retry_false_still_ends_a_wait_at_its_first_failure(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_machine(sim, skip_launch=True)
    sim.faults.add_latency(WAIT, 60.0, count=1)
    sim.faults.fail_next(WAIT, status=504)
    client = sim_client(sim, kind)

    result = await run_result(
        client, Machines.wait, app_name=APP, machine_id=machine_id, timeout=300, retry=False
    )

    assert failure(result).status == 504
    assert len(sim.requests_to(WAIT)) == 1
