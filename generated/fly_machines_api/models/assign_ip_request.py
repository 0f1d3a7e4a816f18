from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ip_assignment_type import IPAssignmentType
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    model_repr,
)

T = TypeVar("T", bound="AssignIPRequest")


@_attrs_define
class AssignIPRequest:
    """
    Attributes:
        network (str | Unset):
        org_slug (str | Unset):
        region (str | Unset):
        service_name (str | Unset):
        type_ (IPAssignmentType | Unset): Type of IP address to allocate. "egress-pair" allocates both v4 and v6 egress
            IP addresses (recommended when using egress IPs).
    """

    network: str | Unset = UNSET
    org_slug: str | Unset = UNSET
    region: str | Unset = UNSET
    service_name: str | Unset = UNSET
    type_: IPAssignmentType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network = self.network

        org_slug = self.org_slug

        region = self.region

        service_name = self.service_name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if network is not UNSET:
            field_dict["network"] = network
        if org_slug is not UNSET:
            field_dict["org_slug"] = org_slug
        if region is not UNSET:
            field_dict["region"] = region
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if type_ is not UNSET:
            field_dict["type"] = type_

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
        assign_ip_request = cls(**kwargs)
        if additional_properties is not None:
            assign_ip_request.additional_properties = additional_properties
        return assign_ip_request

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


_load_type_ = enum_loader(IPAssignmentType)


_NAMES_FROM_JSON: dict[str, str] = {
    "network": "network",
    "org_slug": "org_slug",
    "region": "region",
    "service_name": "service_name",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "type": ("type_", _load_type_),
}
