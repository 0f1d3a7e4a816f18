from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fly_container_healthcheck_scheme import FlyContainerHealthcheckScheme
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


T = TypeVar("T", bound="FlyHTTPHealthcheck")


@_attrs_define(slots=False)
class FlyHTTPHealthcheck:
    """
    Attributes:
        headers (list[FlyMachineHTTPHeader] | Unset): Additional headers to send with the request
        method (str | Unset): The HTTP method to use to when making the request
        path (str | Unset): The path to send the request to
        port (int | Unset): The port to connect to, often the same as internal_port
        scheme (FlyContainerHealthcheckScheme | Unset):
        tls_server_name (str | Unset): If the protocol is https, the hostname to use for TLS certificate validation
        tls_skip_verify (bool | Unset): If the protocol is https, whether or not to verify the TLS certificate
    """

    headers: list[FlyMachineHTTPHeader] | Unset = UNSET
    method: str | Unset = UNSET
    path: str | Unset = UNSET
    port: int | Unset = UNSET
    scheme: FlyContainerHealthcheckScheme | Unset = UNSET
    tls_server_name: str | Unset = UNSET
    tls_skip_verify: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        method = self.method

        path = self.path

        port = self.port

        scheme: str | Unset = UNSET
        if not isinstance(self.scheme, Unset):
            scheme = self.scheme.value

        tls_server_name = self.tls_server_name

        tls_skip_verify = self.tls_skip_verify

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if headers is not UNSET:
            field_dict["headers"] = headers
        if method is not UNSET:
            field_dict["method"] = method
        if path is not UNSET:
            field_dict["path"] = path
        if port is not UNSET:
            field_dict["port"] = port
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if tls_server_name is not UNSET:
            field_dict["tls_server_name"] = tls_server_name
        if tls_skip_verify is not UNSET:
            field_dict["tls_skip_verify"] = tls_skip_verify

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
        if "scheme" in data:
            if (value := data["scheme"]) is None:
                del data["scheme"]  # null: as if absent, as Go reads it
            else:
                data["scheme"] = _load_scheme(value)
        fly_http_healthcheck = _new(cls)
        _setattr(fly_http_healthcheck, "__dict__", data)
        return fly_http_healthcheck

    @staticmethod
    def _from_json(data: dict[str, Any]) -> FlyHTTPHealthcheck:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return FlyHTTPHealthcheck._wrap(FlyHTTPHealthcheck._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"FlyHTTPHealthcheck is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "headers" in data:
            if (value := data["headers"]) is None:
                del data["headers"]  # null: as if absent, as Go reads it
            else:
                data["headers"] = _take_headers(value)
        if "scheme" in data:
            if (value := data["scheme"]) is None:
                del data["scheme"]  # null: as if absent, as Go reads it
            else:
                data["scheme"] = _load_scheme(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> FlyHTTPHealthcheck:
        fly_http_healthcheck = _new(FlyHTTPHealthcheck)
        _setattr(fly_http_healthcheck, "__dict__", data)
        return fly_http_healthcheck

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


_load_scheme = enum_loader(FlyContainerHealthcheckScheme)


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"FlyHTTPHealthcheck is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    FlyHTTPHealthcheck,
    nested_lists={
        "headers": FlyMachineHTTPHeader,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "headers",
        "method",
        "path",
        "port",
        "scheme",
        "tls_server_name",
        "tls_skip_verify",
    )
)
