"""`Machines.lease` as a context manager, against the simulator, `with` and `async with`.

Lease expiry is on the simulator's ManualClock, so "held by someone else until their
TTL runs out" and "kept past its own TTL by refreshing" take no real time. The
background refresher paces itself on real time (`refresh_every=`): those tests give it a
tiny interval and wait, boundedly, for the refreshes they need to see. What a block does
when its lease is lost or a release fails is in test_lease_trust.py.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import pytest
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.resilience import (
    APP,
    new_sim,
    sim_client,
    sim_clock,
    sim_started,
    sim_state,
    sync_sim_client,
)

from fly_machines import AsyncClient, Client, Event, FlyError, Lease, Machines
from fly_machines.testing import FlySimulator

ACQUIRE = "Machines_create_lease"
RELEASE = "Machines_release_lease"
NONCE_HEADER = "fly-machine-lease-nonce"

Body = Callable[[Lease[Any]], Awaitable[None]]


async def hold(client: Client | AsyncClient, machine_id: str, body: Body, **options: Any) -> None:
    """Run `body` inside `with` (Client) or `async with` (AsyncClient) Machines.lease."""
    if isinstance(client, AsyncClient):
        async with Machines.lease(client, app_name=APP, machine_id=machine_id, **options) as held:
            await body(held)
    else:
        with Machines.lease(client, app_name=APP, machine_id=machine_id, **options) as held:
            await body(held)


async def until(condition: Callable[[], bool], what: str, limit: float = 5.0) -> None:
    """Let the event loop and threads run until `condition` holds (at most `limit` s)."""
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still waiting, after {limit}s, for {what}")
        await anyio.sleep(0.002)


def _lease_of(sim: FlySimulator, machine_id: str) -> str | None:
    answer = Machines.get_lease(sync_sim_client(sim), app_name=APP, machine_id=machine_id)
    if not answer.ok:
        assert answer.error.status == 404
        return None
    nonce = getattr(answer.value.data, "nonce", None)
    assert isinstance(nonce, str)
    return nonce


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_block_that_raises_still_releases_the_lease(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind)
    seen: list[Lease[Any]] = []

    async def fails(lease: Lease[Any]) -> None:
        seen.append(lease)
        assert _lease_of(sim, machine_id) == lease.nonce
        raise RuntimeError("deploy step failed")

    with pytest.raises(RuntimeError, match="deploy step failed"):
        await hold(client, machine_id, fails)

    assert _lease_of(sim, machine_id) is None
    (release,) = sim.requests_to(RELEASE)
    assert release.status == 200 and release.headers[NONCE_HEADER] == seen[0].nonce
    with pytest.raises(RuntimeError, match="not held"):
        seen[0].client  # noqa: B018 - the property raises once the block is over


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_block_that_ends_normally_releases_the_lease(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind)

    async def nothing(lease: Lease[Any]) -> None:
        assert lease.nonce and lease.expires_at

    await hold(client, machine_id, nothing, ttl=45, description="deploy")

    assert _lease_of(sim, machine_id) is None
    assert sim.requests_to(ACQUIRE)[0].json() == {"ttl": 45, "description": "deploy"}


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_the_lease_client_sends_the_nonce_and_calls_without_it_are_refused(
    kind: Kind,
) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    other_machine = sim_started(sim)
    client = sim_client(sim, kind)

    async def stop_it(lease: Lease[Any]) -> None:
        without = await run_result(client, Machines.stop, app_name=APP, machine_id=machine_id)
        assert (failure(without).status, failure(without).code) == (409, "lease_conflict")

        stopped = await run_result(lease.client, Machines.stop, app_name=APP, machine_id=machine_id)
        assert stopped.ok, stopped.error
        # Another machine's calls do not carry this lease's nonce.
        elsewhere = await run_result(
            lease.client, Machines.stop, app_name=APP, machine_id=other_machine
        )
        assert elsewhere.ok, elsewhere.error

    await hold(client, machine_id, stop_it)

    stops = sim.requests_to("Machines_stop")
    assert [r.status for r in stops] == [409, 200, 200]
    nonce = sim.requests_to(ACQUIRE)[0]
    assert NONCE_HEADER not in stops[0].headers
    assert stops[1].headers[NONCE_HEADER] == sim.requests_to(RELEASE)[0].headers[NONCE_HEADER]
    assert NONCE_HEADER not in stops[2].headers
    assert nonce.status == 201
    sim_clock(sim).advance(1.0)
    assert sim_state(sim, machine_id) == "stopped"


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_conflict_with_this_process_own_block_says_to_use_its_client(
    kind: Kind,
) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind)
    someone_else = sim_started(sim)
    sim.backend.leases.acquire(APP, someone_else, {"ttl": 60}, None)  # not this process's
    errors: list[FlyError] = []

    async def stop_with_the_plain_client(lease: Lease[Any]) -> None:
        for machine in (machine_id, someone_else):
            result = await run_result(client, Machines.stop, app_name=APP, machine_id=machine)
            errors.append(failure(result))

    await hold(client, machine_id, stop_with_the_plain_client)
    after = failure(await run_result(client, Machines.stop, app_name=APP, machine_id=someone_else))

    own, others = errors
    assert own.code == others.code == "lease_conflict"
    assert own.suggestion is not None and "lease.client" in own.suggestion
    assert "lease.client" in str(own)
    # Another's lease gets the usual advice, in the block and after it.
    assert others.suggestion == after.suggestion
    assert others.suggestion is not None and "lease.client" not in others.suggestion


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_lease_held_by_another_is_waited_for_until_its_ttl_runs_out(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    theirs = Machines.acquire_lease(
        sync_sim_client(sim), app_name=APP, machine_id=machine_id, ttl=5
    )
    their_nonce = ok_value(theirs).data.nonce
    client = sim_client(sim, kind)
    nonces: list[str] = []

    async def note(lease: Lease[Any]) -> None:
        assert lease.nonce is not None
        nonces.append(lease.nonce)

    await hold(client, machine_id, note)

    # Refused at 0, 0.5, 1.5 and 3.5 s; their lease ended at 5 s; taken at 7.5 s.
    assert [r.status for r in sim.requests_to(ACQUIRE)[1:]] == [409, 409, 409, 409, 201]
    assert sim_clock(sim).sleeps == [0.5, 1.0, 2.0, 4.0]
    assert nonces[0] != their_nonce


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_lease_held_by_another_is_taken_once_they_release_it(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    someone = sync_sim_client(sim)
    theirs = ok_value(Machines.acquire_lease(someone, app_name=APP, machine_id=machine_id, ttl=300))
    refusals: list[Event] = []

    def they_release_after_two_refusals(event: Event) -> None:
        if event.name == "request.stop" and event.operation == "Machines_create_lease":
            if event.status == 409:
                refusals.append(event)
            if len(refusals) == 2 and event.status == 409:
                released = Machines.release_lease(
                    someone, app_name=APP, machine_id=machine_id, nonce=theirs.data.nonce
                )
                assert released.ok, released.error

    client = sim_client(sim, kind, on_event=they_release_after_two_refusals)

    async def nothing(lease: Lease[Any]) -> None:
        assert _lease_of(sim, machine_id) == lease.nonce

    await hold(client, machine_id, nothing)

    assert sim_clock(sim).sleeps == [0.5, 1.0]
    assert len(refusals) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_a_lease_still_held_after_the_wait_timeout_is_an_error(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    ok_value(Machines.acquire_lease(sync_sim_client(sim), app_name=APP, machine_id=machine_id))
    client = sim_client(sim, kind)

    async def never_runs(lease: Lease[Any]) -> None:
        raise AssertionError("the block ran without the lease")

    with pytest.raises(FlyError) as raised:
        await hold(client, machine_id, never_runs, wait_timeout=10)

    assert raised.value.code == "lease_conflict"
    assert "still held after waiting 10s" in str(raised.value)
    assert sum(sim_clock(sim).sleeps) == pytest.approx(10.0)
    assert sim.requests_to(RELEASE) == []


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_background_refresh_keeps_the_lease_past_its_ttl(kind: Kind) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind)
    clock = sim_clock(sim)

    async def outlive_the_ttl(lease: Lease[Any]) -> None:
        def more_than(count: int) -> Callable[[], bool]:
            return lambda: lease.refreshes > count

        for _ in range(6):  # 60 s of the simulator's time against a 30 s TTL
            clock.advance(10.0)
            # One more than the count may be a refresh that started before the clock moved.
            await until(more_than(lease.refreshes + 1), "a refresh after the clock moved")
        assert lease.refresh_error is None
        assert lease.expires_at is not None and lease.expires_at > clock.time() + 15
        # Still ours: someone else is refused, and the lease client's calls work.
        taken = Machines.acquire_lease(sync_sim_client(sim), app_name=APP, machine_id=machine_id)
        assert failure(taken).code == "lease_conflict"
        stopped = await run_result(lease.client, Machines.stop, app_name=APP, machine_id=machine_id)
        assert stopped.ok, stopped.error

    await hold(client, machine_id, outlive_the_ttl, ttl=30, refresh_every=0.02)

    assert _lease_of(sim, machine_id) is None
    taken, *refreshes = [r for r in sim.requests_to(ACQUIRE) if r.status == 201]
    assert NONCE_HEADER not in taken.headers
    assert len(refreshes) >= 6 and all(r.headers.get(NONCE_HEADER) for r in refreshes)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_without_refreshes_the_lease_would_have_been_lost(kind: Kind) -> None:
    # The control for the test above: the same block with a refresher that never fires.
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind)

    async def outlive_the_ttl(lease: Lease[Any]) -> None:
        sim_clock(sim).advance(60.0)
        assert lease.refreshes == 0
        taken = Machines.acquire_lease(sync_sim_client(sim), app_name=APP, machine_id=machine_id)
        assert taken.ok, taken.error

    # Releasing a lease someone else now holds is refused: the lease was lost during the
    # block, and leaving it says so.
    with pytest.raises(FlyError) as raised:
        await hold(client, machine_id, outlive_the_ttl, ttl=30, refresh_every=29)
    assert raised.value.code == "lease_lost"
    assert "another client held it" in raised.value.message


def test_the_wrong_kind_of_with_is_a_clear_type_error() -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    async_client = sim_client(sim, "async")
    assert isinstance(async_client, AsyncClient)
    with (
        pytest.raises(TypeError, match="async with"),
        Machines.lease(async_client, app_name=APP, machine_id=machine_id),
    ):
        pass
    assert sim.requests == []


@pytest.mark.parametrize(
    ("arguments", "message"),
    [({"ttl": 0}, "ttl"), ({"ttl": 1.5}, "ttl"), ({"machine_id": ""}, "machine_id")],
)
def test_bad_lease_arguments_are_refused_before_anything_is_sent(
    arguments: dict[str, Any], message: str
) -> None:
    sim = new_sim()
    client = sync_sim_client(sim)
    with pytest.raises(FlyError, match=message):
        Machines.lease(client, app_name=APP, **{"machine_id": "148ed193b95d89", **arguments})
    assert sim.requests == []
