from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    finish_model,
    from_unixtime,
    model_repr,
    to_unixtime,
)

T = TypeVar("T", bound="StrippedLease")


@_attrs_define(slots=False)
class StrippedLease:
    """
    Attributes:
        description (str | Unset):
        expires_at (datetime.datetime | Unset):
        owner (str | Unset):
    """

    description: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    owner: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        expires_at: int | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = to_unixtime(self.expires_at)

        owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "expires_at" in data:
            if (value := data["expires_at"]) is None:
                del data["expires_at"]  # null: as if absent, as Go reads it
            else:
                data["expires_at"] = from_unixtime(value)
        stripped_lease = _new(cls)
        _setattr(stripped_lease, "__dict__", data)
        return stripped_lease

    @staticmethod
    def _from_json(data: dict[str, Any]) -> StrippedLease:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return StrippedLease._wrap(StrippedLease._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(f"StrippedLease is made from a JSON object, not {type(data).__name__}")
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "expires_at" in data:
            if (value := data["expires_at"]) is None:
                del data["expires_at"]  # null: as if absent, as Go reads it
            else:
                data["expires_at"] = from_unixtime(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> StrippedLease:
        stripped_lease = _new(StrippedLease)
        _setattr(stripped_lease, "__dict__", data)
        return stripped_lease

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
        raise TypeError(f"StrippedLease is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(StrippedLease)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "description",
        "expires_at",
        "owner",
    )
)
