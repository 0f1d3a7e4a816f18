from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    MissingFieldError,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="WaitMachineResponse")


@_attrs_define
class WaitMachineResponse:
    """
    Attributes:
        ok (bool):
        event_id (str | Unset):
        state (str | Unset):
        version (str | Unset):
    """

    ok: bool
    event_id: str | Unset = UNSET
    state: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        event_id = self.event_id

        state = self.state

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if state is not UNSET:
            field_dict["state"] = state
        if version is not UNSET:
            field_dict["version"] = version

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
        try:
            wait_machine_response = cls(**kwargs)
        except TypeError:
            # fly-machines template change: a field the API always sends is missing (the
            # class cannot be built without it): name the model and the first one missing.
            # Checking for them up front would cost every answer the time of a few lookups.
            missing = MissingFieldError.first_of("WaitMachineResponse", _REQUIRED, src_dict)
            if missing is None:
                raise
            raise missing from None
        if additional_properties is not None:
            wait_machine_response.additional_properties = additional_properties
        return wait_machine_response

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


_REQUIRED = ("ok",)

_NAMES_FROM_JSON: dict[str, str] = {
    "ok": "ok",
    "event_id": "event_id",
    "state": "state",
    "version": "version",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {}
