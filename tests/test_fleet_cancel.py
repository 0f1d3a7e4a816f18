"""A deploy cancelled midway (asyncio cancellation of an `AsyncClient`'s call, Ctrl-C as a
KeyboardInterrupt in a sync `Client`'s) leaves no lease held, and a blue-green deploy
cancelled before its greens took traffic destroys them. Read from the simulator."""

from __future__ import annotations

import asyncio

import pytest
from support.fleet import V1, V2, image, lease_holders, machine, make_fleet
from support.kinds import Kind
from support.resilience import APP, new_sim, sim_client

from fly_machines import AsyncClient, Client, DeployStep, Fleet, ManualClock

pytestmark = pytest.mark.anyio


async def test_an_asyncio_cancellation_midway_leaves_no_lease_held() -> None:
    sim = new_sim()
    fleet = make_fleet(sim, started=12)
    client = sim_client(sim, "async")
    assert isinstance(client, AsyncClient)
    done = asyncio.Event()
    steps: list[DeployStep] = []

    def progress(step: DeployStep) -> None:
        steps.append(step)
        if sum(s.step == "done" for s in steps) == 4:
            done.set()

    deploying = asyncio.ensure_future(
        Fleet.deploy(client, app_name=APP, config=V2, max_unavailable=2, on_progress=progress)
    )
    await done.wait()
    deploying.cancel()
    with pytest.raises(asyncio.CancelledError):
        await deploying

    assert lease_holders(sim, fleet.started) == []
    released = {s.machine_id for s in steps if s.step == "released"}
    assert released == set(fleet.started)  # every lease it took, it gave back
    # It stopped: the updates it had sent went through, the machines it had not reached
    # are as they were.
    on_v2 = sum(image(sim, m) == V2["image"] for m in fleet.started)
    assert on_v2 == len(sim.requests_to("Machines_update")) >= 4
    assert on_v2 <= 8


def test_a_keyboard_interrupt_in_the_callers_code_leaves_no_lease_held() -> None:
    sim = new_sim()
    fleet = make_fleet(sim, started=12)
    client = sim_client(sim, "sync")
    assert isinstance(client, Client)
    seen: list[DeployStep] = []

    def progress(step: DeployStep) -> None:
        seen.append(step)
        if step.step == "done" and sum(s.step == "done" for s in seen) == 3:
            raise KeyboardInterrupt  # Ctrl-C while the deploy runs the caller's callback

    with pytest.raises(KeyboardInterrupt):
        Fleet.deploy(client, app_name=APP, config=V2, max_unavailable=2, on_progress=progress)

    assert lease_holders(sim, fleet.started) == []
    assert sum(image(sim, m) == V1["image"] for m in fleet.started) >= 6


class CtrlC(ManualClock):
    """A ManualClock whose `after`-th sleep is interrupted, as Ctrl-C would be while the
    driver waits for its next timer."""

    def __init__(self, after: int) -> None:
        super().__init__()
        self.after = after

    def sleep(self, seconds: float) -> None:
        self.after -= 1
        if self.after == 0:
            raise KeyboardInterrupt
        super().sleep(seconds)


def test_ctrl_c_while_the_sync_driver_waits_leaves_no_lease_held() -> None:
    sim = new_sim(clock=CtrlC(after=12))
    fleet = make_fleet(sim, started=8)
    client = sim_client(sim, "sync")

    with pytest.raises(KeyboardInterrupt):
        Fleet.deploy(client, app_name=APP, config=V2, max_unavailable=2)

    assert lease_holders(sim, fleet.started) == []
    assert sim.requests_to("Machines_update")  # it was under way
    assert any(image(sim, m) == V1["image"] for m in fleet.started)


async def test_a_cancelled_bluegreen_deploy_destroys_its_greens(kind: Kind) -> None:
    sim = new_sim()
    fleet = make_fleet(sim, started=4)
    client = sim_client(sim, kind)
    greens: list[str] = []
    created = asyncio.Event()

    def progress(step: DeployStep) -> None:
        if step.step == "created":
            greens.append(step.machine_id)
        if len(greens) == 4 and step.step == "started":
            if isinstance(client, Client):
                raise KeyboardInterrupt
            created.set()

    if isinstance(client, Client):
        with pytest.raises(KeyboardInterrupt):
            Fleet.deploy(
                client, app_name=APP, config=V2, strategy="bluegreen", on_progress=progress
            )
    else:
        deploying = asyncio.ensure_future(
            Fleet.deploy(
                client, app_name=APP, config=V2, strategy="bluegreen", on_progress=progress
            )
        )
        await created.wait()
        deploying.cancel()
        with pytest.raises(asyncio.CancelledError):
            await deploying

    assert len(greens) == 4
    assert {machine(sim, g)["state"] for g in greens} <= {"destroying", "destroyed"}
    assert {machine(sim, b)["state"] for b in fleet.started} == {"started"}
    assert {image(sim, b) for b in fleet.started} == {V1["image"]}
    assert lease_holders(sim, fleet.started) == []
