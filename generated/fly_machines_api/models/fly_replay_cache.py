from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fly_replay_cache_type import FlyReplayCacheType
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    finish_model,
    model_repr,
)

T = TypeVar("T", bound="FlyReplayCache")


@_attrs_define(slots=False)
class FlyReplayCache:
    """
    Attributes:
        allow_bypass (bool | Unset):
        name (str | Unset): Name of the cookie or header to key the cache on
        path_prefix (str | Unset):
        ttl_seconds (int | Unset):
        type_ (FlyReplayCacheType | Unset): Currently either "cookie" or "header"
    """

    allow_bypass: bool | Unset = UNSET
    name: str | Unset = UNSET
    path_prefix: str | Unset = UNSET
    ttl_seconds: int | Unset = UNSET
    type_: FlyReplayCacheType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_bypass = self.allow_bypass

        name = self.name

        path_prefix = self.path_prefix

        ttl_seconds = self.ttl_seconds

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_bypass is not UNSET:
            field_dict["allow_bypass"] = allow_bypass
        if name is not UNSET:
            field_dict["name"] = name
        if path_prefix is not UNSET:
            field_dict["path_prefix"] = path_prefix
        if ttl_seconds is not UNSET:
            field_dict["ttl_seconds"] = ttl_seconds
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "type" in data:
            if (value := data["type"]) is None:
                del data["type"]  # null: as if absent, as Go reads it
            else:
                data["type"] = _load_type_(value)
        fly_replay_cache = _new(cls)
        _setattr(fly_replay_cache, "__dict__", data)
        return fly_replay_cache

    @staticmethod
    def _from_json(data: dict[str, Any]) -> FlyReplayCache:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return FlyReplayCache._wrap(FlyReplayCache._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(f"FlyReplayCache is made from a JSON object, not {type(data).__name__}")
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "type" in data:
            if (value := data["type"]) is None:
                del data["type"]  # null: as if absent, as Go reads it
            else:
                data["type"] = _load_type_(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> FlyReplayCache:
        fly_replay_cache = _new(FlyReplayCache)
        _setattr(fly_replay_cache, "__dict__", data)
        return fly_replay_cache

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


_load_type_ = enum_loader(FlyReplayCacheType)


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"FlyReplayCache is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    FlyReplayCache,
    renamed={
        "type_": "type",
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "allow_bypass",
        "name",
        "path_prefix",
        "ttl_seconds",
        "type",
    )
)
