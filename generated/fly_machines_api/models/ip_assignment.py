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
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.ip_assignment_network import IPAssignmentNetwork


T = TypeVar("T", bound="IPAssignment")


@_attrs_define(slots=False)
class IPAssignment:
    """
    Attributes:
        created_at (datetime.datetime | Unset):
        egress (bool | Unset):
        ip (str | Unset):
        network (IPAssignmentNetwork | Unset): The 6PN network a Flycast (private_v6) address belongs to. Null for all
            other IP types.
        region (str | Unset):
        service_name (str | Unset):
        shared (bool | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    egress: bool | Unset = UNSET
    ip: str | Unset = UNSET
    network: IPAssignmentNetwork | Unset = UNSET
    region: str | Unset = UNSET
    service_name: str | Unset = UNSET
    shared: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        egress = self.egress

        ip = self.ip

        network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.to_dict()

        region = self.region

        service_name = self.service_name

        shared = self.shared

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if egress is not UNSET:
            field_dict["egress"] = egress
        if ip is not UNSET:
            field_dict["ip"] = ip
        if network is not UNSET:
            field_dict["network"] = network
        if region is not UNSET:
            field_dict["region"] = region
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if shared is not UNSET:
            field_dict["shared"] = shared

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "created_at" in data:
            if (value := data["created_at"]) is None:
                del data["created_at"]  # null: as if absent, as Go reads it
            else:
                data["created_at"] = parse_datetime(value)
        if "network" in data:
            if (value := data["network"]) is None:
                del data["network"]  # null: as if absent, as Go reads it
            else:
                data["network"] = IPAssignmentNetwork.from_dict(value)
        ip_assignment = _new(cls)
        _setattr(ip_assignment, "__dict__", data)
        return ip_assignment

    @staticmethod
    def _from_json(data: dict[str, Any]) -> IPAssignment:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return IPAssignment._wrap(IPAssignment._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(f"IPAssignment is made from a JSON object, not {type(data).__name__}")
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "created_at" in data:
            if (value := data["created_at"]) is None:
                del data["created_at"]  # null: as if absent, as Go reads it
            else:
                data["created_at"] = parse_datetime(value)
        if "network" in data:
            if (value := data["network"]) is None:
                del data["network"]  # null: as if absent, as Go reads it
            else:
                data["network"] = IPAssignmentNetwork._prepare(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> IPAssignment:
        ip_assignment = _new(IPAssignment)
        _setattr(ip_assignment, "__dict__", data)
        return ip_assignment

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


from ..models.ip_assignment_network import IPAssignmentNetwork  # noqa: E402


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"IPAssignment is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    IPAssignment,
    nested={
        "network": IPAssignmentNetwork,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "created_at",
        "egress",
        "ip",
        "network",
        "region",
        "service_name",
        "shared",
    )
)
