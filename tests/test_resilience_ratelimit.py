"""Client-side rate limiting against a simulator that enforces Fly's documented limits.

1 request/s per action per machine with bursts of 3 (get machine: 5/s, bursts of 10).
Client and simulator share one ManualClock, so a client that waits its turn arrives when
the simulator has a token for it, and a whole fleet operation takes no real time.
"""

from __future__ import annotations

import threading
import time
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
from fly_machines.testing._ratelimit import RateLimiter as SimRateLimiter
from fly_machines.testing._routes import find

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


# -- the simulator's buckets are Fly's -----------------------------------------------------

MACHINE = {"app_name": "app", "machine_id": "m"}


def test_the_simulator_allows_what_fly_documents_and_refuses_the_rest() -> None:
    clock = ManualClock()
    api = SimRateLimiter(clock)
    restart, show = find("Machines_restart"), find("Machines_show")
    assert [api.retry_after(restart, MACHINE) for _ in range(4)] == [None, None, None, 1]
    for _ in range(10):  # one second in steps of 0.1 s, a float hair under 1.0 in all
        clock.advance(0.1)
    assert api.retry_after(restart, MACHINE) is None
    # Retry-After is whole seconds and enough: a refused request takes nothing.
    assert api.retry_after(restart, MACHINE) == 1
    clock.advance(0.5)
    assert api.retry_after(restart, MACHINE) == 1
    clock.advance(0.5)
    assert api.retry_after(restart, MACHINE) is None
    # Get machine: bursts of 10, then 5 a second (Retry-After rounds 0.2 s up to 1).
    assert [api.retry_after(show, MACHINE) for _ in range(11)] == [None] * 10 + [1]
    clock.advance(0.2)
    assert [api.retry_after(show, MACHINE) for _ in range(2)] == [None, 1]
    # Another machine, and a call that names no machine (counted per app): buckets of
    # their own.
    assert api.retry_after(restart, {"app_name": "app", "machine_id": "other"}) is None
    assert api.retry_after(find("Machines_list"), {"app_name": "app"}) is None


class _PreemptedClock:
    """Each thread reads its own time; thread "early" is held up just after reading it
    until "late" has been counted (or 0.3 s have passed), as a preempted thread would be."""

    def __init__(self) -> None:
        self.times = {"early": 1.0, "late": 2.0}
        self.late_done = threading.Event()

    def monotonic(self) -> float:
        name = threading.current_thread().name
        value = self.times.get(name, 0.0)
        if name == "early":
            self.late_done.wait(timeout=0.3)
        return value

    def time(self) -> float:
        return self.monotonic()

    def sleep(self, seconds: float) -> None:
        raise AssertionError("not used")

    async def async_sleep(self, seconds: float) -> None:
        raise AssertionError("not used")


def test_the_simulator_counts_a_request_by_the_time_it_takes_its_token() -> None:
    clock = _PreemptedClock()
    api = SimRateLimiter(clock)
    restart = find("Machines_restart")
    assert [api.retry_after(restart, MACHINE) for _ in range(3)] == [None] * 3  # at 0 s
    answers: dict[str, int | None] = {}

    def count(name: str) -> None:
        answers[name] = api.retry_after(restart, MACHINE)
        if name == "late":
            clock.late_done.set()

    early = threading.Thread(target=count, args=("early",), name="early")
    late = threading.Thread(target=count, args=("late",), name="late")
    early.start()
    time.sleep(0.05)  # real time, briefly: let "early" read its time first
    late.start()
    _join([early, late])
    # Fly would take one request at 1 s and one at 2 s, whichever was counted first; a
    # time read before the lock would count "early" after "late", as if time went back.
    assert answers == {"early": None, "late": None}


def _join(threads: list[threading.Thread]) -> None:
    for thread in threads:
        thread.join(timeout=10)
    assert not any(thread.is_alive() for thread in threads)
