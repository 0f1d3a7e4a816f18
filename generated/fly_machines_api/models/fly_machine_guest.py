from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fly_machine_guest_persist_rootfs import FlyMachineGuestPersistRootfs
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    finish_model,
    model_repr,
)

T = TypeVar("T", bound="FlyMachineGuest")


@_attrs_define(slots=False)
class FlyMachineGuest:
    """
    Attributes:
        cpu_kind (str | Unset):
        cpus (int | Unset):
        gpu_kind (str | Unset):
        gpus (int | Unset):
        host_dedication_id (str | Unset):
        kernel_args (list[str] | Unset):
        max_memory_mb (int | Unset):
        memory_mb (int | Unset):
        persist_rootfs (FlyMachineGuestPersistRootfs | Unset): Deprecated: use MachineConfig.Rootfs instead
        required_host_features (list[str] | Unset):
    """

    cpu_kind: str | Unset = UNSET
    cpus: int | Unset = UNSET
    gpu_kind: str | Unset = UNSET
    gpus: int | Unset = UNSET
    host_dedication_id: str | Unset = UNSET
    kernel_args: list[str] | Unset = UNSET
    max_memory_mb: int | Unset = UNSET
    memory_mb: int | Unset = UNSET
    persist_rootfs: FlyMachineGuestPersistRootfs | Unset = UNSET
    required_host_features: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_kind = self.cpu_kind

        cpus = self.cpus

        gpu_kind = self.gpu_kind

        gpus = self.gpus

        host_dedication_id = self.host_dedication_id

        kernel_args: list[str] | Unset = UNSET
        if not isinstance(self.kernel_args, Unset):
            kernel_args = self.kernel_args

        max_memory_mb = self.max_memory_mb

        memory_mb = self.memory_mb

        persist_rootfs: str | Unset = UNSET
        if not isinstance(self.persist_rootfs, Unset):
            persist_rootfs = self.persist_rootfs.value

        required_host_features: list[str] | Unset = UNSET
        if not isinstance(self.required_host_features, Unset):
            required_host_features = self.required_host_features

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_kind is not UNSET:
            field_dict["cpu_kind"] = cpu_kind
        if cpus is not UNSET:
            field_dict["cpus"] = cpus
        if gpu_kind is not UNSET:
            field_dict["gpu_kind"] = gpu_kind
        if gpus is not UNSET:
            field_dict["gpus"] = gpus
        if host_dedication_id is not UNSET:
            field_dict["host_dedication_id"] = host_dedication_id
        if kernel_args is not UNSET:
            field_dict["kernel_args"] = kernel_args
        if max_memory_mb is not UNSET:
            field_dict["max_memory_mb"] = max_memory_mb
        if memory_mb is not UNSET:
            field_dict["memory_mb"] = memory_mb
        if persist_rootfs is not UNSET:
            field_dict["persist_rootfs"] = persist_rootfs
        if required_host_features is not UNSET:
            field_dict["required_host_features"] = required_host_features

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "persist_rootfs" in data:
            if (value := data["persist_rootfs"]) is None:
                del data["persist_rootfs"]  # null: as if absent, as Go reads it
            else:
                data["persist_rootfs"] = _load_persist_rootfs(value)
        fly_machine_guest = _new(cls)
        _setattr(fly_machine_guest, "__dict__", data)
        return fly_machine_guest

    @staticmethod
    def _from_json(data: dict[str, Any]) -> FlyMachineGuest:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return FlyMachineGuest._wrap(FlyMachineGuest._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"FlyMachineGuest is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "persist_rootfs" in data:
            if (value := data["persist_rootfs"]) is None:
                del data["persist_rootfs"]  # null: as if absent, as Go reads it
            else:
                data["persist_rootfs"] = _load_persist_rootfs(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> FlyMachineGuest:
        fly_machine_guest = _new(FlyMachineGuest)
        _setattr(fly_machine_guest, "__dict__", data)
        return fly_machine_guest

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


_load_persist_rootfs = enum_loader(FlyMachineGuestPersistRootfs)


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"FlyMachineGuest is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(FlyMachineGuest)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "cpu_kind",
        "cpus",
        "gpu_kind",
        "gpus",
        "host_dedication_id",
        "kernel_args",
        "max_memory_mb",
        "memory_mb",
        "persist_rootfs",
        "required_host_features",
    )
)
