from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAppRequest")


@_attrs_define
class CreateAppRequest:
    """
    Attributes:
        enable_subdomains (bool | Unset):
        idempotency_key (str | Unset): When set, makes a retry of this exact request safe: a
            second create with the same key and the same name (or no name) returns
            the app the first request created, instead of erroring on a false name
            conflict or creating a duplicate. A second create with the same key
            but a *different* name is rejected outright; it won't silently
            hand back the first app.
        name (str | Unset):
        network (str | Unset):
        org_slug (str | Unset):
    """

    enable_subdomains: bool | Unset = UNSET
    idempotency_key: str | Unset = UNSET
    name: str | Unset = UNSET
    network: str | Unset = UNSET
    org_slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_subdomains = self.enable_subdomains

        idempotency_key = self.idempotency_key

        name = self.name

        network = self.network

        org_slug = self.org_slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable_subdomains is not UNSET:
            field_dict["enable_subdomains"] = enable_subdomains
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if name is not UNSET:
            field_dict["name"] = name
        if network is not UNSET:
            field_dict["network"] = network
        if org_slug is not UNSET:
            field_dict["org_slug"] = org_slug

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
        create_app_request = cls(**kwargs)
        create_app_request.additional_properties = additional_properties
        return create_app_request

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


_FIELDS_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "enable_subdomains": ("enable_subdomains", None),
    "idempotency_key": ("idempotency_key", None),
    "name": ("name", None),
    "network": ("network", None),
    "org_slug": ("org_slug", None),
}
