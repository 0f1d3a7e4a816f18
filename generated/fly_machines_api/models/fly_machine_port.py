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
)

if TYPE_CHECKING:
    from ..models.fly_http_options import FlyHTTPOptions
    from ..models.fly_proxy_proto_options import FlyProxyProtoOptions
    from ..models.fly_tls_options import FlyTLSOptions


T = TypeVar("T", bound="FlyMachinePort")


@_attrs_define(slots=False)
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
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "http_options" in data:
            if (value := data["http_options"]) is None:
                del data["http_options"]  # null: as if absent, as Go reads it
            else:
                data["http_options"] = FlyHTTPOptions.from_dict(value)
        if "proxy_proto_options" in data:
            if (value := data["proxy_proto_options"]) is None:
                del data["proxy_proto_options"]  # null: as if absent, as Go reads it
            else:
                data["proxy_proto_options"] = FlyProxyProtoOptions.from_dict(value)
        if "tls_options" in data:
            if (value := data["tls_options"]) is None:
                del data["tls_options"]  # null: as if absent, as Go reads it
            else:
                data["tls_options"] = FlyTLSOptions.from_dict(value)
        fly_machine_port = _new(cls)
        _setattr(fly_machine_port, "__dict__", data)
        return fly_machine_port

    @staticmethod
    def _from_json(data: dict[str, Any]) -> FlyMachinePort:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return FlyMachinePort._wrap(FlyMachinePort._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(f"FlyMachinePort is made from a JSON object, not {type(data).__name__}")
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "http_options" in data:
            if (value := data["http_options"]) is None:
                del data["http_options"]  # null: as if absent, as Go reads it
            else:
                data["http_options"] = FlyHTTPOptions._prepare(value)
        if "proxy_proto_options" in data:
            if (value := data["proxy_proto_options"]) is None:
                del data["proxy_proto_options"]  # null: as if absent, as Go reads it
            else:
                data["proxy_proto_options"] = FlyProxyProtoOptions._prepare(value)
        if "tls_options" in data:
            if (value := data["tls_options"]) is None:
                del data["tls_options"]  # null: as if absent, as Go reads it
            else:
                data["tls_options"] = FlyTLSOptions._prepare(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> FlyMachinePort:
        fly_machine_port = _new(FlyMachinePort)
        _setattr(fly_machine_port, "__dict__", data)
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


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"FlyMachinePort is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    FlyMachinePort,
    nested={
        "http_options": FlyHTTPOptions,
        "proxy_proto_options": FlyProxyProtoOptions,
        "tls_options": FlyTLSOptions,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "end_port",
        "force_https",
        "handlers",
        "http_options",
        "port",
        "proxy_proto_options",
        "start_port",
        "tls_options",
    )
)
