from ..types import OpenStrEnum


class FlyContainerHealthcheckScheme(OpenStrEnum):
    HTTP = "http"
    HTTPS = "https"
