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
    from ..models.fly_dns_forward_rule import FlyDnsForwardRule
    from ..models.fly_dns_option import FlyDnsOption


T = TypeVar("T", bound="FlyDNSConfig")


@_attrs_define
class FlyDNSConfig:
    """
    Attributes:
        dns_forward_rules (list[FlyDnsForwardRule] | Unset):
        hostname (str | Unset):
        hostname_fqdn (str | Unset):
        nameservers (list[str] | Unset):
        options (list[FlyDnsOption] | Unset):
        searches (list[str] | Unset):
        skip_registration (bool | Unset):
    """

    dns_forward_rules: list[FlyDnsForwardRule] | Unset = UNSET
    hostname: str | Unset = UNSET
    hostname_fqdn: str | Unset = UNSET
    nameservers: list[str] | Unset = UNSET
    options: list[FlyDnsOption] | Unset = UNSET
    searches: list[str] | Unset = UNSET
    skip_registration: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dns_forward_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dns_forward_rules, Unset):
            dns_forward_rules = []
            for dns_forward_rules_item_data in self.dns_forward_rules:
                dns_forward_rules_item = dns_forward_rules_item_data.to_dict()
                dns_forward_rules.append(dns_forward_rules_item)

        hostname = self.hostname

        hostname_fqdn = self.hostname_fqdn

        nameservers: list[str] | Unset = UNSET
        if not isinstance(self.nameservers, Unset):
            nameservers = self.nameservers

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        searches: list[str] | Unset = UNSET
        if not isinstance(self.searches, Unset):
            searches = self.searches

        skip_registration = self.skip_registration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dns_forward_rules is not UNSET:
            field_dict["dns_forward_rules"] = dns_forward_rules
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if hostname_fqdn is not UNSET:
            field_dict["hostname_fqdn"] = hostname_fqdn
        if nameservers is not UNSET:
            field_dict["nameservers"] = nameservers
        if options is not UNSET:
            field_dict["options"] = options
        if searches is not UNSET:
            field_dict["searches"] = searches
        if skip_registration is not UNSET:
            field_dict["skip_registration"] = skip_registration

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
        fly_dns_config = cls(**kwargs)
        if additional_properties is not None:
            fly_dns_config.additional_properties = additional_properties
        return fly_dns_config

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


from ..models.fly_dns_forward_rule import FlyDnsForwardRule  # noqa: E402
from ..models.fly_dns_option import FlyDnsOption  # noqa: E402


def _load_dns_forward_rules(value_from_json: Any) -> list[FlyDnsForwardRule] | Unset:
    return [FlyDnsForwardRule.from_dict(item) for item in value_from_json]


def _load_options(value_from_json: Any) -> list[FlyDnsOption] | Unset:
    return [FlyDnsOption.from_dict(item) for item in value_from_json]


_NAMES_FROM_JSON: dict[str, str] = {
    "hostname": "hostname",
    "hostname_fqdn": "hostname_fqdn",
    "nameservers": "nameservers",
    "searches": "searches",
    "skip_registration": "skip_registration",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "dns_forward_rules": ("dns_forward_rules", _load_dns_forward_rules),
    "options": ("options", _load_options),
}
