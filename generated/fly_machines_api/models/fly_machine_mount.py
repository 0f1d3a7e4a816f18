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

T = TypeVar("T", bound="FlyMachineMount")


@_attrs_define
class FlyMachineMount:
    """
    Attributes:
        add_size_gb (int | Unset):
        add_size_percent (int | Unset): AddSizePercent grows by a percentage of the current size, rounded up to GiB.
            It is mutually exclusive with AddSizeGb.
        encrypted (bool | Unset):
        extend_threshold_percent (int | Unset):
        min_add_size_gb (int | Unset): MinAddSizeGb is the minimum proportional growth in GiB (default 1).
        name (str | Unset):
        path (str | Unset):
        size_gb (int | Unset):
        size_gb_limit (int | Unset):
        volume (str | Unset):
    """

    add_size_gb: int | Unset = UNSET
    add_size_percent: int | Unset = UNSET
    encrypted: bool | Unset = UNSET
    extend_threshold_percent: int | Unset = UNSET
    min_add_size_gb: int | Unset = UNSET
    name: str | Unset = UNSET
    path: str | Unset = UNSET
    size_gb: int | Unset = UNSET
    size_gb_limit: int | Unset = UNSET
    volume: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_size_gb = self.add_size_gb

        add_size_percent = self.add_size_percent

        encrypted = self.encrypted

        extend_threshold_percent = self.extend_threshold_percent

        min_add_size_gb = self.min_add_size_gb

        name = self.name

        path = self.path

        size_gb = self.size_gb

        size_gb_limit = self.size_gb_limit

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add_size_gb is not UNSET:
            field_dict["add_size_gb"] = add_size_gb
        if add_size_percent is not UNSET:
            field_dict["add_size_percent"] = add_size_percent
        if encrypted is not UNSET:
            field_dict["encrypted"] = encrypted
        if extend_threshold_percent is not UNSET:
            field_dict["extend_threshold_percent"] = extend_threshold_percent
        if min_add_size_gb is not UNSET:
            field_dict["min_add_size_gb"] = min_add_size_gb
        if name is not UNSET:
            field_dict["name"] = name
        if path is not UNSET:
            field_dict["path"] = path
        if size_gb is not UNSET:
            field_dict["size_gb"] = size_gb
        if size_gb_limit is not UNSET:
            field_dict["size_gb_limit"] = size_gb_limit
        if volume is not UNSET:
            field_dict["volume"] = volume

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
        fly_machine_mount = cls(**kwargs)
        if additional_properties is not None:
            fly_machine_mount.additional_properties = additional_properties
        return fly_machine_mount

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
    "add_size_gb": "add_size_gb",
    "add_size_percent": "add_size_percent",
    "encrypted": "encrypted",
    "extend_threshold_percent": "extend_threshold_percent",
    "min_add_size_gb": "min_add_size_gb",
    "name": "name",
    "path": "path",
    "size_gb": "size_gb",
    "size_gb_limit": "size_gb_limit",
    "volume": "volume",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {}
