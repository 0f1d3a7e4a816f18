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
    from ..models.app import App


T = TypeVar("T", bound="ListAppsResponse")


@_attrs_define
class ListAppsResponse:
    """
    Attributes:
        apps (list[App]):  Default: [].
        next_cursor (str | Unset): Pagination cursor for the next page. Absent when no more apps remain.
            Cursors expire 30 minutes after the first page was requested.
        total_apps (int | Unset): The number of apps matching the request, across all pages. When
            paginating, it is counted once when the first page is requested and not
            updated afterwards, so it may differ slightly from the number of apps
            returned: it excludes apps created later and includes apps deleted while
            paginating. Apps created in the seconds before the first page may also be
            counted but missing from the pages.
    """

    apps: list[App] = _attrs_field(factory=list)
    next_cursor: str | Unset = UNSET
    total_apps: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apps, Unset):
            apps = []
            for apps_item_data in self.apps:
                apps_item = apps_item_data.to_dict()
                apps.append(apps_item)

        next_cursor = self.next_cursor

        total_apps = self.total_apps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apps": apps,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if total_apps is not UNSET:
            field_dict["total_apps"] = total_apps

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
        list_apps_response = cls(**kwargs)
        if additional_properties is not None:
            list_apps_response.additional_properties = additional_properties
        return list_apps_response

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


from ..models.app import App  # noqa: E402


def _load_apps(value_from_json: Any) -> list[App]:
    # Absent or null: empty (Go sends a nil slice as null, or leaves it out).
    if value_from_json is None:
        return []
    return [App.from_dict(item) for item in value_from_json]


_NAMES_FROM_JSON: dict[str, str] = {
    "next_cursor": "next_cursor",
    "total_apps": "total_apps",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "apps": ("apps", _load_apps),
}
