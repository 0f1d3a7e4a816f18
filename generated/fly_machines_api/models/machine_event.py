from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    MissingFieldError,
    Unset,
    finish_model,
    from_unixtime_ms,
    model_repr,
    to_unixtime_ms,
)

if TYPE_CHECKING:
    from ..models.machine_event_request import MachineEventRequest


T = TypeVar("T", bound="MachineEvent")


@_attrs_define(slots=False)
class MachineEvent:
    """
    Attributes:
        source (str):
        status (str):
        timestamp (datetime.datetime):
        type_ (str):
        id (str | Unset):
        request (MachineEventRequest | Unset):
    """

    source: str
    status: str
    timestamp: datetime.datetime
    type_: str
    id: str | Unset = UNSET
    request: MachineEventRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        status = self.status

        timestamp = to_unixtime_ms(self.timestamp)

        type_ = self.type_

        id = self.id

        request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = self.request.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "status": status,
                "timestamp": timestamp,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if request is not UNSET:
            field_dict["request"] = request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "timestamp" in data:
            if (value := data["timestamp"]) is None:
                del data["timestamp"]  # null: as if absent, as Go reads it
            else:
                data["timestamp"] = from_unixtime_ms(value)
        if "request" in data:
            if (value := data["request"]) is None:
                del data["request"]  # null: as if absent, as Go reads it
            else:
                data["request"] = MachineEventRequest.from_dict(value)
        if not _REQUIRED_KEYS <= data.keys():
            raise MissingFieldError.first_of("MachineEvent", _REQUIRED, data)
        machine_event = _new(cls)
        _setattr(machine_event, "__dict__", data)
        return machine_event

    @staticmethod
    def _from_json(data: dict[str, Any]) -> MachineEvent:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return MachineEvent._wrap(MachineEvent._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "timestamp" in data:
            if (value := data["timestamp"]) is None:
                del data["timestamp"]  # null: as if absent, as Go reads it
            else:
                data["timestamp"] = from_unixtime_ms(value)
        if "request" in data:
            if (value := data["request"]) is None:
                del data["request"]  # null: as if absent, as Go reads it
            else:
                data["request"] = MachineEventRequest._prepare(value)
        if not _REQUIRED_KEYS <= data.keys():
            raise MissingFieldError.first_of("MachineEvent", _REQUIRED, data)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> MachineEvent:
        machine_event = _new(MachineEvent)
        _setattr(machine_event, "__dict__", data)
        return machine_event

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


from ..models.machine_event_request import MachineEventRequest  # noqa: E402


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"MachineEvent is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    MachineEvent,
    nested={
        "request": MachineEventRequest,
    },
    renamed={
        "type_": "type",
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "source",
        "status",
        "timestamp",
        "type",
        "id",
        "request",
    )
)
# The keys it must have (a field the API always sends), in the order they are reported.
_REQUIRED = (
    "source",
    "status",
    "timestamp",
    "type",
)
_REQUIRED_KEYS = frozenset(_REQUIRED)
