"""`LeaseHold`: what a client handed out by a lease block knows of its lease.

The lease block and its client share one `LeaseHold`, so when the block learns that the
lease was lost or replaced (a refresh failed past the TTL, or the API answered with a
different nonce), every later call through `lease.client` to that machine is refused
with that error instead of being sent without mutual exclusion.

Reading `lost` first runs the block's `check`, so a lease whose TTL ran out without a
successful refresh is found lost by the very call that would have been sent too late,
not only when the background refresher next wakes up.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable

from .errors import FlyError

__all__ = ["LeaseHold", "held_here"]

# Every hold made in this process and not yet collected: a lease conflict on a machine
# one of them holds is this process's own block, called without its client.
_HOLDS: weakref.WeakSet[LeaseHold] = weakref.WeakSet()
_HOLDS_LOCK = threading.Lock()


def held_here(app_name: object, machine_id: object) -> bool:
    """True while a lease block of this process holds the machine's lease."""
    with _HOLDS_LOCK:
        holds = list(_HOLDS)
    return any(h.unlost and h.covers(app_name, machine_id) for h in holds)


class LeaseHold:
    __slots__ = ("__weakref__", "_check", "_lost", "app_name", "machine_id", "nonce")

    def __init__(
        self,
        app_name: str,
        machine_id: str,
        nonce: str,
        lost: FlyError | None = None,
        *,
        check: Callable[[], None] | None = None,
    ) -> None:
        self.app_name = app_name
        self.machine_id = machine_id
        self.nonce = nonce
        self._lost = lost
        # Called before `lost` is read while it is unset: may set it (see the docstring).
        self._check = check
        with _HOLDS_LOCK:
            _HOLDS.add(self)

    @property
    def lost(self) -> FlyError | None:
        """Set when mutual exclusion may have been broken (or the block is over); calls to
        the machine through the lease client then fail with it and send nothing."""
        if self._lost is None and self._check is not None:
            self._check()
        return self._lost

    @lost.setter
    def lost(self, error: FlyError | None) -> None:
        self._lost = error

    @property
    def unlost(self) -> bool:
        """No loss known yet; unlike `lost`, it does not run the block's TTL check."""
        return self._lost is None

    def covers(self, app_name: object, machine_id: object) -> bool:
        return app_name == self.app_name and machine_id == self.machine_id

    def __repr__(self) -> str:
        # Never the nonce: it is what lets a call through the lease.
        lost = "" if self._lost is None else f", lost={self._lost.code!r}"
        return f"LeaseHold(app_name={self.app_name!r}, machine_id={self.machine_id!r}{lost})"
