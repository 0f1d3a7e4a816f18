from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fly_machine_service_autostop import FlyMachineServiceAutostop
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.fly_machine_port import FlyMachinePort
    from ..models.fly_machine_service_check import FlyMachineServiceCheck
    from ..models.fly_machine_service_concurrency import FlyMachineServiceConcurrency


T = TypeVar("T", bound="FlyMachineService")


@_attrs_define
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
        fly_machine_service = cls(**kwargs)
        if additional_properties is not None:
            fly_machine_service.additional_properties = additional_properties
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


def _load_ports(value_from_json: Any) -> list[FlyMachinePort] | Unset:
    return [FlyMachinePort.from_dict(item) for item in value_from_json]


_NAMES_FROM_JSON: dict[str, str] = {
    "autostart": "autostart",
    "force_instance_description": "force_instance_description",
    "force_instance_key": "force_instance_key",
    "internal_port": "internal_port",
    "min_machines_running": "min_machines_running",
    "protocol": "protocol",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "autostop": ("autostop", _load_autostop),
    "checks": ("checks", _load_checks),
    "concurrency": ("concurrency", FlyMachineServiceConcurrency.from_dict),
    "ports": ("ports", _load_ports),
}
