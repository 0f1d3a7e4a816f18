from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    finish_model,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.postgres_extension_installed_type_0 import PostgresExtensionInstalledType0


T = TypeVar("T", bound="PostgresExtension")


@_attrs_define(slots=False)
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
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "installed" in data:
            data["installed"] = _load_installed(data["installed"])
        postgres_extension = _new(cls)
        _setattr(postgres_extension, "__dict__", data)
        return postgres_extension

    @staticmethod
    def _from_json(data: dict[str, Any]) -> PostgresExtension:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return PostgresExtension._wrap(PostgresExtension._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"PostgresExtension is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "installed" in data:
            data["installed"] = _load_installed(data["installed"])
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> PostgresExtension:
        postgres_extension = _new(PostgresExtension)
        _setattr(postgres_extension, "__dict__", data)
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


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"PostgresExtension is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(PostgresExtension)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "default_version",
        "description",
        "installed",
        "name",
        "system",
    )
)
