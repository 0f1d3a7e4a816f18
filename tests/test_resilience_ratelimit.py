"""Client-side rate limiting against a simulator that enforces Fly's documented limits.

1 request/s per action per machine with bursts of 3 (get machine: 5/s, bursts of 10).
The client keeps one token of each burst back (2 at once, 9 for get machine), so a delay
between its sending a request and the API counting it cannot turn into a 429. Client and
simulator share one ManualClock, so a whole fleet operation takes no real time.

The limiter's contract: a token is taken only when one is free now; otherwise nothing is
taken and the caller is told how long to wait, in its turn (first come, first served).
The simulator's buckets are Fly's, no stricter.
"""

from __future__ import annotations

import heapq
import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from fly_machines_api.api.machines import machines_list, machines_restart, machines_show
from support.kinds import KINDS, Kind, run_result
from support.resilience import APP, new_sim, sim_client, sim_clock, sim_machine, sim_state

from fly_machines import Machines, ManualClock, ratelimit
from fly_machines._engine import OperationInfo, describe
from fly_machines.ratelimit import RateLimiter
from fly_machines.testing import FlySimulator
from fly_machines.testing._ratelimit import RateLimiter as SimRateLimiter
from fly_machines.testing._routes import find

FLEET = 50
RESTARTS_IN_A_ROW = 5
CLIENT_BURST = 2  # Fly's burst of 3, less the token the client keeps back


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
    # Two of each machine's restarts went at once (a burst of 3, less the token kept
    # back); the 3rd, 4th and 5th waited 1 s each.
    waits = FLEET * (RESTARTS_IN_A_ROW - CLIENT_BURST)
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
        # 9 at once (Fly's burst of 10 less one), then 5 per second: 21 more take 4.2 s.
        assert statuses == {200: 30}
        assert sum(sim_clock(sim).sleeps) == pytest.approx(4.2, abs=0.05)
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
        (Machines.restart, first),  # the client's burst for this machine and action is spent
        (Machines.restart, second),  # another machine: its own burst
        (Machines.cordon, first),  # another action: its own burst
    ]
    for function, machine_id in calls:
        result = await run_result(client, function, app_name=APP, machine_id=machine_id)
        assert result.ok, result.error
    assert sim_clock(sim).sleeps == []

    # The same action on the same machine again waits for its bucket.
    result = await run_result(client, Machines.restart, app_name=APP, machine_id=first)
    assert result.ok, result.error
    assert sim_clock(sim).sleeps == pytest.approx([1.0], abs=0.01)


# -- the limiter's contract ----------------------------------------------------------------

RESTART = describe(machines_restart)
SHOW = describe(machines_show)
LIST = describe(machines_list)


def test_a_limiter_with_its_own_limits() -> None:
    clock = ManualClock()
    limiter = RateLimiter(clock, limits={"Machines_restart": (0.5, 2)})
    # A burst of 2 less the token kept back: one at once, then one every 2 s. Asking takes
    # nothing, so a caller that asks again before its time is told the same wait again (a
    # limiter that handed out future tokens would say 2, 4, 6 s).
    assert limiter.reserve(RESTART, "m1", "app") == 0.0
    waits = [limiter.reserve(RESTART, "m1", "app") for _ in range(3)]
    assert waits == pytest.approx([2.0, 2.0, 2.0])
    clock.advance(1.5)
    assert limiter.reserve(RESTART, "m1", "app") == pytest.approx(0.5)
    clock.advance(0.5)
    assert limiter.reserve(RESTART, "m1", "app") == 0.0
    assert limiter.reserve(RESTART, "m1", "app") == pytest.approx(2.0)
    # Each machine has its own bucket, and a call that names no machine shares one bucket
    # per app.
    assert limiter.reserve(RESTART, "m2", "app") == 0.0
    assert limiter.reserve(RESTART, None, "app") == 0.0
    assert limiter.reserve(RESTART, None, "app") == pytest.approx(2.0)
    assert limiter.reserve(RESTART, None, "other-app") == 0.0


def test_limits_need_a_rate_and_a_burst() -> None:
    with pytest.raises(ValueError, match="Machines_restart"):
        RateLimiter(ManualClock(), limits={"Machines_restart": (0.0, 3)})
    with pytest.raises(ValueError, match="Machines_restart"):
        RateLimiter(ManualClock(), limits={"Machines_restart": (1.0, 0)})


def test_the_client_keeps_one_token_of_flys_burst_back() -> None:
    clock = ManualClock()
    limiter = RateLimiter(clock)
    # Fly: bursts of 3 at 1/s; get machine bursts of 10 at 5/s.
    assert [limiter.reserve(RESTART, "m", "app") for _ in range(2)] == [0.0, 0.0]
    assert limiter.reserve(RESTART, "m", "app") == pytest.approx(1.0)
    assert [limiter.reserve(SHOW, "m", "app") for _ in range(9)] == [0.0] * 9
    assert limiter.reserve(SHOW, "m", "app") == pytest.approx(0.2)
    clock.advance(1.0)
    assert limiter.reserve(RESTART, "m", "app") == 0.0


def test_waiters_go_first_come_first_served() -> None:
    clock = ManualClock()
    limiter = RateLimiter(clock)

    def ask(waiter: str) -> float:
        return limiter.reserve(RESTART, "m", "app", waiter=waiter)

    assert [ask("a"), ask("a")] == [0.0, 0.0]
    # Three callers that must wait are each told their own turn, not one time for all.
    assert [ask("x"), ask("y"), ask("z")] == pytest.approx([1.0, 2.0, 3.0])
    clock.advance(1.0)
    # A newcomer cannot take the token owed to x, even before x comes back for it.
    assert ask("late") == pytest.approx(3.0)
    assert ask("y") == pytest.approx(1.0)
    assert ask("x") == 0.0
    clock.advance(1.0)
    assert ask("y") == 0.0
    clock.advance(1.0)
    assert ask("z") == 0.0
    clock.advance(1.0)
    assert ask("late") == 0.0


def test_a_waiter_that_never_comes_back_gives_up_its_place() -> None:
    clock = ManualClock()
    limiter = RateLimiter(clock, limits={"Machines_restart": (1.0, 2)})  # one at a time

    def ask(waiter: str) -> float:
        return limiter.reserve(RESTART, "m", "app", waiter=waiter)

    assert ask("first") == 0.0
    assert ask("cancelled") == pytest.approx(1.0)  # due at 1 s; never asks again
    assert ask("patient") == pytest.approx(2.0)
    clock.advance(2.0)
    assert ask("patient") == pytest.approx(1.0)  # still behind the missing waiter
    clock.advance(1.0)
    # A whole second after its turn the missing waiter is taken to be gone.
    assert ask("patient") == 0.0


def test_threads_asking_at_once_get_exactly_the_free_tokens_and_then_queue() -> None:
    clock = ManualClock()  # frozen: only the interleaving of threads varies
    limiter = RateLimiter(clock)
    threads = 32
    barrier = threading.Barrier(threads)
    first_answers: dict[str, float] = {}
    changed: list[str] = []

    def ask(waiter: str) -> None:
        barrier.wait()
        first_answers[waiter] = wait = limiter.reserve(RESTART, "m", "app", waiter=waiter)
        for _ in range(20 if wait > 0 else 0):
            # Asking again changes nothing while the clock stands still.
            if limiter.reserve(RESTART, "m", "app", waiter=waiter) != wait:
                changed.append(waiter)

    _run_threads([threading.Thread(target=ask, args=(f"w{i}",)) for i in range(threads)])
    assert changed == []

    granted = [w for w, wait in first_answers.items() if wait == 0.0]
    assert len(granted) == 2
    # Everyone else was told a different turn, 1 s apart.
    waits = sorted(wait for wait in first_answers.values() if wait > 0)
    assert waits == pytest.approx([float(n) for n in range(1, threads - 1)])
    # A second later the token goes to the waiter that was first in line, and only to it.
    clock.advance(1.0)
    second: dict[str, float] = {}

    def again(waiter: str) -> None:
        second[waiter] = limiter.reserve(RESTART, "m", "app", waiter=waiter)

    _run_threads([threading.Thread(target=again, args=(w,)) for w in first_answers])
    [went] = [w for w, wait in second.items() if wait == 0.0 and w not in granted]
    assert first_answers[went] == pytest.approx(1.0)


def test_forgetting_idle_buckets_never_forgets_a_token_taken(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ratelimit, "_PRUNE_AT", 2)
    clock = ManualClock()
    limiter = RateLimiter(clock)
    # The third machine's bucket is made when two exist, so idle ones are looked for: the
    # first two are spent and stay; the new one is full but about to be used, and stays.
    for machine_id in ("m1", "m2", "m3"):
        assert [limiter.reserve(RESTART, machine_id, "app") for _ in range(2)] == [0.0, 0.0]
    for machine_id in ("m1", "m2", "m3"):
        assert limiter.reserve(RESTART, machine_id, "app") == pytest.approx(1.0)
    # Full again after 2 s, forgotten or not.
    clock.advance(2.0)
    assert limiter.reserve(RESTART, "m4", "app") == 0.0
    assert [limiter.reserve(RESTART, "m1", "app") for _ in range(3)] == pytest.approx(
        [0.0, 0.0, 1.0]
    )


def _run_threads(threads: list[threading.Thread]) -> None:
    for thread in threads:
        thread.start()
    _join(threads)


@pytest.mark.parametrize(
    ("info", "operation"), [(RESTART, "Machines_restart"), (SHOW, "Machines_show")]
)
def test_one_caller_after_another_never_meets_a_429_however_late_requests_arrive(
    info: OperationInfo, operation: str
) -> None:
    # The API counts a request when it arrives. One caller sends its next request only after
    # the answer to the last, so that one has arrived by then: with the token kept back,
    # no delay on the way (here up to 5 times the refill) makes a 429.
    route = find(operation)
    params = {"app_name": "app", "machine_id": "m"}
    refill = 1.0 if operation == "Machines_restart" else 0.2
    rng = random.Random(7)
    for _ in range(200):
        clock = ManualClock()
        client, api = RateLimiter(clock), SimRateLimiter(clock)
        for _ in range(15):
            _wait_for_a_token(client, clock, info)
            clock.advance(rng.choice([0.0, rng.uniform(0.0, 5 * refill)]))  # on its way
            assert api.retry_after(route, params) is None
            clock.advance(rng.uniform(0.0, 0.3 * refill))  # the answer on its way back


def _wait_for_a_token(limiter: RateLimiter, clock: ManualClock, info: OperationInfo) -> None:
    # As the engine does: wait as told and ask again until a token is taken.
    for _ in range(100):
        wait = limiter.reserve(info, "m", "app")
        if wait == 0.0:
            return
        clock.advance(wait)
    pytest.fail("the limiter never handed out a token")


@pytest.mark.parametrize(("info", "operation"), [(LIST, "Machines_list"), (SHOW, "Machines_show")])
def test_callers_sharing_a_bucket_never_meet_a_429_while_delays_stay_under_a_token(
    info: OperationInfo, operation: str
) -> None:
    # Several callers at once on one bucket (list an app's machines, poll one machine):
    # a request can overtake another on the way, and the kept-back token covers any delay
    # shorter than the time it takes to refill (1 s; get machine 0.2 s).
    route = find(operation)
    machine_id = None if operation == "Machines_list" else "m"
    params = {"app_name": "app"} if machine_id is None else {"app_name": "app", "machine_id": "m"}
    rate = 1.0 if machine_id is None else 5.0
    rng = random.Random(11)
    for _ in range(50):
        clock = ManualClock()
        client, api = RateLimiter(clock), SimRateLimiter(clock)
        # (time, order, caller, what): each caller asks, waits its turn, sends, gets the
        # answer and asks again, 6 times.
        events: list[tuple[float, int, int, str]] = [(0.0, n, n, "ask") for n in range(8)]
        left = dict.fromkeys(range(8), 6)
        order = 8
        while events:
            at, _, caller, what = heapq.heappop(events)
            clock.advance(at - clock.monotonic())
            if what == "ask":
                wait = client.reserve(info, machine_id, "app", waiter=caller)
                nxt = (
                    (at + wait, "ask") if wait > 0 else (at + rng.uniform(0, 0.95 / rate), "arrive")
                )
            else:
                assert api.retry_after(route, params) is None
                left[caller] -= 1
                if not left[caller]:
                    continue
                nxt = (at + rng.uniform(0.0, 0.5), "ask")
            order += 1
            heapq.heappush(events, (nxt[0], order, caller, nxt[1]))
        assert not any(left.values())


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
