from ..types import OpenStrEnum


class CertificateEntrySource(OpenStrEnum):
    CUSTOM = "custom"
    FLY = "fly"
