from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.postgres_cluster_summary_plan import PostgresClusterSummaryPlan
from ..models.postgres_cluster_summary_status import PostgresClusterSummaryStatus
from ..types import (
    UNSET,
    Unset,
    enum_loader,
    format_datetime,
    model_repr,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.postgres_attached_app import PostgresAttachedApp


T = TypeVar("T", bound="PostgresClusterSummary")


@_attrs_define
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
        postgres_cluster_summary = cls(**kwargs)
        if additional_properties is not None:
            postgres_cluster_summary.additional_properties = additional_properties
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


_load_plan = enum_loader(PostgresClusterSummaryPlan)


_load_status = enum_loader(PostgresClusterSummaryStatus)


_NAMES_FROM_JSON: dict[str, str] = {
    "deleted_at": "deleted_at",
    "id": "id",
    "name": "name",
    "region": "region",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "attached_apps": ("attached_apps", _load_attached_apps),
    "created_at": ("created_at", parse_datetime),
    "plan": ("plan", _load_plan),
    "status": ("status", _load_status),
}
