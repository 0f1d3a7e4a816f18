from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    MissingFieldError,
    Unset,
    finish_model,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.fly_machine_guest import FlyMachineGuest
    from ..models.placement_weights import PlacementWeights


T = TypeVar("T", bound="MainGetPlacementsRequest")


@_attrs_define(slots=False)
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
        if "weights" in data:
            if (value := data["weights"]) is None:
                del data["weights"]  # null: as if absent, as Go reads it
            else:
                data["weights"] = PlacementWeights.from_dict(value)
        if not _REQUIRED_KEYS <= data.keys():
            raise MissingFieldError.first_of("MainGetPlacementsRequest", _REQUIRED, data)
        main_get_placements_request = _new(cls)
        _setattr(main_get_placements_request, "__dict__", data)
        return main_get_placements_request

    @staticmethod
    def _from_json(data: dict[str, Any]) -> MainGetPlacementsRequest:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return MainGetPlacementsRequest._wrap(MainGetPlacementsRequest._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "compute" in data:
            if (value := data["compute"]) is None:
                del data["compute"]  # null: as if absent, as Go reads it
            else:
                data["compute"] = FlyMachineGuest._prepare(value)
        if "weights" in data:
            if (value := data["weights"]) is None:
                del data["weights"]  # null: as if absent, as Go reads it
            else:
                data["weights"] = PlacementWeights._prepare(value)
        if not _REQUIRED_KEYS <= data.keys():
            raise MissingFieldError.first_of("MainGetPlacementsRequest", _REQUIRED, data)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> MainGetPlacementsRequest:
        main_get_placements_request = _new(MainGetPlacementsRequest)
        _setattr(main_get_placements_request, "__dict__", data)
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


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(
            f"MainGetPlacementsRequest is made from a JSON object, not {type(data).__name__}"
        )
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    MainGetPlacementsRequest,
    nested={
        "compute": FlyMachineGuest,
        "weights": PlacementWeights,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "org_slug",
        "compute",
        "count",
        "region",
        "volume_name",
        "volume_size_bytes",
        "weights",
    )
)
# The keys it must have (a field the API always sends), in the order they are reported.
_REQUIRED = ("org_slug",)
_REQUIRED_KEYS = frozenset(_REQUIRED)
