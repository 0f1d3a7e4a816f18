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

T = TypeVar("T", bound="MainTokenAccess")


@_attrs_define(slots=False)
class MainTokenAccess:
    """
    Attributes:
        action (RessetAction | Unset):
        app_feature (str | Unset): AppFeature is a named set of functionality associated with the app. If
            this is specified, the AppName field must be set.
              - images: images in the fly.io registry
        app_name (str | Unset): AppName is the name of the app being accessed.
        command (list[str] | Unset): Command is the command being executed on a machine. If this is specified,
            the Machine must be set.
        machine_feature (str | Unset): MachineFeature is a named set of functionality associated with the
            machine. If this is specified, the Machine field must be set.
              - metadata: machine metadata service
              - oidc: OIDC tokens
              - kmstoken: Petsem tokens for KMS access
        machine_id (str | Unset): MachineID is the ID of the machine being accessed (e.g. 7811701f564258).
        mutation (str | Unset): Mutation is the GraphQL mutation being performed.
        org_feature (str | Unset): OrgFeature is a named set of functionality associated with the
            organization. If this is specified, the OrgSlug field must be set.
              - wg: WireGuard peers
              - builder: remote builders
              - addon: addons
              - membership: organization membership
              - billing: billing
              - litefs-cloud: LiteFS Cloud
              - authentication: authentication settings
        org_slug (str | Unset): OrgSlug is the slug of the organization being accessed.
        source_machine (str | Unset): SourceMachine is the machine ID of the actor attempting access.
        storage_object (str | Unset): StorageObject is the storage object being accessed. If this is specified,
            the OrgSlug must be set.
        volume_id (str | Unset): VolumeID is the encoded ID of the volume being accessed (e.g.
            vol_r1p6pln1k9m9j7zr).
    """

    action: RessetAction | Unset = UNSET
    app_feature: str | Unset = UNSET
    app_name: str | Unset = UNSET
    command: list[str] | Unset = UNSET
    machine_feature: str | Unset = UNSET
    machine_id: str | Unset = UNSET
    mutation: str | Unset = UNSET
    org_feature: str | Unset = UNSET
    org_slug: str | Unset = UNSET
    source_machine: str | Unset = UNSET
    storage_object: str | Unset = UNSET
    volume_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: int | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        app_feature = self.app_feature

        app_name = self.app_name

        command: list[str] | Unset = UNSET
        if not isinstance(self.command, Unset):
            command = self.command

        machine_feature = self.machine_feature

        machine_id = self.machine_id

        mutation = self.mutation

        org_feature = self.org_feature

        org_slug = self.org_slug

        source_machine = self.source_machine

        storage_object = self.storage_object

        volume_id = self.volume_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if app_feature is not UNSET:
            field_dict["app_feature"] = app_feature
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if command is not UNSET:
            field_dict["command"] = command
        if machine_feature is not UNSET:
            field_dict["machine_feature"] = machine_feature
        if machine_id is not UNSET:
            field_dict["machine_id"] = machine_id
        if mutation is not UNSET:
            field_dict["mutation"] = mutation
        if org_feature is not UNSET:
            field_dict["org_feature"] = org_feature
        if org_slug is not UNSET:
            field_dict["org_slug"] = org_slug
        if source_machine is not UNSET:
            field_dict["source_machine"] = source_machine
        if storage_object is not UNSET:
            field_dict["storage_object"] = storage_object
        if volume_id is not UNSET:
            field_dict["volume_id"] = volume_id

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
        main_token_access = _new(cls)
        _setattr(main_token_access, "__dict__", data)
        return main_token_access

    @staticmethod
    def _from_json(data: dict[str, Any]) -> MainTokenAccess:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return MainTokenAccess._wrap(MainTokenAccess._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"MainTokenAccess is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "action" in data:
            if (value := data["action"]) is None:
                del data["action"]  # null: as if absent, as Go reads it
            else:
                data["action"] = _load_action(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> MainTokenAccess:
        main_token_access = _new(MainTokenAccess)
        _setattr(main_token_access, "__dict__", data)
        return main_token_access

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
        raise TypeError(f"MainTokenAccess is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(MainTokenAccess)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "action",
        "app_feature",
        "app_name",
        "command",
        "machine_feature",
        "machine_id",
        "mutation",
        "org_feature",
        "org_slug",
        "source_machine",
        "storage_object",
        "volume_id",
    )
)
