from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    finish_model,
    format_datetime,
    model_repr,
    parse_datetime,
)

T = TypeVar("T", bound="CertificateValidationError")


@_attrs_define(slots=False)
class CertificateValidationError:
    """
    Attributes:
        code (str | Unset):
        message (str | Unset):
        remediation (str | Unset):
        timestamp (datetime.datetime | Unset):
    """

    code: str | Unset = UNSET
    message: str | Unset = UNSET
    remediation: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        remediation = self.remediation

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = format_datetime(self.timestamp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if remediation is not UNSET:
            field_dict["remediation"] = remediation
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "timestamp" in data:
            if (value := data["timestamp"]) is None:
                del data["timestamp"]  # null: as if absent, as Go reads it
            else:
                data["timestamp"] = parse_datetime(value)
        certificate_validation_error = _new(cls)
        _setattr(certificate_validation_error, "__dict__", data)
        return certificate_validation_error

    @staticmethod
    def _from_json(data: dict[str, Any]) -> CertificateValidationError:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return CertificateValidationError._wrap(CertificateValidationError._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"CertificateValidationError is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "timestamp" in data:
            if (value := data["timestamp"]) is None:
                del data["timestamp"]  # null: as if absent, as Go reads it
            else:
                data["timestamp"] = parse_datetime(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> CertificateValidationError:
        certificate_validation_error = _new(CertificateValidationError)
        _setattr(certificate_validation_error, "__dict__", data)
        return certificate_validation_error

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


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(
            f"CertificateValidationError is made from a JSON object, not {type(data).__name__}"
        )
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(CertificateValidationError)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "code",
        "message",
        "remediation",
        "timestamp",
    )
)
