"""Client-side rate limiting with Fly's documented Machines API limits.

Fly allows 1 request per second per action per machine, with bursts of 3, and 5 per
second with bursts of 10 for getting a machine (PROVENANCE item 9); above that it
answers 429. With `rate_limit=True` a client waits its turn instead, so a fleet
operation (restart 50 machines, poll many) never collects 429s. Calls that name no
machine (list, create) are held to the same limit per app, as the simulator enforces
them; Fly documents no separate figure for those.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from .clock import Clock

if TYPE_CHECKING:
    from ._engine import OperationInfo

__all__ = ["RateLimiter"]

_DEFAULT = (1.0, 3)  # per second, burst
_PER_OPERATION = {"machines_show": (5.0, 10)}
_PRUNE_AT = 10_000
# Arrive a little after the token is due, never exactly on time: float rounding, or an
# API clock a hair behind ours, would turn an exact wait into a 429 (and a Retry-After
# of a whole second).
_MARGIN = 0.001


class RateLimiter:
    """Token buckets keyed by (operation, machine), on the client's clock.

    `reserve` takes a token now and says how long to wait before using it, so callers
    that arrive together are spaced out rather than all told to wait the same time.
    """

    def __init__(self, clock: Clock, limits: dict[str, tuple[float, int]] | None = None) -> None:
        self._clock = clock
        self._limits = {**_PER_OPERATION, **(limits or {})}
        self._buckets: dict[tuple[str, str], tuple[float, float]] = {}
        self._lock = threading.Lock()

    def reserve(self, info: OperationInfo, machine_id: str | None, app_name: str | None) -> float:
        scope = machine_id if machine_id is not None else f"app:{app_name}"
        rate, burst = self._limits.get(info.name, _DEFAULT)
        key = (info.name, scope)
        with self._lock:
            now = self._clock.monotonic()
            tokens, last = self._buckets.get(key, (float(burst), now))
            tokens = min(float(burst), tokens + (now - last) * rate)
            if tokens < 1.0:
                self._buckets[key] = (tokens, now)
                return (1.0 - tokens) / rate + _MARGIN
            self._buckets[key] = (tokens - 1.0, now)
            if len(self._buckets) > _PRUNE_AT:
                self._prune(now)
        return 0.0

    def _prune(self, now: float) -> None:
        # Buckets idle long enough to be full again carry no information.
        self._buckets = {
            key: (tokens, last)
            for key, (tokens, last) in self._buckets.items()
            if now - last < 10.0
        }
