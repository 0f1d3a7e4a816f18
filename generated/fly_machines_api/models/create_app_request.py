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

T = TypeVar("T", bound="CreateAppRequest")


@_attrs_define(slots=False)
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
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        create_app_request = _new(cls)
        _setattr(create_app_request, "__dict__", data)
        return create_app_request

    @staticmethod
    def _from_json(data: dict[str, Any]) -> CreateAppRequest:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return CreateAppRequest._wrap(CreateAppRequest._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"CreateAppRequest is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> CreateAppRequest:
        create_app_request = _new(CreateAppRequest)
        _setattr(create_app_request, "__dict__", data)
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


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"CreateAppRequest is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(CreateAppRequest)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "enable_subdomains",
        "idempotency_key",
        "name",
        "network",
        "org_slug",
    )
)
