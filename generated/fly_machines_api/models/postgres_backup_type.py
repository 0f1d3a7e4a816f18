from ..types import OpenStrEnum


class PostgresBackupType(OpenStrEnum):
    DIFF = "diff"
    FULL = "full"
    INCR = "incr"
