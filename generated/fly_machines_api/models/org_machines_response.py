from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    format_datetime,
    model_repr,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.org_machine import OrgMachine


T = TypeVar("T", bound="OrgMachinesResponse")


@_attrs_define
class OrgMachinesResponse:
    """
    Attributes:
        error_regions (list[str] | Unset):
        last_machine_id (str | Unset):
        last_updated_at (datetime.datetime | Unset):
        machines (list[OrgMachine] | Unset):
        next_cursor (str | Unset):
    """

    error_regions: list[str] | Unset = UNSET
    last_machine_id: str | Unset = UNSET
    last_updated_at: datetime.datetime | Unset = UNSET
    machines: list[OrgMachine] | Unset = UNSET
    next_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_regions: list[str] | Unset = UNSET
        if not isinstance(self.error_regions, Unset):
            error_regions = self.error_regions

        last_machine_id = self.last_machine_id

        last_updated_at: str | Unset = UNSET
        if not isinstance(self.last_updated_at, Unset):
            last_updated_at = format_datetime(self.last_updated_at)

        machines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.machines, Unset):
            machines = []
            for machines_item_data in self.machines:
                machines_item = machines_item_data.to_dict()
                machines.append(machines_item)

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_regions is not UNSET:
            field_dict["error_regions"] = error_regions
        if last_machine_id is not UNSET:
            field_dict["last_machine_id"] = last_machine_id
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at
        if machines is not UNSET:
            field_dict["machines"] = machines
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

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
        org_machines_response = cls(**kwargs)
        if additional_properties is not None:
            org_machines_response.additional_properties = additional_properties
        return org_machines_response

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


from ..models.org_machine import OrgMachine  # noqa: E402


def _load_machines(value_from_json: Any) -> list[OrgMachine] | Unset:
    return [OrgMachine.from_dict(item) for item in value_from_json]


_NAMES_FROM_JSON: dict[str, str] = {
    "error_regions": "error_regions",
    "last_machine_id": "last_machine_id",
    "next_cursor": "next_cursor",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "last_updated_at": ("last_updated_at", parse_datetime),
    "machines": ("machines", _load_machines),
}
