from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

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
        # answer carries few of them (see _NAMES_FROM_JSON and _LOADED_FROM_JSON at the end
        # of this module: the keys taken as they are, and those converted).
        kwargs: dict[str, Any] = {}
        # Made only when an unknown key comes (the class makes an empty one itself).
        additional_properties: dict[str, Any] | None = None
        for key, value in src_dict.items():
            name = _NAMES_FROM_JSON.get(key)
            if name is not None:
                kwargs[name] = value
            else:
                if additional_properties is None:
                    additional_properties = {}
                additional_properties[key] = value
        create_app_request = cls(**kwargs)
        if additional_properties is not None:
            create_app_request.additional_properties = additional_properties
        return create_app_request

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


_NAMES_FROM_JSON: dict[str, str] = {
    "enable_subdomains": "enable_subdomains",
    "idempotency_key": "idempotency_key",
    "name": "name",
    "network": "network",
    "org_slug": "org_slug",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {}
