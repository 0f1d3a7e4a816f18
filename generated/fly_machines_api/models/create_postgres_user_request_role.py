from ..types import OpenStrEnum


class CreatePostgresUserRequestRole(OpenStrEnum):
    READER = "reader"
    SCHEMA_ADMIN = "schema_admin"
    WRITER = "writer"
