from ..types import OpenStrEnum


class VolumeType(OpenStrEnum):
    CACHE = "cache"
    LOCAL = "local"
