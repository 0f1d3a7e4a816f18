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
    from ..models.app_organization_info import AppOrganizationInfo


T = TypeVar("T", bound="App")


@_attrs_define
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
            app = cls(**kwargs)
        except TypeError:
            # fly-machines template change: a field the API always sends is missing (the
            # class cannot be built without it): name the model and the first one missing.
            # Checking for them up front would cost every answer the time of a few lookups.
            missing = MissingFieldError.first_of("App", _REQUIRED, src_dict)
            if missing is None:
                raise
            raise missing from None
        if additional_properties is not None:
            app.additional_properties = additional_properties
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

_REQUIRED = (
    "id",
    "name",
)

_NAMES_FROM_JSON: dict[str, str] = {
    "id": "id",
    "name": "name",
    "internal_numeric_id": "internal_numeric_id",
    "machine_count": "machine_count",
    "network": "network",
    "network_cidr": "network_cidr",
    "status": "status",
    "volume_count": "volume_count",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "organization": ("organization", AppOrganizationInfo.from_dict),
}
