from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certificate_entry_source import CertificateEntrySource
from ..models.certificate_entry_status import CertificateEntryStatus
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    finish_model,
    format_datetime,
    model_repr,
    owned_list,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.issued_certificate import IssuedCertificate


T = TypeVar("T", bound="CertificateEntry")


@_attrs_define(slots=False)
class CertificateEntry:
    """
    Attributes:
        created_at (datetime.datetime | Unset):
        expires_at (datetime.datetime | Unset):
        issued (list[IssuedCertificate]):  Default: [].
        issuer (str | Unset):
        source (CertificateEntrySource | Unset):
        status (CertificateEntryStatus | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    issued: list[IssuedCertificate] = _attrs_field(factory=list)
    issuer: str | Unset = UNSET
    source: CertificateEntrySource | Unset = UNSET
    status: CertificateEntryStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = format_datetime(self.expires_at)

        issued: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issued, Unset):
            issued = []
            for issued_item_data in self.issued:
                issued_item = issued_item_data.to_dict()
                issued.append(issued_item)

        issuer = self.issuer

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issued": issued,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if source is not UNSET:
            field_dict["source"] = source
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
        if "created_at" in data:
            if (value := data["created_at"]) is None:
                del data["created_at"]  # null: as if absent, as Go reads it
            else:
                data["created_at"] = parse_datetime(value)
        if "expires_at" in data:
            if (value := data["expires_at"]) is None:
                del data["expires_at"]  # null: as if absent, as Go reads it
            else:
                data["expires_at"] = parse_datetime(value)
        if "issued" in data:
            data["issued"] = _load_issued(data["issued"])
        if "source" in data:
            if (value := data["source"]) is None:
                del data["source"]  # null: as if absent, as Go reads it
            else:
                data["source"] = _load_source(value)
        if "status" in data:
            if (value := data["status"]) is None:
                del data["status"]  # null: as if absent, as Go reads it
            else:
                data["status"] = _load_status(value)
        certificate_entry = _new(cls)
        _setattr(certificate_entry, "__dict__", data)
        return certificate_entry

    @staticmethod
    def _from_json(data: dict[str, Any]) -> CertificateEntry:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return CertificateEntry._wrap(CertificateEntry._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"CertificateEntry is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "created_at" in data:
            if (value := data["created_at"]) is None:
                del data["created_at"]  # null: as if absent, as Go reads it
            else:
                data["created_at"] = parse_datetime(value)
        if "expires_at" in data:
            if (value := data["expires_at"]) is None:
                del data["expires_at"]  # null: as if absent, as Go reads it
            else:
                data["expires_at"] = parse_datetime(value)
        if "issued" in data:
            data["issued"] = _take_issued(data["issued"])
        if "source" in data:
            if (value := data["source"]) is None:
                del data["source"]  # null: as if absent, as Go reads it
            else:
                data["source"] = _load_source(value)
        if "status" in data:
            if (value := data["status"]) is None:
                del data["status"]  # null: as if absent, as Go reads it
            else:
                data["status"] = _load_status(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> CertificateEntry:
        certificate_entry = _new(CertificateEntry)
        _setattr(certificate_entry, "__dict__", data)
        return certificate_entry

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


from ..models.issued_certificate import IssuedCertificate  # noqa: E402


def _load_issued(value_from_json: Any) -> list[IssuedCertificate]:
    # Absent or null: empty (Go sends a nil slice as null, or leaves it out).
    if value_from_json is None:
        return []
    return [IssuedCertificate.from_dict(item) for item in value_from_json]


def _take_issued(value_from_json: Any) -> list[Any]:
    if value_from_json is None:
        return []
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(IssuedCertificate._prepare, value_from_json)
    prepare = IssuedCertificate._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


_load_source = enum_loader(CertificateEntrySource)


_load_status = enum_loader(CertificateEntryStatus)


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"CertificateEntry is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    CertificateEntry,
    nested_lists={
        "issued": IssuedCertificate,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "created_at",
        "expires_at",
        "issued",
        "issuer",
        "source",
        "status",
    )
)
