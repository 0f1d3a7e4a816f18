from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    finish_model,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.fly_machine_guest import FlyMachineGuest


T = TypeVar("T", bound="CreateVolumeRequest")


@_attrs_define(slots=False)
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
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "compute" in data:
            if (value := data["compute"]) is None:
                del data["compute"]  # null: as if absent, as Go reads it
            else:
                data["compute"] = FlyMachineGuest.from_dict(value)
        create_volume_request = _new(cls)
        _setattr(create_volume_request, "__dict__", data)
        return create_volume_request

    @staticmethod
    def _from_json(data: dict[str, Any]) -> CreateVolumeRequest:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return CreateVolumeRequest._wrap(CreateVolumeRequest._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"CreateVolumeRequest is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "compute" in data:
            if (value := data["compute"]) is None:
                del data["compute"]  # null: as if absent, as Go reads it
            else:
                data["compute"] = FlyMachineGuest._prepare(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> CreateVolumeRequest:
        create_volume_request = _new(CreateVolumeRequest)
        _setattr(create_volume_request, "__dict__", data)
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


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(
            f"CreateVolumeRequest is made from a JSON object, not {type(data).__name__}"
        )
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    CreateVolumeRequest,
    nested={
        "compute": FlyMachineGuest,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "auto_backup_enabled",
        "compute",
        "compute_image",
        "encrypted",
        "fstype",
        "name",
        "region",
        "require_unique_zone",
        "size_gb",
        "snapshot_id",
        "snapshot_retention",
        "source_volume_id",
        "unique_zone_app_wide",
    )
)
