"""Fly's documented Machines API rate limits, as token buckets on the simulator's clock.

1 request per second per action per machine, bursts of 3; Get Machine 5 per second,
bursts of 10. "Action" is the operation; calls without a machine count per app.
"""

from __future__ import annotations

import math
import threading

from ..clock import Clock
from ._routes import Route

_GET_MACHINE = "Machines_show"


class RateLimiter:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[tuple[str, str], tuple[float, float]] = {}  # key: (tokens, at)

    def retry_after(self, route: Route, params: dict[str, str]) -> int | None:
        """Takes a token and returns None, or returns the whole seconds until one is free."""
        rate, burst = (5.0, 10.0) if route.operation_id == _GET_MACHINE else (1.0, 3.0)
        key = (route.operation_id, params.get("machine_id") or params.get("app_name") or "")
        now = self._clock.monotonic()
        with self._lock:
            tokens, at = self._buckets.get(key, (burst, now))
            tokens = min(burst, tokens + (now - at) * rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                return None
            self._buckets[key] = (tokens, now)
            return max(1, math.ceil((1.0 - tokens) / rate))
