from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fly_env_from_field_ref import FlyEnvFromFieldRef
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    finish_model,
    model_repr,
)

T = TypeVar("T", bound="FlyEnvFrom")


@_attrs_define(slots=False)
class FlyEnvFrom:
    """EnvVar defines an environment variable to be populated from a machine field, env_var

    Attributes:
        env_var (str | Unset): EnvVar is required and is the name of the environment variable that will be set from the
            secret. It must be a valid environment variable name.
        field_ref (FlyEnvFromFieldRef | Unset): FieldRef selects a field of the Machine: supports id, version, app_name,
            private_ip, region, image.
    """

    env_var: str | Unset = UNSET
    field_ref: FlyEnvFromFieldRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        env_var = self.env_var

        field_ref: str | Unset = UNSET
        if not isinstance(self.field_ref, Unset):
            field_ref = self.field_ref.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if env_var is not UNSET:
            field_dict["env_var"] = env_var
        if field_ref is not UNSET:
            field_dict["field_ref"] = field_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "field_ref" in data:
            if (value := data["field_ref"]) is None:
                del data["field_ref"]  # null: as if absent, as Go reads it
            else:
                data["field_ref"] = _load_field_ref(value)
        fly_env_from = _new(cls)
        _setattr(fly_env_from, "__dict__", data)
        return fly_env_from

    @staticmethod
    def _from_json(data: dict[str, Any]) -> FlyEnvFrom:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return FlyEnvFrom._wrap(FlyEnvFrom._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(f"FlyEnvFrom is made from a JSON object, not {type(data).__name__}")
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "field_ref" in data:
            if (value := data["field_ref"]) is None:
                del data["field_ref"]  # null: as if absent, as Go reads it
            else:
                data["field_ref"] = _load_field_ref(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> FlyEnvFrom:
        fly_env_from = _new(FlyEnvFrom)
        _setattr(fly_env_from, "__dict__", data)
        return fly_env_from

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


_load_field_ref = enum_loader(FlyEnvFromFieldRef)


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"FlyEnvFrom is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(FlyEnvFrom)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "env_var",
        "field_ref",
    )
)
