"""`LeaseHold`: what a client handed out by a lease block knows of its lease.

The lease block and its client share one `LeaseHold`, so when the block learns that the
lease was lost or replaced (a refresh failed past the TTL, or the API answered with a
different nonce), every later call through `lease.client` to that machine is refused
with that error instead of being sent without mutual exclusion.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import FlyError

__all__ = ["LeaseHold"]


@dataclass
class LeaseHold:
    app_name: str
    machine_id: str
    nonce: str
    # Set when mutual exclusion may have been broken; calls to the machine then fail with it.
    lost: FlyError | None = None

    def covers(self, app_name: object, machine_id: object) -> bool:
        return app_name == self.app_name and machine_id == self.machine_id
