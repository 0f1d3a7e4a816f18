from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_host_status import VolumeHostStatus
from ..models.volume_type import VolumeType
from ..types import (
    UNSET,
    MissingFieldError,
    Unset,
    enum_loader,
    finish_model,
    format_datetime,
    model_repr,
    parse_datetime,
)

T = TypeVar("T", bound="Volume")


@_attrs_define(slots=False)
class Volume:
    """
    Attributes:
        created_at (datetime.datetime):
        encrypted (bool):
        id (str):
        name (str):
        region (str):
        size_gb (int):
        state (str):
        zone (str):
        attached_alloc_id (str | Unset):
        attached_machine_id (str | Unset):
        auto_backup_enabled (bool | Unset):
        block_size (int | Unset):
        blocks (int | Unset):
        blocks_avail (int | Unset):
        blocks_free (int | Unset):
        bytes_total (int | Unset):
        bytes_used (int | Unset):
        fstype (str | Unset):
        host_features (list[str] | Unset):
        host_status (VolumeHostStatus | Unset):
        required_host_features (list[str] | Unset):
        snapshot_retention (int | Unset):
        type_ (VolumeType | Unset):
    """

    created_at: datetime.datetime
    encrypted: bool
    id: str
    name: str
    region: str
    size_gb: int
    state: str
    zone: str
    attached_alloc_id: str | Unset = UNSET
    attached_machine_id: str | Unset = UNSET
    auto_backup_enabled: bool | Unset = UNSET
    block_size: int | Unset = UNSET
    blocks: int | Unset = UNSET
    blocks_avail: int | Unset = UNSET
    blocks_free: int | Unset = UNSET
    bytes_total: int | Unset = UNSET
    bytes_used: int | Unset = UNSET
    fstype: str | Unset = UNSET
    host_features: list[str] | Unset = UNSET
    host_status: VolumeHostStatus | Unset = UNSET
    required_host_features: list[str] | Unset = UNSET
    snapshot_retention: int | Unset = UNSET
    type_: VolumeType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = format_datetime(self.created_at)

        encrypted = self.encrypted

        id = self.id

        name = self.name

        region = self.region

        size_gb = self.size_gb

        state = self.state

        zone = self.zone

        attached_alloc_id = self.attached_alloc_id

        attached_machine_id = self.attached_machine_id

        auto_backup_enabled = self.auto_backup_enabled

        block_size = self.block_size

        blocks = self.blocks

        blocks_avail = self.blocks_avail

        blocks_free = self.blocks_free

        bytes_total = self.bytes_total

        bytes_used = self.bytes_used

        fstype = self.fstype

        host_features: list[str] | Unset = UNSET
        if not isinstance(self.host_features, Unset):
            host_features = self.host_features

        host_status: str | Unset = UNSET
        if not isinstance(self.host_status, Unset):
            host_status = self.host_status.value

        required_host_features: list[str] | Unset = UNSET
        if not isinstance(self.required_host_features, Unset):
            required_host_features = self.required_host_features

        snapshot_retention = self.snapshot_retention

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "encrypted": encrypted,
                "id": id,
                "name": name,
                "region": region,
                "size_gb": size_gb,
                "state": state,
                "zone": zone,
            }
        )
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
        if fstype is not UNSET:
            field_dict["fstype"] = fstype
        if host_features is not UNSET:
            field_dict["host_features"] = host_features
        if host_status is not UNSET:
            field_dict["host_status"] = host_status
        if required_host_features is not UNSET:
            field_dict["required_host_features"] = required_host_features
        if snapshot_retention is not UNSET:
            field_dict["snapshot_retention"] = snapshot_retention
        if type_ is not UNSET:
            field_dict["type"] = type_

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
        if not _REQUIRED_KEYS <= data.keys():
            raise MissingFieldError.first_of("Volume", _REQUIRED, data)
        volume = _new(cls)
        _setattr(volume, "__dict__", data)
        return volume

    @staticmethod
    def _from_json(data: dict[str, Any]) -> Volume:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return Volume._wrap(Volume._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
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
        if not _REQUIRED_KEYS <= data.keys():
            raise MissingFieldError.first_of("Volume", _REQUIRED, data)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> Volume:
        volume = _new(Volume)
        _setattr(volume, "__dict__", data)
        return volume

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


_load_host_status = enum_loader(VolumeHostStatus)


_load_type_ = enum_loader(VolumeType)


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"Volume is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    Volume,
    renamed={
        "type_": "type",
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "created_at",
        "encrypted",
        "id",
        "name",
        "region",
        "size_gb",
        "state",
        "zone",
        "attached_alloc_id",
        "attached_machine_id",
        "auto_backup_enabled",
        "block_size",
        "blocks",
        "blocks_avail",
        "blocks_free",
        "bytes_total",
        "bytes_used",
        "fstype",
        "host_features",
        "host_status",
        "required_host_features",
        "snapshot_retention",
        "type",
    )
)
# The keys it must have (a field the API always sends), in the order they are reported.
_REQUIRED = (
    "created_at",
    "encrypted",
    "id",
    "name",
    "region",
    "size_gb",
    "state",
    "zone",
)
_REQUIRED_KEYS = frozenset(_REQUIRED)
