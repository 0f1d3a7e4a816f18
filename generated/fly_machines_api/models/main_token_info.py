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

T = TypeVar("T", bound="MainTokenInfo")


@_attrs_define
class MainTokenInfo:
    """
    Attributes:
        apps (list[str] | Unset):
        org_slug (str | Unset):
        organization (str | Unset):
        restricted_to_machine (str | Unset): Machine the token is restricted to (FromMachine caveat)
        source_machine_id (str | Unset): Machine making the request
        token_id (str | Unset):
        user (str | Unset): User identifier if token is for a user
    """

    apps: list[str] | Unset = UNSET
    org_slug: str | Unset = UNSET
    organization: str | Unset = UNSET
    restricted_to_machine: str | Unset = UNSET
    source_machine_id: str | Unset = UNSET
    token_id: str | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apps: list[str] | Unset = UNSET
        if not isinstance(self.apps, Unset):
            apps = self.apps

        org_slug = self.org_slug

        organization = self.organization

        restricted_to_machine = self.restricted_to_machine

        source_machine_id = self.source_machine_id

        token_id = self.token_id

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apps is not UNSET:
            field_dict["apps"] = apps
        if org_slug is not UNSET:
            field_dict["org_slug"] = org_slug
        if organization is not UNSET:
            field_dict["organization"] = organization
        if restricted_to_machine is not UNSET:
            field_dict["restricted_to_machine"] = restricted_to_machine
        if source_machine_id is not UNSET:
            field_dict["source_machine_id"] = source_machine_id
        if token_id is not UNSET:
            field_dict["token_id"] = token_id
        if user is not UNSET:
            field_dict["user"] = user

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
        main_token_info = cls(**kwargs)
        if additional_properties is not None:
            main_token_info.additional_properties = additional_properties
        return main_token_info

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
    "apps": "apps",
    "org_slug": "org_slug",
    "organization": "organization",
    "restricted_to_machine": "restricted_to_machine",
    "source_machine_id": "source_machine_id",
    "token_id": "token_id",
    "user": "user",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {}
