from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.main_region_row import MainRegionRow


T = TypeVar("T", bound="MainRegionResponse")


@_attrs_define
class MainRegionResponse:
    """
    Attributes:
        nearest (str | Unset):
        regions (list[MainRegionRow] | Unset):
    """

    nearest: str | Unset = UNSET
    regions: list[MainRegionRow] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nearest = self.nearest

        regions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = []
            for regions_item_data in self.regions:
                regions_item = regions_item_data.to_dict()
                regions.append(regions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nearest is not UNSET:
            field_dict["nearest"] = nearest
        if regions is not UNSET:
            field_dict["regions"] = regions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Only the keys present are visited, for speed: most properties are optional and an
        # answer carries few of them (see _FIELDS_FROM_JSON at the end of this module).
        kwargs: dict[str, Any] = {}
        additional_properties: dict[str, Any] = {}
        for key, value in src_dict.items():
            field = _FIELDS_FROM_JSON.get(key)
            if field is not None:
                name, load = field
                kwargs[name] = value if load is None else load(value)
            else:
                additional_properties[key] = value
        main_region_response = cls(**kwargs)
        main_region_response.additional_properties = additional_properties
        return main_region_response

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


from ..models.main_region_row import MainRegionRow  # noqa: E402


def _load_regions(value_from_json: Any) -> list[MainRegionRow] | Unset:
    _regions = value_from_json
    regions: list[MainRegionRow] | Unset = UNSET
    if _regions is not UNSET:
        regions = []
        for regions_item_data in _regions:
            regions_item = MainRegionRow.from_dict(regions_item_data)

            regions.append(regions_item)

    return regions


_FIELDS_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "nearest": ("nearest", None),
    "regions": ("regions", _load_regions),
}
