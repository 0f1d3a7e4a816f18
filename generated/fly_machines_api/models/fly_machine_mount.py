from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        fly_machine_mount = cls(**kwargs)
        fly_machine_mount.additional_properties = additional_properties
        return fly_machine_mount

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
    "add_size_gb": ("add_size_gb", None),
    "add_size_percent": ("add_size_percent", None),
    "encrypted": ("encrypted", None),
    "extend_threshold_percent": ("extend_threshold_percent", None),
    "min_add_size_gb": ("min_add_size_gb", None),
    "name": ("name", None),
    "path": ("path", None),
    "size_gb": ("size_gb", None),
    "size_gb_limit": ("size_gb_limit", None),
    "volume": ("volume", None),
}
