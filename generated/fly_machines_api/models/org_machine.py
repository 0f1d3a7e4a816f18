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
    from ..models.machine_overview_config import MachineOverviewConfig


T = TypeVar("T", bound="OrgMachine")


@_attrs_define
class OrgMachine:
    """
    Attributes:
        app_name (str | Unset):
        config (MachineOverviewConfig | Unset):
        created_at (datetime.datetime | Unset):
        id (str | Unset):
        name (str | Unset):
        private_ip (str | Unset):
        region (str | Unset):
        state (str | Unset):
        updated_at (datetime.datetime | Unset):
        version (str | Unset):
    """

    app_name: str | Unset = UNSET
    config: MachineOverviewConfig | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    private_ip: str | Unset = UNSET
    region: str | Unset = UNSET
    state: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_name = self.app_name

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        id = self.id

        name = self.name

        private_ip = self.private_ip

        region = self.region

        state = self.state

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = format_datetime(self.updated_at)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if config is not UNSET:
            field_dict["config"] = config
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if private_ip is not UNSET:
            field_dict["private_ip"] = private_ip
        if region is not UNSET:
            field_dict["region"] = region
        if state is not UNSET:
            field_dict["state"] = state
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
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
            elif (field := _LOADED_FROM_JSON.get(key)) is not None:
                kwargs[field[0]] = field[1](value)
            else:
                if additional_properties is None:
                    additional_properties = {}
                additional_properties[key] = value
        org_machine = cls(**kwargs)
        if additional_properties is not None:
            org_machine.additional_properties = additional_properties
        return org_machine

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


from ..models.machine_overview_config import MachineOverviewConfig  # noqa: E402

_NAMES_FROM_JSON: dict[str, str] = {
    "app_name": "app_name",
    "id": "id",
    "name": "name",
    "private_ip": "private_ip",
    "region": "region",
    "state": "state",
    "version": "version",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "config": ("config", MachineOverviewConfig.from_dict),
    "created_at": ("created_at", parse_datetime),
    "updated_at": ("updated_at", parse_datetime),
}
