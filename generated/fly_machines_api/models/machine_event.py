from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    MissingFieldError,
    Unset,
    from_unixtime_ms,
    model_repr,
    to_unixtime_ms,
)

if TYPE_CHECKING:
    from ..models.machine_event_request import MachineEventRequest


T = TypeVar("T", bound="MachineEvent")


@_attrs_define
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
        try:
            machine_event = cls(**kwargs)
        except TypeError:
            # fly-machines template change: a field the API always sends is missing (the
            # class cannot be built without it): name the model and the first one missing.
            # Checking for them up front would cost every answer the time of a few lookups.
            missing = MissingFieldError.first_of("MachineEvent", _REQUIRED, src_dict)
            if missing is None:
                raise
            raise missing from None
        if additional_properties is not None:
            machine_event.additional_properties = additional_properties
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

_REQUIRED = (
    "source",
    "status",
    "timestamp",
    "type",
)

_NAMES_FROM_JSON: dict[str, str] = {
    "source": "source",
    "status": "status",
    "type": "type_",
    "id": "id",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "timestamp": ("timestamp", from_unixtime_ms),
    "request": ("request", MachineEventRequest.from_dict),
}
