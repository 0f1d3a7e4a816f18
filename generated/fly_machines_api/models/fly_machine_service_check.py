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
    from ..models.fly_machine_http_header import FlyMachineHTTPHeader


T = TypeVar("T", bound="FlyMachineServiceCheck")


@_attrs_define
class FlyMachineServiceCheck:
    """
    Attributes:
        grace_period (str | Unset): The time to wait after a VM starts before checking its health Example: 1s.
        headers (list[FlyMachineHTTPHeader] | Unset):
        interval (str | Unset): The time between connectivity checks Example: 15s.
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
        fly_machine_service_check = cls(**kwargs)
        if additional_properties is not None:
            fly_machine_service_check.additional_properties = additional_properties
        return fly_machine_service_check

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


_NAMES_FROM_JSON: dict[str, str] = {
    "grace_period": "grace_period",
    "interval": "interval",
    "method": "method",
    "path": "path",
    "port": "port",
    "protocol": "protocol",
    "timeout": "timeout",
    "tls_server_name": "tls_server_name",
    "tls_skip_verify": "tls_skip_verify",
    "type": "type_",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "headers": ("headers", _load_headers),
}
