from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

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
        # answer carries few of them (see _NAMES_FROM_JSON and _LOADED_FROM_JSON at the end
        # of this module: the keys taken as they are, and those converted).
        kwargs: dict[str, Any] = {}
        # Made only when an unknown key comes (the class makes an empty one itself).
        additional_properties: dict[str, Any] | None = None
        for key, value in src_dict.items():
            name = _NAMES_FROM_JSON.get(key)
            if name is not None:
                kwargs[name] = value
            else:
                if additional_properties is None:
                    additional_properties = {}
                additional_properties[key] = value
        certificate_summary = cls(**kwargs)
        if additional_properties is not None:
            certificate_summary.additional_properties = additional_properties
        return certificate_summary

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


_NAMES_FROM_JSON: dict[str, str] = {
    "acme_alpn_configured": "acme_alpn_configured",
    "acme_dns_configured": "acme_dns_configured",
    "acme_http_configured": "acme_http_configured",
    "acme_requested": "acme_requested",
    "configured": "configured",
    "created_at": "created_at",
    "dns_provider": "dns_provider",
    "has_custom_certificate": "has_custom_certificate",
    "has_fly_certificate": "has_fly_certificate",
    "hostname": "hostname",
    "ownership_txt_configured": "ownership_txt_configured",
    "status": "status",
    "updated_at": "updated_at",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {}
