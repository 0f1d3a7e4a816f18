from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resset_action import RessetAction
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    model_repr,
)

T = TypeVar("T", bound="FlyioAccess")


@_attrs_define
class FlyioAccess:
    """
    Attributes:
        action (RessetAction | Unset):
        app_feature (str | Unset):
        appid (int | Unset):
        cluster (str | Unset):
        command (list[str] | Unset):
        feature (str | Unset):
        machine (str | Unset):
        machine_feature (str | Unset):
        mutation (str | Unset):
        orgid (int | Unset):
        source_app (str | Unset):
        source_machine (str | Unset):
        source_organization (str | Unset):
        storage_object (str | Unset):
        volume (str | Unset):
    """

    action: RessetAction | Unset = UNSET
    app_feature: str | Unset = UNSET
    appid: int | Unset = UNSET
    cluster: str | Unset = UNSET
    command: list[str] | Unset = UNSET
    feature: str | Unset = UNSET
    machine: str | Unset = UNSET
    machine_feature: str | Unset = UNSET
    mutation: str | Unset = UNSET
    orgid: int | Unset = UNSET
    source_app: str | Unset = UNSET
    source_machine: str | Unset = UNSET
    source_organization: str | Unset = UNSET
    storage_object: str | Unset = UNSET
    volume: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: int | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        app_feature = self.app_feature

        appid = self.appid

        cluster = self.cluster

        command: list[str] | Unset = UNSET
        if not isinstance(self.command, Unset):
            command = self.command

        feature = self.feature

        machine = self.machine

        machine_feature = self.machine_feature

        mutation = self.mutation

        orgid = self.orgid

        source_app = self.source_app

        source_machine = self.source_machine

        source_organization = self.source_organization

        storage_object = self.storage_object

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if app_feature is not UNSET:
            field_dict["app_feature"] = app_feature
        if appid is not UNSET:
            field_dict["appid"] = appid
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if command is not UNSET:
            field_dict["command"] = command
        if feature is not UNSET:
            field_dict["feature"] = feature
        if machine is not UNSET:
            field_dict["machine"] = machine
        if machine_feature is not UNSET:
            field_dict["machine_feature"] = machine_feature
        if mutation is not UNSET:
            field_dict["mutation"] = mutation
        if orgid is not UNSET:
            field_dict["orgid"] = orgid
        if source_app is not UNSET:
            field_dict["sourceApp"] = source_app
        if source_machine is not UNSET:
            field_dict["sourceMachine"] = source_machine
        if source_organization is not UNSET:
            field_dict["sourceOrganization"] = source_organization
        if storage_object is not UNSET:
            field_dict["storage_object"] = storage_object
        if volume is not UNSET:
            field_dict["volume"] = volume

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
        flyio_access = cls(**kwargs)
        if additional_properties is not None:
            flyio_access.additional_properties = additional_properties
        return flyio_access

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


_load_action = enum_loader(RessetAction)


_NAMES_FROM_JSON: dict[str, str] = {
    "app_feature": "app_feature",
    "appid": "appid",
    "cluster": "cluster",
    "command": "command",
    "feature": "feature",
    "machine": "machine",
    "machine_feature": "machine_feature",
    "mutation": "mutation",
    "orgid": "orgid",
    "sourceApp": "source_app",
    "sourceMachine": "source_machine",
    "sourceOrganization": "source_organization",
    "storage_object": "storage_object",
    "volume": "volume",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "action": ("action", _load_action),
}
