from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    finish_model,
    model_repr,
)

T = TypeVar("T", bound="MainTokenInfo")


@_attrs_define(slots=False)
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
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        main_token_info = _new(cls)
        _setattr(main_token_info, "__dict__", data)
        return main_token_info

    @staticmethod
    def _from_json(data: dict[str, Any]) -> MainTokenInfo:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return MainTokenInfo._wrap(MainTokenInfo._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(f"MainTokenInfo is made from a JSON object, not {type(data).__name__}")
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> MainTokenInfo:
        main_token_info = _new(MainTokenInfo)
        _setattr(main_token_info, "__dict__", data)
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


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"MainTokenInfo is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(MainTokenInfo)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "apps",
        "org_slug",
        "organization",
        "restricted_to_machine",
        "source_machine_id",
        "token_id",
        "user",
    )
)
