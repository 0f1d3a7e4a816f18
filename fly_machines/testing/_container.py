"""The container every resource shares: the apps, the clock, ids and the one lock.

It knows no resource's rules; those are the `Resource` classes in `resources/`, which
`resources.Backend` puts together on top of it.
"""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from ..clock import Clock
from ._http import Call, Handlers, Reply
from ._primitives import IdFactory, Moment, error, not_found

if TYPE_CHECKING:
    from .resources.apps import App
    from .resources.lifecycle import Machine


PartT = TypeVar("PartT")
AsyncHandler = Callable[[Call], Awaitable[Reply]]
AsyncHandlers = Mapping[str, AsyncHandler]

# How many events a machine keeps (see the package docstring): the /events list answers
# at most 50, so older ones could never be read.
EVENTS_KEPT = 50
# How long a destroyed machine stays readable (include_deleted) on the simulator's clock.
DESTROYED_RETENTION = 120.0


class _Paused:
    """One wait paused on an event loop: what it watches, as it was when it paused."""

    def __init__(
        self, future: asyncio.Future[None], watch: Callable[[], object] | None, interrupts: int
    ) -> None:
        self.future = future
        self.watch = watch
        self.seen = watch() if watch is not None else None
        self.interrupts = interrupts


class _Wakeup:
    """The waits paused on one asyncio event loop. After a change, one thread-safe call
    runs `fire` on the loop, which wakes only the waits whose watched value changed (or
    all, on an interrupt), so 500 waits on other machines cost a change little."""

    def __init__(self, loop: asyncio.AbstractEventLoop, changes: _Changes) -> None:
        self.loop = loop
        self.changes = changes
        self.paused: set[_Paused] = set()
        self.scheduled = False

    def fire(self) -> None:  # on the loop
        self.scheduled = False
        with self.changes:
            for paused in list(self.paused):
                if (
                    paused.interrupts != self.changes.interrupts
                    or paused.watch is None
                    or paused.watch() != paused.seen
                ):
                    self.paused.discard(paused)
                    if not paused.future.done():
                        paused.future.set_result(None)


class _Changes(threading.Condition):
    """The one lock, whose `notify_all` (every change) also wakes the waits paused on an
    event loop, without blocking: one `call_soon_threadsafe` per loop."""

    def __init__(self) -> None:
        super().__init__(threading.RLock())
        self.wakeups: dict[asyncio.AbstractEventLoop, _Wakeup] = {}
        self.interrupts = 0  # how many times every paused wait was told to end (503)

    def notify_all(self) -> None:
        super().notify_all()
        for wakeup in self.wakeups.values():
            if wakeup.paused and not wakeup.scheduled:
                # Marked before the call: `fire` may start on the loop before this returns,
                # and what it clears must not be set again after it.
                wakeup.scheduled = True
                try:
                    wakeup.loop.call_soon_threadsafe(wakeup.fire)
                except RuntimeError:  # that loop is closed: nothing waits on it any more
                    wakeup.scheduled = False


class Container:
    def __init__(
        self,
        clock: Clock,
        ids: IdFactory,
        transition_seconds: float,
        owner: str = "simulator@fly-machines.invalid",
        default_region: str = "ord",
    ) -> None:
        self.clock = clock
        self.ids = ids
        self.step = transition_seconds
        self.owner = owner
        self.default_region = default_region
        # A clock that can be advanced (ManualClock) is virtual: waits jump it instead of
        # blocking, so a test of a long wait takes no real time.
        advance = getattr(clock, "advance", None)
        self._advance: Callable[[float], None] | None = advance if callable(advance) else None
        self.virtual = self._advance is not None
        self._wall_offset = clock.time() - clock.monotonic()
        self._condition = _Changes()
        self._blocked_waits = 0
        self.apps: dict[str, App] = {}
        self.destroyed_retention = DESTROYED_RETENTION
        # Pruning destroyed machines: those destroyed over HTTP, oldest first, and a full
        # sweep now and then for the rest (auto-destroyed, or destroyed directly).
        self._doomed: deque[tuple[str, str]] = deque()
        self._calls_to_sweep = 0
        self._parts: dict[type[Any], Any] = {}

    def organizations(self) -> set[str]:
        """The organizations the simulator knows: `personal` (every token's own) and each
        one something belongs to: an app, or what a `part` holds for one (a part says so
        with an `organizations()` method, as the Postgres clusters do). Listing or
        creating in any other answers 404 "Organization not found"."""
        known = {"personal", *(app.org_slug for app in self.apps.values())}
        for state in self._parts.values():
            owners = getattr(state, "organizations", None)
            if callable(owners):
                known |= set(owners())
        return known

    def part(self, kind: type[PartT]) -> PartT:
        """The state of a resource that belongs to no one app (an organization's Postgres
        clusters, the addresses handed out so far), made empty on first use (`kind()`);
        `App.part` is the same for the state kept per app."""
        if kind not in self._parts:
            self._parts[kind] = kind()
        return cast(PartT, self._parts[kind])

    @property
    def condition(self) -> threading.Condition:
        return self._condition

    def now(self) -> Moment:
        mono = self.clock.monotonic()
        return Moment(mono, mono + self._wall_offset)

    # -- lookups (for callers that hold the lock) ---------------------------------------------
    def app(self, name: str) -> App:
        app = self.apps.get(name)
        if app is None:
            raise not_found(f"app {name!r} not found")
        return app

    def machine(self, app_name: str, machine_id: str) -> Machine:
        """The machine, settled to the clock's current time."""
        machine = self.app(app_name).machines.get(machine_id)
        if machine is None:
            raise not_found(f"machine {machine_id!r} not found in app {app_name!r}")
        machine.settle(self.now(), self.ids)
        if len(machine.events) > EVENTS_KEPT:
            del machine.events[:-EVENTS_KEPT]
        return machine

    # -- letting time pass while holding the lock ---------------------------------------------
    def pass_time(self, seconds: float) -> None:
        """For a caller that holds the lock and waits for a change: lets `seconds` pass. A
        virtual clock jumps ahead; on the real clock the lock is released until then or
        until any change wakes it (503 if the simulator is shutting down meanwhile)."""
        if self._advance is not None:
            self._advance(max(seconds, 0.0))
            return
        interrupts = self._condition.interrupts
        self._blocked_waits += 1
        try:
            self.condition.wait(timeout=max(seconds, 0.001))
        finally:
            self._blocked_waits -= 1
        if self._condition.interrupts != interrupts:
            raise error(503, "the simulator is shutting down")

    async def pass_time_async(
        self, seconds: float, watch: Callable[[], object] | None = None
    ) -> None:
        """`pass_time` for a caller on an asyncio event loop that holds the lock (once, as
        `with condition:` does): the same on a virtual clock; on the real one the lock is
        released and the coroutine (not a thread) is suspended until then, or until a
        change makes `watch()` (called under the lock) differ from what it was when the
        pause began; without `watch`, until any change."""
        if self._advance is not None:
            self._advance(max(seconds, 0.0))
            return
        loop = asyncio.get_running_loop()
        wakeup = self._condition.wakeups.get(loop)
        if wakeup is None:
            wakeup = self._condition.wakeups[loop] = _Wakeup(loop, self._condition)
        # Registered under the lock: no change after this goes unnoticed.
        paused = _Paused(loop.create_future(), watch, self._condition.interrupts)
        wakeup.paused.add(paused)
        self._blocked_waits += 1
        self._condition.release()
        try:
            await asyncio.wait_for(paused.future, timeout=max(seconds, 0.001))
        except asyncio.TimeoutError:
            pass
        finally:
            self._condition.acquire()
            self._blocked_waits -= 1
            wakeup.paused.discard(paused)
            if not wakeup.paused and self._condition.wakeups.get(loop) is wakeup:
                del self._condition.wakeups[loop]
        if self._condition.interrupts != paused.interrupts:
            raise error(503, "the simulator is shutting down")

    @property
    def blocked_waits(self) -> int:
        """How many waits are paused on the real clock right now, blocked threads and
        suspended coroutines alike (for tests to sync on)."""
        with self.condition:
            return self._blocked_waits

    def interrupt_waits(self) -> None:
        """Ends every paused `wait` with a 503 (used when a server shuts down)."""
        with self.condition:
            self._condition.interrupts += 1
            self.condition.notify_all()

    # -- pruning -------------------------------------------------------------------------------
    def note_destroy(self, app_name: str, machine_id: str) -> None:
        """A machine was destroyed over HTTP: prune it once its retention has passed."""
        with self.condition:
            self._doomed.append((app_name, machine_id))

    def prune(self) -> None:
        """Forget what the simulator no longer needs to keep: each destroyed machine
        `destroyed_retention` seconds (of the simulator's clock) after its destruction.
        Cheap enough to call on every request: machines destroyed over HTTP are checked
        oldest first, and a full sweep (for the others) comes once every as many calls as
        there are machines."""
        with self.condition:
            now = self.now()
            while self._doomed:
                app_name, machine_id = self._doomed[0]
                app = self.apps.get(app_name)
                machine = app.machines.get(machine_id) if app is not None else None
                if machine is None:
                    self._doomed.popleft()
                    continue
                machine.settle(now, self.ids)
                if not self._expired(machine, now):
                    break
                self._doomed.popleft()
                del app.machines[machine_id]  # type: ignore[union-attr]
            self._calls_to_sweep -= 1
            if self._calls_to_sweep <= 0:
                self._sweep(now)

    def _sweep(self, now: Moment) -> None:
        count = 0
        for app in self.apps.values():
            for machine_id, machine in list(app.machines.items()):
                machine.settle(now, self.ids)
                if self._expired(machine, now):
                    del app.machines[machine_id]
                else:
                    count += 1
                    if len(machine.events) > EVENTS_KEPT:
                        del machine.events[:-EVENTS_KEPT]
        self._calls_to_sweep = max(64, count)

    def _expired(self, machine: Machine, now: Moment) -> bool:
        if machine.state != "destroyed" or machine.steps:
            return False
        destroyed = (machine.updated or machine.created).mono
        return now.mono - destroyed >= self.destroyed_retention


class Resource(Container):
    """One resource of the simulator, as a base class of `resources.Backend`: its direct
    access methods (or the part that holds them) and, in `handlers`, its HTTP handlers by
    operation id; in `async_handlers`, those that may pause (a `wait`) and have a
    coroutine for an asyncio server, which suspends instead of blocking a thread."""

    handlers: ClassVar[Handlers] = {}
    async_handlers: ClassVar[AsyncHandlers] = {}
    # What its operations answer a body that is JSON but does not fit the spec's schema (a
    # field of the wrong type, missing or outside its enum): the Machines API's 400.
    misfit_status: ClassVar[int] = 400


class Part:
    """The rules of a resource that `sim.backend` shows under a name of its own
    (`backend.leases`, ...): they work on the container's state, under its lock."""

    def __init__(self, backend: Container) -> None:
        self._backend = backend

    @property
    def condition(self) -> threading.Condition:
        return self._backend.condition
