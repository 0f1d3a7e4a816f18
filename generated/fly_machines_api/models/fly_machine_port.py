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
    from ..models.fly_http_options import FlyHTTPOptions
    from ..models.fly_proxy_proto_options import FlyProxyProtoOptions
    from ..models.fly_tls_options import FlyTLSOptions


T = TypeVar("T", bound="FlyMachinePort")


@_attrs_define
class FlyMachinePort:
    """
    Attributes:
        end_port (int | Unset):
        force_https (bool | Unset):
        handlers (list[str] | Unset):
        http_options (FlyHTTPOptions | Unset):
        port (int | Unset):
        proxy_proto_options (FlyProxyProtoOptions | Unset):
        start_port (int | Unset):
        tls_options (FlyTLSOptions | Unset):
    """

    end_port: int | Unset = UNSET
    force_https: bool | Unset = UNSET
    handlers: list[str] | Unset = UNSET
    http_options: FlyHTTPOptions | Unset = UNSET
    port: int | Unset = UNSET
    proxy_proto_options: FlyProxyProtoOptions | Unset = UNSET
    start_port: int | Unset = UNSET
    tls_options: FlyTLSOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_port = self.end_port

        force_https = self.force_https

        handlers: list[str] | Unset = UNSET
        if not isinstance(self.handlers, Unset):
            handlers = self.handlers

        http_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http_options, Unset):
            http_options = self.http_options.to_dict()

        port = self.port

        proxy_proto_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proxy_proto_options, Unset):
            proxy_proto_options = self.proxy_proto_options.to_dict()

        start_port = self.start_port

        tls_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tls_options, Unset):
            tls_options = self.tls_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_port is not UNSET:
            field_dict["end_port"] = end_port
        if force_https is not UNSET:
            field_dict["force_https"] = force_https
        if handlers is not UNSET:
            field_dict["handlers"] = handlers
        if http_options is not UNSET:
            field_dict["http_options"] = http_options
        if port is not UNSET:
            field_dict["port"] = port
        if proxy_proto_options is not UNSET:
            field_dict["proxy_proto_options"] = proxy_proto_options
        if start_port is not UNSET:
            field_dict["start_port"] = start_port
        if tls_options is not UNSET:
            field_dict["tls_options"] = tls_options

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
        fly_machine_port = cls(**kwargs)
        if additional_properties is not None:
            fly_machine_port.additional_properties = additional_properties
        return fly_machine_port

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


from ..models.fly_http_options import FlyHTTPOptions  # noqa: E402
from ..models.fly_proxy_proto_options import FlyProxyProtoOptions  # noqa: E402
from ..models.fly_tls_options import FlyTLSOptions  # noqa: E402

_NAMES_FROM_JSON: dict[str, str] = {
    "end_port": "end_port",
    "force_https": "force_https",
    "handlers": "handlers",
    "port": "port",
    "start_port": "start_port",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "http_options": ("http_options", FlyHTTPOptions.from_dict),
    "proxy_proto_options": ("proxy_proto_options", FlyProxyProtoOptions.from_dict),
    "tls_options": ("tls_options", FlyTLSOptions.from_dict),
}
