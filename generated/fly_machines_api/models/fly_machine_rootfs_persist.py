from ..types import OpenStrEnum


class FlyMachineRootfsPersist(OpenStrEnum):
    ALWAYS = "always"
    NEVER = "never"
    RESTART = "restart"
