from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_secret import AppSecret


T = TypeVar("T", bound="AppSecretsUpdateResp")


@_attrs_define
class AppSecretsUpdateResp:
    """
    Attributes:
        Version (int | Unset): DEPRECATED
        secrets (list[AppSecret] | Unset):
        version (int | Unset):
    """

    Version: int | Unset = UNSET
    secrets: list[AppSecret] | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        Version = self.Version

        secrets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.secrets, Unset):
            secrets = []
            for secrets_item_data in self.secrets:
                secrets_item = secrets_item_data.to_dict()
                secrets.append(secrets_item)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if Version is not UNSET:
            field_dict["Version"] = Version
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Only the keys present are visited, for speed: most properties are optional and an
        # answer carries few of them (see _FIELDS_FROM_JSON at the end of this module).
        kwargs: dict[str, Any] = {}
        additional_properties: dict[str, Any] = {}
        for key, value in src_dict.items():
            field = _FIELDS_FROM_JSON.get(key)
            if field is not None:
                name, load = field
                kwargs[name] = value if load is None else load(value)
            else:
                additional_properties[key] = value
        app_secrets_update_resp = cls(**kwargs)
        app_secrets_update_resp.additional_properties = additional_properties
        return app_secrets_update_resp

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
    _secrets = value_from_json
    secrets: list[AppSecret] | Unset = UNSET
    if _secrets is not UNSET:
        secrets = []
        for secrets_item_data in _secrets:
            secrets_item = AppSecret.from_dict(secrets_item_data)

            secrets.append(secrets_item)

    return secrets


_FIELDS_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "Version": ("Version", None),
    "secrets": ("secrets", _load_secrets),
    "version": ("version", None),
}
