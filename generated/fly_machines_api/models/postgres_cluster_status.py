from ..types import OpenStrEnum


class PostgresClusterStatus(OpenStrEnum):
    CREATING = "creating"
    DELETED = "deleted"
    DELETING = "deleting"
    FAILED = "failed"
    INITIALIZING = "initializing"
    READY = "ready"
