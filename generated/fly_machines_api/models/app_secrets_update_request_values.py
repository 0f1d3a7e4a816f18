from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    finish_model,
    model_repr,
)

T = TypeVar("T", bound="AppSecretsUpdateRequestValues")


@_attrs_define(slots=False)
class AppSecretsUpdateRequestValues:
    """ """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        app_secrets_update_request_values = _new(cls)
        _setattr(app_secrets_update_request_values, "additional_properties", data)
        return app_secrets_update_request_values

    @staticmethod
    def _from_json(data: dict[str, Any]) -> AppSecretsUpdateRequestValues:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return AppSecretsUpdateRequestValues._wrap(AppSecretsUpdateRequestValues._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"AppSecretsUpdateRequestValues is made from a JSON object, not {type(data).__name__}"
            )
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> AppSecretsUpdateRequestValues:
        app_secrets_update_request_values = _new(AppSecretsUpdateRequestValues)
        _setattr(app_secrets_update_request_values, "additional_properties", data)
        return app_secrets_update_request_values

    # fly-machines template change: only the fields that are set (attrs would print every
    # field, dozens of them `=UNSET` for a Machine).
    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(AppSecretsUpdateRequestValues)
