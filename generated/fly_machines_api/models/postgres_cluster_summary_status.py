from ..types import OpenStrEnum


class PostgresClusterSummaryStatus(OpenStrEnum):
    CREATING = "creating"
    DELETED = "deleted"
    DELETING = "deleting"
    FAILED = "failed"
    INITIALIZING = "initializing"
    READY = "ready"
