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

T = TypeVar("T", bound="FlyMachineInit")


@_attrs_define
class FlyMachineInit:
    """
    Attributes:
        cmd (list[str] | Unset):
        entrypoint (list[str] | Unset):
        exec_ (list[str] | Unset):
        kernel_args (list[str] | Unset):
        swap_size_mb (int | Unset):
        tty (bool | Unset):
    """

    cmd: list[str] | Unset = UNSET
    entrypoint: list[str] | Unset = UNSET
    exec_: list[str] | Unset = UNSET
    kernel_args: list[str] | Unset = UNSET
    swap_size_mb: int | Unset = UNSET
    tty: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cmd: list[str] | Unset = UNSET
        if not isinstance(self.cmd, Unset):
            cmd = self.cmd

        entrypoint: list[str] | Unset = UNSET
        if not isinstance(self.entrypoint, Unset):
            entrypoint = self.entrypoint

        exec_: list[str] | Unset = UNSET
        if not isinstance(self.exec_, Unset):
            exec_ = self.exec_

        kernel_args: list[str] | Unset = UNSET
        if not isinstance(self.kernel_args, Unset):
            kernel_args = self.kernel_args

        swap_size_mb = self.swap_size_mb

        tty = self.tty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cmd is not UNSET:
            field_dict["cmd"] = cmd
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if exec_ is not UNSET:
            field_dict["exec"] = exec_
        if kernel_args is not UNSET:
            field_dict["kernel_args"] = kernel_args
        if swap_size_mb is not UNSET:
            field_dict["swap_size_mb"] = swap_size_mb
        if tty is not UNSET:
            field_dict["tty"] = tty

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
        fly_machine_init = cls(**kwargs)
        if additional_properties is not None:
            fly_machine_init.additional_properties = additional_properties
        return fly_machine_init

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
    "cmd": "cmd",
    "entrypoint": "entrypoint",
    "exec": "exec_",
    "kernel_args": "kernel_args",
    "swap_size_mb": "swap_size_mb",
    "tty": "tty",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {}
