from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    finish_model,
    model_repr,
)

T = TypeVar("T", bound="SetSecretkeyResponse")


@_attrs_define(slots=False)
class SetSecretkeyResponse:
    """
    Attributes:
        Version (int | Unset): DEPRECATED
        created_at (str | Unset):
        name (str | Unset):
        public_key (str | Unset):
        type_ (str | Unset):
        updated_at (str | Unset):
        version (int | Unset):
    """

    Version: int | Unset = UNSET
    created_at: str | Unset = UNSET
    name: str | Unset = UNSET
    public_key: str | Unset = UNSET
    type_: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Version = self.Version

        created_at = self.created_at

        name = self.name

        public_key = self.public_key

        type_ = self.type_

        updated_at = self.updated_at

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if Version is not UNSET:
            field_dict["Version"] = Version
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if name is not UNSET:
            field_dict["name"] = name
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        set_secretkey_response = _new(cls)
        _setattr(set_secretkey_response, "__dict__", data)
        return set_secretkey_response

    @staticmethod
    def _from_json(data: dict[str, Any]) -> SetSecretkeyResponse:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return SetSecretkeyResponse._wrap(SetSecretkeyResponse._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"SetSecretkeyResponse is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> SetSecretkeyResponse:
        set_secretkey_response = _new(SetSecretkeyResponse)
        _setattr(set_secretkey_response, "__dict__", data)
        return set_secretkey_response

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
        raise TypeError(
            f"SetSecretkeyResponse is made from a JSON object, not {type(data).__name__}"
        )
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    SetSecretkeyResponse,
    renamed={
        "type_": "type",
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "Version",
        "created_at",
        "name",
        "public_key",
        "type",
        "updated_at",
        "version",
    )
)
