"""The one backoff: exponential delays that end at a deadline.

Every loop that waits before trying again (retries of one request, re-issued long waits,
waiting for someone else's lease, looking up a named create, `poll_until`) takes its
pauses from a `Backoff`: `initial` doubling up to `cap`, optionally jittered, each cut to
what is left before the deadline, and no more once the deadline has passed. Like
stamina's retry context, the schedule is a value the loop iterates, so the loops hold
only their own decision (is this worth another try?) and not the arithmetic of waiting.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator

from .clock import Clock

__all__ = ["Backoff", "exponential"]


def exponential(initial: float, cap: float, attempt: int) -> float:
    """The pause after attempt `attempt` (1, 2, ...): `initial` doubled each time, at most
    `cap`."""
    if attempt > 64:  # 2**64 x initial is past any cap; spare the float overflow
        return cap
    return min(cap, initial * 2.0 ** (attempt - 1))


class Backoff(Iterator[float]):
    """Pauses of `initial`, 2 x `initial`, ... up to `cap`, until `deadline` (on `clock`'s
    monotonic time). `next()` gives the next pause, already cut to the time left;
    iteration stops once no time is left."""

    def __init__(
        self,
        clock: Clock,
        *,
        initial: float,
        cap: float,
        deadline: float = math.inf,
        jitter: Callable[[float], float] | None = None,
    ) -> None:
        self._clock = clock
        self.initial = initial
        self.cap = cap
        self.deadline = deadline
        self._jitter = jitter
        self.pauses = 0

    def remaining(self) -> float:
        return self.deadline - self._clock.monotonic()

    def __next__(self) -> float:
        remaining = self.remaining()
        if remaining <= 0:
            raise StopIteration
        self.pauses += 1
        pause = exponential(self.initial, self.cap, self.pauses)
        if self._jitter is not None:
            pause = self._jitter(pause)
        return min(pause, remaining)

    def restart(self) -> None:
        """Begin again from `initial` (after a success that resets the schedule)."""
        self.pauses = 0
