from ..types import OpenStrEnum


class CreatePostgresClusterRequestPlan(OpenStrEnum):
    BASIC = "basic"
    LAUNCH = "launch"
    PERFORMANCE = "Performance"
    SCALE = "scale"
    STARTER = "starter"
