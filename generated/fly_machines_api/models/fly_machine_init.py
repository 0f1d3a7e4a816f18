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

T = TypeVar("T", bound="FlyMachineInit")


@_attrs_define(slots=False)
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
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        fly_machine_init = _new(cls)
        _setattr(fly_machine_init, "__dict__", data)
        return fly_machine_init

    @staticmethod
    def _from_json(data: dict[str, Any]) -> FlyMachineInit:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return FlyMachineInit._wrap(FlyMachineInit._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(f"FlyMachineInit is made from a JSON object, not {type(data).__name__}")
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> FlyMachineInit:
        fly_machine_init = _new(FlyMachineInit)
        _setattr(fly_machine_init, "__dict__", data)
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


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"FlyMachineInit is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    FlyMachineInit,
    renamed={
        "exec_": "exec",
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "cmd",
        "entrypoint",
        "exec",
        "kernel_args",
        "swap_size_mb",
        "tty",
    )
)
