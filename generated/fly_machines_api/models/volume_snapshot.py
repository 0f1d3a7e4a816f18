from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    format_datetime,
    model_repr,
    parse_datetime,
)

T = TypeVar("T", bound="VolumeSnapshot")


@_attrs_define
class VolumeSnapshot:
    """
    Attributes:
        created_at (datetime.datetime | Unset):
        digest (str | Unset):
        id (str | Unset):
        retention_days (int | Unset):
        size (int | Unset):
        status (str | Unset):
        volume_size (int | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    digest: str | Unset = UNSET
    id: str | Unset = UNSET
    retention_days: int | Unset = UNSET
    size: int | Unset = UNSET
    status: str | Unset = UNSET
    volume_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        digest = self.digest

        id = self.id

        retention_days = self.retention_days

        size = self.size

        status = self.status

        volume_size = self.volume_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if digest is not UNSET:
            field_dict["digest"] = digest
        if id is not UNSET:
            field_dict["id"] = id
        if retention_days is not UNSET:
            field_dict["retention_days"] = retention_days
        if size is not UNSET:
            field_dict["size"] = size
        if status is not UNSET:
            field_dict["status"] = status
        if volume_size is not UNSET:
            field_dict["volume_size"] = volume_size

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
        volume_snapshot = cls(**kwargs)
        if additional_properties is not None:
            volume_snapshot.additional_properties = additional_properties
        return volume_snapshot

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


_NAMES_FROM_JSON: dict[str, str] = {
    "digest": "digest",
    "id": "id",
    "retention_days": "retention_days",
    "size": "size",
    "status": "status",
    "volume_size": "volume_size",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "created_at": ("created_at", parse_datetime),
}
