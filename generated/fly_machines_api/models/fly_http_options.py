from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    finish_model,
    model_repr,
    owned_list,
)

if TYPE_CHECKING:
    from ..models.fly_http_response_options import FlyHTTPResponseOptions
    from ..models.fly_replay_cache import FlyReplayCache


T = TypeVar("T", bound="FlyHTTPOptions")


@_attrs_define(slots=False)
class FlyHTTPOptions:
    """
    Attributes:
        compress (bool | Unset):
        h2_backend (bool | Unset):
        headers_read_timeout (int | Unset):
        idle_timeout (int | Unset):
        replay_cache (list[FlyReplayCache] | Unset):
        response (FlyHTTPResponseOptions | Unset):
    """

    compress: bool | Unset = UNSET
    h2_backend: bool | Unset = UNSET
    headers_read_timeout: int | Unset = UNSET
    idle_timeout: int | Unset = UNSET
    replay_cache: list[FlyReplayCache] | Unset = UNSET
    response: FlyHTTPResponseOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compress = self.compress

        h2_backend = self.h2_backend

        headers_read_timeout = self.headers_read_timeout

        idle_timeout = self.idle_timeout

        replay_cache: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.replay_cache, Unset):
            replay_cache = []
            for replay_cache_item_data in self.replay_cache:
                replay_cache_item = replay_cache_item_data.to_dict()
                replay_cache.append(replay_cache_item)

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if compress is not UNSET:
            field_dict["compress"] = compress
        if h2_backend is not UNSET:
            field_dict["h2_backend"] = h2_backend
        if headers_read_timeout is not UNSET:
            field_dict["headers_read_timeout"] = headers_read_timeout
        if idle_timeout is not UNSET:
            field_dict["idle_timeout"] = idle_timeout
        if replay_cache is not UNSET:
            field_dict["replay_cache"] = replay_cache
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "replay_cache" in data:
            if (value := data["replay_cache"]) is None:
                del data["replay_cache"]  # null: as if absent, as Go reads it
            else:
                data["replay_cache"] = _load_replay_cache(value)
        if "response" in data:
            if (value := data["response"]) is None:
                del data["response"]  # null: as if absent, as Go reads it
            else:
                data["response"] = FlyHTTPResponseOptions.from_dict(value)
        fly_http_options = _new(cls)
        _setattr(fly_http_options, "__dict__", data)
        return fly_http_options

    @staticmethod
    def _from_json(data: dict[str, Any]) -> FlyHTTPOptions:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return FlyHTTPOptions._wrap(FlyHTTPOptions._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(f"FlyHTTPOptions is made from a JSON object, not {type(data).__name__}")
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "replay_cache" in data:
            if (value := data["replay_cache"]) is None:
                del data["replay_cache"]  # null: as if absent, as Go reads it
            else:
                data["replay_cache"] = _take_replay_cache(value)
        if "response" in data:
            if (value := data["response"]) is None:
                del data["response"]  # null: as if absent, as Go reads it
            else:
                data["response"] = FlyHTTPResponseOptions._prepare(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> FlyHTTPOptions:
        fly_http_options = _new(FlyHTTPOptions)
        _setattr(fly_http_options, "__dict__", data)
        return fly_http_options

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


from ..models.fly_http_response_options import FlyHTTPResponseOptions  # noqa: E402
from ..models.fly_replay_cache import FlyReplayCache  # noqa: E402


def _load_replay_cache(value_from_json: Any) -> list[FlyReplayCache] | Unset:
    return [FlyReplayCache.from_dict(item) for item in value_from_json]


def _take_replay_cache(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(FlyReplayCache._prepare, value_from_json)
    prepare = FlyReplayCache._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"FlyHTTPOptions is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    FlyHTTPOptions,
    nested={
        "response": FlyHTTPResponseOptions,
    },
    nested_lists={
        "replay_cache": FlyReplayCache,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "compress",
        "h2_backend",
        "headers_read_timeout",
        "idle_timeout",
        "replay_cache",
        "response",
    )
)
