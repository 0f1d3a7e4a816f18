from ..types import OpenStrEnum


class CreatePostgresBackupRequestType(OpenStrEnum):
    DIFF = "diff"
    FULL = "full"
    INCR = "incr"
