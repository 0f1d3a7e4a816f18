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
    from ..models.acme_challenge import AcmeChallenge
    from ..models.ownership_verification import OwnershipVerification


T = TypeVar("T", bound="DNSRequirements")


@_attrs_define
class DNSRequirements:
    """
    Attributes:
        a (list[str] | Unset):
        aaaa (list[str] | Unset):
        acme_challenge (AcmeChallenge | Unset):
        cname (str | Unset):
        ownership (OwnershipVerification | Unset):
    """

    a: list[str] | Unset = UNSET
    aaaa: list[str] | Unset = UNSET
    acme_challenge: AcmeChallenge | Unset = UNSET
    cname: str | Unset = UNSET
    ownership: OwnershipVerification | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        a: list[str] | Unset = UNSET
        if not isinstance(self.a, Unset):
            a = self.a

        aaaa: list[str] | Unset = UNSET
        if not isinstance(self.aaaa, Unset):
            aaaa = self.aaaa

        acme_challenge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.acme_challenge, Unset):
            acme_challenge = self.acme_challenge.to_dict()

        cname = self.cname

        ownership: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ownership, Unset):
            ownership = self.ownership.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if a is not UNSET:
            field_dict["a"] = a
        if aaaa is not UNSET:
            field_dict["aaaa"] = aaaa
        if acme_challenge is not UNSET:
            field_dict["acme_challenge"] = acme_challenge
        if cname is not UNSET:
            field_dict["cname"] = cname
        if ownership is not UNSET:
            field_dict["ownership"] = ownership

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
        dns_requirements = cls(**kwargs)
        if additional_properties is not None:
            dns_requirements.additional_properties = additional_properties
        return dns_requirements

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


from ..models.acme_challenge import AcmeChallenge  # noqa: E402
from ..models.ownership_verification import OwnershipVerification  # noqa: E402

_NAMES_FROM_JSON: dict[str, str] = {
    "a": "a",
    "aaaa": "aaaa",
    "cname": "cname",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "acme_challenge": ("acme_challenge", AcmeChallenge.from_dict),
    "ownership": ("ownership", OwnershipVerification.from_dict),
}
