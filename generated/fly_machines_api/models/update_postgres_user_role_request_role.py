from ..types import OpenStrEnum


class UpdatePostgresUserRoleRequestRole(OpenStrEnum):
    READER = "reader"
    SCHEMA_ADMIN = "schema_admin"
    WRITER = "writer"
