from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fly_machine_restart_policy import FlyMachineRestartPolicy
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    model_repr,
)

T = TypeVar("T", bound="FlyMachineRestart")


@_attrs_define
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
            elif (field := _LOADED_FROM_JSON.get(key)) is not None:
                kwargs[field[0]] = field[1](value)
            else:
                if additional_properties is None:
                    additional_properties = {}
                additional_properties[key] = value
        fly_machine_restart = cls(**kwargs)
        if additional_properties is not None:
            fly_machine_restart.additional_properties = additional_properties
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


_NAMES_FROM_JSON: dict[str, str] = {
    "max_retries": "max_retries",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "policy": ("policy", _load_policy),
}
