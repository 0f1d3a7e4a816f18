"""`Gather`: flows run at the same time, with either driver.

Each test is written once and runs with a sync `Client` (requests on threads) and an
`AsyncClient` (requests as tasks), on a `ManualClock`: concurrent sleeps overlap (time
moves to the earliest timer), requests are really in flight together, a failure or an
interrupt cancels the other flows and their clean-up (which may send requests) runs to
its end before the exception goes on.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import Generator
from typing import Any

import anyio
import httpx
import pytest
from support.kinds import Kind
from support.resilience import APP, new_sim, sim_client, sim_clock, sim_started

from fly_machines import AsyncClient, Client, Machines, ManualClock
from fly_machines._engine import Cancelled, Flow, Gather, Sleep
from fly_machines.testing import FlySimulator

pytestmark = pytest.mark.anyio


async def drive(client: Client | AsyncClient, flow: Flow[Any]) -> Any:
    outcome = client.drive(flow)
    if inspect.isawaitable(outcome):
        outcome = await outcome
    return outcome


def napping(seconds: float, log: list[str], name: str) -> Flow[str]:
    yield Sleep(seconds)
    log.append(name)
    return name


def ticking(log: list[str]) -> Flow[None]:
    """A background flow: ticks every second until cancelled, then says so."""
    try:
        while True:
            yield Sleep(1.0)
            log.append("tick")
    except Cancelled:
        log.append("tick cancelled")
        raise


async def test_values_come_in_order_and_sleeps_overlap(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    clock = sim_clock(sim)
    log: list[str] = []

    def parent() -> Flow[list[str]]:
        values = yield Gather(
            (napping(5.0, log, "five"), napping(3.0, log, "three"), napping(4.0, log, "four"))
        )
        return list(values)

    assert await drive(client, parent()) == ["five", "three", "four"]
    assert log == ["three", "four", "five"]
    assert clock.monotonic() == pytest.approx(5.0)  # not 12: the three waited together


async def test_requests_of_different_flows_are_in_flight_together(kind: Kind) -> None:
    sim = new_sim()
    machines = [sim_started(sim) for _ in range(3)]
    together = Together(len(machines), sim.transport())
    client = sim_client(sim, kind, transport=together)

    def parent() -> Flow[list[Any]]:
        flows = tuple(Machines.get.flow(client, app_name=APP, machine_id=m) for m in machines)
        return list((yield Gather(flows)))

    results = await drive(client, parent())

    assert [r.value.id for r in results] == machines
    assert together.most == len(machines)


async def test_background_flows_are_cancelled_once_the_others_return(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    log: list[str] = []

    def parent() -> Flow[list[str]]:
        return list((yield Gather((napping(3.5, log, "done"),), background=(ticking(log),))))

    assert await drive(client, parent()) == ["done"]
    assert log == ["tick", "tick", "tick", "done", "tick cancelled"]
    assert sim_clock(sim).monotonic() == pytest.approx(3.5)


async def test_a_flow_that_raises_cancels_the_others_whose_clean_up_runs_first(
    kind: Kind,
) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, kind)
    log: list[str] = []

    def failing() -> Flow[None]:
        yield Sleep(2.0)
        raise ValueError("broken")

    def holding() -> Flow[None]:
        acquired = yield from Machines.acquire_lease.flow(
            client, app_name=APP, machine_id=machine_id, ttl=60
        )
        nonce = nonce_of(acquired)
        try:
            yield Sleep(100.0)
            log.append("slept it all")
        finally:
            # The clean-up sends a request: the Gather waits for it.
            released = yield from Machines.release_lease.flow(
                client, app_name=APP, machine_id=machine_id, nonce=nonce
            )
            log.append(f"released: {released.ok}")

    def parent() -> Flow[str]:
        try:
            yield Gather((holding(), failing(), napping(50.0, log, "napped")))
        except ValueError as exc:
            return f"caught {exc}"
        return "no exception"

    assert await drive(client, parent()) == "caught broken"
    assert log == ["released: True"]
    assert sim.requests_to("Machines_release_lease")[-1].status == 200
    assert sim_clock(sim).monotonic() < 10.0  # nobody slept out the 50 or 100 s


async def test_gathers_nest(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    log: list[str] = []

    def inner(prefix: str) -> Flow[list[str]]:
        values = yield Gather((napping(1.0, log, f"{prefix}1"), napping(2.0, log, f"{prefix}2")))
        return list(values)

    def parent() -> Flow[list[list[str]]]:
        return list((yield Gather((inner("a"), inner("b"), empty_gather()))))

    assert await drive(client, parent()) == [["a1", "a2"], ["b1", "b2"], []]
    assert sim_clock(sim).monotonic() == pytest.approx(2.0)


def empty_gather() -> Flow[list[Any]]:
    return list((yield Gather(())))


async def test_a_get_in_flight_is_dropped_on_cancel_and_a_write_is_let_finish(
    kind: Kind,
) -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    stalling = Stalling(sim.transport())
    client = sim_client(sim, kind, transport=stalling)
    log: list[str] = []

    def reading() -> Flow[None]:
        try:
            # The wait never answers (the transport holds it): cancelling must not wait.
            yield from Machines.get.flow(client, app_name=APP, machine_id="stall-" + machine_id)
            log.append("read answered")
        except Cancelled:
            log.append("read cancelled")
            raise

    def writing() -> Flow[None]:
        try:
            stopped = yield from Machines.stop.flow(client, app_name=APP, machine_id=machine_id)
            log.append(f"stop answered: {stopped.ok}")
            yield Sleep(30.0)
        except Cancelled:
            log.append("write flow cancelled")
            raise

    def failing() -> Flow[None]:
        yield Sleep(0.0)  # both requests are in flight now
        stalling.hold_stop.set()  # the stop is answered after the failure
        raise ValueError("broken")

    def parent() -> Flow[str]:
        try:
            yield Gather((reading(), writing(), failing()))
        except ValueError:
            return "failed"
        return "no exception"

    assert await drive(client, parent()) == "failed"
    stalling.release.set()
    assert sorted(log) == ["read cancelled", "stop answered: True", "write flow cancelled"]
    assert sim_state_of(sim, machine_id) == "stopping"


async def test_an_async_cancellation_cancels_every_flow_after_its_clean_up() -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    client = sim_client(sim, "async")
    assert isinstance(client, AsyncClient)
    log: list[str] = []
    leased = asyncio.Event()

    def holding() -> Flow[None]:
        acquired = yield from Machines.acquire_lease.flow(
            client, app_name=APP, machine_id=machine_id, ttl=60
        )
        leased.set()
        try:
            while True:
                yield Sleep(1.0)
        finally:
            released = yield from Machines.release_lease.flow(
                client, app_name=APP, machine_id=machine_id, nonce=nonce_of(acquired)
            )
            log.append(f"released: {released.ok}")

    def parent() -> Flow[None]:
        yield Gather((holding(), ticking(log)))

    task = asyncio.ensure_future(client.drive(parent()))
    await leased.wait()
    await anyio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert "released: True" in log and "tick cancelled" in log
    assert sim.backend.get_machine(APP, machine_id, True).get("lease") is None


def test_a_keyboard_interrupt_cancels_every_flow_after_its_clean_up() -> None:
    sim = new_sim()
    machine_id = sim_started(sim)
    clock = InterruptingClock(after=3)
    client = Client(
        clock=clock, token="x", base_url="http://fly-sim.invalid", transport=sim.transport()
    )
    log: list[str] = []

    def holding() -> Flow[None]:
        acquired = yield from Machines.acquire_lease.flow(
            client, app_name=APP, machine_id=machine_id, ttl=60
        )
        try:
            while True:
                yield Sleep(1.0)
        finally:
            released = yield from Machines.release_lease.flow(
                client, app_name=APP, machine_id=machine_id, nonce=nonce_of(acquired)
            )
            log.append(f"released: {released.ok}")

    def parent() -> Generator[Any, Any, None]:
        try:
            yield Gather((holding(), ticking(log)))
        except KeyboardInterrupt:
            log.append("parent saw the interrupt")
            raise

    with pytest.raises(KeyboardInterrupt):
        client.drive(parent())
    assert log[-3:] == ["tick cancelled", "released: True", "parent saw the interrupt"] or log[
        -3:
    ] == ["released: True", "tick cancelled", "parent saw the interrupt"]
    assert sim.backend.get_machine(APP, machine_id, True).get("lease") is None


# -- helpers --------------------------------------------------------------------------------


class InterruptingClock(ManualClock):
    """A ManualClock whose `after`-th sleep is interrupted, as Ctrl-C would."""

    def __init__(self, after: int) -> None:
        super().__init__()
        self.after = after

    def sleep(self, seconds: float) -> None:
        self.after -= 1
        if self.after == 0:
            raise KeyboardInterrupt
        super().sleep(seconds)


class Together(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Holds each request until `expected` are in flight at once (or a second passes),
    and records the most it saw together."""

    def __init__(self, expected: int, inner: Any) -> None:
        self.expected = expected
        self.inner = inner
        self.current = 0
        self.most = 0
        self.lock = threading.Lock()
        self.all_in = threading.Event()

    def _arrive(self) -> None:
        with self.lock:
            self.current += 1
            self.most = max(self.most, self.current)
            if self.current >= self.expected:
                self.all_in.set()

    def _leave(self) -> None:
        with self.lock:
            self.current -= 1

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._arrive()
        try:
            self.all_in.wait(timeout=1.0)
            return self.inner.handle_request(request)  # type: ignore[no-any-return]
        finally:
            self._leave()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._arrive()
        try:
            for _ in range(1000):
                if self.all_in.is_set():
                    break
                await asyncio.sleep(0.001)
            return await self.inner.handle_async_request(request)  # type: ignore[no-any-return]
        finally:
            self._leave()


class Stalling(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Holds a request whose path has "stall-" until `release`; stops wait for
    `hold_stop`; everything else goes to the simulator."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.release = threading.Event()
        self.hold_stop = threading.Event()

    def _held(self, request: httpx.Request) -> threading.Event | None:
        if "stall-" in request.url.path:
            return self.release
        if request.url.path.endswith("/stop"):
            return self.hold_stop
        return None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        held = self._held(request)
        if held is not None:
            held.wait(timeout=5.0)
        return self.inner.handle_request(request)  # type: ignore[no-any-return]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        held = self._held(request)
        while held is not None and not held.is_set():
            await asyncio.sleep(0.001)
        return await self.inner.handle_async_request(request)  # type: ignore[no-any-return]


def nonce_of(acquired: Any) -> str:
    nonce = acquired.unwrap().data.nonce
    assert isinstance(nonce, str)
    return nonce


def sim_state_of(sim: FlySimulator, machine_id: str) -> str:
    return str(sim.backend.get_machine(APP, machine_id, False)["state"])
