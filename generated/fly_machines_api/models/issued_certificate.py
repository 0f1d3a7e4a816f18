from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.issued_certificate_type import IssuedCertificateType
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    finish_model,
    format_datetime,
    model_repr,
    parse_datetime,
)

T = TypeVar("T", bound="IssuedCertificate")


@_attrs_define(slots=False)
class IssuedCertificate:
    """
    Attributes:
        certificate_authority (str | Unset):
        expires_at (datetime.datetime | Unset):
        type_ (IssuedCertificateType | Unset):
    """

    certificate_authority: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    type_: IssuedCertificateType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certificate_authority = self.certificate_authority

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = format_datetime(self.expires_at)

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
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "expires_at" in data:
            if (value := data["expires_at"]) is None:
                del data["expires_at"]  # null: as if absent, as Go reads it
            else:
                data["expires_at"] = parse_datetime(value)
        if "type" in data:
            if (value := data["type"]) is None:
                del data["type"]  # null: as if absent, as Go reads it
            else:
                data["type"] = _load_type_(value)
        issued_certificate = _new(cls)
        _setattr(issued_certificate, "__dict__", data)
        return issued_certificate

    @staticmethod
    def _from_json(data: dict[str, Any]) -> IssuedCertificate:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return IssuedCertificate._wrap(IssuedCertificate._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"IssuedCertificate is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "expires_at" in data:
            if (value := data["expires_at"]) is None:
                del data["expires_at"]  # null: as if absent, as Go reads it
            else:
                data["expires_at"] = parse_datetime(value)
        if "type" in data:
            if (value := data["type"]) is None:
                del data["type"]  # null: as if absent, as Go reads it
            else:
                data["type"] = _load_type_(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> IssuedCertificate:
        issued_certificate = _new(IssuedCertificate)
        _setattr(issued_certificate, "__dict__", data)
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


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"IssuedCertificate is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    IssuedCertificate,
    renamed={
        "type_": "type",
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "certificate_authority",
        "expires_at",
        "type",
    )
)
