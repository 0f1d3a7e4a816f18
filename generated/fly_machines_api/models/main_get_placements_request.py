from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    MissingFieldError,
    Unset,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.fly_machine_guest import FlyMachineGuest
    from ..models.placement_weights import PlacementWeights


T = TypeVar("T", bound="MainGetPlacementsRequest")


@_attrs_define
class MainGetPlacementsRequest:
    """
    Attributes:
        org_slug (str):  Example: personal.
        compute (FlyMachineGuest | Unset):
        count (int | Unset): Number of machines to simulate placement.
            Defaults to 0, which returns the org-specific limit for each region.
        region (str | Unset): Region expression for placement as a comma-delimited set of regions or aliases.
            Defaults to "[region],any", to prefer the API endpoint's local region with any other region as fallback.
            Example: lhr,eu.
        volume_name (str | Unset):
        volume_size_bytes (int | Unset):
        weights (PlacementWeights | Unset):
    """

    org_slug: str
    compute: FlyMachineGuest | Unset = UNSET
    count: int | Unset = UNSET
    region: str | Unset = UNSET
    volume_name: str | Unset = UNSET
    volume_size_bytes: int | Unset = UNSET
    weights: PlacementWeights | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_slug = self.org_slug

        compute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compute, Unset):
            compute = self.compute.to_dict()

        count = self.count

        region = self.region

        volume_name = self.volume_name

        volume_size_bytes = self.volume_size_bytes

        weights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weights, Unset):
            weights = self.weights.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "org_slug": org_slug,
            }
        )
        if compute is not UNSET:
            field_dict["compute"] = compute
        if count is not UNSET:
            field_dict["count"] = count
        if region is not UNSET:
            field_dict["region"] = region
        if volume_name is not UNSET:
            field_dict["volume_name"] = volume_name
        if volume_size_bytes is not UNSET:
            field_dict["volume_size_bytes"] = volume_size_bytes
        if weights is not UNSET:
            field_dict["weights"] = weights

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
        try:
            main_get_placements_request = cls(**kwargs)
        except TypeError:
            # fly-machines template change: a field the API always sends is missing (the
            # class cannot be built without it): name the model and the first one missing.
            # Checking for them up front would cost every answer the time of a few lookups.
            missing = MissingFieldError.first_of("MainGetPlacementsRequest", _REQUIRED, src_dict)
            if missing is None:
                raise
            raise missing from None
        if additional_properties is not None:
            main_get_placements_request.additional_properties = additional_properties
        return main_get_placements_request

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
from ..models.placement_weights import PlacementWeights  # noqa: E402

_REQUIRED = ("org_slug",)

_NAMES_FROM_JSON: dict[str, str] = {
    "org_slug": "org_slug",
    "count": "count",
    "region": "region",
    "volume_name": "volume_name",
    "volume_size_bytes": "volume_size_bytes",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "compute": ("compute", FlyMachineGuest.from_dict),
    "weights": ("weights", PlacementWeights.from_dict),
}
