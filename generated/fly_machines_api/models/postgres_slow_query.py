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

T = TypeVar("T", bound="PostgresSlowQuery")


@_attrs_define(slots=False)
class PostgresSlowQuery:
    """
    Attributes:
        calls (int | Unset): Cumulative number of executions.
        database (str | Unset): Database name.
        max_exec_time_seconds (float | Unset): Maximum execution time in seconds.
        mean_exec_time_seconds (float | Unset): Mean execution time in seconds.
        query (str | Unset): Full query pattern.
        query_id (str | Unset): Query identifier.
        total_exec_time_seconds (float | Unset): Cumulative total execution time in seconds.
        user (str | Unset): User running the query.
    """

    calls: int | Unset = UNSET
    database: str | Unset = UNSET
    max_exec_time_seconds: float | Unset = UNSET
    mean_exec_time_seconds: float | Unset = UNSET
    query: str | Unset = UNSET
    query_id: str | Unset = UNSET
    total_exec_time_seconds: float | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calls = self.calls

        database = self.database

        max_exec_time_seconds = self.max_exec_time_seconds

        mean_exec_time_seconds = self.mean_exec_time_seconds

        query = self.query

        query_id = self.query_id

        total_exec_time_seconds = self.total_exec_time_seconds

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if calls is not UNSET:
            field_dict["calls"] = calls
        if database is not UNSET:
            field_dict["database"] = database
        if max_exec_time_seconds is not UNSET:
            field_dict["max_exec_time_seconds"] = max_exec_time_seconds
        if mean_exec_time_seconds is not UNSET:
            field_dict["mean_exec_time_seconds"] = mean_exec_time_seconds
        if query is not UNSET:
            field_dict["query"] = query
        if query_id is not UNSET:
            field_dict["query_id"] = query_id
        if total_exec_time_seconds is not UNSET:
            field_dict["total_exec_time_seconds"] = total_exec_time_seconds
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        postgres_slow_query = _new(cls)
        _setattr(postgres_slow_query, "__dict__", data)
        return postgres_slow_query

    @staticmethod
    def _from_json(data: dict[str, Any]) -> PostgresSlowQuery:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return PostgresSlowQuery._wrap(PostgresSlowQuery._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"PostgresSlowQuery is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> PostgresSlowQuery:
        postgres_slow_query = _new(PostgresSlowQuery)
        _setattr(postgres_slow_query, "__dict__", data)
        return postgres_slow_query

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
        raise TypeError(f"PostgresSlowQuery is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(PostgresSlowQuery)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "calls",
        "database",
        "max_exec_time_seconds",
        "mean_exec_time_seconds",
        "query",
        "query_id",
        "total_exec_time_seconds",
        "user",
    )
)
