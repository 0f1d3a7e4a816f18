from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.org_volume_host_status import OrgVolumeHostStatus
from ..models.org_volume_type import OrgVolumeType
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    finish_model,
    format_datetime,
    model_repr,
    parse_datetime,
)

T = TypeVar("T", bound="OrgVolume")


@_attrs_define(slots=False)
class OrgVolume:
    """
    Attributes:
        app_name (str | Unset):
        attached_alloc_id (str | Unset):
        attached_machine_id (str | Unset):
        auto_backup_enabled (bool | Unset):
        block_size (int | Unset):
        blocks (int | Unset):
        blocks_avail (int | Unset):
        blocks_free (int | Unset):
        bytes_total (int | Unset):
        bytes_used (int | Unset):
        created_at (datetime.datetime | Unset):
        encrypted (bool | Unset):
        fstype (str | Unset):
        host_features (list[str] | Unset):
        host_status (OrgVolumeHostStatus | Unset):
        id (str | Unset):
        name (str | Unset):
        region (str | Unset):
        required_host_features (list[str] | Unset):
        size_gb (int | Unset):
        snapshot_retention (int | Unset):
        state (str | Unset):
        type_ (OrgVolumeType | Unset):
        updated_at (datetime.datetime | Unset):
        zone (str | Unset):
    """

    app_name: str | Unset = UNSET
    attached_alloc_id: str | Unset = UNSET
    attached_machine_id: str | Unset = UNSET
    auto_backup_enabled: bool | Unset = UNSET
    block_size: int | Unset = UNSET
    blocks: int | Unset = UNSET
    blocks_avail: int | Unset = UNSET
    blocks_free: int | Unset = UNSET
    bytes_total: int | Unset = UNSET
    bytes_used: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    encrypted: bool | Unset = UNSET
    fstype: str | Unset = UNSET
    host_features: list[str] | Unset = UNSET
    host_status: OrgVolumeHostStatus | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    region: str | Unset = UNSET
    required_host_features: list[str] | Unset = UNSET
    size_gb: int | Unset = UNSET
    snapshot_retention: int | Unset = UNSET
    state: str | Unset = UNSET
    type_: OrgVolumeType | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_name = self.app_name

        attached_alloc_id = self.attached_alloc_id

        attached_machine_id = self.attached_machine_id

        auto_backup_enabled = self.auto_backup_enabled

        block_size = self.block_size

        blocks = self.blocks

        blocks_avail = self.blocks_avail

        blocks_free = self.blocks_free

        bytes_total = self.bytes_total

        bytes_used = self.bytes_used

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        encrypted = self.encrypted

        fstype = self.fstype

        host_features: list[str] | Unset = UNSET
        if not isinstance(self.host_features, Unset):
            host_features = self.host_features

        host_status: str | Unset = UNSET
        if not isinstance(self.host_status, Unset):
            host_status = self.host_status.value

        id = self.id

        name = self.name

        region = self.region

        required_host_features: list[str] | Unset = UNSET
        if not isinstance(self.required_host_features, Unset):
            required_host_features = self.required_host_features

        size_gb = self.size_gb

        snapshot_retention = self.snapshot_retention

        state = self.state

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = format_datetime(self.updated_at)

        zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if attached_alloc_id is not UNSET:
            field_dict["attached_alloc_id"] = attached_alloc_id
        if attached_machine_id is not UNSET:
            field_dict["attached_machine_id"] = attached_machine_id
        if auto_backup_enabled is not UNSET:
            field_dict["auto_backup_enabled"] = auto_backup_enabled
        if block_size is not UNSET:
            field_dict["block_size"] = block_size
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if blocks_avail is not UNSET:
            field_dict["blocks_avail"] = blocks_avail
        if blocks_free is not UNSET:
            field_dict["blocks_free"] = blocks_free
        if bytes_total is not UNSET:
            field_dict["bytes_total"] = bytes_total
        if bytes_used is not UNSET:
            field_dict["bytes_used"] = bytes_used
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if encrypted is not UNSET:
            field_dict["encrypted"] = encrypted
        if fstype is not UNSET:
            field_dict["fstype"] = fstype
        if host_features is not UNSET:
            field_dict["host_features"] = host_features
        if host_status is not UNSET:
            field_dict["host_status"] = host_status
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if region is not UNSET:
            field_dict["region"] = region
        if required_host_features is not UNSET:
            field_dict["required_host_features"] = required_host_features
        if size_gb is not UNSET:
            field_dict["size_gb"] = size_gb
        if snapshot_retention is not UNSET:
            field_dict["snapshot_retention"] = snapshot_retention
        if state is not UNSET:
            field_dict["state"] = state
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "created_at" in data:
            if (value := data["created_at"]) is None:
                del data["created_at"]  # null: as if absent, as Go reads it
            else:
                data["created_at"] = parse_datetime(value)
        if "host_status" in data:
            if (value := data["host_status"]) is None:
                del data["host_status"]  # null: as if absent, as Go reads it
            else:
                data["host_status"] = _load_host_status(value)
        if "type" in data:
            if (value := data["type"]) is None:
                del data["type"]  # null: as if absent, as Go reads it
            else:
                data["type"] = _load_type_(value)
        if "updated_at" in data:
            if (value := data["updated_at"]) is None:
                del data["updated_at"]  # null: as if absent, as Go reads it
            else:
                data["updated_at"] = parse_datetime(value)
        org_volume = _new(cls)
        _setattr(org_volume, "__dict__", data)
        return org_volume

    @staticmethod
    def _from_json(data: dict[str, Any]) -> OrgVolume:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return OrgVolume._wrap(OrgVolume._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(f"OrgVolume is made from a JSON object, not {type(data).__name__}")
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "created_at" in data:
            if (value := data["created_at"]) is None:
                del data["created_at"]  # null: as if absent, as Go reads it
            else:
                data["created_at"] = parse_datetime(value)
        if "host_status" in data:
            if (value := data["host_status"]) is None:
                del data["host_status"]  # null: as if absent, as Go reads it
            else:
                data["host_status"] = _load_host_status(value)
        if "type" in data:
            if (value := data["type"]) is None:
                del data["type"]  # null: as if absent, as Go reads it
            else:
                data["type"] = _load_type_(value)
        if "updated_at" in data:
            if (value := data["updated_at"]) is None:
                del data["updated_at"]  # null: as if absent, as Go reads it
            else:
                data["updated_at"] = parse_datetime(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> OrgVolume:
        org_volume = _new(OrgVolume)
        _setattr(org_volume, "__dict__", data)
        return org_volume

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


_load_host_status = enum_loader(OrgVolumeHostStatus)


_load_type_ = enum_loader(OrgVolumeType)


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"OrgVolume is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    OrgVolume,
    renamed={
        "type_": "type",
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "app_name",
        "attached_alloc_id",
        "attached_machine_id",
        "auto_backup_enabled",
        "block_size",
        "blocks",
        "blocks_avail",
        "blocks_free",
        "bytes_total",
        "bytes_used",
        "created_at",
        "encrypted",
        "fstype",
        "host_features",
        "host_status",
        "id",
        "name",
        "region",
        "required_host_features",
        "size_gb",
        "snapshot_retention",
        "state",
        "type",
        "updated_at",
        "zone",
    )
)
