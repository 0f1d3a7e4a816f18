"""Client-side rate limiting with Fly's documented Machines API limits.

Fly allows 1 request per second per action per machine, with bursts of 3, and 5 per
second with bursts of 10 for getting a machine (PROVENANCE item 9); above that it
answers 429. With `rate_limit=True` a client waits its turn instead, so a fleet
operation (restart 50 machines, poll many) never collects 429s. Calls that name no
machine (list, create) are held to the same limit per app, as the simulator enforces
them; Fly documents no separate figure for those.

The client's buckets hold one token less than Fly's (2 for most actions, 9 for getting a
machine). The API counts a request when it arrives, which is some unknown time after the
client let it go: a connection pool, a busy event loop or the network can hold one request
back for seconds and let the next one through at once. A bucket timed exactly like the
API's turns any such delay into a 429. The token kept back covers it: when one caller
makes a bucket's requests one after another (one task or thread per machine), a request's
answer has come back before the next one is sent, so it arrived before then, and one token
of slack is exactly what that uncertainty costs; no delay, however long, makes a 429. When
several callers share a bucket, it covers delays of up to one token's time (1 s; 0.2 s for
getting a machine). The price is one request less in the first burst: five restarts of a
machine take 3 s instead of 2.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Hashable
from typing import TYPE_CHECKING

from .clock import Clock

if TYPE_CHECKING:
    from ._engine import OperationInfo

__all__ = ["RateLimiter"]

# Fly's limits: requests per second and burst, per operation (others: _DEFAULT).
_DEFAULT = (1.0, 3)
_PER_OPERATION = {"Machines_show": (5.0, 10)}
_PRUNE_AT = 10_000
# Refill arithmetic in floats can leave a bucket a hair short of the token a caller was
# told to wait for; that is rounding, not a missing token (and treating it as one could
# have a caller on a ManualClock ask for waits too small to move the clock).
_EPSILON = 1e-9
# A waiter that has not come back this long after it was due is taken to be gone (its task
# cancelled, its thread dead), so it stops holding a place in the queue.
_GRACE = 1.0


class _Bucket:
    # A plain class: a dataclass with slots costs a millisecond to define at import.
    __slots__ = ("capacity", "last", "rate", "tokens", "waiters")

    def __init__(self, rate: float, capacity: float, tokens: float, last: float) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = tokens
        self.last = last
        # Callers told to wait, first come first: waiter -> when it was told to come back.
        self.waiters: dict[Hashable, float] = {}


class RateLimiter:
    """Token buckets keyed by (operation, machine), on the client's clock.

    `limits` overrides the API's limits per operation name (`machines_restart`):
    (requests per second, burst). The client's bucket keeps one token of the burst back
    (see the module's docs), so a burst of 1 leaves it nothing to keep back.

    `reserve` takes a token when one is free now and returns 0.0, so a request is timed by
    when it is sent; otherwise it takes nothing and returns how long to wait before asking
    again. Callers that must wait queue per bucket, first come first served: a later caller
    cannot take a token owed to one already waiting, and each waiter is told a different
    time (when its own token will be there), so they do not all wake together and race for
    one token. A waiter that comes back when told goes after at most as many tokens as
    there were waiters ahead of it; one that is not back a second after its turn is taken
    to be gone (a cancelled task) and loses its place. Thread-safe.
    """

    def __init__(self, clock: Clock, limits: dict[str, tuple[float, int]] | None = None) -> None:
        self._clock = clock
        self._limits = {**_PER_OPERATION, **(limits or {})}
        for name, (rate, burst) in self._limits.items():
            if not rate > 0 or burst < 1:
                raise ValueError(f"limits[{name!r}] needs a rate > 0 and a burst >= 1")
        self._buckets: dict[tuple[str, str], _Bucket] = {}
        self._prune_at = _PRUNE_AT
        self._lock = threading.Lock()

    def reserve(
        self,
        info: OperationInfo,
        machine_id: str | None,
        app_name: str | None,
        waiter: Hashable | None = None,
    ) -> float:
        """0.0 with a token taken, or the seconds to wait before asking again.

        `waiter` identifies the caller across its calls; by default the current asyncio
        task, or the current thread outside one.
        """
        scope = machine_id if machine_id is not None else f"app:{app_name}"
        key = (info.name, scope)
        with self._lock:
            now = self._clock.monotonic()
            bucket = self._buckets.get(key)
            if bucket is None:
                if len(self._buckets) >= self._prune_at:
                    self._prune(now)  # before adding: a new bucket is full, and must stay
                rate, burst = self._limits.get(info.name, _DEFAULT)
                capacity = float(max(1, burst - 1))
                bucket = self._buckets[key] = _Bucket(rate, capacity, capacity, now)
            else:
                _refill(bucket, now)
            if not bucket.waiters and bucket.tokens >= 1.0 - _EPSILON:
                bucket.tokens -= 1.0
                return 0.0
            if waiter is None:
                waiter = _current_waiter()
            ahead = _place(bucket, waiter, now)
            # Tokens are owed to the waiters ahead first; what is left over is free.
            if bucket.tokens - ahead >= 1.0 - _EPSILON:
                bucket.tokens -= 1.0
                bucket.waiters.pop(waiter, None)
                return 0.0
            wait = (ahead + 1.0 - bucket.tokens) / bucket.rate
            bucket.waiters[waiter] = now + wait  # a new waiter joins at the end
            return wait

    def _prune(self, now: float) -> None:
        # A bucket that is full again, with nobody waiting, is the same as no bucket.
        for key, bucket in list(self._buckets.items()):
            if not bucket.waiters:
                _refill(bucket, now)
                if bucket.tokens >= bucket.capacity:
                    del self._buckets[key]
        # With many buckets still in use, the next look waits until there are twice as
        # many, so adding buckets stays cheap.
        self._prune_at = max(_PRUNE_AT, 2 * len(self._buckets))


def _refill(bucket: _Bucket, now: float) -> None:
    # max(): a clock read that went backwards (it cannot on one monotonic clock) must not
    # take tokens away.
    elapsed = max(0.0, now - bucket.last)
    bucket.tokens = min(bucket.capacity, bucket.tokens + elapsed * bucket.rate)
    bucket.last = max(bucket.last, now)


def _place(bucket: _Bucket, waiter: Hashable, now: float) -> int:
    """How many waiters are ahead of `waiter` (all of them if it is not waiting yet), after
    forgetting those that never came back."""
    gone = [w for w, due in bucket.waiters.items() if now > due + _GRACE and w != waiter]
    for w in gone:
        del bucket.waiters[w]
    ahead = 0
    for w in bucket.waiters:
        if w == waiter:
            return ahead
        ahead += 1
    return ahead


def _current_waiter() -> Hashable:
    # One flow runs at a time in a task, or in a thread outside an event loop, so either
    # identifies a caller from one call to the next.
    # Without asyncio imported no task can be running (and a sync program need not import it).
    asyncio = sys.modules.get("asyncio")
    try:
        task = None if asyncio is None else asyncio.current_task()
    except RuntimeError:  # no event loop running in this thread
        task = None
    return (threading.get_ident(), None if task is None else id(task))
