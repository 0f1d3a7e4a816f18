"""What a lease block promises even when things go wrong: it is never silently lost.

Each test protects one promise: a lease lost to expiry or replaced by a new one is
reported (on the lease, in telemetry, in the log) and stops the lease client; no lease
the library knows of is left held; bad settings are refused; a `Lease` can be entered
again; the refresher never dies of an exception; a cancelled acquisition gives back what
it got. Lease expiry runs on ManualClocks; the refresher paces itself on real time, so
tests that need it give it a tiny `refresh_every` and wait, boundedly, for what they need.
"""

from __future__ import annotations

import asyncio
import logging
import math
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.resilience import (
    APP,
    TOKEN,
    new_sim,
    retrying_client,
    sim_client,
    sim_clock,
    sim_started,
    sync_sim_client,
)

from fly_machines import AsyncClient, Client, Event, FlyError, Lease, Machines, ManualClock
from fly_machines.testing import FlySimulator

ACQUIRE = "Machines_create_lease"
RELEASE = "Machines_release_lease"
STOP = "Machines_stop"
NONCE_HEADER = "fly-machine-lease-nonce"
FAST = 0.005  # refresh_every, in real seconds, for tests that need the refresher


@pytest.fixture(autouse=True)
def no_refresher_left_running() -> Iterator[None]:
    yield
    left = [t.name for t in threading.enumerate() if t.name.startswith("fly-lease-")]
    assert left == [], f"refresh threads still running after the test: {left}"


def _lease(client: Client | AsyncClient, machine_id: str, **options: Any) -> Lease[Any]:
    if isinstance(client, AsyncClient):
        return Machines.lease(client, app_name=APP, machine_id=machine_id, **options)
    return Machines.lease(client, app_name=APP, machine_id=machine_id, **options)


def _lease_of(sim: FlySimulator, machine_id: str) -> str | None:
    """The nonce of the lease the simulator holds on the machine now, if any."""
    answer = Machines.get_lease(sync_sim_client(sim), app_name=APP, machine_id=machine_id)
    if not answer.ok:
        assert answer.error.status == 404, answer.error
        return None
    nonce = getattr(answer.value.data, "nonce", None)
    assert isinstance(nonce, str)
    return nonce


def _refreshes_sent(sim: FlySimulator) -> int:
    return sum(1 for r in sim.requests_to(ACQUIRE) if NONCE_HEADER in r.headers)


def _wait(condition: Callable[[], bool], what: str, limit: float = 2.0) -> None:
    """Let the refresh thread run until `condition` holds (at most `limit` real seconds)."""
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still waiting, after {limit}s, for {what}")
        time.sleep(0.002)


async def _await(condition: Callable[[], bool], what: str, limit: float = 2.0) -> None:
    """Let the event loop (and the refresh task or thread) run until `condition` holds."""
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still waiting, after {limit}s, for {what}")
        await asyncio.sleep(0.002)


def _no_task_left() -> None:
    left = [t.get_name() for t in asyncio.all_tasks() if t.get_name().startswith("fly-lease-")]
    assert left == [], f"lease tasks still running: {left}"


Block = Callable[[Lease[Any]], Any]


async def _in_block(
    client: Client | AsyncClient, machine_id: str, body: Block, **options: Any
) -> Lease[Any]:
    """Run `body(lease)` (a coroutine function) inside `with` / `async with`."""
    lease = _lease(client, machine_id, **options)
    if isinstance(client, AsyncClient):
        try:
            async with lease:
                await body(lease)
        finally:
            _no_task_left()
    else:
        with lease:
            await body(lease)
    return lease


def _lost_events(events: list[Event]) -> list[Event]:
    return [e for e in events if e.name == "lease.lost"]


# -- 1. a lease lost to expiry is reported, stops its client, and leaves nothing held ----------


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_refresh_answered_with_a_new_nonce_loses_the_lease_and_releases_the_new_one(
    kind: Kind, caplog: pytest.LogCaptureFixture
) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    events: list[Event] = []
    # The client's own clock stands still while the API's moves past the TTL: the client
    # has no reason to think the lease lapsed until the API answers with a new nonce.
    client = retrying_client(
        kind,
        ManualClock(),
        transport=sim.transport(),
        base_url="http://fly-sim.invalid",
        on_event=events.append,
    )
    seen: dict[str, Any] = {}

    async def outlived(lease: Lease[Any]) -> None:
        seen["first"] = lease.nonce
        sim_clock(sim).advance(31.0)  # the API lets the lease expire
        await _await(lambda: lease.lost is not None, "the lease to be marked lost")
        seen["new"] = _lease_of(sim, machine_id)
        refused = await run_result(lease.client, Machines.stop, app_name=APP, machine_id=machine_id)
        seen["refused"] = failure(refused)

    caplog.set_level(logging.WARNING, logger="fly_machines")
    with pytest.raises(FlyError) as raised:
        await _in_block(client, machine_id, outlived, ttl=30, refresh_every=FAST)

    lease_lost = raised.value
    assert lease_lost.code == "lease_lost"
    assert "mutual exclusion may have been broken" in lease_lost.message
    assert "new nonce" in lease_lost.message
    # The lease client refused the call and sent nothing.
    assert seen["refused"] is lease_lost
    assert sim.requests_to(STOP) == []
    # The new lease the refresh took is released at exit, with its own nonce.
    assert seen["new"] is not None and seen["new"] != seen["first"]
    releases = [(r.headers.get(NONCE_HEADER), r.status) for r in sim.requests_to(RELEASE)]
    assert (seen["new"], 200) in releases
    assert _lease_of(sim, machine_id) is None
    # Said in telemetry and in the log.
    (event,) = _lost_events(events)
    assert event.machine_id == machine_id and event.app == APP
    assert event.reason == lease_lost.message
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and "lost" in r.message]
    assert warnings and machine_id in warnings[0].getMessage()


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_refreshes_failing_past_the_ttl_lose_the_lease(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    events: list[Event] = []
    client = sim_client(sim, kind, on_event=events.append)
    seen: dict[str, Any] = {}

    async def refreshes_fail(lease: Lease[Any]) -> None:
        sim.faults.fail_next(ACQUIRE, status=503, count=100_000)
        await _await(lambda: lease.refresh_error is not None, "a failed refresh")
        assert lease.lost is None  # a failure within the TTL is not a loss
        sim_clock(sim).advance(31.0)
        await _await(lambda: lease.lost is not None, "the lease to be marked lost")
        sim.faults.clear()
        before = len(sim.requests)
        refused = await run_result(lease.client, Machines.stop, app_name=APP, machine_id=machine_id)
        seen["refused"] = failure(refused)
        assert len(sim.requests) == before  # nothing was sent

    with pytest.raises(FlyError) as raised:
        await _in_block(client, machine_id, refreshes_fail, ttl=30, refresh_every=FAST)

    assert raised.value.code == "lease_lost"
    assert seen["refused"] is raised.value
    assert "30s" in raised.value.message and "503" in raised.value.message
    assert len(_lost_events(events)) == 1
    assert _lease_of(sim, machine_id) is None


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_call_past_the_ttl_without_a_refresh_is_refused_unsent(kind: Kind) -> None:
    # The refresher never fires: the lease client itself notices that the TTL ran out.
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind)
    other = sync_sim_client(sim)

    async def too_slow(lease: Lease[Any]) -> None:
        sim_clock(sim).advance(30.0)
        ok_value(Machines.acquire_lease(other, app_name=APP, machine_id=machine_id))
        refused = await run_result(lease.client, Machines.stop, app_name=APP, machine_id=machine_id)
        assert failure(refused).code == "lease_lost"
        assert lease.lost is failure(refused)

    with pytest.raises(FlyError) as raised:
        await _in_block(client, machine_id, too_slow, ttl=30, refresh_every=29)
    assert raised.value.code == "lease_lost"
    assert sim.requests_to(STOP) == []


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_block_that_destroys_its_machine_has_not_lost_its_lease(kind: Kind) -> None:
    # The lease goes with the machine: refreshes and the release then fail, but nobody can
    # have taken the machine over, so that is no loss, even long after the TTL.
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind)

    async def destroys(lease: Lease[Any]) -> None:
        destroyed = await run_result(
            lease.client, Machines.destroy, app_name=APP, machine_id=machine_id, force=True
        )
        assert destroyed.ok, destroyed.error
        await _await(lambda: lease.refresh_error is not None, "a refresh after the destroy")
        sim_clock(sim).advance(60.0)
        waited = await run_result(
            lease.client, Machines.wait, app_name=APP, machine_id=machine_id, state="destroyed"
        )
        assert waited.ok, waited.error

    lease = await _in_block(client, machine_id, destroys, ttl=30, refresh_every=FAST)
    assert lease.lost is None and lease.state == "released"
    assert lease.refresh_error is not None and lease.refresh_error.status == 412


# -- 2. a release that fails is never silent, and transient failures are retried ----------------


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_failed_release_is_noted_on_the_exception_the_block_raised(
    kind: Kind, caplog: pytest.LogCaptureFixture
) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind)

    async def fails(lease: Lease[Any]) -> None:
        sim.faults.fail_next(RELEASE, status=500, count=100)
        raise RuntimeError("deploy step failed")

    caplog.set_level(logging.WARNING, logger="fly_machines")
    with pytest.raises(RuntimeError, match="deploy step failed") as raised:
        await _in_block(client, machine_id, fails)

    notes = getattr(raised.value, "__notes__", [])
    assert len(notes) == 1
    assert machine_id in notes[0] and "500" in notes[0] and "release" in notes[0]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(machine_id in w and "release" in w for w in warnings)
    assert _lease_of(sim, machine_id) is not None  # it really is still held


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_failed_release_after_a_clean_block_raises(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind)

    async def fine(lease: Lease[Any]) -> None:
        sim.faults.fail_next(RELEASE, status=500, count=100)

    with pytest.raises(FlyError) as raised:
        await _in_block(client, machine_id, fine)
    assert raised.value.status == 500
    assert len(sim.requests_to(RELEASE)) == 1  # a 500 is not worth repeating


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_release_retries_transient_failures_even_when_the_client_does_not(
    kind: Kind,
) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind, retry=False)

    async def fine(lease: Lease[Any]) -> None:
        sim.faults.fail_next(RELEASE, status=503, count=2)

    await _in_block(client, machine_id, fine)
    assert [r.status for r in sim.requests_to(RELEASE)] == [503, 503, 200]
    assert _lease_of(sim, machine_id) is None


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_release_whose_answer_was_lost_is_done_when_the_retry_finds_it_gone(
    kind: Kind,
) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind, retry=False)

    async def fine(lease: Lease[Any]) -> None:
        sim.faults.drop_next(RELEASE, after_processing=True)

    lease = await _in_block(client, machine_id, fine)
    assert len(sim.requests_to(RELEASE)) == 2
    assert _lease_of(sim, machine_id) is None
    assert lease.lost is None and lease.state == "released"


# -- 3. nonsensical settings are refused before anything is sent --------------------------------


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"refresh_every": 0}, "refresh_every"),
        ({"refresh_every": -1.0}, "refresh_every"),
        ({"refresh_every": math.nan}, "refresh_every"),
        ({"refresh_every": math.inf}, "refresh_every"),
        ({"refresh_every": 30}, "refresh_every"),  # == ttl: the lease would lapse first
        ({"refresh_every": 45.0}, "refresh_every"),
        ({"refresh_every": True}, "refresh_every"),
        ({"refresh_every": "10"}, "refresh_every"),
        ({"ttl": -5}, "ttl"),
        ({"ttl": True}, "ttl"),
        ({"ttl": 10**9}, "ttl"),
        ({"ttl": "30"}, "ttl"),
        ({"wait_timeout": -1}, "wait_timeout"),
        ({"wait_timeout": math.nan}, "wait_timeout"),
        ({"wait_timeout": math.inf}, "wait_timeout"),
        ({"wait_timeout": "60"}, "wait_timeout"),
        ({"description": 42}, "description"),
    ],
)
def test_nonsensical_lease_settings_are_refused_naming_the_argument(
    arguments: dict[str, Any], named: str
) -> None:
    sim = new_sim()
    with pytest.raises(FlyError) as raised:
        Machines.lease(
            sync_sim_client(sim),
            app_name=APP,
            machine_id="148ed193b95d89",
            **{"ttl": 30, **arguments},
        )
    assert raised.value.kind == "invalid_request"
    assert raised.value.message.startswith(named)
    assert sim.requests == []


def test_sensible_lease_settings_are_accepted() -> None:
    client = sync_sim_client(new_sim())
    lease = Machines.lease(
        client,
        app_name=APP,
        machine_id="148ed193b95d89",
        ttl=10,
        refresh_every=2.5,
        wait_timeout=0,
        description="deploy",
    )
    assert (lease.ttl, lease.refresh_every, lease.wait_timeout) == (10, 2.5, 0)
    default = Machines.lease(client, app_name=APP, machine_id="148ed193b95d89", ttl=30)
    assert default.refresh_every == 10


# -- 4. a Lease can be entered again once it is left, but not while it is held ------------------


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_lease_entered_again_after_exit_refreshes_again(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind)
    lease = _lease(client, machine_id, refresh_every=FAST)
    nonces: list[str | None] = []

    for _ in range(2):

        async def refreshed(lease: Lease[Any], sent: int = _refreshes_sent(sim)) -> None:
            nonces.append(lease.nonce)
            await _await(lambda: _refreshes_sent(sim) > sent, "a refresh in this block", 1.0)
            await _await(lambda: lease.refreshes > 0, "a refresh counted in this block", 1.0)

        if isinstance(client, AsyncClient):
            async with lease:
                await refreshed(lease)
            _no_task_left()
        else:
            with lease:
                await refreshed(lease)
        assert _lease_of(sim, machine_id) is None

    assert nonces[0] != nonces[1]
    assert lease.state == "released"


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_entering_a_lease_that_is_already_held_is_refused(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind)
    lease = _lease(client, machine_id)

    async def enter_again(held: Lease[Any]) -> None:
        with pytest.raises(RuntimeError, match="already held"):
            if isinstance(client, AsyncClient):
                async with held:
                    pass
            else:
                with held:
                    pass
        # The refusal changed nothing: the outer block still holds the lease.
        assert held.state == "held" and _lease_of(sim, machine_id) == held.nonce
        stopped = await run_result(held.client, Machines.stop, app_name=APP, machine_id=machine_id)
        assert stopped.ok, stopped.error

    if isinstance(client, AsyncClient):
        async with lease:
            await enter_again(lease)
    else:
        with lease:
            await enter_again(lease)
    assert len(sim.requests_to(ACQUIRE)) == 1
    assert _lease_of(sim, machine_id) is None


# -- 5. the refresher records every failure and never dies of one ------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_closing_the_client_in_the_block_marks_the_lease_lost_without_killing_the_refresher(
    kind: Kind, monkeypatch: pytest.MonkeyPatch
) -> None:
    uncaught: list[Any] = []
    monkeypatch.setattr(threading, "excepthook", uncaught.append)
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind)

    async def closes_the_client(lease: Lease[Any]) -> None:
        if isinstance(client, AsyncClient):
            await client.aclose()
        else:
            client.close()
        await _await(lambda: lease.refresh_error is not None, "the refresh failure", 1.0)
        assert lease.lost is not None

    with pytest.raises(FlyError) as raised:
        await _in_block(client, machine_id, closes_the_client, refresh_every=FAST)

    assert uncaught == []
    lease_lost = raised.value
    assert lease_lost.code == "lease_lost" and "RuntimeError" in lease_lost.message
    # The release could not be sent either (the client is closed): said, not swallowed.
    notes = getattr(lease_lost, "__notes__", [])
    assert any("release" in note and machine_id in note for note in notes)


# -- 6. an interrupted acquisition or block does not leave the lease held ----------------------


class _HeldAnswers(httpx.AsyncBaseTransport):
    """The simulator, but the answer to the first lease acquisition waits for `opened`
    (the request has reached the API and taken the lease by then)."""

    def __init__(self, sim: FlySimulator) -> None:
        self._inner = sim.transport()
        self.reached = asyncio.Event()
        self.opened = asyncio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        first = not self.reached.is_set()
        if first and request.method == "POST" and request.url.path.endswith("/lease"):
            self.reached.set()
            await self.opened.wait()
        return response


@pytest.mark.anyio
async def test_a_cancelled_acquisition_releases_the_lease_it_got() -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    transport = _HeldAnswers(sim)
    client = retrying_client(
        "async", sim_clock(sim), transport=transport, base_url="http://fly-sim.invalid"
    )
    assert isinstance(client, AsyncClient)

    async def deploy() -> None:
        async with Machines.lease(client, app_name=APP, machine_id=machine_id):
            raise AssertionError("the block ran")

    task = asyncio.create_task(deploy())
    await transport.reached.wait()
    taken = _lease_of(sim, machine_id)
    assert taken is not None
    task.cancel()
    await asyncio.sleep(0.01)
    assert not task.done()  # it waits for the answer, which holds the lease's nonce
    transport.opened.set()
    with pytest.raises(asyncio.CancelledError):
        await task

    assert _lease_of(sim, machine_id) is None
    (release,) = sim.requests_to(RELEASE)
    assert release.headers[NONCE_HEADER] == taken and release.status == 200
    _no_task_left()


class _StuckClock(ManualClock):
    """A ManualClock whose async sleeps never end (until cancelled)."""

    def __init__(self) -> None:
        super().__init__()
        self.sleeping = asyncio.Event()

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        self.sleeping.set()
        await asyncio.Event().wait()


@pytest.mark.anyio
async def test_a_cancelled_wait_for_someone_elses_lease_ends_at_once() -> None:
    clock = _StuckClock()
    sim = new_sim(clock=clock)
    machine_id = sim_started(sim)
    other = sync_sim_client(sim)
    theirs = ok_value(Machines.acquire_lease(other, app_name=APP, machine_id=machine_id)).data
    client = sim_client(sim, "async")
    assert isinstance(client, AsyncClient)

    async def deploy() -> None:
        async with Machines.lease(client, app_name=APP, machine_id=machine_id):
            raise AssertionError("the block ran")

    task = asyncio.create_task(deploy())
    await clock.sleeping.wait()  # refused once, now waiting before trying again
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, 1.0)
    assert [r.status for r in sim.requests_to(ACQUIRE)] == [201, 409]
    assert sim.requests_to(RELEASE) == []
    assert _lease_of(sim, machine_id) == theirs.nonce
    _no_task_left()


def test_a_keyboard_interrupt_in_the_block_still_releases() -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    lease = Machines.lease(
        sync_sim_client(sim), app_name=APP, machine_id=machine_id, refresh_every=FAST
    )
    with pytest.raises(KeyboardInterrupt), lease:
        _wait(lambda: lease.refreshes > 0, "a refresh")
        raise KeyboardInterrupt
    assert _lease_of(sim, machine_id) is None
    assert lease.state == "released"


def test_an_interrupt_between_acquiring_and_the_block_still_releases(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    lease = Machines.lease(sync_sim_client(sim), app_name=APP, machine_id=machine_id)

    def interrupted(thread: threading.Thread) -> None:
        raise KeyboardInterrupt

    # The lease is taken; the interrupt lands as the refresher is being started.
    monkeypatch.setattr(threading.Thread, "start", interrupted)
    with pytest.raises(KeyboardInterrupt), lease:
        raise AssertionError("the block ran")
    monkeypatch.undo()

    assert _lease_of(sim, machine_id) is None
    assert [r.status for r in sim.requests_to(RELEASE)] == [200]
    assert lease.state == "idle"


# -- the state of a lease block is always known -------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_lease_says_what_state_it_is_in(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind)
    lease = _lease(client, machine_id, ttl=30)
    assert repr(lease) == (f"Lease(app='{APP}', machine='{machine_id}', state='idle', refreshes=0)")
    shown: list[str] = []

    async def look(held: Lease[Any]) -> None:
        shown.append(repr(held))
        sim_clock(sim).advance(30.0)
        await run_result(held.client, Machines.stop, app_name=APP, machine_id=machine_id)
        shown.append(repr(held))

    with pytest.raises(FlyError):
        if isinstance(client, AsyncClient):
            async with lease:
                await look(lease)
        else:
            with lease:
                await look(lease)

    expires = "2023-11-14T22:13:52Z"  # the ManualClock's start + 2 s + the 30 s TTL
    assert shown[0] == (
        f"Lease(app='{APP}', machine='{machine_id}', state='held', expires_at={expires},"
        " refreshes=0)"
    )
    assert shown[1].startswith(f"Lease(app='{APP}', machine='{machine_id}', state='lost',")
    assert repr(lease).startswith(f"Lease(app='{APP}', machine='{machine_id}', state='released',")
    assert "lost=True" in repr(lease)
    for text in [*shown, repr(lease)]:
        assert TOKEN not in text and str(lease.nonce) not in text


def test_an_acquisition_whose_answer_was_lost_says_the_lease_may_be_held(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The API took the lease but its answer was lost: the library cannot know the nonce,
    # so it cannot release it; it must at least not be silent about it.
    sim = FlySimulator(clock=ManualClock())
    sim.backend.create_app({"name": "app", "org_slug": "personal"})
    machine_id = sim.backend.create_machine("app", {"config": {"image": "nginx"}})["id"]
    sim.faults.fail_next("Machines_create_lease", status=503, after_processing=True)
    client = Client(
        token="tok-123456",
        base_url="http://sim.invalid",
        transport=sim.transport(),
        clock=sim.clock,
    )
    lease = Machines.lease(client, app_name="app", machine_id=machine_id, ttl=60)
    with caplog.at_level(logging.WARNING, logger="fly_machines"), pytest.raises(FlyError) as raised:
        lease.__enter__()
    notes = getattr(raised.value, "__notes__", [])
    assert any("may have been taken" in note and "60s" in note for note in notes)
    assert any("may have been taken" in record.getMessage() for record in caplog.records)
