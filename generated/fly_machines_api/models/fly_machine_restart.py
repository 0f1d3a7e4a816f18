from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fly_machine_restart_policy import FlyMachineRestartPolicy
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    finish_model,
    model_repr,
)

T = TypeVar("T", bound="FlyMachineRestart")


@_attrs_define(slots=False)
class FlyMachineRestart:
    """The Machine restart policy defines whether and how flyd restarts a Machine after its main process exits. See
    https://fly.io/docs/machines/guides-examples/machine-restart-policy/.

        Attributes:
            max_retries (int | Unset): When policy is on-failure, the maximum number of times to attempt to restart the
                Machine before letting it stop.
            policy (FlyMachineRestartPolicy | Unset): * no - Never try to restart a Machine automatically when its main
                process exits, whether that’s on purpose or on a crash.
                * always - Always restart a Machine automatically and never let it enter a stopped state, even when the main
                process exits cleanly.
                * on-failure - Try up to MaxRetries times to automatically restart the Machine if it exits with a non-zero exit
                code. Default when no explicit policy is set, and for Machines with schedules.
    """

    max_retries: int | Unset = UNSET
    policy: FlyMachineRestartPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_retries = self.max_retries

        policy: str | Unset = UNSET
        if not isinstance(self.policy, Unset):
            policy = self.policy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if policy is not UNSET:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "policy" in data:
            if (value := data["policy"]) is None:
                del data["policy"]  # null: as if absent, as Go reads it
            else:
                data["policy"] = _load_policy(value)
        fly_machine_restart = _new(cls)
        _setattr(fly_machine_restart, "__dict__", data)
        return fly_machine_restart

    @staticmethod
    def _from_json(data: dict[str, Any]) -> FlyMachineRestart:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return FlyMachineRestart._wrap(FlyMachineRestart._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"FlyMachineRestart is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "policy" in data:
            if (value := data["policy"]) is None:
                del data["policy"]  # null: as if absent, as Go reads it
            else:
                data["policy"] = _load_policy(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> FlyMachineRestart:
        fly_machine_restart = _new(FlyMachineRestart)
        _setattr(fly_machine_restart, "__dict__", data)
        return fly_machine_restart

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


_load_policy = enum_loader(FlyMachineRestartPolicy)


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"FlyMachineRestart is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(FlyMachineRestart)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "max_retries",
        "policy",
    )
)
