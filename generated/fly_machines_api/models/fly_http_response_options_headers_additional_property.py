from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    finish_model,
    model_repr,
)

T = TypeVar("T", bound="FlyHTTPResponseOptionsHeadersAdditionalProperty")


@_attrs_define(slots=False)
class FlyHTTPResponseOptionsHeadersAdditionalProperty:
    """ """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        fly_http_response_options_headers_additional_property = _new(cls)
        _setattr(
            fly_http_response_options_headers_additional_property, "additional_properties", data
        )
        return fly_http_response_options_headers_additional_property

    @staticmethod
    def _from_json(data: dict[str, Any]) -> FlyHTTPResponseOptionsHeadersAdditionalProperty:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return FlyHTTPResponseOptionsHeadersAdditionalProperty._wrap(
            FlyHTTPResponseOptionsHeadersAdditionalProperty._prepare(data)
        )

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"FlyHTTPResponseOptionsHeadersAdditionalProperty is made from a JSON object, not {type(data).__name__}"
            )
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> FlyHTTPResponseOptionsHeadersAdditionalProperty:
        fly_http_response_options_headers_additional_property = _new(
            FlyHTTPResponseOptionsHeadersAdditionalProperty
        )
        _setattr(
            fly_http_response_options_headers_additional_property, "additional_properties", data
        )
        return fly_http_response_options_headers_additional_property

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


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(FlyHTTPResponseOptionsHeadersAdditionalProperty)
