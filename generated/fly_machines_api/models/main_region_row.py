from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="MainRegionRow")


@_attrs_define
class MainRegionRow:
    """
    Attributes:
        code (str | Unset):
        deprecated (bool | Unset):
        gateway_available (bool | Unset):
        geo_region (str | Unset):
        latitude (float | Unset):
        longitude (float | Unset):
        mpg_available (bool | Unset):
        name (str | Unset):
        requires_paid_plan (bool | Unset):
    """

    code: str | Unset = UNSET
    deprecated: bool | Unset = UNSET
    gateway_available: bool | Unset = UNSET
    geo_region: str | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    mpg_available: bool | Unset = UNSET
    name: str | Unset = UNSET
    requires_paid_plan: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        deprecated = self.deprecated

        gateway_available = self.gateway_available

        geo_region = self.geo_region

        latitude = self.latitude

        longitude = self.longitude

        mpg_available = self.mpg_available

        name = self.name

        requires_paid_plan = self.requires_paid_plan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if deprecated is not UNSET:
            field_dict["deprecated"] = deprecated
        if gateway_available is not UNSET:
            field_dict["gateway_available"] = gateway_available
        if geo_region is not UNSET:
            field_dict["geo_region"] = geo_region
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if mpg_available is not UNSET:
            field_dict["mpg_available"] = mpg_available
        if name is not UNSET:
            field_dict["name"] = name
        if requires_paid_plan is not UNSET:
            field_dict["requires_paid_plan"] = requires_paid_plan

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
            else:
                if additional_properties is None:
                    additional_properties = {}
                additional_properties[key] = value
        main_region_row = cls(**kwargs)
        if additional_properties is not None:
            main_region_row.additional_properties = additional_properties
        return main_region_row

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
    "code": "code",
    "deprecated": "deprecated",
    "gateway_available": "gateway_available",
    "geo_region": "geo_region",
    "latitude": "latitude",
    "longitude": "longitude",
    "mpg_available": "mpg_available",
    "name": "name",
    "requires_paid_plan": "requires_paid_plan",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {}
