from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.fly_http_response_options import FlyHTTPResponseOptions
    from ..models.fly_replay_cache import FlyReplayCache


T = TypeVar("T", bound="FlyHTTPOptions")


@_attrs_define
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
            elif (field := _LOADED_FROM_JSON.get(key)) is not None:
                kwargs[field[0]] = field[1](value)
            else:
                if additional_properties is None:
                    additional_properties = {}
                additional_properties[key] = value
        fly_http_options = cls(**kwargs)
        if additional_properties is not None:
            fly_http_options.additional_properties = additional_properties
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


_NAMES_FROM_JSON: dict[str, str] = {
    "compress": "compress",
    "h2_backend": "h2_backend",
    "headers_read_timeout": "headers_read_timeout",
    "idle_timeout": "idle_timeout",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "replay_cache": ("replay_cache", _load_replay_cache),
    "response": ("response", FlyHTTPResponseOptions.from_dict),
}
