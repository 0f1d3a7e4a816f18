from ..types import OpenStrEnum


class PostgresClusterCpuKind(OpenStrEnum):
    PERFORMANCE = "performance"
    SHARED = "shared"
