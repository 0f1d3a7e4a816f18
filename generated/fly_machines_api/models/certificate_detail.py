from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.certificate_entry import CertificateEntry
    from ..models.certificate_validation import CertificateValidation
    from ..models.certificate_validation_error import CertificateValidationError
    from ..models.dns_requirements import DNSRequirements


T = TypeVar("T", bound="CertificateDetail")


@_attrs_define
class CertificateDetail:
    """
    Attributes:
        acme_requested (bool | Unset):
        certificates (list[CertificateEntry] | Unset):
        configured (bool | Unset):
        dns_provider (str | Unset):
        dns_requirements (DNSRequirements | Unset):
        hostname (str | Unset):
        rate_limited_until (str | Unset):
        status (str | Unset):
        validation (CertificateValidation | Unset):
        validation_errors (list[CertificateValidationError] | Unset):
    """

    acme_requested: bool | Unset = UNSET
    certificates: list[CertificateEntry] | Unset = UNSET
    configured: bool | Unset = UNSET
    dns_provider: str | Unset = UNSET
    dns_requirements: DNSRequirements | Unset = UNSET
    hostname: str | Unset = UNSET
    rate_limited_until: str | Unset = UNSET
    status: str | Unset = UNSET
    validation: CertificateValidation | Unset = UNSET
    validation_errors: list[CertificateValidationError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acme_requested = self.acme_requested

        certificates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.certificates, Unset):
            certificates = []
            for certificates_item_data in self.certificates:
                certificates_item = certificates_item_data.to_dict()
                certificates.append(certificates_item)

        configured = self.configured

        dns_provider = self.dns_provider

        dns_requirements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dns_requirements, Unset):
            dns_requirements = self.dns_requirements.to_dict()

        hostname = self.hostname

        rate_limited_until = self.rate_limited_until

        status = self.status

        validation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation, Unset):
            validation = self.validation.to_dict()

        validation_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation_errors, Unset):
            validation_errors = []
            for validation_errors_item_data in self.validation_errors:
                validation_errors_item = validation_errors_item_data.to_dict()
                validation_errors.append(validation_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acme_requested is not UNSET:
            field_dict["acme_requested"] = acme_requested
        if certificates is not UNSET:
            field_dict["certificates"] = certificates
        if configured is not UNSET:
            field_dict["configured"] = configured
        if dns_provider is not UNSET:
            field_dict["dns_provider"] = dns_provider
        if dns_requirements is not UNSET:
            field_dict["dns_requirements"] = dns_requirements
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if rate_limited_until is not UNSET:
            field_dict["rate_limited_until"] = rate_limited_until
        if status is not UNSET:
            field_dict["status"] = status
        if validation is not UNSET:
            field_dict["validation"] = validation
        if validation_errors is not UNSET:
            field_dict["validation_errors"] = validation_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Only the keys present are visited, for speed: most properties are optional and an
        # answer carries few of them (see _NAMES_FROM_JSON and _LOADED_FROM_JSON at the end
        # of this module: the keys taken as they are, and those converted).
        kwargs: dict[str, Any] = {}
        # Made only when an unknown key comes (the class makes an empty one itself).
        additional_properties: dict[str, Any] | None = None
        for key, value in src_dict.items():
            name = _NAMES_FROM_JSON.get(key)
            if name is not None:
                kwargs[name] = value
            elif (field := _LOADED_FROM_JSON.get(key)) is not None:
                kwargs[field[0]] = field[1](value)
            else:
                if additional_properties is None:
                    additional_properties = {}
                additional_properties[key] = value
        certificate_detail = cls(**kwargs)
        if additional_properties is not None:
            certificate_detail.additional_properties = additional_properties
        return certificate_detail

    # fly-machines template change: only the fields that are set (attrs would print every
    # field, dozens of them `=UNSET` for a Machine).
    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.certificate_entry import CertificateEntry  # noqa: E402
from ..models.certificate_validation import CertificateValidation  # noqa: E402
from ..models.certificate_validation_error import CertificateValidationError  # noqa: E402
from ..models.dns_requirements import DNSRequirements  # noqa: E402


def _load_certificates(value_from_json: Any) -> list[CertificateEntry] | Unset:
    return [CertificateEntry.from_dict(item) for item in value_from_json]


def _load_validation_errors(value_from_json: Any) -> list[CertificateValidationError] | Unset:
    return [CertificateValidationError.from_dict(item) for item in value_from_json]


_NAMES_FROM_JSON: dict[str, str] = {
    "acme_requested": "acme_requested",
    "configured": "configured",
    "dns_provider": "dns_provider",
    "hostname": "hostname",
    "rate_limited_until": "rate_limited_until",
    "status": "status",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "certificates": ("certificates", _load_certificates),
    "dns_requirements": ("dns_requirements", DNSRequirements.from_dict),
    "validation": ("validation", CertificateValidation.from_dict),
    "validation_errors": ("validation_errors", _load_validation_errors),
}
