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
    from ..models.machine_overview_config_metadata import MachineOverviewConfigMetadata


T = TypeVar("T", bound="MachineOverviewConfig")


@_attrs_define(slots=False)
class MachineOverviewConfig:
    """
    Attributes:
        guest (FlyMachineGuest | Unset):
        image (str | Unset):
        metadata (MachineOverviewConfigMetadata | Unset):
    """

    guest: FlyMachineGuest | Unset = UNSET
    image: str | Unset = UNSET
    metadata: MachineOverviewConfigMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guest, Unset):
            guest = self.guest.to_dict()

        image = self.image

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guest is not UNSET:
            field_dict["guest"] = guest
        if image is not UNSET:
            field_dict["image"] = image
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "guest" in data:
            if (value := data["guest"]) is None:
                del data["guest"]  # null: as if absent, as Go reads it
            else:
                data["guest"] = FlyMachineGuest.from_dict(value)
        if "metadata" in data:
            if (value := data["metadata"]) is None:
                del data["metadata"]  # null: as if absent, as Go reads it
            else:
                data["metadata"] = MachineOverviewConfigMetadata.from_dict(value)
        machine_overview_config = _new(cls)
        _setattr(machine_overview_config, "__dict__", data)
        return machine_overview_config

    @staticmethod
    def _from_json(data: dict[str, Any]) -> MachineOverviewConfig:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return MachineOverviewConfig._wrap(MachineOverviewConfig._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"MachineOverviewConfig is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "guest" in data:
            if (value := data["guest"]) is None:
                del data["guest"]  # null: as if absent, as Go reads it
            else:
                data["guest"] = FlyMachineGuest._prepare(value)
        if "metadata" in data:
            if (value := data["metadata"]) is None:
                del data["metadata"]  # null: as if absent, as Go reads it
            else:
                data["metadata"] = MachineOverviewConfigMetadata._prepare(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> MachineOverviewConfig:
        machine_overview_config = _new(MachineOverviewConfig)
        _setattr(machine_overview_config, "__dict__", data)
        return machine_overview_config

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
from ..models.machine_overview_config_metadata import MachineOverviewConfigMetadata  # noqa: E402


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(
            f"MachineOverviewConfig is made from a JSON object, not {type(data).__name__}"
        )
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    MachineOverviewConfig,
    nested={
        "guest": FlyMachineGuest,
        "metadata": MachineOverviewConfigMetadata,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "guest",
        "image",
        "metadata",
    )
)
