from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MachineExecRequest")


@_attrs_define
class MachineExecRequest:
    """
    Attributes:
        cmd (str | Unset): Deprecated: use Command instead
        command (list[str] | Unset):
        container (str | Unset):
        machine (bool | Unset): Machine runs the command in the machine's own namespace instead of in a
            container. It is mutually exclusive with Container.
        stdin (str | Unset):
        timeout (int | Unset):
    """

    cmd: str | Unset = UNSET
    command: list[str] | Unset = UNSET
    container: str | Unset = UNSET
    machine: bool | Unset = UNSET
    stdin: str | Unset = UNSET
    timeout: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cmd = self.cmd

        command: list[str] | Unset = UNSET
        if not isinstance(self.command, Unset):
            command = self.command

        container = self.container

        machine = self.machine

        stdin = self.stdin

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cmd is not UNSET:
            field_dict["cmd"] = cmd
        if command is not UNSET:
            field_dict["command"] = command
        if container is not UNSET:
            field_dict["container"] = container
        if machine is not UNSET:
            field_dict["machine"] = machine
        if stdin is not UNSET:
            field_dict["stdin"] = stdin
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Only the keys present are visited, for speed: most properties are optional and an
        # answer carries few of them (see _FIELDS_FROM_JSON at the end of this module).
        kwargs: dict[str, Any] = {}
        additional_properties: dict[str, Any] = {}
        for key, value in src_dict.items():
            field = _FIELDS_FROM_JSON.get(key)
            if field is not None:
                name, load = field
                kwargs[name] = value if load is None else load(value)
            else:
                additional_properties[key] = value
        machine_exec_request = cls(**kwargs)
        machine_exec_request.additional_properties = additional_properties
        return machine_exec_request

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


_FIELDS_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "cmd": ("cmd", None),
    "command": ("command", None),
    "container": ("container", None),
    "machine": ("machine", None),
    "stdin": ("stdin", None),
    "timeout": ("timeout", None),
}
