from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    MissingFieldError,
    Unset,
    finish_model,
    from_unixtime_ms,
    model_repr,
    to_unixtime_ms,
)

T = TypeVar("T", bound="CreateAppResponse")


@_attrs_define(slots=False)
class CreateAppResponse:
    """
    Attributes:
        id (str):
        created_at (datetime.datetime | Unset):
    """

    id: str
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: int | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = to_unixtime_ms(self.created_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "created_at" in data:
            if (value := data["created_at"]) is None:
                del data["created_at"]  # null: as if absent, as Go reads it
            else:
                data["created_at"] = from_unixtime_ms(value)
        if not _REQUIRED_KEYS <= data.keys():
            raise MissingFieldError.first_of("CreateAppResponse", _REQUIRED, data)
        create_app_response = _new(cls)
        _setattr(create_app_response, "__dict__", data)
        return create_app_response

    @staticmethod
    def _from_json(data: dict[str, Any]) -> CreateAppResponse:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return CreateAppResponse._wrap(CreateAppResponse._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "created_at" in data:
            if (value := data["created_at"]) is None:
                del data["created_at"]  # null: as if absent, as Go reads it
            else:
                data["created_at"] = from_unixtime_ms(value)
        if not _REQUIRED_KEYS <= data.keys():
            raise MissingFieldError.first_of("CreateAppResponse", _REQUIRED, data)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> CreateAppResponse:
        create_app_response = _new(CreateAppResponse)
        _setattr(create_app_response, "__dict__", data)
        return create_app_response

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
        raise TypeError(f"CreateAppResponse is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(CreateAppResponse)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "id",
        "created_at",
    )
)
# The keys it must have (a field the API always sends), in the order they are reported.
_REQUIRED = ("id",)
_REQUIRED_KEYS = frozenset(_REQUIRED)
