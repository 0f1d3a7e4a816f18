from ..types import OpenStrEnum


class MainStatusCode(OpenStrEnum):
    CAPACITY_ERR = "insufficient_capacity"
    NAME_TAKEN_ERR = "name_taken"
    UNKNOWN = "unknown"
    VOLUME_PLACEMENT_CAPACITY_ERR = "volume_placement_capacity"
