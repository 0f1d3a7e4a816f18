from ..types import OpenStrEnum


class OrgVolumeHostStatus(OpenStrEnum):
    OK = "ok"
    UNKNOWN = "unknown"
    UNREACHABLE = "unreachable"
