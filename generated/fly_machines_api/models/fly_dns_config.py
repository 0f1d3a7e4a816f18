from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    finish_model,
    model_repr,
    owned_list,
)

if TYPE_CHECKING:
    from ..models.fly_dns_forward_rule import FlyDnsForwardRule
    from ..models.fly_dns_option import FlyDnsOption


T = TypeVar("T", bound="FlyDNSConfig")


@_attrs_define(slots=False)
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
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "dns_forward_rules" in data:
            if (value := data["dns_forward_rules"]) is None:
                del data["dns_forward_rules"]  # null: as if absent, as Go reads it
            else:
                data["dns_forward_rules"] = _load_dns_forward_rules(value)
        if "options" in data:
            if (value := data["options"]) is None:
                del data["options"]  # null: as if absent, as Go reads it
            else:
                data["options"] = _load_options(value)
        fly_dns_config = _new(cls)
        _setattr(fly_dns_config, "__dict__", data)
        return fly_dns_config

    @staticmethod
    def _from_json(data: dict[str, Any]) -> FlyDNSConfig:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return FlyDNSConfig._wrap(FlyDNSConfig._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(f"FlyDNSConfig is made from a JSON object, not {type(data).__name__}")
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "dns_forward_rules" in data:
            if (value := data["dns_forward_rules"]) is None:
                del data["dns_forward_rules"]  # null: as if absent, as Go reads it
            else:
                data["dns_forward_rules"] = _take_dns_forward_rules(value)
        if "options" in data:
            if (value := data["options"]) is None:
                del data["options"]  # null: as if absent, as Go reads it
            else:
                data["options"] = _take_options(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> FlyDNSConfig:
        fly_dns_config = _new(FlyDNSConfig)
        _setattr(fly_dns_config, "__dict__", data)
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


def _take_dns_forward_rules(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(FlyDnsForwardRule._prepare, value_from_json)
    prepare = FlyDnsForwardRule._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


def _load_options(value_from_json: Any) -> list[FlyDnsOption] | Unset:
    return [FlyDnsOption.from_dict(item) for item in value_from_json]


def _take_options(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(FlyDnsOption._prepare, value_from_json)
    prepare = FlyDnsOption._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"FlyDNSConfig is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    FlyDNSConfig,
    nested_lists={
        "dns_forward_rules": FlyDnsForwardRule,
        "options": FlyDnsOption,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "dns_forward_rules",
        "hostname",
        "hostname_fqdn",
        "nameservers",
        "options",
        "searches",
        "skip_registration",
    )
)
