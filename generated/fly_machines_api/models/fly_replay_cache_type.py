from ..types import OpenStrEnum


class FlyReplayCacheType(OpenStrEnum):
    COOKIE = "cookie"
    HEADER = "header"
