from __future__ import annotations

from collections.abc import Mapping
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
    finish_model,
    model_repr,
)

T = TypeVar("T", bound="CreatePostgresClusterRequest")


@_attrs_define(slots=False)
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
        # A shallow copy becomes the model's attributes: the mapping given is left as it
        # was (values that are converted, such as nested models, are replaced in the copy).
        data = {**src_dict}
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, False)
        if "plan" in data:
            if (value := data["plan"]) is None:
                del data["plan"]  # null: as if absent, as Go reads it
            else:
                data["plan"] = _load_plan(value)
        if "pg_major_version" in data:
            if (value := data["pg_major_version"]) is None:
                del data["pg_major_version"]  # null: as if absent, as Go reads it
            else:
                data["pg_major_version"] = _load_pg_major_version(value)
        if "pool_mode" in data:
            if (value := data["pool_mode"]) is None:
                del data["pool_mode"]  # null: as if absent, as Go reads it
            else:
                data["pool_mode"] = _load_pool_mode(value)
        if not _REQUIRED_KEYS <= data.keys():
            raise MissingFieldError.first_of("CreatePostgresClusterRequest", _REQUIRED, data)
        create_postgres_cluster_request = _new(cls)
        _setattr(create_postgres_cluster_request, "__dict__", data)
        return create_postgres_cluster_request

    @staticmethod
    def _from_json(data: dict[str, Any]) -> CreatePostgresClusterRequest:
        """The model of a dict just decoded from JSON, which it takes over: `data` is
        checked and converted in place, nested objects and lists too, and becomes the
        model's attribute dict; a nested model is made when first read
        (types._NestedModel). The generated client's parsers call this on
        `response.json()`; `from_dict` is the one that leaves its argument alone."""
        return CreatePostgresClusterRequest._wrap(CreatePostgresClusterRequest._prepare(data))

    @staticmethod
    def _prepare(data: dict[str, Any]) -> dict[str, Any]:
        # Checked and converted in place: ready to be a model's attributes (_wrap).
        if not _KNOWN.issuperset(data):
            data["additional_properties"] = _unknown(data, True)
        if "plan" in data:
            if (value := data["plan"]) is None:
                del data["plan"]  # null: as if absent, as Go reads it
            else:
                data["plan"] = _load_plan(value)
        if "pg_major_version" in data:
            if (value := data["pg_major_version"]) is None:
                del data["pg_major_version"]  # null: as if absent, as Go reads it
            else:
                data["pg_major_version"] = _load_pg_major_version(value)
        if "pool_mode" in data:
            if (value := data["pool_mode"]) is None:
                del data["pool_mode"]  # null: as if absent, as Go reads it
            else:
                data["pool_mode"] = _load_pool_mode(value)
        if not _REQUIRED_KEYS <= data.keys():
            raise MissingFieldError.first_of("CreatePostgresClusterRequest", _REQUIRED, data)
        return data

    @staticmethod
    def _wrap(data: dict[str, Any]) -> CreatePostgresClusterRequest:
        create_postgres_cluster_request = _new(CreatePostgresClusterRequest)
        _setattr(create_postgres_cluster_request, "__dict__", data)
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


def _unknown(data: dict[str, Any], owned: bool) -> dict[str, Any]:
    """The keys of `data` this model does not know, taken out of it (they are kept in
    additional_properties)."""
    if type(data) is not dict:  # what from_dict's copy refuses too
        raise TypeError(
            f"CreatePostgresClusterRequest is made from a JSON object, not {type(data).__name__}"
        )
    unknown = {key: data.pop(key) for key in [key for key in data if key not in _KNOWN]}
    return unknown


_new = object.__new__
_setattr = object.__setattr__  # past the class's own, which refuses names it has no field for
finish_model(CreatePostgresClusterRequest)
# The keys an answer may have, as the API spells them.
_KNOWN = frozenset(
    (
        "org_slug",
        "plan",
        "region",
        "disk_size_gb",
        "name",
        "pg_major_version",
        "pool_mode",
        "postgis_enabled",
    )
)
# The keys it must have (a field the API always sends), in the order they are reported.
_REQUIRED = (
    "org_slug",
    "plan",
    "region",
)
_REQUIRED_KEYS = frozenset(_REQUIRED)
