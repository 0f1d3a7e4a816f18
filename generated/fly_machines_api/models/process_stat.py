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
    from ..models.listen_socket import ListenSocket


T = TypeVar("T", bound="ProcessStat")


@_attrs_define
class ProcessStat:
    """
    Attributes:
        command (str | Unset):
        cpu (int | Unset):
        directory (str | Unset):
        listen_sockets (list[ListenSocket] | Unset):
        pid (int | Unset):
        rss (int | Unset):
        rtime (int | Unset):
        stime (int | Unset):
    """

    command: str | Unset = UNSET
    cpu: int | Unset = UNSET
    directory: str | Unset = UNSET
    listen_sockets: list[ListenSocket] | Unset = UNSET
    pid: int | Unset = UNSET
    rss: int | Unset = UNSET
    rtime: int | Unset = UNSET
    stime: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        cpu = self.cpu

        directory = self.directory

        listen_sockets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.listen_sockets, Unset):
            listen_sockets = []
            for listen_sockets_item_data in self.listen_sockets:
                listen_sockets_item = listen_sockets_item_data.to_dict()
                listen_sockets.append(listen_sockets_item)

        pid = self.pid

        rss = self.rss

        rtime = self.rtime

        stime = self.stime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command is not UNSET:
            field_dict["command"] = command
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if directory is not UNSET:
            field_dict["directory"] = directory
        if listen_sockets is not UNSET:
            field_dict["listen_sockets"] = listen_sockets
        if pid is not UNSET:
            field_dict["pid"] = pid
        if rss is not UNSET:
            field_dict["rss"] = rss
        if rtime is not UNSET:
            field_dict["rtime"] = rtime
        if stime is not UNSET:
            field_dict["stime"] = stime

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
        process_stat = cls(**kwargs)
        if additional_properties is not None:
            process_stat.additional_properties = additional_properties
        return process_stat

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


from ..models.listen_socket import ListenSocket  # noqa: E402


def _load_listen_sockets(value_from_json: Any) -> list[ListenSocket] | Unset:
    return [ListenSocket.from_dict(item) for item in value_from_json]


_NAMES_FROM_JSON: dict[str, str] = {
    "command": "command",
    "cpu": "cpu",
    "directory": "directory",
    "pid": "pid",
    "rss": "rss",
    "rtime": "rtime",
    "stime": "stime",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "listen_sockets": ("listen_sockets", _load_listen_sockets),
}
