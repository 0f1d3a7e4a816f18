from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.postgres_extension_installed_type_0 import PostgresExtensionInstalledType0


T = TypeVar("T", bound="PostgresExtension")


@_attrs_define
class PostgresExtension:
    """
    Attributes:
        default_version (str | Unset): Default version installed when enabled.
        description (str | Unset): Human-readable description.
        installed (None | PostgresExtensionInstalledType0 | Unset): Installation details, or null when the extension is
            not installed.
        name (str | Unset): Extension name. Example: citext.
        system (bool | Unset): Whether this is a system extension that cannot be disabled.
    """

    default_version: str | Unset = UNSET
    description: str | Unset = UNSET
    installed: None | PostgresExtensionInstalledType0 | Unset = UNSET
    name: str | Unset = UNSET
    system: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_version = self.default_version

        description = self.description

        installed: dict[str, Any] | None | Unset
        if isinstance(self.installed, Unset):
            installed = UNSET
        elif isinstance(self.installed, PostgresExtensionInstalledType0):
            installed = self.installed.to_dict()
        else:
            installed = self.installed

        name = self.name

        system = self.system

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_version is not UNSET:
            field_dict["default_version"] = default_version
        if description is not UNSET:
            field_dict["description"] = description
        if installed is not UNSET:
            field_dict["installed"] = installed
        if name is not UNSET:
            field_dict["name"] = name
        if system is not UNSET:
            field_dict["system"] = system

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
        postgres_extension = cls(**kwargs)
        if additional_properties is not None:
            postgres_extension.additional_properties = additional_properties
        return postgres_extension

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


from ..models.postgres_extension_installed_type_0 import PostgresExtensionInstalledType0  # noqa: E402


def _load_installed(value_from_json: Any) -> None | PostgresExtensionInstalledType0 | Unset:
    def _parse_installed(data: object) -> None | PostgresExtensionInstalledType0 | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            installed_type_0 = PostgresExtensionInstalledType0.from_dict(data)

            return installed_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | PostgresExtensionInstalledType0 | Unset, data)

    installed = _parse_installed(value_from_json)

    return installed


_NAMES_FROM_JSON: dict[str, str] = {
    "default_version": "default_version",
    "description": "description",
    "name": "name",
    "system": "system",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "installed": ("installed", _load_installed),
}
