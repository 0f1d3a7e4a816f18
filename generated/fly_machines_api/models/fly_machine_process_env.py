from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FlyMachineProcessEnv")


@_attrs_define
class FlyMachineProcessEnv:
    """ """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

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
        fly_machine_process_env = cls(**kwargs)
        fly_machine_process_env.additional_properties = additional_properties
        return fly_machine_process_env

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_FIELDS_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any] | None]] = {}
