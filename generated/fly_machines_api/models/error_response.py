from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.main_status_code import MainStatusCode
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    finish_model,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.error_response_details import ErrorResponseDetails


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define(slots=False)
class ErrorResponse:
    """
    Attributes:
        details (ErrorResponseDetails | Unset): Deprecated
        error (str | Unset):
        status (MainStatusCode | Unset):
    """

    details: ErrorResponseDetails | Unset = UNSET
    error: str | Unset = UNSET
    status: MainStatusCode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        error = self.error

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if details is not UNSET:
            field_dict["details"] = details
        if error is not UNSET:
            field_dict["error"] = error
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "details" in data:
            if (value := data["details"]) is None:
                del data["details"]  # null: as if absent, as Go reads it
            else:
                data["details"] = ErrorResponseDetails.from_dict(value)
        if "status" in data:
            if (value := data["status"]) is None:
                del data["status"]  # null: as if absent, as Go reads it
            else:
                data["status"] = _load_status(value)
        error_response = _new(cls)
        _setattr(error_response, "__dict__", data)
        return error_response

    @staticmethod
    def _from_json(data: dict[str, Any]) -> ErrorResponse:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return ErrorResponse._wrap(ErrorResponse._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(f"ErrorResponse is made from a JSON object, not {type(data).__name__}")
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "details" in data:
            if (value := data["details"]) is None:
                del data["details"]  # null: as if absent, as Go reads it
            else:
                data["details"] = ErrorResponseDetails._prepare(value)
        if "status" in data:
            if (value := data["status"]) is None:
                del data["status"]  # null: as if absent, as Go reads it
            else:
                data["status"] = _load_status(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> ErrorResponse:
        error_response = _new(ErrorResponse)
        _setattr(error_response, "__dict__", data)
        return error_response

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


from ..models.error_response_details import ErrorResponseDetails  # noqa: E402

_load_status = enum_loader(MainStatusCode)


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"ErrorResponse is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    ErrorResponse,
    nested={
        "details": ErrorResponseDetails,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "details",
        "error",
        "status",
    )
)
