from ..types import OpenStrEnum


class MachinesWaitStateItem(OpenStrEnum):
    DESTROYED = "destroyed"
    FAILED = "failed"
    SETTLED = "settled"
    STARTED = "started"
    STOPPED = "stopped"
    SUSPENDED = "suspended"
