from ..types import OpenStrEnum


class PostgresClusterSummaryPlan(OpenStrEnum):
    BASIC = "basic"
    LAUNCH = "launch"
    PERFORMANCE = "Performance"
    SCALE = "scale"
    STARTER = "starter"
