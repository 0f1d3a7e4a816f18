from ..types import OpenStrEnum


class PostgresClusterPgMajorVersion(OpenStrEnum):
    VALUE_0 = "16"
    VALUE_1 = "17"
