from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    finish_model,
    model_repr,
)

T = TypeVar("T", bound="PostgresActiveQuery")


@_attrs_define(slots=False)
class PostgresActiveQuery:
    """
    Attributes:
        application_name (str | Unset): Application connected to the backend.
        client (str | Unset): Client address.
        database (str | Unset): Database name.
        duration_seconds (float | Unset): Query duration in seconds.
        pid (int | Unset): Process ID of the backend running the query.
        query (str | Unset): Full query text.
        state (str | Unset): Current backend state.
        state_duration_seconds (float | Unset): Time spent in the current state, in seconds.
        user (str | Unset): User running the query.
        wait_event (str | Unset): Event the backend is waiting for.
        wait_event_type (str | Unset): Type of event the backend is waiting for.
    """

    application_name: str | Unset = UNSET
    client: str | Unset = UNSET
    database: str | Unset = UNSET
    duration_seconds: float | Unset = UNSET
    pid: int | Unset = UNSET
    query: str | Unset = UNSET
    state: str | Unset = UNSET
    state_duration_seconds: float | Unset = UNSET
    user: str | Unset = UNSET
    wait_event: str | Unset = UNSET
    wait_event_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_name = self.application_name

        client = self.client

        database = self.database

        duration_seconds = self.duration_seconds

        pid = self.pid

        query = self.query

        state = self.state

        state_duration_seconds = self.state_duration_seconds

        user = self.user

        wait_event = self.wait_event

        wait_event_type = self.wait_event_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if client is not UNSET:
            field_dict["client"] = client
        if database is not UNSET:
            field_dict["database"] = database
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if pid is not UNSET:
            field_dict["pid"] = pid
        if query is not UNSET:
            field_dict["query"] = query
        if state is not UNSET:
            field_dict["state"] = state
        if state_duration_seconds is not UNSET:
            field_dict["state_duration_seconds"] = state_duration_seconds
        if user is not UNSET:
            field_dict["user"] = user
        if wait_event is not UNSET:
            field_dict["wait_event"] = wait_event
        if wait_event_type is not UNSET:
            field_dict["wait_event_type"] = wait_event_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        postgres_active_query = _new(cls)
        _setattr(postgres_active_query, "__dict__", data)
        return postgres_active_query

    @staticmethod
    def _from_json(data: dict[str, Any]) -> PostgresActiveQuery:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return PostgresActiveQuery._wrap(PostgresActiveQuery._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"PostgresActiveQuery is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> PostgresActiveQuery:
        postgres_active_query = _new(PostgresActiveQuery)
        _setattr(postgres_active_query, "__dict__", data)
        return postgres_active_query

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


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(
            f"PostgresActiveQuery is made from a JSON object, not {type(data).__name__}"
        )
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(PostgresActiveQuery)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "application_name",
        "client",
        "database",
        "duration_seconds",
        "pid",
        "query",
        "state",
        "state_duration_seconds",
        "user",
        "wait_event",
        "wait_event_type",
    )
)
