from ..types import OpenStrEnum


class FlyMachineCheckKind(OpenStrEnum):
    INFORMATIONAL = "informational"
    READINESS = "readiness"
