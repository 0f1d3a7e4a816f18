from ..types import OpenStrEnum


class FlyMachineGuestPersistRootfs(OpenStrEnum):
    ALWAYS = "always"
    NEVER = "never"
    RESTART = "restart"
