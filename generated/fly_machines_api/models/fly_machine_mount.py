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

T = TypeVar("T", bound="FlyMachineMount")


@_attrs_define(slots=False)
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
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        fly_machine_mount = _new(cls)
        _setattr(fly_machine_mount, "__dict__", data)
        return fly_machine_mount

    @staticmethod
    def _from_json(data: dict[str, Any]) -> FlyMachineMount:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return FlyMachineMount._wrap(FlyMachineMount._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"FlyMachineMount is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> FlyMachineMount:
        fly_machine_mount = _new(FlyMachineMount)
        _setattr(fly_machine_mount, "__dict__", data)
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


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"FlyMachineMount is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(FlyMachineMount)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "add_size_gb",
        "add_size_percent",
        "encrypted",
        "extend_threshold_percent",
        "min_add_size_gb",
        "name",
        "path",
        "size_gb",
        "size_gb_limit",
        "volume",
    )
)
