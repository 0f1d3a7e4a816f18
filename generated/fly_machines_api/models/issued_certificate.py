from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.issued_certificate_type import IssuedCertificateType
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    model_repr,
)

T = TypeVar("T", bound="IssuedCertificate")


@_attrs_define
class IssuedCertificate:
    """
    Attributes:
        certificate_authority (str | Unset):
        expires_at (str | Unset):
        type_ (IssuedCertificateType | Unset):
    """

    certificate_authority: str | Unset = UNSET
    expires_at: str | Unset = UNSET
    type_: IssuedCertificateType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certificate_authority = self.certificate_authority

        expires_at = self.expires_at

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if certificate_authority is not UNSET:
            field_dict["certificate_authority"] = certificate_authority
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if type_ is not UNSET:
            field_dict["type"] = type_

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
        issued_certificate = cls(**kwargs)
        if additional_properties is not None:
            issued_certificate.additional_properties = additional_properties
        return issued_certificate

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


_load_type_ = enum_loader(IssuedCertificateType)


_NAMES_FROM_JSON: dict[str, str] = {
    "certificate_authority": "certificate_authority",
    "expires_at": "expires_at",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "type": ("type_", _load_type_),
}
