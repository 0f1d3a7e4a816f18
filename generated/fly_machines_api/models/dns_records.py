from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    finish_model,
    model_repr,
)

T = TypeVar("T", bound="DNSRecords")


@_attrs_define(slots=False)
class DNSRecords:
    """
    Attributes:
        a (list[str]):  Default: [].
        aaaa (list[str]):  Default: [].
        acme_challenge_cname (str | Unset):
        cname (list[str]):  Default: [].
        ownership_txt (str | Unset):
        resolved_addresses (list[str]):  Default: [].
        soa (str | Unset):
    """

    a: list[str] = _attrs_field(factory=list)
    aaaa: list[str] = _attrs_field(factory=list)
    acme_challenge_cname: str | Unset = UNSET
    cname: list[str] = _attrs_field(factory=list)
    ownership_txt: str | Unset = UNSET
    resolved_addresses: list[str] = _attrs_field(factory=list)
    soa: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        a: list[str] | Unset = UNSET
        if not isinstance(self.a, Unset):
            a = self.a

        aaaa: list[str] | Unset = UNSET
        if not isinstance(self.aaaa, Unset):
            aaaa = self.aaaa

        acme_challenge_cname = self.acme_challenge_cname

        cname: list[str] | Unset = UNSET
        if not isinstance(self.cname, Unset):
            cname = self.cname

        ownership_txt = self.ownership_txt

        resolved_addresses: list[str] | Unset = UNSET
        if not isinstance(self.resolved_addresses, Unset):
            resolved_addresses = self.resolved_addresses

        soa = self.soa

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "a": a,
                "aaaa": aaaa,
                "cname": cname,
                "resolved_addresses": resolved_addresses,
            }
        )
        if acme_challenge_cname is not UNSET:
            field_dict["acme_challenge_cname"] = acme_challenge_cname
        if ownership_txt is not UNSET:
            field_dict["ownership_txt"] = ownership_txt
        if soa is not UNSET:
            field_dict["soa"] = soa

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "a" in data:
            data["a"] = _load_a(data["a"])
        if "aaaa" in data:
            data["aaaa"] = _load_aaaa(data["aaaa"])
        if "cname" in data:
            data["cname"] = _load_cname(data["cname"])
        if "resolved_addresses" in data:
            data["resolved_addresses"] = _load_resolved_addresses(data["resolved_addresses"])
        dns_records = _new(cls)
        _setattr(dns_records, "__dict__", data)
        return dns_records

    @staticmethod
    def _from_json(data: dict[str, Any]) -> DNSRecords:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return DNSRecords._wrap(DNSRecords._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(f"DNSRecords is made from a JSON object, not {type(data).__name__}")
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "a" in data:
            data["a"] = _load_a(data["a"])
        if "aaaa" in data:
            data["aaaa"] = _load_aaaa(data["aaaa"])
        if "cname" in data:
            data["cname"] = _load_cname(data["cname"])
        if "resolved_addresses" in data:
            data["resolved_addresses"] = _load_resolved_addresses(data["resolved_addresses"])
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> DNSRecords:
        dns_records = _new(DNSRecords)
        _setattr(dns_records, "__dict__", data)
        return dns_records

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


def _load_a(value_from_json: Any) -> list[str]:
    # Absent or null: empty (Go sends a nil slice as null, or leaves it out).
    if value_from_json is None:
        return []
    return list(value_from_json)


def _load_aaaa(value_from_json: Any) -> list[str]:
    # Absent or null: empty (Go sends a nil slice as null, or leaves it out).
    if value_from_json is None:
        return []
    return list(value_from_json)


def _load_cname(value_from_json: Any) -> list[str]:
    # Absent or null: empty (Go sends a nil slice as null, or leaves it out).
    if value_from_json is None:
        return []
    return list(value_from_json)


def _load_resolved_addresses(value_from_json: Any) -> list[str]:
    # Absent or null: empty (Go sends a nil slice as null, or leaves it out).
    if value_from_json is None:
        return []
    return list(value_from_json)


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"DNSRecords is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(DNSRecords)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "a",
        "aaaa",
        "acme_challenge_cname",
        "cname",
        "ownership_txt",
        "resolved_addresses",
        "soa",
    )
)
