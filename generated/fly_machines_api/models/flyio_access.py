from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resset_action import RessetAction
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    finish_model,
    model_repr,
)

T = TypeVar("T", bound="FlyioAccess")


@_attrs_define(slots=False)
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
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "action" in data:
            if (value := data["action"]) is None:
                del data["action"]  # null: as if absent, as Go reads it
            else:
                data["action"] = _load_action(value)
        flyio_access = _new(cls)
        _setattr(flyio_access, "__dict__", data)
        return flyio_access

    @staticmethod
    def _from_json(data: dict[str, Any]) -> FlyioAccess:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return FlyioAccess._wrap(FlyioAccess._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(f"FlyioAccess is made from a JSON object, not {type(data).__name__}")
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "action" in data:
            if (value := data["action"]) is None:
                del data["action"]  # null: as if absent, as Go reads it
            else:
                data["action"] = _load_action(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> FlyioAccess:
        flyio_access = _new(FlyioAccess)
        _setattr(flyio_access, "__dict__", data)
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


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"FlyioAccess is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    FlyioAccess,
    renamed={
        "source_app": "sourceApp",
        "source_machine": "sourceMachine",
        "source_organization": "sourceOrganization",
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "action",
        "app_feature",
        "appid",
        "cluster",
        "command",
        "feature",
        "machine",
        "machine_feature",
        "mutation",
        "orgid",
        "sourceApp",
        "sourceMachine",
        "sourceOrganization",
        "storage_object",
        "volume",
    )
)
