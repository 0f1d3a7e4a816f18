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
    from ..models.listen_socket import ListenSocket


T = TypeVar("T", bound="ProcessStat")


@_attrs_define(slots=False)
class ProcessStat:
    """
    Attributes:
        command (str | Unset):
        cpu (int | Unset):
        directory (str | Unset):
        listen_sockets (list[ListenSocket]):  Default: [].
        pid (int | Unset):
        rss (int | Unset):
        rtime (int | Unset):
        stime (int | Unset):
    """

    command: str | Unset = UNSET
    cpu: int | Unset = UNSET
    directory: str | Unset = UNSET
    listen_sockets: list[ListenSocket] = _attrs_field(factory=list)
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
        field_dict.update(
            {
                "listen_sockets": listen_sockets,
            }
        )
        if command is not UNSET:
            field_dict["command"] = command
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if directory is not UNSET:
            field_dict["directory"] = directory
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
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "listen_sockets" in data:
            data["listen_sockets"] = _load_listen_sockets(data["listen_sockets"])
        process_stat = _new(cls)
        _setattr(process_stat, "__dict__", data)
        return process_stat

    @staticmethod
    def _from_json(data: dict[str, Any]) -> ProcessStat:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return ProcessStat._wrap(ProcessStat._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(f"ProcessStat is made from a JSON object, not {type(data).__name__}")
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "listen_sockets" in data:
            data["listen_sockets"] = _take_listen_sockets(data["listen_sockets"])
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> ProcessStat:
        process_stat = _new(ProcessStat)
        _setattr(process_stat, "__dict__", data)
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


def _load_listen_sockets(value_from_json: Any) -> list[ListenSocket]:
    # Absent or null: empty (Go sends a nil slice as null, or leaves it out).
    if value_from_json is None:
        return []
    return [ListenSocket.from_dict(item) for item in value_from_json]


def _take_listen_sockets(value_from_json: Any) -> list[Any]:
    if value_from_json is None:
        return []
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(ListenSocket._prepare, value_from_json)
    prepare = ListenSocket._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"ProcessStat is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    ProcessStat,
    nested_lists={
        "listen_sockets": ListenSocket,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "command",
        "cpu",
        "directory",
        "listen_sockets",
        "pid",
        "rss",
        "rtime",
        "stime",
    )
)
