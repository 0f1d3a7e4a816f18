from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ip_assignment_network import IPAssignmentNetwork


T = TypeVar("T", bound="IPAssignment")


@_attrs_define
class IPAssignment:
    """
    Attributes:
        created_at (str | Unset):
        egress (bool | Unset):
        ip (str | Unset):
        network (IPAssignmentNetwork | Unset): The 6PN network a Flycast (private_v6) address belongs to. Null for all
            other IP types.
        region (str | Unset):
        service_name (str | Unset):
        shared (bool | Unset):
    """

    created_at: str | Unset = UNSET
    egress: bool | Unset = UNSET
    ip: str | Unset = UNSET
    network: IPAssignmentNetwork | Unset = UNSET
    region: str | Unset = UNSET
    service_name: str | Unset = UNSET
    shared: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

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
        ip_assignment = cls(**kwargs)
        ip_assignment.additional_properties = additional_properties
        return ip_assignment

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

_FIELDS_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "created_at": ("created_at", None),
    "egress": ("egress", None),
    "ip": ("ip", None),
    "network": ("network", IPAssignmentNetwork.from_dict),
    "region": ("region", None),
    "service_name": ("service_name", None),
    "shared": ("shared", None),
}
