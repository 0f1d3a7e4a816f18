"""The container every resource shares: the apps, the clock, ids and the one lock.

It knows no resource's rules; those are the `Resource` classes in `resources/`, which
`resources.Backend` puts together on top of it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from ..clock import Clock
from ._http import Handlers
from ._primitives import IdFactory, Moment, error, not_found

if TYPE_CHECKING:
    from .resources.apps import App
    from .resources.lifecycle import Machine


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
        self._condition = threading.Condition(threading.RLock())
        self._interrupts = 0
        self._blocked_waits = 0
        self.apps: dict[str, App] = {}

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
        return machine

    # -- letting time pass while holding the lock ---------------------------------------------
    def pass_time(self, seconds: float) -> None:
        """For a caller that holds the lock and waits for a change: lets `seconds` pass. A
        virtual clock jumps ahead; on the real clock the lock is released until then or
        until any change wakes it (503 if the simulator is shutting down meanwhile)."""
        if self._advance is not None:
            self._advance(max(seconds, 0.0))
            return
        interrupts = self._interrupts
        self._blocked_waits += 1
        try:
            self.condition.wait(timeout=max(seconds, 0.001))
        finally:
            self._blocked_waits -= 1
        if self._interrupts != interrupts:
            raise error(503, "the simulator is shutting down")

    @property
    def blocked_waits(self) -> int:
        """How many waits are blocked on the real clock right now (for tests to sync on)."""
        with self.condition:
            return self._blocked_waits

    def interrupt_waits(self) -> None:
        """Ends every blocked `wait` with a 503 (used when a server shuts down)."""
        with self.condition:
            self._interrupts += 1
            self.condition.notify_all()


class Resource(Container):
    """One resource of the simulator, as a base class of `resources.Backend`: its direct
    access methods (or the part that holds them) and, in `handlers`, its HTTP handlers by
    operation id."""

    handlers: ClassVar[Handlers] = {}


class Part:
    """The rules of a resource that `sim.backend` shows under a name of its own
    (`backend.leases`, ...): they work on the container's state, under its lock."""

    def __init__(self, backend: Container) -> None:
        self._backend = backend

    @property
    def condition(self) -> threading.Condition:
        return self._backend.condition
