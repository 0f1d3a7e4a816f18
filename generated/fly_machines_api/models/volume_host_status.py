from ..types import OpenStrEnum


class VolumeHostStatus(OpenStrEnum):
    OK = "ok"
    UNKNOWN = "unknown"
    UNREACHABLE = "unreachable"
