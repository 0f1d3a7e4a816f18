from ..types import OpenStrEnum


class FlyUnhealthyPolicy(OpenStrEnum):
    UNHEALTHY_POLICY_STOP = "stop"
