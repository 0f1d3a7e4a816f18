from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.postgres_cluster_cpu_kind import PostgresClusterCpuKind
from ..models.postgres_cluster_pg_major_version import PostgresClusterPgMajorVersion
from ..models.postgres_cluster_plan import PostgresClusterPlan
from ..models.postgres_cluster_status import PostgresClusterStatus
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
    from ..models.organization_ref import OrganizationRef
    from ..models.postgres_attached_app import PostgresAttachedApp
    from ..models.postgres_cluster_endpoints import PostgresClusterEndpoints


T = TypeVar("T", bound="PostgresCluster")


@_attrs_define(slots=False)
class PostgresCluster:
    """
    Attributes:
        attached_apps (list[PostgresAttachedApp] | Unset): Apps attached to the cluster.
        cpu_kind (PostgresClusterCpuKind | Unset): CPU class. Example: shared.
        cpus (int | Unset): vCPUs per node. Example: 2.
        created_at (datetime.datetime | Unset): RFC 3339 creation timestamp.
        disk_size_gb (int | Unset): Disk size in gigabytes, for one replica. Example: 10.
        endpoints (PostgresClusterEndpoints | Unset):
        id (str | Unset): Cluster ID.
        memory_mb (int | Unset): Memory per node in megabytes. Example: 1024.
        name (str | Unset): Cluster name.
        organization (OrganizationRef | Unset):
        pg_major_version (PostgresClusterPgMajorVersion | Unset): Postgres major version. Example: 17.
        plan (PostgresClusterPlan | Unset): Plan slug. Example: basic.
        postgis_enabled (bool | Unset): Whether PostGIS support is enabled.
        region (str | Unset): Fly region code. Example: iad.
        replicas (int | Unset): Number of replicas. Example: 1.
        status (PostgresClusterStatus | Unset): Current lifecycle status. Example: ready.
        storage_provisioned_bytes (int | None | Unset): Storage provisioned, summed across the cluster's volumes and
            measured hourly.
            Null until first measured. Example: 10737418240.
        storage_used_bytes (int | None | Unset): Storage used, summed across the cluster's volumes and measured hourly.
            Null
            until first measured. Example: 5368709120.
    """

    attached_apps: list[PostgresAttachedApp] | Unset = UNSET
    cpu_kind: PostgresClusterCpuKind | Unset = UNSET
    cpus: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    disk_size_gb: int | Unset = UNSET
    endpoints: PostgresClusterEndpoints | Unset = UNSET
    id: str | Unset = UNSET
    memory_mb: int | Unset = UNSET
    name: str | Unset = UNSET
    organization: OrganizationRef | Unset = UNSET
    pg_major_version: PostgresClusterPgMajorVersion | Unset = UNSET
    plan: PostgresClusterPlan | Unset = UNSET
    postgis_enabled: bool | Unset = UNSET
    region: str | Unset = UNSET
    replicas: int | Unset = UNSET
    status: PostgresClusterStatus | Unset = UNSET
    storage_provisioned_bytes: int | None | Unset = UNSET
    storage_used_bytes: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attached_apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attached_apps, Unset):
            attached_apps = []
            for attached_apps_item_data in self.attached_apps:
                attached_apps_item = attached_apps_item_data.to_dict()
                attached_apps.append(attached_apps_item)

        cpu_kind: str | Unset = UNSET
        if not isinstance(self.cpu_kind, Unset):
            cpu_kind = self.cpu_kind.value

        cpus = self.cpus

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        disk_size_gb = self.disk_size_gb

        endpoints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = self.endpoints.to_dict()

        id = self.id

        memory_mb = self.memory_mb

        name = self.name

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        pg_major_version: str | Unset = UNSET
        if not isinstance(self.pg_major_version, Unset):
            pg_major_version = self.pg_major_version.value

        plan: str | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.value

        postgis_enabled = self.postgis_enabled

        region = self.region

        replicas = self.replicas

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        storage_provisioned_bytes: int | None | Unset
        if isinstance(self.storage_provisioned_bytes, Unset):
            storage_provisioned_bytes = UNSET
        else:
            storage_provisioned_bytes = self.storage_provisioned_bytes

        storage_used_bytes: int | None | Unset
        if isinstance(self.storage_used_bytes, Unset):
            storage_used_bytes = UNSET
        else:
            storage_used_bytes = self.storage_used_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attached_apps is not UNSET:
            field_dict["attached_apps"] = attached_apps
        if cpu_kind is not UNSET:
            field_dict["cpu_kind"] = cpu_kind
        if cpus is not UNSET:
            field_dict["cpus"] = cpus
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if disk_size_gb is not UNSET:
            field_dict["disk_size_gb"] = disk_size_gb
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if id is not UNSET:
            field_dict["id"] = id
        if memory_mb is not UNSET:
            field_dict["memory_mb"] = memory_mb
        if name is not UNSET:
            field_dict["name"] = name
        if organization is not UNSET:
            field_dict["organization"] = organization
        if pg_major_version is not UNSET:
            field_dict["pg_major_version"] = pg_major_version
        if plan is not UNSET:
            field_dict["plan"] = plan
        if postgis_enabled is not UNSET:
            field_dict["postgis_enabled"] = postgis_enabled
        if region is not UNSET:
            field_dict["region"] = region
        if replicas is not UNSET:
            field_dict["replicas"] = replicas
        if status is not UNSET:
            field_dict["status"] = status
        if storage_provisioned_bytes is not UNSET:
            field_dict["storage_provisioned_bytes"] = storage_provisioned_bytes
        if storage_used_bytes is not UNSET:
            field_dict["storage_used_bytes"] = storage_used_bytes

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
        if "cpu_kind" in data:
            if (value := data["cpu_kind"]) is None:
                del data["cpu_kind"]  # null: as if absent, as Go reads it
            else:
                data["cpu_kind"] = _load_cpu_kind(value)
        if "created_at" in data:
            if (value := data["created_at"]) is None:
                del data["created_at"]  # null: as if absent, as Go reads it
            else:
                data["created_at"] = parse_datetime(value)
        if "endpoints" in data:
            if (value := data["endpoints"]) is None:
                del data["endpoints"]  # null: as if absent, as Go reads it
            else:
                data["endpoints"] = PostgresClusterEndpoints.from_dict(value)
        if "organization" in data:
            if (value := data["organization"]) is None:
                del data["organization"]  # null: as if absent, as Go reads it
            else:
                data["organization"] = OrganizationRef.from_dict(value)
        if "pg_major_version" in data:
            if (value := data["pg_major_version"]) is None:
                del data["pg_major_version"]  # null: as if absent, as Go reads it
            else:
                data["pg_major_version"] = _load_pg_major_version(value)
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
        if "storage_provisioned_bytes" in data:
            data["storage_provisioned_bytes"] = _load_storage_provisioned_bytes(
                data["storage_provisioned_bytes"]
            )
        if "storage_used_bytes" in data:
            data["storage_used_bytes"] = _load_storage_used_bytes(data["storage_used_bytes"])
        postgres_cluster = _new(cls)
        _setattr(postgres_cluster, "__dict__", data)
        return postgres_cluster

    @staticmethod
    def _from_json(data: dict[str, Any]) -> PostgresCluster:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return PostgresCluster._wrap(PostgresCluster._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if type(data) is not dict:  # what from_dict's copy refuses too
            raise TypeError(
                f"PostgresCluster is made from a JSON object, not {type(data).__name__}"
            )
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "attached_apps" in data:
            if (value := data["attached_apps"]) is None:
                del data["attached_apps"]  # null: as if absent, as Go reads it
            else:
                data["attached_apps"] = _take_attached_apps(value)
        if "cpu_kind" in data:
            if (value := data["cpu_kind"]) is None:
                del data["cpu_kind"]  # null: as if absent, as Go reads it
            else:
                data["cpu_kind"] = _load_cpu_kind(value)
        if "created_at" in data:
            if (value := data["created_at"]) is None:
                del data["created_at"]  # null: as if absent, as Go reads it
            else:
                data["created_at"] = parse_datetime(value)
        if "endpoints" in data:
            if (value := data["endpoints"]) is None:
                del data["endpoints"]  # null: as if absent, as Go reads it
            else:
                data["endpoints"] = PostgresClusterEndpoints._prepare(value)
        if "organization" in data:
            if (value := data["organization"]) is None:
                del data["organization"]  # null: as if absent, as Go reads it
            else:
                data["organization"] = OrganizationRef._prepare(value)
        if "pg_major_version" in data:
            if (value := data["pg_major_version"]) is None:
                del data["pg_major_version"]  # null: as if absent, as Go reads it
            else:
                data["pg_major_version"] = _load_pg_major_version(value)
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
        if "storage_provisioned_bytes" in data:
            data["storage_provisioned_bytes"] = _load_storage_provisioned_bytes(
                data["storage_provisioned_bytes"]
            )
        if "storage_used_bytes" in data:
            data["storage_used_bytes"] = _load_storage_used_bytes(data["storage_used_bytes"])
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> PostgresCluster:
        postgres_cluster = _new(PostgresCluster)
        _setattr(postgres_cluster, "__dict__", data)
        return postgres_cluster

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


from ..models.organization_ref import OrganizationRef  # noqa: E402
from ..models.postgres_attached_app import PostgresAttachedApp  # noqa: E402
from ..models.postgres_cluster_endpoints import PostgresClusterEndpoints  # noqa: E402


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


_load_cpu_kind = enum_loader(PostgresClusterCpuKind)


_load_pg_major_version = enum_loader(PostgresClusterPgMajorVersion)


_load_plan = enum_loader(PostgresClusterPlan)


_load_status = enum_loader(PostgresClusterStatus)


def _load_storage_provisioned_bytes(value_from_json: Any) -> int | None | Unset:
    def _parse_storage_provisioned_bytes(data: object) -> int | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(int | None | Unset, data)

    storage_provisioned_bytes = _parse_storage_provisioned_bytes(value_from_json)

    return storage_provisioned_bytes


def _load_storage_used_bytes(value_from_json: Any) -> int | None | Unset:
    def _parse_storage_used_bytes(data: object) -> int | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(int | None | Unset, data)

    storage_used_bytes = _parse_storage_used_bytes(value_from_json)

    return storage_used_bytes


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(f"PostgresCluster is made from a JSON object, not {type(data).__name__}")
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(
    PostgresCluster,
    nested={
        "endpoints": PostgresClusterEndpoints,
        "organization": OrganizationRef,
    },
    nested_lists={
        "attached_apps": PostgresAttachedApp,
    },
)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "attached_apps",
        "cpu_kind",
        "cpus",
        "created_at",
        "disk_size_gb",
        "endpoints",
        "id",
        "memory_mb",
        "name",
        "organization",
        "pg_major_version",
        "plan",
        "postgis_enabled",
        "region",
        "replicas",
        "status",
        "storage_provisioned_bytes",
        "storage_used_bytes",
    )
)
