from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecretKey")


@_attrs_define
class SecretKey:
    """
    Attributes:
        created_at (str | Unset):
        name (str | Unset):
        public_key (str | Unset):
        type_ (str | Unset):
        updated_at (str | Unset):
    """

    created_at: str | Unset = UNSET
    name: str | Unset = UNSET
    public_key: str | Unset = UNSET
    type_: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        name = self.name

        public_key = self.public_key

        type_ = self.type_

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        secret_key = cls(**kwargs)
        secret_key.additional_properties = additional_properties
        return secret_key

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
    "created_at": ("created_at", None),
    "name": ("name", None),
    "public_key": ("public_key", None),
    "type": ("type_", None),
    "updated_at": ("updated_at", None),
}
