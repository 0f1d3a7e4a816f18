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
    from ..models.fly_machine_config import FlyMachineConfig


T = TypeVar("T", bound="UpdateMachineRequest")


@_attrs_define(slots=False)
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
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "config" in data:
            if (value := data["config"]) is None:
                del data["config"]  # null: as if absent, as Go reads it
            else:
                data["config"] = FlyMachineConfig.from_dict(value)
        update_machine_request = _new(cls)
        _setattr(update_machine_request, "__dict__", data)
        return update_machine_request

    @staticmethod
    def _from_json(data: dict[str, Any]) -> UpdateMachineRequest:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return UpdateMachineRequest._wrap(UpdateMachineRequest._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"UpdateMachineRequest is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "config" in data:
            if (value := data["config"]) is None:
                del data["config"]  # null: as if absent, as Go reads it
            else:
                data["config"] = FlyMachineConfig._prepare(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> UpdateMachineRequest:
        update_machine_request = _new(UpdateMachineRequest)
        _setattr(update_machine_request, "__dict__", data)
        return update_machine_request

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


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(
            f"UpdateMachineRequest is made from a JSON object, not {type(data).__name__}"
        )
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    UpdateMachineRequest,
    nested={
        "config": FlyMachineConfig,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "config",
        "current_version",
        "lease_ttl",
        "min_secrets_version",
        "name",
        "region",
        "skip_launch",
        "skip_secrets",
        "skip_service_registration",
    )
)
