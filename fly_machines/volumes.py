"""`Volumes`: persistent disks attached to machines, and their snapshots."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any

import httpx
from fly_machines_api.api.volumes import (
    create_volume_snapshot,
    volume_delete,
    volumes_create,
    volumes_extend,
    volumes_get_by_id,
    volumes_list,
    volumes_list_snapshots,
    volumes_update,
)
from fly_machines_api.models import (
    CreateVolumeRequest,
    ExtendVolumeRequest,
    ExtendVolumeResponse,
    UpdateVolumeRequest,
    Volume,
    VolumeSnapshot,
)

from . import _validate as check
from ._client import ClientCore
from ._endpoint import endpoint
from ._engine import CallOptions, Flow, call_flow
from .result import Result
from .retry import RetryPolicy

__all__ = ["Volumes"]

Core = ClientCore[Any]
Retry = RetryPolicy | bool | None
Timeout = float | httpx.Timeout | None


def _present(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value is not None}


def _volume_call(
    core: Core,
    module: Any,
    app_name: str,
    volume_id: str | None,
    extra: Mapping[str, Any],
    retry: Retry,
    http_timeout: Timeout,
) -> Flow[Result[Any]]:
    params: dict[str, Any] = {"app_name": check.name("app_name", app_name), **extra}
    if volume_id is not None:
        params["volume_id"] = check.name("volume_id", volume_id)
    options = CallOptions(retry=retry, http_timeout=http_timeout)
    return (yield from call_flow(core, module, params, options))


class Volumes:
    """Namespace of volume operations: `Volumes.create(client, app_name=..., name=...)`."""

    def __init__(self) -> None:
        raise TypeError("Volumes is a namespace of functions; call Volumes.get(client, ...)")

    @endpoint
    def list(
        core: Core,
        *,
        app_name: str,
        summary: bool | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[builtins.list[Volume]]]:
        extra = {"summary": summary}
        return (
            yield from _volume_call(core, volumes_list, app_name, None, extra, retry, http_timeout)
        )

    @endpoint
    def get(
        core: Core,
        *,
        app_name: str,
        volume_id: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[Volume]]:
        return (
            yield from _volume_call(
                core, volumes_get_by_id, app_name, volume_id, {}, retry, http_timeout
            )
        )

    @endpoint
    def create(
        core: Core,
        *,
        app_name: str,
        name: str,
        region: str,
        size_gb: int,
        encrypted: bool | None = None,
        snapshot_id: str | None = None,
        source_volume_id: str | None = None,
        snapshot_retention: int | None = None,
        auto_backup_enabled: bool | None = None,
        require_unique_zone: bool | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[Volume]]:
        """Create a volume; sent once (a failure that may have reached the API is not
        retried: volume names are not unique, so a second create could double it)."""
        check.positive("size_gb", size_gb)
        fields = _present(
            {
                "name": check.name("name", name),
                "region": check.name("region", region),
                "size_gb": size_gb,
                "encrypted": encrypted,
                "snapshot_id": snapshot_id,
                "source_volume_id": source_volume_id,
                "snapshot_retention": snapshot_retention,
                "auto_backup_enabled": auto_backup_enabled,
                "require_unique_zone": require_unique_zone,
            }
        )
        extra = {"body": CreateVolumeRequest.from_dict(fields)}
        return (
            yield from _volume_call(
                core, volumes_create, app_name, None, extra, retry, http_timeout
            )
        )

    @endpoint
    def update(
        core: Core,
        *,
        app_name: str,
        volume_id: str,
        auto_backup_enabled: bool | None = None,
        snapshot_retention: int | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[Volume]]:
        fields = _present(
            {"auto_backup_enabled": auto_backup_enabled, "snapshot_retention": snapshot_retention}
        )
        extra = {"body": UpdateVolumeRequest.from_dict(fields)}
        return (
            yield from _volume_call(
                core, volumes_update, app_name, volume_id, extra, retry, http_timeout
            )
        )

    @endpoint
    def extend(
        core: Core,
        *,
        app_name: str,
        volume_id: str,
        size_gb: int,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[ExtendVolumeResponse]]:
        """Grow the volume to `size_gb` (volumes only grow)."""
        check.positive("size_gb", size_gb)
        extra = {"body": ExtendVolumeRequest(size_gb=size_gb)}
        return (
            yield from _volume_call(
                core, volumes_extend, app_name, volume_id, extra, retry, http_timeout
            )
        )

    @endpoint
    def destroy(
        core: Core,
        *,
        app_name: str,
        volume_id: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[Volume]]:
        return (
            yield from _volume_call(
                core, volume_delete, app_name, volume_id, {}, retry, http_timeout
            )
        )

    @endpoint
    def list_snapshots(
        core: Core,
        *,
        app_name: str,
        volume_id: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[builtins.list[VolumeSnapshot]]]:
        return (
            yield from _volume_call(
                core, volumes_list_snapshots, app_name, volume_id, {}, retry, http_timeout
            )
        )

    @endpoint
    def create_snapshot(
        core: Core,
        *,
        app_name: str,
        volume_id: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[Any]]:
        return (
            yield from _volume_call(
                core, create_volume_snapshot, app_name, volume_id, {}, retry, http_timeout
            )
        )
