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
from ..types import (
    UNSET,
    MissingFieldError,
    Unset,
    enum_loader,
    model_repr,
)

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
            create_postgres_cluster_request = cls(**kwargs)
        except TypeError:
            # fly-machines template change: a field the API always sends is missing (the
            # class cannot be built without it): name the model and the first one missing.
            # Checking for them up front would cost every answer the time of a few lookups.
            missing = MissingFieldError.first_of(
                "CreatePostgresClusterRequest", _REQUIRED, src_dict
            )
            if missing is None:
                raise
            raise missing from None
        if additional_properties is not None:
            create_postgres_cluster_request.additional_properties = additional_properties
        return create_postgres_cluster_request

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


_load_plan = enum_loader(CreatePostgresClusterRequestPlan)


_load_pg_major_version = enum_loader(CreatePostgresClusterRequestPgMajorVersion)


_load_pool_mode = enum_loader(CreatePostgresClusterRequestPoolMode)


_REQUIRED = (
    "org_slug",
    "plan",
    "region",
)

_NAMES_FROM_JSON: dict[str, str] = {
    "org_slug": "org_slug",
    "region": "region",
    "disk_size_gb": "disk_size_gb",
    "name": "name",
    "postgis_enabled": "postgis_enabled",
}
_LOADED_FROM_JSON: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "plan": ("plan", _load_plan),
    "pg_major_version": ("pg_major_version", _load_pg_major_version),
    "pool_mode": ("pool_mode", _load_pool_mode),
}
