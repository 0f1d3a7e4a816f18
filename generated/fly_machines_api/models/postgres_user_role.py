from ..types import OpenStrEnum


class PostgresUserRole(OpenStrEnum):
    READER = "reader"
    SCHEMA_ADMIN = "schema_admin"
    WRITER = "writer"
