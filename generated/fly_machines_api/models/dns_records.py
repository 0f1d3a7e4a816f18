from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="DNSRecords")


@_attrs_define
class DNSRecords:
    """
    Attributes:
        a (list[str] | Unset):
        aaaa (list[str] | Unset):
        acme_challenge_cname (str | Unset):
        cname (list[str] | Unset):
        ownership_txt (str | Unset):
        resolved_addresses (list[str] | Unset):
        soa (str | Unset):
    """

    a: list[str] | Unset = UNSET
    aaaa: list[str] | Unset = UNSET
    acme_challenge_cname: str | Unset = UNSET
    cname: list[str] | Unset = UNSET
    ownership_txt: str | Unset = UNSET
    resolved_addresses: list[str] | Unset = UNSET
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
        field_dict.update({})
        if a is not UNSET:
            field_dict["a"] = a
        if aaaa is not UNSET:
            field_dict["aaaa"] = aaaa
        if acme_challenge_cname is not UNSET:
            field_dict["acme_challenge_cname"] = acme_challenge_cname
        if cname is not UNSET:
            field_dict["cname"] = cname
        if ownership_txt is not UNSET:
            field_dict["ownership_txt"] = ownership_txt
        if resolved_addresses is not UNSET:
            field_dict["resolved_addresses"] = resolved_addresses
        if soa is not UNSET:
            field_dict["soa"] = soa

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
            else:
                if additional_properties is None:
                    additional_properties = {}
                additional_properties[key] = value
        dns_records = cls(**kwargs)
        if additional_properties is not None:
            dns_records.additional_properties = additional_properties
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


_NAMES_FROM_JSON: dict[str, str] = {
    "a": "a",
    "aaaa": "aaaa",
    "acme_challenge_cname": "acme_challenge_cname",
    "cname": "cname",
    "ownership_txt": "ownership_txt",
    "resolved_addresses": "resolved_addresses",
    "soa": "soa",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {}
