from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    finish_model,
    format_datetime,
    model_repr,
    parse_datetime,
)

T = TypeVar("T", bound="CertificateSummary")


@_attrs_define(slots=False)
class CertificateSummary:
    """
    Attributes:
        acme_alpn_configured (bool | Unset):
        acme_dns_configured (bool | Unset):
        acme_http_configured (bool | Unset):
        acme_requested (bool | Unset):
        configured (bool | Unset):
        created_at (datetime.datetime | Unset):
        dns_provider (str | Unset):
        has_custom_certificate (bool | Unset):
        has_fly_certificate (bool | Unset):
        hostname (str | Unset):
        ownership_txt_configured (bool | Unset):
        status (str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    acme_alpn_configured: bool | Unset = UNSET
    acme_dns_configured: bool | Unset = UNSET
    acme_http_configured: bool | Unset = UNSET
    acme_requested: bool | Unset = UNSET
    configured: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    dns_provider: str | Unset = UNSET
    has_custom_certificate: bool | Unset = UNSET
    has_fly_certificate: bool | Unset = UNSET
    hostname: str | Unset = UNSET
    ownership_txt_configured: bool | Unset = UNSET
    status: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acme_alpn_configured = self.acme_alpn_configured

        acme_dns_configured = self.acme_dns_configured

        acme_http_configured = self.acme_http_configured

        acme_requested = self.acme_requested

        configured = self.configured

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        dns_provider = self.dns_provider

        has_custom_certificate = self.has_custom_certificate

        has_fly_certificate = self.has_fly_certificate

        hostname = self.hostname

        ownership_txt_configured = self.ownership_txt_configured

        status = self.status

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = format_datetime(self.updated_at)

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
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "created_at" in data:
            if (value := data["created_at"]) is None:
                del data["created_at"]  # null: as if absent, as Go reads it
            else:
                data["created_at"] = parse_datetime(value)
        if "updated_at" in data:
            if (value := data["updated_at"]) is None:
                del data["updated_at"]  # null: as if absent, as Go reads it
            else:
                data["updated_at"] = parse_datetime(value)
        certificate_summary = _new(cls)
        _setattr(certificate_summary, "__dict__", data)
        return certificate_summary

    @staticmethod
    def _from_json(data: dict[str, Any]) -> CertificateSummary:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return CertificateSummary._wrap(CertificateSummary._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"CertificateSummary is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "created_at" in data:
            if (value := data["created_at"]) is None:
                del data["created_at"]  # null: as if absent, as Go reads it
            else:
                data["created_at"] = parse_datetime(value)
        if "updated_at" in data:
            if (value := data["updated_at"]) is None:
                del data["updated_at"]  # null: as if absent, as Go reads it
            else:
                data["updated_at"] = parse_datetime(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> CertificateSummary:
        certificate_summary = _new(CertificateSummary)
        _setattr(certificate_summary, "__dict__", data)
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


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"CertificateSummary is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(CertificateSummary)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "acme_alpn_configured",
        "acme_dns_configured",
        "acme_http_configured",
        "acme_requested",
        "configured",
        "created_at",
        "dns_provider",
        "has_custom_certificate",
        "has_fly_certificate",
        "hostname",
        "ownership_txt_configured",
        "status",
        "updated_at",
    )
)
