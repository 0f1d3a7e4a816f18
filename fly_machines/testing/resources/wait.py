"""Waiting for a machine to reach a state: answered as soon as it does, 408 at the deadline."""

from __future__ import annotations

from .._container import Resource
from .._http import Call, Reply
from .._primitives import JSON, bad_request, error
from .lifecycle import SETTLED, Machine

WAIT_STATES = ("started", "stopped", "suspended", "destroyed", "failed", "settled")


class WaitResource(Resource):
    def wait(
        self,
        app_name: str,
        machine_id: str,
        states: tuple[str, ...],
        timeout: float,
        version: str | None,
    ) -> JSON:
        """Answer as soon as the machine is in one of `states` (at `version`, if given), or
        408 at the deadline. Until then time passes to the machine's next step, or to the
        deadline: a virtual clock jumps there, the real one lets other calls in meanwhile
        (any change ends the pause early)."""
        with self.condition:
            deadline = self.now().mono + timeout
            while True:
                answer = self._wait_step(app_name, machine_id, states, version, deadline)
                if not isinstance(answer, float):
                    return answer
                self.pass_time(answer)

    async def wait_async(
        self,
        app_name: str,
        machine_id: str,
        states: tuple[str, ...],
        timeout: float,
        version: str | None,
    ) -> JSON:
        """`wait` for an asyncio server: the same answers, but on the real clock a pause
        suspends the coroutine instead of blocking a thread."""
        if self.virtual:  # never blocks: exactly the synchronous wait
            return self.wait(app_name, machine_id, states, timeout, version)
        with self.condition:
            deadline = self.now().mono + timeout
            while True:
                answer = self._wait_step(app_name, machine_id, states, version, deadline)
                if not isinstance(answer, float):
                    return answer
                await self.pass_time_async(answer, lambda: self._looks(app_name, machine_id))

    def _wait_step(
        self,
        app_name: str,
        machine_id: str,
        states: tuple[str, ...],
        version: str | None,
        deadline: float,
    ) -> JSON | float:
        """Under the lock: the answer if the machine is there, 408 past the deadline, or
        else how long to let time pass (to its next step, or to the deadline)."""
        machine = self.machine(app_name, machine_id)
        if _reached(machine, states, version):
            return {
                "ok": True,
                "state": machine.state,
                "event_id": machine.events[-1]["id"],
                "version": machine.version,
            }
        now = self.now()
        if now.mono >= deadline:
            raise error(
                408,
                f"deadline_exceeded: machine failed to reach desired state, "
                f"{','.join(states)}, currently {machine.state}",
            )
        due = machine.next_step_at()
        until = deadline if due is None else min(due.mono, deadline)
        return float(until - now.mono)

    def _looks(self, app_name: str, machine_id: str) -> object:
        """Under the lock: all a wait's answer or pause depends on, so that only a change
        of it wakes the wait (every change of state adds an event; an update changes the
        version; a new step or process exit moves the next step)."""
        app = self.apps.get(app_name)
        machine = app.machines.get(machine_id) if app is not None else None
        if machine is None:
            return None
        last_event = machine.events[-1]["id"] if machine.events else None
        return (id(machine), machine.state, machine.version, last_event, machine.next_step_at())


def _reached(machine: Machine, states: tuple[str, ...], version: str | None) -> bool:
    if version and version != machine.version:
        return False
    if "settled" in states and machine.state in SETTLED and not machine.steps:
        return True
    return machine.state in states


# -- HTTP ---------------------------------------------------------------------------------------
def _wait_arguments(c: Call) -> tuple[tuple[str, ...], int, str | None]:
    states = tuple(s for value in c.all("state") for s in value.split(",") if s) or ("started",)
    for state in states:
        if state not in WAIT_STATES:
            raise bad_request(f"invalid state {state!r}: expected one of {', '.join(WAIT_STATES)}")
    timeout = c.number("timeout", 60, 1, 60)
    version = c.query("version") or c.query("instance_id")
    return states, timeout, version


def _wait(c: Call) -> Reply:
    return 200, c.backend.wait(c.app, c.machine, *_wait_arguments(c))


async def _wait_async(c: Call) -> Reply:
    return 200, await c.backend.wait_async(c.app, c.machine, *_wait_arguments(c))


WaitResource.handlers = {"Machines_wait": _wait}
WaitResource.async_handlers = {"Machines_wait": _wait_async}
