from ..types import OpenStrEnum


class MachineHostStatus(OpenStrEnum):
    OK = "ok"
    UNKNOWN = "unknown"
    UNREACHABLE = "unreachable"
