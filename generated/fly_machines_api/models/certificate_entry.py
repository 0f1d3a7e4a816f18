from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certificate_entry_source import CertificateEntrySource
from ..models.certificate_entry_status import CertificateEntryStatus
from ..types import UNSET, Unset

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
        certificate_entry = cls(**kwargs)
        certificate_entry.additional_properties = additional_properties
        return certificate_entry

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
    _issued = value_from_json
    issued: list[IssuedCertificate] | Unset = UNSET
    if _issued is not UNSET:
        issued = []
        for issued_item_data in _issued:
            issued_item = IssuedCertificate.from_dict(issued_item_data)

            issued.append(issued_item)

    return issued


_FIELDS_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "created_at": ("created_at", None),
    "expires_at": ("expires_at", None),
    "issued": ("issued", _load_issued),
    "issuer": ("issuer", None),
    "source": ("source", CertificateEntrySource),
    "status": ("status", CertificateEntryStatus),
}
