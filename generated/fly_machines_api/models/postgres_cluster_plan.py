from ..types import OpenStrEnum


class PostgresClusterPlan(OpenStrEnum):
    BASIC = "basic"
    LAUNCH = "launch"
    PERFORMANCE = "Performance"
    SCALE = "scale"
    STARTER = "starter"
