from ..types import OpenStrEnum


class CreatePostgresClusterRequestPgMajorVersion(OpenStrEnum):
    VALUE_0 = "16"
    VALUE_1 = "17"
