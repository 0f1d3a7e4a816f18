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
    owned_list,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.org_volume import OrgVolume


T = TypeVar("T", bound="OrgVolumesResponse")


@_attrs_define(slots=False)
class OrgVolumesResponse:
    """
    Attributes:
        last_updated_at (datetime.datetime | Unset):
        last_volume_id (str | Unset):
        next_cursor (str | Unset):
        volumes (list[OrgVolume] | Unset):
    """

    last_updated_at: datetime.datetime | Unset = UNSET
    last_volume_id: str | Unset = UNSET
    next_cursor: str | Unset = UNSET
    volumes: list[OrgVolume] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_updated_at: str | Unset = UNSET
        if not isinstance(self.last_updated_at, Unset):
            last_updated_at = format_datetime(self.last_updated_at)

        last_volume_id = self.last_volume_id

        next_cursor = self.next_cursor

        volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = []
            for volumes_item_data in self.volumes:
                volumes_item = volumes_item_data.to_dict()
                volumes.append(volumes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at
        if last_volume_id is not UNSET:
            field_dict["last_volume_id"] = last_volume_id
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if volumes is not UNSET:
            field_dict["volumes"] = volumes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "last_updated_at" in data:
            if (value := data["last_updated_at"]) is None:
                del data["last_updated_at"]  # null: as if absent, as Go reads it
            else:
                data["last_updated_at"] = parse_datetime(value)
        if "volumes" in data:
            if (value := data["volumes"]) is None:
                del data["volumes"]  # null: as if absent, as Go reads it
            else:
                data["volumes"] = _load_volumes(value)
        org_volumes_response = _new(cls)
        _setattr(org_volumes_response, "__dict__", data)
        return org_volumes_response

    @staticmethod
    def _from_json(data: dict[str, Any]) -> OrgVolumesResponse:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return OrgVolumesResponse._wrap(OrgVolumesResponse._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"OrgVolumesResponse is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "last_updated_at" in data:
            if (value := data["last_updated_at"]) is None:
                del data["last_updated_at"]  # null: as if absent, as Go reads it
            else:
                data["last_updated_at"] = parse_datetime(value)
        if "volumes" in data:
            if (value := data["volumes"]) is None:
                del data["volumes"]  # null: as if absent, as Go reads it
            else:
                data["volumes"] = _take_volumes(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> OrgVolumesResponse:
        org_volumes_response = _new(OrgVolumesResponse)
        _setattr(org_volumes_response, "__dict__", data)
        return org_volumes_response

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


from ..models.org_volume import OrgVolume  # noqa: E402


def _load_volumes(value_from_json: Any) -> list[OrgVolume] | Unset:
    return [OrgVolume.from_dict(item) for item in value_from_json]


def _take_volumes(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(OrgVolume._prepare, value_from_json)
    prepare = OrgVolume._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"OrgVolumesResponse is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    OrgVolumesResponse,
    nested_lists={
        "volumes": OrgVolume,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "last_updated_at",
        "last_volume_id",
        "next_cursor",
        "volumes",
    )
)
