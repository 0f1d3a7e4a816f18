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
    from ..models.app_secret import AppSecret


T = TypeVar("T", bound="AppSecrets")


@_attrs_define
class AppSecrets:
    """
    Attributes:
        secrets (list[AppSecret] | Unset):
    """

    secrets: list[AppSecret] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secrets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.secrets, Unset):
            secrets = []
            for secrets_item_data in self.secrets:
                secrets_item = secrets_item_data.to_dict()
                secrets.append(secrets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if secrets is not UNSET:
            field_dict["secrets"] = secrets

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
            field = _LOADED_FROM_JSON.get(key)
            if field is not None:
                kwargs[field[0]] = field[1](value)
            else:
                if additional_properties is None:
                    additional_properties = {}
                additional_properties[key] = value
        app_secrets = cls(**kwargs)
        if additional_properties is not None:
            app_secrets.additional_properties = additional_properties
        return app_secrets

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


from ..models.app_secret import AppSecret  # noqa: E402


def _load_secrets(value_from_json: Any) -> list[AppSecret] | Unset:
    return [AppSecret.from_dict(item) for item in value_from_json]


_NAMES_FROM_JSON: dict[str, str] = {}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "secrets": ("secrets", _load_secrets),
}
