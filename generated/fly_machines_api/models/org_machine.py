from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    finish_model,
    format_datetime,
    model_repr,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.machine_overview_config import MachineOverviewConfig


T = TypeVar("T", bound="OrgMachine")


@_attrs_define(slots=False)
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
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "config" in data:
            if (value := data["config"]) is None:
                del data["config"]  # null: as if absent, as Go reads it
            else:
                data["config"] = MachineOverviewConfig.from_dict(value)
        if "created_at" in data:
            if (value := data["created_at"]) is None:
                del data["created_at"]  # null: as if absent, as Go reads it
            else:
                data["created_at"] = parse_datetime(value)
        if "updated_at" in data:
            if (value := data["updated_at"]) is None:
                del data["updated_at"]  # null: as if absent, as Go reads it
            else:
                data["updated_at"] = parse_datetime(value)
        org_machine = _new(cls)
        _setattr(org_machine, "__dict__", data)
        return org_machine

    @staticmethod
    def _from_json(data: dict[str, Any]) -> OrgMachine:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return OrgMachine._wrap(OrgMachine._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(f"OrgMachine is made from a JSON object, not {type(data).__name__}")
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "config" in data:
            if (value := data["config"]) is None:
                del data["config"]  # null: as if absent, as Go reads it
            else:
                data["config"] = MachineOverviewConfig._prepare(value)
        if "created_at" in data:
            if (value := data["created_at"]) is None:
                del data["created_at"]  # null: as if absent, as Go reads it
            else:
                data["created_at"] = parse_datetime(value)
        if "updated_at" in data:
            if (value := data["updated_at"]) is None:
                del data["updated_at"]  # null: as if absent, as Go reads it
            else:
                data["updated_at"] = parse_datetime(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> OrgMachine:
        org_machine = _new(OrgMachine)
        _setattr(org_machine, "__dict__", data)
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


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"OrgMachine is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    OrgMachine,
    nested={
        "config": MachineOverviewConfig,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "app_name",
        "config",
        "created_at",
        "id",
        "name",
        "private_ip",
        "region",
        "state",
        "updated_at",
        "version",
    )
)
