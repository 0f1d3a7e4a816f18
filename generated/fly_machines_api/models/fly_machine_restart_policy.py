from ..types import OpenStrEnum


class FlyMachineRestartPolicy(OpenStrEnum):
    ALWAYS = "always"
    NO = "no"
    ON_FAILURE = "on-failure"
