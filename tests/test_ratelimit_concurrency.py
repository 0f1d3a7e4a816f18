"""A fleet restarted concurrently with `rate_limit=True` meets no 429.

100 machines, 5 restarts each, one asyncio task (AsyncClient) or one thread (Client) per
machine, against a simulator that enforces Fly's limits (1 request/s per action per
machine, bursts of 3). The API counts a request when it arrives, which can be long after
the client let it go; a client bucket timed exactly like the API's got up to 1 in 5 of
these restarts refused.

In process, time is virtual and one request in four is held up on its way for up to 3 s
(three times the refill), so the tests are repeatable, fast and harsher than a real
network. Over real HTTP (the simulator's server on 127.0.0.1, real time) the delays are
whatever the event loop, the threads and httpx's connection pool make them.
"""

from __future__ import annotations

import asyncio
import heapq
import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from support.virtual_time import LoopClock, VirtualTimeLoop

from fly_machines import AsyncClient, Client, Machines, Result
from fly_machines.testing import FlySimulator

# Subprocesses, codegen, real servers or property suites: `pytest -m 'not slow'` skips it.
pytestmark = pytest.mark.slow

APP = "fleet"
MACHINES = 100
RESTARTS = 5
TOKEN = "ratelimit-test-token"
# Fly's burst of 3 less the token the client keeps back, then one a second: the last of 5
# restarts of a machine goes 3 s after the first (Fly itself would allow 2 s).
CLIENT_SECONDS = RESTARTS - 2.0
FLY_SECONDS = RESTARTS - 3.0
# Delays on the way to the API and back, in virtual time.
HELD_UP = 0.25
MAX_DELAY_IN = 3.0
QUICK = 0.05
WALL_START = 1_700_000_000.0


@pytest.fixture(autouse=True)
def _no_thread_left_running() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 5.0  # real time: a server thread may take a moment to end
    while True:
        left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.01)
    assert left == []


def _fleet(sim: FlySimulator) -> list[str]:
    sim.backend.create_app({"name": APP, "org_slug": "personal"})
    return [
        sim.backend.create_machine(APP, {"config": {"image": "nginx"}})["id"]
        for _ in range(MACHINES)
    ]


def _restart_statuses(sim: FlySimulator) -> Counter[int | None]:
    return Counter(request.status for request in sim.requests_to("Machines_restart"))


def _machine_of(request: httpx.Request) -> str:
    return request.url.path.rstrip("/").split("/")[-2]


class _Delays:
    """Each machine's own repeatable random delays (its requests go one after another)."""

    def __init__(self, seed: int) -> None:
        self._seed = seed
        self._lock = threading.Lock()
        self._streams: dict[str, Iterator[tuple[float, float]]] = {}

    def next(self, machine_id: str) -> tuple[float, float]:
        with self._lock:
            stream = self._streams.get(machine_id)
            if stream is None:
                stream = self._streams[machine_id] = self._stream(f"{self._seed}:{machine_id}")
            return next(stream)

    @staticmethod
    def _stream(seed: str) -> Iterator[tuple[float, float]]:
        # Mostly quick, but one request in four is held up for up to 3 s: what hurts is
        # a slow request followed by quick ones (the API then counts them close together).
        rng = random.Random(seed)
        while True:
            held_up = rng.random() < HELD_UP
            delay_in = rng.uniform(0.0, MAX_DELAY_IN if held_up else QUICK)
            yield delay_in, rng.uniform(0.0, QUICK)


class _DelayingAsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, delays: _Delays) -> None:
        self._inner = inner
        self._delays = delays

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        delay_in, delay_out = self._delays.next(_machine_of(request))
        await asyncio.sleep(delay_in)
        response = await self._inner.handle_async_request(request)
        await asyncio.sleep(delay_out)
        return response


@pytest.mark.parametrize("held_up", [True, False], ids=["held-up", "no-delays"])
def test_one_asyncio_task_per_machine_in_process_meets_no_429(held_up: bool) -> None:
    loop = VirtualTimeLoop()
    clock = LoopClock(loop)
    sim = FlySimulator(clock=clock, rate_limit=True, transition_seconds=0.0, seed=1)
    machines = _fleet(sim)
    transport: httpx.AsyncBaseTransport = sim.transport()
    if held_up:
        transport = _DelayingAsyncTransport(transport, _Delays(seed=1))

    async def main() -> tuple[list[Result[Any]], float]:
        async with AsyncClient(
            token=TOKEN,
            base_url="http://fly-sim.invalid",
            transport=transport,
            clock=clock,
            rate_limit=True,
        ) as client:

            async def restarts(machine_id: str) -> list[Result[Any]]:
                return [
                    await Machines.restart(client, app_name=APP, machine_id=machine_id)
                    for _ in range(RESTARTS)
                ]

            started = loop.time()
            results = await asyncio.gather(*(restarts(m) for m in machines))
            took = loop.time() - started
        assert asyncio.all_tasks() == {asyncio.current_task()}
        return [r for rs in results for r in rs], took

    try:
        results, took = loop.run_until_complete(main())
    finally:
        loop.close()

    assert _restart_statuses(sim) == {200: MACHINES * RESTARTS}
    assert all(result.ok for result in results)
    if held_up:
        # Each machine's 5 restarts: 3 s of turns, plus at most 5 round trips of delays.
        assert CLIENT_SECONDS <= took <= CLIENT_SECONDS + RESTARTS * (MAX_DELAY_IN + QUICK)
    else:
        # The price of the token kept back: one second more than Fly's limits allow.
        assert took == pytest.approx(CLIENT_SECONDS) and took - FLY_SECONDS == pytest.approx(1.0)


def test_tasks_sharing_one_bucket_go_in_turn_however_many_newcomers() -> None:
    # Listing an app's machines: one bucket for the app, 2 at once then 1/s for the client.
    # Ten tasks ask 10 ms apart, while a newcomer turns up every quarter second for 6 s,
    # always just when the next token is due or before. The ten go in the order they came,
    # each a second after the one before; no newcomer cuts in.
    loop = VirtualTimeLoop()
    clock = LoopClock(loop)
    sim = FlySimulator(clock=clock, rate_limit=True, transition_seconds=0.0, seed=5)
    sim.backend.create_app({"name": APP, "org_slug": "personal"})
    went: list[tuple[str, float]] = []

    async def main() -> None:
        async with AsyncClient(
            token=TOKEN,
            base_url="http://fly-sim.invalid",
            transport=sim.transport(),
            clock=clock,
            rate_limit=True,
        ) as client:

            async def lister(name: str, after: float) -> None:
                await asyncio.sleep(after)
                result = await Machines.list(client, app_name=APP)
                assert result.ok, result.error
                went.append((name, loop.time()))

            await asyncio.gather(
                *(lister(f"early{n}", n * 0.01) for n in range(10)),
                *(lister(f"newcomer{n}", 0.25 * n) for n in range(1, 25)),
            )
        assert asyncio.all_tasks() == {asyncio.current_task()}

    try:
        loop.run_until_complete(main())
    finally:
        loop.close()

    early = [(name, at) for name, at in went if name.startswith("early")]
    assert [name for name, _ in early] == [f"early{n}" for n in range(10)]
    assert [at for _, at in early] == pytest.approx([0.0, 0.01, *range(1, 9)], abs=1e-6)
    assert Counter(r.status for r in sim.requests_to("Machines_list")) == {200: 34}


# -- threads in virtual time ----------------------------------------------------------------


class _ThreadsClock:
    """Virtual time shared by a known number of threads: it moves only when every one of
    them is asleep on it, straight to the earliest wake-up. A thread that is running, or
    blocked on anything else (a lock), holds time still, so nothing depends on the speed or
    the scheduling of real threads."""

    def __init__(self, threads: int) -> None:
        self._cond = threading.Condition()
        self._now = 0.0
        self._running = threads
        self._wakeups: list[float] = []

    def time(self) -> float:
        return WALL_START + self.monotonic()

    def monotonic(self) -> float:
        with self._cond:
            return self._now

    def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            return
        deadline = time.monotonic() + 30.0  # real time: fail rather than hang
        with self._cond:
            wake_at = self._now + seconds
            heapq.heappush(self._wakeups, wake_at)
            self._running -= 1
            self._move()
            while self._now < wake_at:
                if not self._cond.wait(timeout=max(0.0, deadline - time.monotonic())):
                    raise AssertionError("virtual time stopped: a thread never slept or ended")

    async def async_sleep(self, seconds: float) -> None:
        raise AssertionError("threads only")

    def leave(self) -> None:
        """A thread is done for good."""
        with self._cond:
            self._running -= 1
            self._move()

    def _move(self) -> None:
        if self._running or not self._wakeups:
            return
        self._now = max(self._now, self._wakeups[0])
        while self._wakeups and self._wakeups[0] <= self._now:
            heapq.heappop(self._wakeups)
            self._running += 1  # counted as running now, before it even wakes
        self._cond.notify_all()


class _DelayingTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, delays: _Delays, clock: _ThreadsClock) -> None:
        self._inner = inner
        self._delays = delays
        self._clock = clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        delay_in, delay_out = self._delays.next(_machine_of(request))
        self._clock.sleep(delay_in)
        response = self._inner.handle_request(request)
        self._clock.sleep(delay_out)
        return response


def _run_threads(targets: list[Callable[[], None]], timeout: float) -> None:
    errors: list[BaseException] = []

    def run(target: Callable[[], None]) -> None:
        try:
            target()
        except BaseException as exc:  # reported below, in the test's own thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(target,)) for target in targets]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + timeout
    for thread in threads:
        thread.join(timeout=max(0.0, deadline - time.monotonic()))
    assert not [thread for thread in threads if thread.is_alive()], "threads left running"
    assert errors == []


def test_one_thread_per_machine_in_process_meets_no_429() -> None:
    clock = _ThreadsClock(MACHINES)
    sim = FlySimulator(clock=clock, rate_limit=True, transition_seconds=0.0, seed=2)
    machines = _fleet(sim)
    transport = _DelayingTransport(sim.transport(), _Delays(seed=2), clock)
    results: list[Result[Any]] = []
    finished: list[float] = []

    with Client(
        token=TOKEN,
        base_url="http://fly-sim.invalid",
        transport=transport,
        clock=clock,
        rate_limit=True,
    ) as client:

        def restarts(machine_id: str) -> Callable[[], None]:
            def run() -> None:
                try:
                    for _ in range(RESTARTS):
                        results.append(
                            Machines.restart(client, app_name=APP, machine_id=machine_id)
                        )
                    finished.append(clock.monotonic())
                finally:
                    clock.leave()

            return run

        _run_threads([restarts(m) for m in machines], timeout=60)

    assert _restart_statuses(sim) == {200: MACHINES * RESTARTS}
    failures = [result.error for result in results if not result.ok]
    assert len(results) == MACHINES * RESTARTS and failures == []
    took = max(finished)
    assert CLIENT_SECONDS <= took <= CLIENT_SECONDS + RESTARTS * (MAX_DELAY_IN + QUICK)


# -- the simulator's server over 127.0.0.1, in real time -------------------------------------

# Real time is spent here: 5 restarts a machine take 3 s at best. The bound leaves room for
# a slow machine (httpx's pool makes 100 concurrent async requests slow) but not for a hang.
REAL_TIME_LIMIT = 20.0  # a guard against a hang, not a speed target


def test_one_asyncio_task_per_machine_over_http_meets_no_429() -> None:
    sim = FlySimulator(rate_limit=True, transition_seconds=0.0, seed=3)
    machines = _fleet(sim)

    async def main(base_url: str) -> list[Result[Any]]:
        async with AsyncClient(token=TOKEN, base_url=base_url, rate_limit=True) as client:

            async def restarts(machine_id: str) -> list[Result[Any]]:
                return [
                    await Machines.restart(client, app_name=APP, machine_id=machine_id)
                    for _ in range(RESTARTS)
                ]

            results = await asyncio.wait_for(
                asyncio.gather(*(restarts(m) for m in machines)), timeout=REAL_TIME_LIMIT * 3
            )
        assert asyncio.all_tasks() == {asyncio.current_task()}
        return [r for rs in results for r in rs]

    with sim.serve(host="127.0.0.1") as server:
        started = time.monotonic()
        results = asyncio.run(main(server.base_url))
        took = time.monotonic() - started

    assert _restart_statuses(sim) == {200: MACHINES * RESTARTS}
    assert all(result.ok for result in results)
    # Only a floor: the limiter spaced the restarts out. How fast it went is the
    # benchmark's business, not a test's (a loaded CI machine is slower).
    assert took >= CLIENT_SECONDS


def test_one_thread_per_machine_over_http_meets_no_429() -> None:
    sim = FlySimulator(rate_limit=True, transition_seconds=0.0, seed=4)
    machines = _fleet(sim)
    results: list[Result[Any]] = []

    with (
        sim.serve(host="127.0.0.1") as server,
        Client(token=TOKEN, base_url=server.base_url, rate_limit=True) as client,
    ):
        start = threading.Barrier(MACHINES)

        def restarts(machine_id: str) -> Callable[[], None]:
            def run() -> None:
                start.wait(timeout=30)
                for _ in range(RESTARTS):
                    results.append(Machines.restart(client, app_name=APP, machine_id=machine_id))

            return run

        started = time.monotonic()
        _run_threads([restarts(m) for m in machines], timeout=REAL_TIME_LIMIT * 3)
        took = time.monotonic() - started

    assert _restart_statuses(sim) == {200: MACHINES * RESTARTS}
    failures = [result.error for result in results if not result.ok]
    assert len(results) == MACHINES * RESTARTS and failures == []
    # Only a floor: the limiter spaced the restarts out. How fast it went is the
    # benchmark's business, not a test's (a loaded CI machine is slower).
    assert took >= CLIENT_SECONDS
