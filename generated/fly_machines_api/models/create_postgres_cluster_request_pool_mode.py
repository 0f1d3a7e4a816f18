from ..types import OpenStrEnum


class CreatePostgresClusterRequestPoolMode(OpenStrEnum):
    SESSION = "session"
    TRANSACTION = "transaction"
