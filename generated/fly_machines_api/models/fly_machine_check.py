from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fly_machine_check_kind import FlyMachineCheckKind
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    finish_model,
    model_repr,
    owned_list,
)

if TYPE_CHECKING:
    from ..models.fly_machine_http_header import FlyMachineHTTPHeader


T = TypeVar("T", bound="FlyMachineCheck")


@_attrs_define(slots=False)
class FlyMachineCheck:
    """
    Attributes:
        grace_period (str | Unset): The time to wait after a VM starts before checking its health Example: 1s.
        headers (list[FlyMachineHTTPHeader] | Unset):
        interval (str | Unset): The time between connectivity checks Example: 15s.
        kind (FlyMachineCheckKind | Unset): Kind of the check (informational, readiness)
        method (str | Unset): For http checks, the HTTP method to use to when making the request
        path (str | Unset): For http checks, the path to send the request to
        port (int | Unset): The port to connect to, often the same as internal_port
        protocol (str | Unset): For http checks, whether to use http or https
        timeout (str | Unset): The maximum time a connection can take before being reported as failing its health check
            Example: 2s.
        tls_server_name (str | Unset): If the protocol is https, the hostname to use for TLS certificate validation
        tls_skip_verify (bool | Unset): For http checks with https protocol, whether or not to verify the TLS
            certificate
        type_ (str | Unset): tcp or http
    """

    grace_period: str | Unset = UNSET
    headers: list[FlyMachineHTTPHeader] | Unset = UNSET
    interval: str | Unset = UNSET
    kind: FlyMachineCheckKind | Unset = UNSET
    method: str | Unset = UNSET
    path: str | Unset = UNSET
    port: int | Unset = UNSET
    protocol: str | Unset = UNSET
    timeout: str | Unset = UNSET
    tls_server_name: str | Unset = UNSET
    tls_skip_verify: bool | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grace_period = self.grace_period

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        interval = self.interval

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        method = self.method

        path = self.path

        port = self.port

        protocol = self.protocol

        timeout = self.timeout

        tls_server_name = self.tls_server_name

        tls_skip_verify = self.tls_skip_verify

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grace_period is not UNSET:
            field_dict["grace_period"] = grace_period
        if headers is not UNSET:
            field_dict["headers"] = headers
        if interval is not UNSET:
            field_dict["interval"] = interval
        if kind is not UNSET:
            field_dict["kind"] = kind
        if method is not UNSET:
            field_dict["method"] = method
        if path is not UNSET:
            field_dict["path"] = path
        if port is not UNSET:
            field_dict["port"] = port
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if tls_server_name is not UNSET:
            field_dict["tls_server_name"] = tls_server_name
        if tls_skip_verify is not UNSET:
            field_dict["tls_skip_verify"] = tls_skip_verify
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "headers" in data:
            if (value := data["headers"]) is None:
                del data["headers"]  # null: as if absent, as Go reads it
            else:
                data["headers"] = _load_headers(value)
        if "kind" in data:
            if (value := data["kind"]) is None:
                del data["kind"]  # null: as if absent, as Go reads it
            else:
                data["kind"] = _load_kind(value)
        fly_machine_check = _new(cls)
        _setattr(fly_machine_check, "__dict__", data)
        return fly_machine_check

    @staticmethod
    def _from_json(data: dict[str, Any]) -> FlyMachineCheck:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return FlyMachineCheck._wrap(FlyMachineCheck._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"FlyMachineCheck is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "headers" in data:
            if (value := data["headers"]) is None:
                del data["headers"]  # null: as if absent, as Go reads it
            else:
                data["headers"] = _take_headers(value)
        if "kind" in data:
            if (value := data["kind"]) is None:
                del data["kind"]  # null: as if absent, as Go reads it
            else:
                data["kind"] = _load_kind(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> FlyMachineCheck:
        fly_machine_check = _new(FlyMachineCheck)
        _setattr(fly_machine_check, "__dict__", data)
        return fly_machine_check

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


from ..models.fly_machine_http_header import FlyMachineHTTPHeader  # noqa: E402


def _load_headers(value_from_json: Any) -> list[FlyMachineHTTPHeader] | Unset:
    return [FlyMachineHTTPHeader.from_dict(item) for item in value_from_json]


def _take_headers(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(FlyMachineHTTPHeader._prepare, value_from_json)
    prepare = FlyMachineHTTPHeader._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


_load_kind = enum_loader(FlyMachineCheckKind)


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"FlyMachineCheck is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    FlyMachineCheck,
    nested_lists={
        "headers": FlyMachineHTTPHeader,
    },
    renamed={
        "type_": "type",
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "grace_period",
        "headers",
        "interval",
        "kind",
        "method",
        "path",
        "port",
        "protocol",
        "timeout",
        "tls_server_name",
        "tls_skip_verify",
        "type",
    )
)
