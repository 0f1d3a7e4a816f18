from ..types import OpenStrEnum


class FlyContainerDependencyCondition(OpenStrEnum):
    EXITED_SUCCESSFULLY = "exited_successfully"
    HEALTHY = "healthy"
    STARTED = "started"
