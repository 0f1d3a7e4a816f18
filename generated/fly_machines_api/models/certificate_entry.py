from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certificate_entry_source import CertificateEntrySource
from ..models.certificate_entry_status import CertificateEntryStatus
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.issued_certificate import IssuedCertificate


T = TypeVar("T", bound="CertificateEntry")


@_attrs_define
class CertificateEntry:
    """
    Attributes:
        created_at (str | Unset):
        expires_at (str | Unset):
        issued (list[IssuedCertificate] | Unset):
        issuer (str | Unset):
        source (CertificateEntrySource | Unset):
        status (CertificateEntryStatus | Unset):
    """

    created_at: str | Unset = UNSET
    expires_at: str | Unset = UNSET
    issued: list[IssuedCertificate] | Unset = UNSET
    issuer: str | Unset = UNSET
    source: CertificateEntrySource | Unset = UNSET
    status: CertificateEntryStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        expires_at = self.expires_at

        issued: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issued, Unset):
            issued = []
            for issued_item_data in self.issued:
                issued_item = issued_item_data.to_dict()
                issued.append(issued_item)

        issuer = self.issuer

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if issued is not UNSET:
            field_dict["issued"] = issued
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if source is not UNSET:
            field_dict["source"] = source
        if status is not UNSET:
            field_dict["status"] = status

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
        certificate_entry = cls(**kwargs)
        if additional_properties is not None:
            certificate_entry.additional_properties = additional_properties
        return certificate_entry

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


from ..models.issued_certificate import IssuedCertificate  # noqa: E402


def _load_issued(value_from_json: Any) -> list[IssuedCertificate] | Unset:
    return [IssuedCertificate.from_dict(item) for item in value_from_json]


_load_source = enum_loader(CertificateEntrySource)


_load_status = enum_loader(CertificateEntryStatus)


_NAMES_FROM_JSON: dict[str, str] = {
    "created_at": "created_at",
    "expires_at": "expires_at",
    "issuer": "issuer",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "issued": ("issued", _load_issued),
    "source": ("source", _load_source),
    "status": ("status", _load_status),
}
