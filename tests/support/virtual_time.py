"""asyncio in virtual time: an event loop whose clock jumps to its next timer instead of
sleeping, and a fly_machines `Clock` that is that loop's time.

Many tasks then run as they would on a real loop (each sleeps its own time, concurrently)
while the test takes no real time: unlike a `ManualClock`, whose every sleep moves time
for everyone, sleeps here overlap. The client and the simulator share the clock.
"""

from __future__ import annotations

import asyncio
import selectors
from collections.abc import Mapping
from typing import Any

WALL_START = 1_700_000_000.0  # the wall time at which the loop's time starts


class JumpingSelector(selectors.BaseSelector):
    """A selector that, when the loop would sleep until its next timer, jumps the loop's
    virtual time there instead (and never waits in real time while a timer is due)."""

    def __init__(self, loop: VirtualTimeLoop) -> None:
        self._loop = loop
        self._inner = selectors.DefaultSelector()

    def register(self, fileobj: Any, events: int, data: Any = None) -> selectors.SelectorKey:
        return self._inner.register(fileobj, events, data)

    def unregister(self, fileobj: Any) -> selectors.SelectorKey:
        return self._inner.unregister(fileobj)

    def modify(self, fileobj: Any, events: int, data: Any = None) -> selectors.SelectorKey:
        return self._inner.modify(fileobj, events, data)

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        ready = self._inner.select(0)
        if ready or (timeout is not None and timeout <= 0):
            return ready
        if timeout is None:  # no timer at all: only another thread can wake the loop
            return self._inner.select(None)
        self._loop.jump(timeout)
        return []

    def get_map(self) -> Mapping[Any, selectors.SelectorKey]:
        return self._inner.get_map()

    def close(self) -> None:
        self._inner.close()


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    def __init__(self) -> None:
        self._now = 0.0
        super().__init__(JumpingSelector(self))

    def time(self) -> float:
        return self._now

    def jump(self, seconds: float) -> None:
        self._now += seconds


class LoopTime:
    """A clock that is the virtual loop's time. The simulator takes it for a real clock: a
    wait suspends its coroutine until the machine changes or the wait's time is up, so
    the loop's time moves only when every task waits, and waits of many tasks overlap."""

    def __init__(self, loop: VirtualTimeLoop) -> None:
        self._loop = loop

    def time(self) -> float:
        return WALL_START + self._loop.time()

    def monotonic(self) -> float:
        return self._loop.time()

    def sleep(self, seconds: float) -> None:
        raise AssertionError("nothing may block the event loop")

    async def async_sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(seconds, 0.0))


class LoopClock(LoopTime):
    """The loop's time as a clock the simulator takes for a virtual one: it handles every
    request on the loop at once, and a wait that cannot be answered yet jumps the time to
    the machine's next step (holding every other task meanwhile)."""

    def advance(self, seconds: float) -> None:
        # Having advance() makes the simulator treat the clock as virtual: it handles
        # requests on the loop instead of in a worker thread.
        self._loop.jump(seconds)
