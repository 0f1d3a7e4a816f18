from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.postgres_active_query import PostgresActiveQuery


T = TypeVar("T", bound="ListPostgresActiveQueriesResponse")


@_attrs_define
class ListPostgresActiveQueriesResponse:
    """
    Attributes:
        data (list[PostgresActiveQuery] | Unset):
    """

    data: list[PostgresActiveQuery] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

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
        list_postgres_active_queries_response = cls(**kwargs)
        list_postgres_active_queries_response.additional_properties = additional_properties
        return list_postgres_active_queries_response

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


from ..models.postgres_active_query import PostgresActiveQuery  # noqa: E402


def _load_data(value_from_json: Any) -> list[PostgresActiveQuery] | Unset:
    _data = value_from_json
    data: list[PostgresActiveQuery] | Unset = UNSET
    if _data is not UNSET:
        data = []
        for data_item_data in _data:
            data_item = PostgresActiveQuery.from_dict(data_item_data)

            data.append(data_item)

    return data


_FIELDS_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "data": ("data", _load_data),
}
