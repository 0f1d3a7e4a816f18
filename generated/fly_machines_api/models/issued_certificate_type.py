from ..types import OpenStrEnum


class IssuedCertificateType(OpenStrEnum):
    ECDSA = "ecdsa"
    RSA = "rsa"
