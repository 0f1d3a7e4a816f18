from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fly_machine_service_autostop import FlyMachineServiceAutostop
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    finish_model,
    model_repr,
    owned_list,
)

if TYPE_CHECKING:
    from ..models.fly_machine_port import FlyMachinePort
    from ..models.fly_machine_service_check import FlyMachineServiceCheck
    from ..models.fly_machine_service_concurrency import FlyMachineServiceConcurrency


T = TypeVar("T", bound="FlyMachineService")


@_attrs_define(slots=False)
class FlyMachineService:
    """
    Attributes:
        autostart (bool | Unset):
        autostop (FlyMachineServiceAutostop | Unset): Accepts a string (new format) or a boolean (old format). For
            backward compatibility with older clients, the API continues to use booleans for "off" and "stop" in responses.
            * "off" or false - Do not autostop the Machine.
            * "stop" or true - Automatically stop the Machine.
            * "suspend" - Automatically suspend the Machine, falling back to a full stop if this is not possible.
        checks (list[FlyMachineServiceCheck] | Unset): An optional list of service checks
        concurrency (FlyMachineServiceConcurrency | Unset):
        force_instance_description (str | Unset):
        force_instance_key (str | Unset):
        internal_port (int | Unset):
        min_machines_running (int | Unset):
        ports (list[FlyMachinePort] | Unset):
        protocol (str | Unset):
    """

    autostart: bool | Unset = UNSET
    autostop: FlyMachineServiceAutostop | Unset = UNSET
    checks: list[FlyMachineServiceCheck] | Unset = UNSET
    concurrency: FlyMachineServiceConcurrency | Unset = UNSET
    force_instance_description: str | Unset = UNSET
    force_instance_key: str | Unset = UNSET
    internal_port: int | Unset = UNSET
    min_machines_running: int | Unset = UNSET
    ports: list[FlyMachinePort] | Unset = UNSET
    protocol: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        autostart = self.autostart

        autostop: str | Unset = UNSET
        if not isinstance(self.autostop, Unset):
            autostop = self.autostop.value

        checks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.checks, Unset):
            checks = []
            for checks_item_data in self.checks:
                checks_item = checks_item_data.to_dict()
                checks.append(checks_item)

        concurrency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.concurrency, Unset):
            concurrency = self.concurrency.to_dict()

        force_instance_description = self.force_instance_description

        force_instance_key = self.force_instance_key

        internal_port = self.internal_port

        min_machines_running = self.min_machines_running

        ports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = []
            for ports_item_data in self.ports:
                ports_item = ports_item_data.to_dict()
                ports.append(ports_item)

        protocol = self.protocol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if autostart is not UNSET:
            field_dict["autostart"] = autostart
        if autostop is not UNSET:
            field_dict["autostop"] = autostop
        if checks is not UNSET:
            field_dict["checks"] = checks
        if concurrency is not UNSET:
            field_dict["concurrency"] = concurrency
        if force_instance_description is not UNSET:
            field_dict["force_instance_description"] = force_instance_description
        if force_instance_key is not UNSET:
            field_dict["force_instance_key"] = force_instance_key
        if internal_port is not UNSET:
            field_dict["internal_port"] = internal_port
        if min_machines_running is not UNSET:
            field_dict["min_machines_running"] = min_machines_running
        if ports is not UNSET:
            field_dict["ports"] = ports
        if protocol is not UNSET:
            field_dict["protocol"] = protocol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "autostop" in data:
            if (value := data["autostop"]) is None:
                del data["autostop"]  # null: as if absent, as Go reads it
            else:
                data["autostop"] = _load_autostop(value)
        if "checks" in data:
            if (value := data["checks"]) is None:
                del data["checks"]  # null: as if absent, as Go reads it
            else:
                data["checks"] = _load_checks(value)
        if "concurrency" in data:
            if (value := data["concurrency"]) is None:
                del data["concurrency"]  # null: as if absent, as Go reads it
            else:
                data["concurrency"] = FlyMachineServiceConcurrency.from_dict(value)
        if "ports" in data:
            if (value := data["ports"]) is None:
                del data["ports"]  # null: as if absent, as Go reads it
            else:
                data["ports"] = _load_ports(value)
        fly_machine_service = _new(cls)
        _setattr(fly_machine_service, "__dict__", data)
        return fly_machine_service

    @staticmethod
    def _from_json(data: dict[str, Any]) -> FlyMachineService:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return FlyMachineService._wrap(FlyMachineService._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"FlyMachineService is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "autostop" in data:
            if (value := data["autostop"]) is None:
                del data["autostop"]  # null: as if absent, as Go reads it
            else:
                data["autostop"] = _load_autostop(value)
        if "checks" in data:
            if (value := data["checks"]) is None:
                del data["checks"]  # null: as if absent, as Go reads it
            else:
                data["checks"] = _take_checks(value)
        if "concurrency" in data:
            if (value := data["concurrency"]) is None:
                del data["concurrency"]  # null: as if absent, as Go reads it
            else:
                data["concurrency"] = FlyMachineServiceConcurrency._prepare(value)
        if "ports" in data:
            if (value := data["ports"]) is None:
                del data["ports"]  # null: as if absent, as Go reads it
            else:
                data["ports"] = _take_ports(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> FlyMachineService:
        fly_machine_service = _new(FlyMachineService)
        _setattr(fly_machine_service, "__dict__", data)
        return fly_machine_service

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


from ..models.fly_machine_port import FlyMachinePort  # noqa: E402
from ..models.fly_machine_service_check import FlyMachineServiceCheck  # noqa: E402
from ..models.fly_machine_service_concurrency import FlyMachineServiceConcurrency  # noqa: E402

_load_autostop = enum_loader(FlyMachineServiceAutostop)


def _load_checks(value_from_json: Any) -> list[FlyMachineServiceCheck] | Unset:
    return [FlyMachineServiceCheck.from_dict(item) for item in value_from_json]


def _take_checks(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(FlyMachineServiceCheck._prepare, value_from_json)
    prepare = FlyMachineServiceCheck._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


def _load_ports(value_from_json: Any) -> list[FlyMachinePort] | Unset:
    return [FlyMachinePort.from_dict(item) for item in value_from_json]


def _take_ports(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(FlyMachinePort._prepare, value_from_json)
    prepare = FlyMachinePort._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"FlyMachineService is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    FlyMachineService,
    nested={
        "concurrency": FlyMachineServiceConcurrency,
    },
    nested_lists={
        "checks": FlyMachineServiceCheck,
        "ports": FlyMachinePort,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "autostart",
        "autostop",
        "checks",
        "concurrency",
        "force_instance_description",
        "force_instance_key",
        "internal_port",
        "min_machines_running",
        "ports",
        "protocol",
    )
)
