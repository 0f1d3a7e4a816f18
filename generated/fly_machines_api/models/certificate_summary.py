from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CertificateSummary")


@_attrs_define
class CertificateSummary:
    """
    Attributes:
        acme_alpn_configured (bool | Unset):
        acme_dns_configured (bool | Unset):
        acme_http_configured (bool | Unset):
        acme_requested (bool | Unset):
        configured (bool | Unset):
        created_at (str | Unset):
        dns_provider (str | Unset):
        has_custom_certificate (bool | Unset):
        has_fly_certificate (bool | Unset):
        hostname (str | Unset):
        ownership_txt_configured (bool | Unset):
        status (str | Unset):
        updated_at (str | Unset):
    """

    acme_alpn_configured: bool | Unset = UNSET
    acme_dns_configured: bool | Unset = UNSET
    acme_http_configured: bool | Unset = UNSET
    acme_requested: bool | Unset = UNSET
    configured: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    dns_provider: str | Unset = UNSET
    has_custom_certificate: bool | Unset = UNSET
    has_fly_certificate: bool | Unset = UNSET
    hostname: str | Unset = UNSET
    ownership_txt_configured: bool | Unset = UNSET
    status: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acme_alpn_configured = self.acme_alpn_configured

        acme_dns_configured = self.acme_dns_configured

        acme_http_configured = self.acme_http_configured

        acme_requested = self.acme_requested

        configured = self.configured

        created_at = self.created_at

        dns_provider = self.dns_provider

        has_custom_certificate = self.has_custom_certificate

        has_fly_certificate = self.has_fly_certificate

        hostname = self.hostname

        ownership_txt_configured = self.ownership_txt_configured

        status = self.status

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acme_alpn_configured is not UNSET:
            field_dict["acme_alpn_configured"] = acme_alpn_configured
        if acme_dns_configured is not UNSET:
            field_dict["acme_dns_configured"] = acme_dns_configured
        if acme_http_configured is not UNSET:
            field_dict["acme_http_configured"] = acme_http_configured
        if acme_requested is not UNSET:
            field_dict["acme_requested"] = acme_requested
        if configured is not UNSET:
            field_dict["configured"] = configured
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if dns_provider is not UNSET:
            field_dict["dns_provider"] = dns_provider
        if has_custom_certificate is not UNSET:
            field_dict["has_custom_certificate"] = has_custom_certificate
        if has_fly_certificate is not UNSET:
            field_dict["has_fly_certificate"] = has_fly_certificate
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if ownership_txt_configured is not UNSET:
            field_dict["ownership_txt_configured"] = ownership_txt_configured
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Only the keys present are visited, for speed: most properties are optional and an
        # answer carries few of them (see _FIELDS_FROM_JSON at the end of this module).
        kwargs: dict[str, Any] = {}
        additional_properties: dict[str, Any] = {}
        for key, value in src_dict.items():
            field = _FIELDS_FROM_JSON.get(key)
            if field is not None:
                name, load = field
                kwargs[name] = value if load is None else load(value)
            else:
                additional_properties[key] = value
        certificate_summary = cls(**kwargs)
        certificate_summary.additional_properties = additional_properties
        return certificate_summary

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


_FIELDS_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "acme_alpn_configured": ("acme_alpn_configured", None),
    "acme_dns_configured": ("acme_dns_configured", None),
    "acme_http_configured": ("acme_http_configured", None),
    "acme_requested": ("acme_requested", None),
    "configured": ("configured", None),
    "created_at": ("created_at", None),
    "dns_provider": ("dns_provider", None),
    "has_custom_certificate": ("has_custom_certificate", None),
    "has_fly_certificate": ("has_fly_certificate", None),
    "hostname": ("hostname", None),
    "ownership_txt_configured": ("ownership_txt_configured", None),
    "status": ("status", None),
    "updated_at": ("updated_at", None),
}
