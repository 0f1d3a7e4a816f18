from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_postgres_cluster_request_pg_major_version import (
    CreatePostgresClusterRequestPgMajorVersion,
)
from ..models.create_postgres_cluster_request_plan import CreatePostgresClusterRequestPlan
from ..models.create_postgres_cluster_request_pool_mode import CreatePostgresClusterRequestPoolMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePostgresClusterRequest")


@_attrs_define
class CreatePostgresClusterRequest:
    """
    Attributes:
        org_slug (str): Slug of the organization that will own the cluster, or "personal" for the caller's personal
            organization. Example: my-org.
        plan (CreatePostgresClusterRequestPlan): Plan slug selecting CPU, memory, and disk sizing. Matched case-
            insensitively. Example: basic.
        region (str): Fly region code where the cluster's primary runs. Example: iad.
        disk_size_gb (int | Unset): Disk size in gigabytes. Example: 10.
        name (str | Unset): Name for the cluster. A name is generated when omitted.
        pg_major_version (CreatePostgresClusterRequestPgMajorVersion | Unset): Postgres major version. Example: 17.
        pool_mode (CreatePostgresClusterRequestPoolMode | Unset): Connection pooler mode. Example: transaction.
        postgis_enabled (bool | Unset): Enable PostGIS support, required to later enable PostGIS extensions.
    """

    org_slug: str
    plan: CreatePostgresClusterRequestPlan
    region: str
    disk_size_gb: int | Unset = UNSET
    name: str | Unset = UNSET
    pg_major_version: CreatePostgresClusterRequestPgMajorVersion | Unset = UNSET
    pool_mode: CreatePostgresClusterRequestPoolMode | Unset = UNSET
    postgis_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_slug = self.org_slug

        plan = self.plan.value

        region = self.region

        disk_size_gb = self.disk_size_gb

        name = self.name

        pg_major_version: str | Unset = UNSET
        if not isinstance(self.pg_major_version, Unset):
            pg_major_version = self.pg_major_version.value

        pool_mode: str | Unset = UNSET
        if not isinstance(self.pool_mode, Unset):
            pool_mode = self.pool_mode.value

        postgis_enabled = self.postgis_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "org_slug": org_slug,
                "plan": plan,
                "region": region,
            }
        )
        if disk_size_gb is not UNSET:
            field_dict["disk_size_gb"] = disk_size_gb
        if name is not UNSET:
            field_dict["name"] = name
        if pg_major_version is not UNSET:
            field_dict["pg_major_version"] = pg_major_version
        if pool_mode is not UNSET:
            field_dict["pool_mode"] = pool_mode
        if postgis_enabled is not UNSET:
            field_dict["postgis_enabled"] = postgis_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if "org_slug" not in src_dict:
            raise KeyError("org_slug")
        if "plan" not in src_dict:
            raise KeyError("plan")
        if "region" not in src_dict:
            raise KeyError("region")
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
        create_postgres_cluster_request = cls(**kwargs)
        create_postgres_cluster_request.additional_properties = additional_properties
        return create_postgres_cluster_request

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


_FIELDS_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any] | None]] = {
    "org_slug": ("org_slug", None),
    "plan": ("plan", CreatePostgresClusterRequestPlan),
    "region": ("region", None),
    "disk_size_gb": ("disk_size_gb", None),
    "name": ("name", None),
    "pg_major_version": ("pg_major_version", CreatePostgresClusterRequestPgMajorVersion),
    "pool_mode": ("pool_mode", CreatePostgresClusterRequestPoolMode),
    "postgis_enabled": ("postgis_enabled", None),
}
