"""Shared pieces of the facade lifecycle tests (no tests here).

`Fly` is one simulator and one fly_machines client (a `Client` or an `AsyncClient`)
sharing a `ManualClock`, so a test written once as `await fly.ok(Machines.stop, ...)`
runs with both kinds, and time moves only when the test (or a wait) moves it. Every
response the client receives is kept, so a test can compare an error with the headers
the simulator actually sent.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from fly_machines import (
    Apps,
    AsyncClient,
    Client,
    Event,
    FlyError,
    Machines,
    ManualClock,
    Result,
)
from fly_machines.testing import FlySimulator
from support.kinds import Kind, failure, ok_value, run_result
from support.resilience import retrying_client
from support.transports import Recording

__all__ = ["APP", "CONFIG", "ORG", "SETUPS", "STEP", "TOKEN", "Fly", "open_fly"]

TOKEN = "fo1_lifecycleSecret_Hq2Rt8Vn5Ys1"  # long and odd: finding it in output is a leak
APP = "lifecycle-app"
ORG = "personal"
STEP = 1.0  # the simulator's transition_seconds: each transient state lasts this long
CONFIG: dict[str, Any] = {"image": "flyio/hellofly:latest", "env": {"GREETING": "hello"}}


class Fly:
    """A simulator with one app, `APP`, and a client of one kind on the same clock."""

    def __init__(self, kind: Kind, **sim_options: Any) -> None:
        self.kind = kind
        self.clock = ManualClock()
        sim_options.setdefault("transition_seconds", STEP)
        self.sim = FlySimulator(clock=self.clock, seed=11, **sim_options)
        self.log = Recording(self.sim.transport())
        self.events: list[Event] = []
        self._clients: list[Client | AsyncClient] = []
        self.client = self.new_client(transport=self.log, on_event=self.events.append)

    def new_client(self, **options: Any) -> Client | AsyncClient:
        """Another client of this kind on this simulator and clock (retries exact)."""
        options.setdefault("token", TOKEN)
        options.setdefault("transport", self.sim.transport())
        client = retrying_client(self.kind, self.clock, **options)
        self._clients.append(client)
        return client

    async def close(self) -> None:
        for client in self._clients:
            if isinstance(client, AsyncClient):
                await client.aclose()
            else:
                client.close()

    # -- calls ----------------------------------------------------------------------------
    async def call(
        self, function: Callable[..., Any], /, *, client: Any = None, **kw: Any
    ) -> Result[Any]:
        return await run_result(client or self.client, function, **kw)

    async def ok(self, function: Callable[..., Any], /, **kw: Any) -> Any:
        """The value of a call that must succeed."""
        return ok_value(await self.call(function, **kw))

    async def err(self, function: Callable[..., Any], /, **kw: Any) -> FlyError:
        """The error of a call that must fail."""
        return failure(await self.call(function, **kw))

    async def on(self, function: Callable[..., Any], machine_id: str, /, **kw: Any) -> Result[Any]:
        """A call on one of APP's machines."""
        return await self.call(function, app_name=APP, machine_id=machine_id, **kw)

    # -- looking at a machine through the facade ------------------------------------------
    async def state(self, machine_id: str) -> str:
        machine = ok_value(await self.on(Machines.get, machine_id))
        return str(machine.state)

    async def states_after(self, machine_id: str, *steps: float) -> list[str]:
        """The machine's state now, then after each clock step in turn."""
        seen = [await self.state(machine_id)]
        for seconds in steps:
            self.clock.advance(seconds)
            seen.append(await self.state(machine_id))
        return seen

    async def history(self, machine_id: str) -> list[str]:
        """The machine's event statuses, newest first, as Machines.list_events gives them."""
        events = ok_value(await self.on(Machines.list_events, machine_id))
        return [str(event.status) for event in events]

    # -- machines in a given state --------------------------------------------------------
    async def created(self, **options: Any) -> str:
        """A new machine in APP (answered `created`); returns its id."""
        machine = await self.ok(Machines.create, app_name=APP, config=CONFIG, **options)
        assert machine.state == "created"
        return str(machine.id)

    async def started(self) -> str:
        machine_id = await self.created()
        self.clock.advance(2 * STEP)
        assert await self.state(machine_id) == "started"
        return machine_id

    async def stopped(self) -> str:
        machine_id = await self.started()
        ok_value(await self.on(Machines.stop, machine_id))
        self.clock.advance(STEP)
        assert await self.state(machine_id) == "stopped"
        return machine_id

    async def suspended(self) -> str:
        machine_id = await self.started()
        ok_value(await self.on(Machines.suspend, machine_id))
        self.clock.advance(STEP)
        assert await self.state(machine_id) == "suspended"
        return machine_id

    async def failed(self) -> str:
        machine_id = await self.started()
        self.sim.crash_machine(APP, machine_id)
        return machine_id

    async def in_state(self, name: str) -> str:
        """A machine in the named state, reached through the facade (`launching` is a
        machine still `created` but on its way to `started`; `created` is one made with
        skip_launch, which stays there)."""
        machine_id = await SETUPS[name](self)
        expected = "created" if name == "launching" else name
        assert await self.state(machine_id) == expected
        return machine_id


async def _after_action(fly: Fly, action: Callable[..., Any], **kw: Any) -> str:
    machine_id = await fly.started()
    ok_value(await fly.on(action, machine_id, **kw))
    return machine_id


async def _starting(fly: Fly) -> str:
    machine_id = await fly.created()
    fly.clock.advance(STEP)
    return machine_id


SETUPS: dict[str, Callable[[Fly], Awaitable[str]]] = {
    "created": lambda fly: fly.created(skip_launch=True),
    "launching": Fly.created,
    "starting": _starting,
    "started": Fly.started,
    "stopping": lambda fly: _after_action(fly, Machines.stop),
    "stopped": Fly.stopped,
    "restarting": lambda fly: _after_action(fly, Machines.restart),
    "replacing": lambda fly: _after_action(fly, Machines.update, config=CONFIG),
    "suspending": lambda fly: _after_action(fly, Machines.suspend),
    "suspended": Fly.suspended,
    "failed": Fly.failed,
}


@asynccontextmanager
async def open_fly(kind: Kind, **sim_options: Any) -> AsyncIterator[Fly]:
    """A `Fly` with APP created (through the facade), closed afterwards."""
    fly = Fly(kind, **sim_options)
    await fly.ok(Apps.create, app_name=APP, org_slug=ORG)
    try:
        yield fly
    finally:
        await fly.close()
