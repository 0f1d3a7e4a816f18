from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fly_machine_config import FlyMachineConfig


T = TypeVar("T", bound="UpdateMachineRequest")


@_attrs_define
class UpdateMachineRequest:
    """
    Attributes:
        config (FlyMachineConfig | Unset):
        current_version (str | Unset): CurrentVersion is an optional optimistic-concurrency guard: the Machine's
            `version`, as returned by create, get or a previous update. When set
            and it is no longer the Machine's current version, the update is rejected
            with 409 Conflict and nothing changes. Omit it to update unconditionally.
        lease_ttl (int | Unset):
        min_secrets_version (int | Unset):
        name (str | Unset): Unique name for this Machine. If omitted, one is generated for you
        region (str | Unset): The target region. Omitting this param launches in the same region as your WireGuard peer
            connection (somewhere near you).
        skip_launch (bool | Unset):
        skip_secrets (bool | Unset):
        skip_service_registration (bool | Unset):
    """

    config: FlyMachineConfig | Unset = UNSET
    current_version: str | Unset = UNSET
    lease_ttl: int | Unset = UNSET
    min_secrets_version: int | Unset = UNSET
    name: str | Unset = UNSET
    region: str | Unset = UNSET
    skip_launch: bool | Unset = UNSET
    skip_secrets: bool | Unset = UNSET
    skip_service_registration: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        current_version = self.current_version

        lease_ttl = self.lease_ttl

        min_secrets_version = self.min_secrets_version

        name = self.name

        region = self.region

        skip_launch = self.skip_launch

        skip_secrets = self.skip_secrets

        skip_service_registration = self.skip_service_registration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if current_version is not UNSET:
            field_dict["current_version"] = current_version
        if lease_ttl is not UNSET:
            field_dict["lease_ttl"] = lease_ttl
        if min_secrets_version is not UNSET:
            field_dict["min_secrets_version"] = min_secrets_version
        if name is not UNSET:
            field_dict["name"] = name
        if region is not UNSET:
            field_dict["region"] = region
        if skip_launch is not UNSET:
            field_dict["skip_launch"] = skip_launch
        if skip_secrets is not UNSET:
            field_dict["skip_secrets"] = skip_secrets
        if skip_service_registration is not UNSET:
            field_dict["skip_service_registration"] = skip_service_registration

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
        update_machine_request = cls(**kwargs)
        update_machine_request.additional_properties = additional_properties
        return update_machine_request

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


from ..models.fly_machine_config import FlyMachineConfig  # noqa: E402

_FIELDS_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "config": ("config", FlyMachineConfig.from_dict),
    "current_version": ("current_version", None),
    "lease_ttl": ("lease_ttl", None),
    "min_secrets_version": ("min_secrets_version", None),
    "name": ("name", None),
    "region": ("region", None),
    "skip_launch": ("skip_launch", None),
    "skip_secrets": ("skip_secrets", None),
    "skip_service_registration": ("skip_service_registration", None),
}
