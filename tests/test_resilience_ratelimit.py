"""Client-side rate limiting against a simulator that enforces Fly's documented limits.

1 request/s per action per machine with bursts of 3 (get machine: 5/s, bursts of 10).
Client and simulator share one ManualClock, so a client that waits its turn arrives when
the simulator has a token for it, and a whole fleet operation takes no real time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from fly_machines_api.api.machines import machines_restart
from support_resilience import (
    APP,
    KINDS,
    Kind,
    new_sim,
    run_result,
    sim_client,
    sim_clock,
    sim_machine,
    sim_state,
)

from fly_machines import Machines, ManualClock
from fly_machines._engine import describe
from fly_machines.ratelimit import RateLimiter
from fly_machines.testing import FlySimulator

FLEET = 50
RESTARTS_IN_A_ROW = 5


def _fleet(sim: FlySimulator) -> list[str]:
    machines = [sim_machine(sim) for _ in range(FLEET)]
    assert {sim_state(sim, machine_id) for machine_id in machines} == {"started"}
    return machines


def _statuses(sim: FlySimulator, operation: str) -> Counter[int | None]:
    return Counter(request.status for request in sim.requests_to(operation))


async def _restart_fleet(sim: FlySimulator, kind: Kind, rate_limit: bool) -> list[Any]:
    # Transitions take no time, so each machine is started again right after a restart.
    machines = _fleet(sim)
    client = sim_client(sim, kind, rate_limit=rate_limit)
    return [
        await run_result(client, Machines.restart, app_name=APP, machine_id=machine_id)
        for machine_id in machines
        for _ in range(RESTARTS_IN_A_ROW)
    ]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_restarting_fifty_machines_with_rate_limiting_sees_no_429(kind: Kind) -> None:
    sim = new_sim(rate_limit=True, transition_seconds=0.0)

    results = await _restart_fleet(sim, kind, rate_limit=True)

    assert all(result.ok for result in results)
    assert _statuses(sim, "Machines_restart") == {200: FLEET * RESTARTS_IN_A_ROW}
    # Each machine's burst of 3 went at once; the 4th and 5th restart waited 1 s each.
    waits = FLEET * (RESTARTS_IN_A_ROW - 3)
    assert sim_clock(sim).sleeps == pytest.approx([1.0] * waits, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_the_same_fleet_restart_without_rate_limiting_collects_429s(kind: Kind) -> None:
    # The control: it is the client's limiter, not luck, that avoids them above.
    sim = new_sim(rate_limit=True, transition_seconds=0.0)

    results = await _restart_fleet(sim, kind, rate_limit=False)

    refused = FLEET * (RESTARTS_IN_A_ROW - 3)
    assert _statuses(sim, "Machines_restart") == {200: FLEET * 3, 429: refused}
    # A restart is never repeated, so each refusal is an Err saying what happened.
    errors = [result.error for result in results if not result.ok]
    assert len(errors) == refused
    assert {(e.code, e.retry_after) for e in errors} == {("rate_limited", 1.0)}


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("rate_limit", [True, False], ids=["limited", "unlimited"])
async def test_reading_one_machine_in_a_tight_loop(kind: Kind, rate_limit: bool) -> None:
    sim = new_sim(rate_limit=True)
    machine_id = sim_machine(sim)
    client = sim_client(sim, kind, rate_limit=rate_limit)

    for _ in range(30):
        result = await run_result(client, Machines.get, app_name=APP, machine_id=machine_id)
        assert result.ok, result.error

    statuses = _statuses(sim, "Machines_show")
    if rate_limit:
        # Bursts of 10, then 5 per second: 20 more reads take 4 s.
        assert statuses == {200: 30}
        assert sum(sim_clock(sim).sleeps) == pytest.approx(4.0, abs=0.05)
    else:
        # Reads are retried after the Retry-After, so they succeed, but only after 429s.
        assert statuses[429] > 0


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_limits_are_per_machine_and_per_action(kind: Kind) -> None:
    sim = new_sim(rate_limit=True, transition_seconds=0.0)
    first, second = sim_machine(sim), sim_machine(sim)
    client = sim_client(sim, kind, rate_limit=True)

    calls: list[tuple[Callable[..., Any], str]] = [
        (Machines.restart, first),
        (Machines.restart, first),
        (Machines.restart, first),
        (Machines.restart, second),  # another machine: its own burst
        (Machines.cordon, first),  # another action: its own burst
    ]
    for function, machine_id in calls:
        result = await run_result(client, function, app_name=APP, machine_id=machine_id)
        assert result.ok, result.error

    assert sim_clock(sim).sleeps == []


def test_a_limiter_with_its_own_limits() -> None:
    limiter = RateLimiter(ManualClock(), limits={"machines_restart": (0.5, 1)})
    info = describe(machines_restart)
    # One at once, then one every 2 s; each machine has its own bucket, and a call that
    # names no machine shares one bucket per app.
    waits = [limiter.reserve(info, "m1", "app") for _ in range(3)]
    assert waits == pytest.approx([0.0, 2.0, 4.0], abs=0.01)
    assert limiter.reserve(info, "m2", "app") == 0.0
    assert limiter.reserve(info, None, "app") == 0.0
    assert limiter.reserve(info, None, "app") == pytest.approx(2.0, abs=0.01)
    assert limiter.reserve(info, None, "other-app") == 0.0
