from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.fly_machine_config import FlyMachineConfig


T = TypeVar("T", bound="CreateMachineRequest")


@_attrs_define
class CreateMachineRequest:
    """
    Attributes:
        config (FlyMachineConfig | Unset):
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
        create_machine_request = cls(**kwargs)
        if additional_properties is not None:
            create_machine_request.additional_properties = additional_properties
        return create_machine_request

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


from ..models.fly_machine_config import FlyMachineConfig  # noqa: E402

_NAMES_FROM_JSON: dict[str, str] = {
    "lease_ttl": "lease_ttl",
    "min_secrets_version": "min_secrets_version",
    "name": "name",
    "region": "region",
    "skip_launch": "skip_launch",
    "skip_secrets": "skip_secrets",
    "skip_service_registration": "skip_service_registration",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "config": ("config", FlyMachineConfig.from_dict),
}
