"""Fly's documented Machines API rate limits, as token buckets on the simulator's clock.

1 request per second per action per machine, bursts of 3; Get Machine 5 per second,
bursts of 10. "Action" is the operation; calls without a machine count per app. A bucket
starts full, a refused request takes nothing, and a request is counted when the simulator
handles it (its arrival), never earlier.
"""

from __future__ import annotations

import math
import threading

from ..clock import Clock
from ._routes import Route

_GET_MACHINE = "Machines_show"
_PRUNE_AT = 10_000
# Float rounding in the refill must not refuse a request that arrives exactly when its
# token is due: the simulator may be a microsecond generous, never a hair stricter than Fly.
_EPSILON = 1e-6


class RateLimiter:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[tuple[str, str], tuple[float, float]] = {}  # key: (tokens, at)

    def retry_after(self, route: Route, params: dict[str, str]) -> int | None:
        """Takes a token and returns None, or returns the whole seconds until one is free."""
        rate, burst = _limits(route.operation_id)
        key = (route.operation_id, params.get("machine_id") or params.get("app_name") or "")
        with self._lock:
            # Read the clock under the lock: a time read before it could be older than the
            # one the last request stored, and refill a negative amount.
            now = self._clock.monotonic()
            tokens, at = self._buckets.get(key, (burst, now))
            tokens = min(burst, tokens + max(0.0, now - at) * rate)
            at = max(at, now)
            if tokens >= 1.0 - _EPSILON:
                self._buckets[key] = (max(0.0, tokens - 1.0), at)
                if len(self._buckets) > _PRUNE_AT:
                    self._prune(now)
                return None
            self._buckets[key] = (tokens, at)
            # Retry-After is whole seconds: round up, so a client that waits that long finds
            # a token (a 5/s bucket is never more than 0.2 s short, but 0 would say "now").
            return max(1, math.ceil((1.0 - tokens) / rate))

    def _prune(self, now: float) -> None:
        # Full buckets carry no information; without this a long-running server keeps one
        # per (action, machine) it ever saw.
        self._buckets = {
            key: (tokens, at)
            for key, (tokens, at) in self._buckets.items()
            if _full_at(key[0], tokens, at) > now
        }


def _limits(operation_id: str) -> tuple[float, float]:
    return (5.0, 10.0) if operation_id == _GET_MACHINE else (1.0, 3.0)


def _full_at(operation_id: str, tokens: float, at: float) -> float:
    rate, burst = _limits(operation_id)
    return at + (burst - tokens) / rate
