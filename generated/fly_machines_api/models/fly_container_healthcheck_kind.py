from ..types import OpenStrEnum


class FlyContainerHealthcheckKind(OpenStrEnum):
    LIVENESS = "liveness"
    READINESS = "readiness"
