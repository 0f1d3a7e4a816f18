from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.postgres_cluster_summary_plan import PostgresClusterSummaryPlan
from ..models.postgres_cluster_summary_status import PostgresClusterSummaryStatus
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    finish_model,
    format_datetime,
    model_repr,
    owned_list,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.postgres_attached_app import PostgresAttachedApp


T = TypeVar("T", bound="PostgresClusterSummary")


@_attrs_define(slots=False)
class PostgresClusterSummary:
    """
    Attributes:
        attached_apps (list[PostgresAttachedApp] | Unset): Apps attached to the cluster.
        created_at (datetime.datetime | Unset): RFC 3339 creation timestamp.
        deleted_at (str | Unset): RFC 3339 deletion timestamp; present for deleted clusters.
        id (str | Unset): Cluster ID.
        name (str | Unset): Cluster name.
        plan (PostgresClusterSummaryPlan | Unset): Plan slug. Example: basic.
        region (str | Unset): Fly region code. Example: iad.
        status (PostgresClusterSummaryStatus | Unset): Current lifecycle status. Example: ready.
    """

    attached_apps: list[PostgresAttachedApp] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    deleted_at: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    plan: PostgresClusterSummaryPlan | Unset = UNSET
    region: str | Unset = UNSET
    status: PostgresClusterSummaryStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attached_apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attached_apps, Unset):
            attached_apps = []
            for attached_apps_item_data in self.attached_apps:
                attached_apps_item = attached_apps_item_data.to_dict()
                attached_apps.append(attached_apps_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        deleted_at = self.deleted_at

        id = self.id

        name = self.name

        plan: str | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.value

        region = self.region

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attached_apps is not UNSET:
            field_dict["attached_apps"] = attached_apps
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if plan is not UNSET:
            field_dict["plan"] = plan
        if region is not UNSET:
            field_dict["region"] = region
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "attached_apps" in data:
            if (value := data["attached_apps"]) is None:
                del data["attached_apps"]  # null: as if absent, as Go reads it
            else:
                data["attached_apps"] = _load_attached_apps(value)
        if "created_at" in data:
            if (value := data["created_at"]) is None:
                del data["created_at"]  # null: as if absent, as Go reads it
            else:
                data["created_at"] = parse_datetime(value)
        if "plan" in data:
            if (value := data["plan"]) is None:
                del data["plan"]  # null: as if absent, as Go reads it
            else:
                data["plan"] = _load_plan(value)
        if "status" in data:
            if (value := data["status"]) is None:
                del data["status"]  # null: as if absent, as Go reads it
            else:
                data["status"] = _load_status(value)
        postgres_cluster_summary = _new(cls)
        _setattr(postgres_cluster_summary, "__dict__", data)
        return postgres_cluster_summary

    @staticmethod
    def _from_json(data: dict[str, Any]) -> PostgresClusterSummary:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return PostgresClusterSummary._wrap(PostgresClusterSummary._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"PostgresClusterSummary is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "attached_apps" in data:
            if (value := data["attached_apps"]) is None:
                del data["attached_apps"]  # null: as if absent, as Go reads it
            else:
                data["attached_apps"] = _take_attached_apps(value)
        if "created_at" in data:
            if (value := data["created_at"]) is None:
                del data["created_at"]  # null: as if absent, as Go reads it
            else:
                data["created_at"] = parse_datetime(value)
        if "plan" in data:
            if (value := data["plan"]) is None:
                del data["plan"]  # null: as if absent, as Go reads it
            else:
                data["plan"] = _load_plan(value)
        if "status" in data:
            if (value := data["status"]) is None:
                del data["status"]  # null: as if absent, as Go reads it
            else:
                data["status"] = _load_status(value)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> PostgresClusterSummary:
        postgres_cluster_summary = _new(PostgresClusterSummary)
        _setattr(postgres_cluster_summary, "__dict__", data)
        return postgres_cluster_summary

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


from ..models.postgres_attached_app import PostgresAttachedApp  # noqa: E402


def _load_attached_apps(value_from_json: Any) -> list[PostgresAttachedApp] | Unset:
    return [PostgresAttachedApp.from_dict(item) for item in value_from_json]


def _take_attached_apps(value_from_json: Any) -> list[Any]:
    # Decoded from JSON and taken over: the list's dicts are prepared in place, to become
    # their models when the field is first read (types.owned_list, written out here).
    if type(value_from_json) is not list:
        return owned_list(PostgresAttachedApp._prepare, value_from_json)
    prepare = PostgresAttachedApp._prepare
    for index, item in enumerate(value_from_json):
        value_from_json[index] = prepare(item)
    return value_from_json


_load_plan = enum_loader(PostgresClusterSummaryPlan)


_load_status = enum_loader(PostgresClusterSummaryStatus)


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(
            f"PostgresClusterSummary is made from a JSON object, not {type(data).__name__}"
        )
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    PostgresClusterSummary,
    nested_lists={
        "attached_apps": PostgresAttachedApp,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "attached_apps",
        "created_at",
        "deleted_at",
        "id",
        "name",
        "plan",
        "region",
        "status",
    )
)
