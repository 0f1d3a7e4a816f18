from ..types import OpenStrEnum


class OrgVolumeType(OpenStrEnum):
    CACHE = "cache"
    LOCAL = "local"
