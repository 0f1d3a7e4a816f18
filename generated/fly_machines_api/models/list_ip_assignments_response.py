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
    from ..models.ip_assignment import IPAssignment


T = TypeVar("T", bound="ListIPAssignmentsResponse")


@_attrs_define(slots=False)
class ListIPAssignmentsResponse:
    """
    Attributes:
        ips (list[IPAssignment]):  Default: [].
    """

    ips: list[IPAssignment] = _attrs_field(factory=list)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ips, Unset):
            ips = []
            for ips_item_data in self.ips:
                ips_item = ips_item_data.to_dict()
                ips.append(ips_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ips": ips,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "ips" in data:
            data["ips"] = _load_ips(data["ips"])
        list_ip_assignments_response = _new(cls)
        _setattr(list_ip_assignments_response, "__dict__", data)
        return list_ip_assignments_response

    @staticmethod
    def _from_json(data: dict[str, Any]) -> ListIPAssignmentsResponse:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return ListIPAssignmentsResponse._wrap(ListIPAssignmentsResponse._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"ListIPAssignmentsResponse is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "ips" in data:
            data["ips"] = _take_ips(data["ips"])
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> ListIPAssignmentsResponse:
        list_ip_assignments_response = _new(ListIPAssignmentsResponse)
        _setattr(list_ip_assignments_response, "__dict__", data)
        return list_ip_assignments_response

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


from ..models.ip_assignment import IPAssignment  # noqa: E402


def _load_ips(value_from_json: Any) -> list[IPAssignment]:
    # Absent or null: empty (Go sends a nil slice as null, or leaves it out).
    if value_from_json is None:
        return []
    return [IPAssignment.from_dict(item) for item in value_from_json]


def _take_ips(value_from_json: Any) -> list[Any]:
    if value_from_json is None:
        return []
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(IPAssignment._prepare, value_from_json)
    prepare = IPAssignment._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(
            f"ListIPAssignmentsResponse is made from a JSON object, not {type(data).__name__}"
        )
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    ListIPAssignmentsResponse,
    nested_lists={
        "ips": IPAssignment,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(("ips",))
