from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.fly_machine_guest import FlyMachineGuest


T = TypeVar("T", bound="CreateVolumeRequest")


@_attrs_define
class CreateVolumeRequest:
    """
    Attributes:
        auto_backup_enabled (bool | Unset): enable scheduled automatic snapshots. Defaults to `true`
        compute (FlyMachineGuest | Unset):
        compute_image (str | Unset):
        encrypted (bool | Unset):
        fstype (str | Unset):
        name (str | Unset):
        region (str | Unset):
        require_unique_zone (bool | Unset):
        size_gb (int | Unset):
        snapshot_id (str | Unset): restore from snapshot
        snapshot_retention (int | Unset):
        source_volume_id (str | Unset): fork from remote volume
        unique_zone_app_wide (bool | Unset):
    """

    auto_backup_enabled: bool | Unset = UNSET
    compute: FlyMachineGuest | Unset = UNSET
    compute_image: str | Unset = UNSET
    encrypted: bool | Unset = UNSET
    fstype: str | Unset = UNSET
    name: str | Unset = UNSET
    region: str | Unset = UNSET
    require_unique_zone: bool | Unset = UNSET
    size_gb: int | Unset = UNSET
    snapshot_id: str | Unset = UNSET
    snapshot_retention: int | Unset = UNSET
    source_volume_id: str | Unset = UNSET
    unique_zone_app_wide: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_backup_enabled = self.auto_backup_enabled

        compute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compute, Unset):
            compute = self.compute.to_dict()

        compute_image = self.compute_image

        encrypted = self.encrypted

        fstype = self.fstype

        name = self.name

        region = self.region

        require_unique_zone = self.require_unique_zone

        size_gb = self.size_gb

        snapshot_id = self.snapshot_id

        snapshot_retention = self.snapshot_retention

        source_volume_id = self.source_volume_id

        unique_zone_app_wide = self.unique_zone_app_wide

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_backup_enabled is not UNSET:
            field_dict["auto_backup_enabled"] = auto_backup_enabled
        if compute is not UNSET:
            field_dict["compute"] = compute
        if compute_image is not UNSET:
            field_dict["compute_image"] = compute_image
        if encrypted is not UNSET:
            field_dict["encrypted"] = encrypted
        if fstype is not UNSET:
            field_dict["fstype"] = fstype
        if name is not UNSET:
            field_dict["name"] = name
        if region is not UNSET:
            field_dict["region"] = region
        if require_unique_zone is not UNSET:
            field_dict["require_unique_zone"] = require_unique_zone
        if size_gb is not UNSET:
            field_dict["size_gb"] = size_gb
        if snapshot_id is not UNSET:
            field_dict["snapshot_id"] = snapshot_id
        if snapshot_retention is not UNSET:
            field_dict["snapshot_retention"] = snapshot_retention
        if source_volume_id is not UNSET:
            field_dict["source_volume_id"] = source_volume_id
        if unique_zone_app_wide is not UNSET:
            field_dict["unique_zone_app_wide"] = unique_zone_app_wide

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
        create_volume_request = cls(**kwargs)
        if additional_properties is not None:
            create_volume_request.additional_properties = additional_properties
        return create_volume_request

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


from ..models.fly_machine_guest import FlyMachineGuest  # noqa: E402

_NAMES_FROM_JSON: dict[str, str] = {
    "auto_backup_enabled": "auto_backup_enabled",
    "compute_image": "compute_image",
    "encrypted": "encrypted",
    "fstype": "fstype",
    "name": "name",
    "region": "region",
    "require_unique_zone": "require_unique_zone",
    "size_gb": "size_gb",
    "snapshot_id": "snapshot_id",
    "snapshot_retention": "snapshot_retention",
    "source_volume_id": "source_volume_id",
    "unique_zone_app_wide": "unique_zone_app_wide",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "compute": ("compute", FlyMachineGuest.from_dict),
}
