from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_postgres_user_role_request_role import UpdatePostgresUserRoleRequestRole
from ..types import (
    MissingFieldError,
    enum_loader,
    finish_model,
    model_repr,
)

T = TypeVar("T", bound="UpdatePostgresUserRoleRequest")


@_attrs_define(slots=False)
class UpdatePostgresUserRoleRequest:
    """
    Attributes:
        role (UpdatePostgresUserRoleRequestRole): New role for the user. Example: reader.
    """

    role: UpdatePostgresUserRoleRequestRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "role" in data:
            if (value := data["role"]) is None:
                del data["role"]  # null: as if absent, as Go reads it
            else:
                data["role"] = _load_role(value)
        if not _REQUIRED_KEYS <= data.keys():
            raise MissingFieldError.first_of("UpdatePostgresUserRoleRequest", _REQUIRED, data)
        update_postgres_user_role_request = _new(cls)
        _setattr(update_postgres_user_role_request, "__dict__", data)
        return update_postgres_user_role_request

    @staticmethod
    def _from_json(data: dict[str, Any]) -> UpdatePostgresUserRoleRequest:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return UpdatePostgresUserRoleRequest._wrap(UpdatePostgresUserRoleRequest._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "role" in data:
            if (value := data["role"]) is None:
                del data["role"]  # null: as if absent, as Go reads it
            else:
                data["role"] = _load_role(value)
        if not _REQUIRED_KEYS <= data.keys():
            raise MissingFieldError.first_of("UpdatePostgresUserRoleRequest", _REQUIRED, data)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> UpdatePostgresUserRoleRequest:
        update_postgres_user_role_request = _new(UpdatePostgresUserRoleRequest)
        _setattr(update_postgres_user_role_request, "__dict__", data)
        return update_postgres_user_role_request

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


_load_role = enum_loader(UpdatePostgresUserRoleRequestRole)


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(
            f"UpdatePostgresUserRoleRequest is made from a JSON object, not {type(data).__name__}"
        )
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(UpdatePostgresUserRoleRequest)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(("role",))
# The keys it must have (a field the API always sends), in the order they are reported.
_REQUIRED = ("role",)
_REQUIRED_KEYS = frozenset(_REQUIRED)
