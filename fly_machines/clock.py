"""Time as the client and the simulator see it, so tests can replace it.

Everything that waits or measures time (retry backoff, long waits, lease refresh,
rate limiting, the simulator's state transitions) asks a `Clock`. `SystemClock` is the
real one; `ManualClock` only moves when told to or when something sleeps on it, so a
test of a five-minute wait runs in microseconds and can assert every delay asked for.
"""

from __future__ import annotations

import math
import threading
import time
from typing import Protocol, runtime_checkable

__all__ = ["Clock", "ManualClock", "SystemClock"]


@runtime_checkable
class Clock(Protocol):
    def time(self) -> float:
        """Wall-clock seconds since the epoch (for timestamps such as lease expiry)."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary start that never go backwards (for deadlines)."""
        ...

    def sleep(self, seconds: float) -> None: ...

    async def async_sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The machine's own clock."""

    def time(self) -> float:
        return time.time()

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        if _duration(seconds) > 0:
            time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        import asyncio  # here: a program that never awaits need not import it

        # asyncio.sleep(nan) never returns: refuse it rather than hang.
        await asyncio.sleep(max(_duration(seconds), 0.0))

    def __repr__(self) -> str:
        return "SystemClock()"


class ManualClock:
    """A clock that advances only through `advance()` or by being slept on.

    Sleeping returns at once and moves the clock forward, and every sleep is recorded in
    `sleeps`, so tests can assert the exact delays a retry policy asked for.
    """

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self._start = start
        self._elapsed = 0.0
        self._lock = threading.Lock()
        self.sleeps: list[float] = []

    def time(self) -> float:
        with self._lock:
            return self._start + self._elapsed

    def monotonic(self) -> float:
        with self._lock:
            return self._elapsed

    def advance(self, seconds: float) -> None:
        if _duration(seconds) < 0:
            raise ValueError(f"a clock cannot go back: advance({seconds})")
        with self._lock:
            self._elapsed += seconds

    def sleep(self, seconds: float) -> None:
        _duration(seconds)
        with self._lock:
            self.sleeps.append(seconds)
            self._elapsed += max(seconds, 0.0)

    async def async_sleep(self, seconds: float) -> None:
        import asyncio

        self.sleep(seconds)
        # Still yield to the event loop, as a real sleep would.
        await asyncio.sleep(0)

    def __repr__(self) -> str:
        return f"ManualClock(elapsed={self.monotonic():.3f}s)"


def _duration(seconds: float) -> float:
    if not math.isfinite(seconds):
        raise ValueError(f"cannot sleep or advance a clock by {seconds!r} seconds")
    return seconds
