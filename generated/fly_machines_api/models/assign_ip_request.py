from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ip_assignment_type import IPAssignmentType
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    finish_model,
    model_repr,
)

T = TypeVar("T", bound="AssignIPRequest")


@_attrs_define(slots=False)
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
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "type" in data:
            if (value := data["type"]) is None:
                del data["type"]  # null: as if absent, as Go reads it
            else:
                data["type"] = _load_type_(value)
        assign_ip_request = _new(cls)
        _setattr(assign_ip_request, "__dict__", data)
        return assign_ip_request

    @staticmethod
    def _from_json(data: dict[str, Any]) -> AssignIPRequest:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return AssignIPRequest._wrap(AssignIPRequest._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"AssignIPRequest is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "type" in data:
            if (value := data["type"]) is None:
                del data["type"]  # null: as if absent, as Go reads it
            else:
                data["type"] = _load_type_(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> AssignIPRequest:
        assign_ip_request = _new(AssignIPRequest)
        _setattr(assign_ip_request, "__dict__", data)
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


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"AssignIPRequest is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    AssignIPRequest,
    renamed={
        "type_": "type",
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "network",
        "org_slug",
        "region",
        "service_name",
        "type",
    )
)
