from ..types import OpenStrEnum


class CertificateEntryStatus(OpenStrEnum):
    ACTIVE = "active"
    PENDING_OWNERSHIP = "pending_ownership"
    PENDING_VALIDATION = "pending_validation"
