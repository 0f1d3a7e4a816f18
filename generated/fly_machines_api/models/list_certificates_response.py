from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.certificate_summary import CertificateSummary


T = TypeVar("T", bound="ListCertificatesResponse")


@_attrs_define
class ListCertificatesResponse:
    """
    Attributes:
        certificates (list[CertificateSummary] | Unset):
        next_cursor (str | Unset):
        total_count (int | Unset):
    """

    certificates: list[CertificateSummary] | Unset = UNSET
    next_cursor: str | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certificates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.certificates, Unset):
            certificates = []
            for certificates_item_data in self.certificates:
                certificates_item = certificates_item_data.to_dict()
                certificates.append(certificates_item)

        next_cursor = self.next_cursor

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if certificates is not UNSET:
            field_dict["certificates"] = certificates
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

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
        list_certificates_response = cls(**kwargs)
        list_certificates_response.additional_properties = additional_properties
        return list_certificates_response

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


from ..models.certificate_summary import CertificateSummary  # noqa: E402


def _load_certificates(value_from_json: Any) -> list[CertificateSummary] | Unset:
    _certificates = value_from_json
    certificates: list[CertificateSummary] | Unset = UNSET
    if _certificates is not UNSET:
        certificates = []
        for certificates_item_data in _certificates:
            certificates_item = CertificateSummary.from_dict(certificates_item_data)

            certificates.append(certificates_item)

    return certificates


_FIELDS_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "certificates": ("certificates", _load_certificates),
    "next_cursor": ("next_cursor", None),
    "total_count": ("total_count", None),
}
