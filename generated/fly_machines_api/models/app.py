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
    from ..models.app_organization_info import AppOrganizationInfo


T = TypeVar("T", bound="App")


@_attrs_define(slots=False)
class App:
    """
    Attributes:
        id (str):
        name (str):
        internal_numeric_id (int | Unset):
        machine_count (int | Unset):
        network (str | Unset):
        network_cidr (str | Unset):
        organization (AppOrganizationInfo | Unset):
        status (str | Unset):
        volume_count (int | Unset):
    """

    id: str
    name: str
    internal_numeric_id: int | Unset = UNSET
    machine_count: int | Unset = UNSET
    network: str | Unset = UNSET
    network_cidr: str | Unset = UNSET
    organization: AppOrganizationInfo | Unset = UNSET
    status: str | Unset = UNSET
    volume_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        internal_numeric_id = self.internal_numeric_id

        machine_count = self.machine_count

        network = self.network

        network_cidr = self.network_cidr

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        status = self.status

        volume_count = self.volume_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if internal_numeric_id is not UNSET:
            field_dict["internal_numeric_id"] = internal_numeric_id
        if machine_count is not UNSET:
            field_dict["machine_count"] = machine_count
        if network is not UNSET:
            field_dict["network"] = network
        if network_cidr is not UNSET:
            field_dict["network_cidr"] = network_cidr
        if organization is not UNSET:
            field_dict["organization"] = organization
        if status is not UNSET:
            field_dict["status"] = status
        if volume_count is not UNSET:
            field_dict["volume_count"] = volume_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "organization" in data:
            if (value := data["organization"]) is None:
                del data["organization"]  # null: as if absent, as Go reads it
            else:
                data["organization"] = AppOrganizationInfo.from_dict(value)
        if not _REQUIRED_KEYS <= data.keys():
            raise MissingFieldError.first_of("App", _REQUIRED, data)
        app = _new(cls)
        _setattr(app, "__dict__", data)
        return app

    @staticmethod
    def _from_json(data: dict[str, Any]) -> App:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return App._wrap(App._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "organization" in data:
            if (value := data["organization"]) is None:
                del data["organization"]  # null: as if absent, as Go reads it
            else:
                data["organization"] = AppOrganizationInfo._prepare(value)
        if not _REQUIRED_KEYS <= data.keys():
            raise MissingFieldError.first_of("App", _REQUIRED, data)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> App:
        app = _new(App)
        _setattr(app, "__dict__", data)
        return app

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


from ..models.app_organization_info import AppOrganizationInfo  # noqa: E402


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"App is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    App,
    nested={
        "organization": AppOrganizationInfo,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "id",
        "name",
        "internal_numeric_id",
        "machine_count",
        "network",
        "network_cidr",
        "organization",
        "status",
        "volume_count",
    )
)
# The keys it must have (a field the API always sends), in the order they are reported.
_REQUIRED = (
    "id",
    "name",
)
_REQUIRED_KEYS = frozenset(_REQUIRED)
