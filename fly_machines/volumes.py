"""`Volumes`: persistent disks attached to machines, and their snapshots.

Every function takes the client first and keywords after, returns `Ok(value)` or
`Err(FlyError)`, and accepts `retry=` and `http_timeout=` as `Machines`' do. Besides the
errors each docstring names, any may return `invalid_request` (nothing was sent),
`unauthorized`, `not_found` (no such app or volume), `rate_limited` and the transport's
`timeout`/`connection`.
"""

from __future__ import annotations

import builtins
from datetime import datetime
from typing import TYPE_CHECKING, Any

from fly_machines_api.api.organizations import volumes_org_list
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

from . import _validate as check
from ._endpoint import endpoint
from ._engine import Flow
from ._namespace import Core, Namespace, Retry, Timeout, send
from .result import Result

if TYPE_CHECKING:
    from fly_machines_api.models import (
        ExtendVolumeResponse,
        OrgVolumesResponse,
        Volume,
        VolumeSnapshot,
    )

__all__ = ["Volumes"]


class Volumes(Namespace):
    """Namespace of volume operations: `Volumes.create(client, app_name=..., name=...)`."""

    @endpoint
    def list(
        core: Core,
        *,
        app_name: str,
        summary: bool | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[builtins.list[Volume]]]:
        """The app's volumes; `summary=True` leaves out block counts and sizes.
        Ok: a list of `Volume`."""
        return (yield from send(core, volumes_list, locals()))

    @endpoint
    def list_in_org(
        core: Core,
        *,
        org_slug: str,
        include_deleted: bool | None = None,
        region: str | None = None,
        state: str | None = None,
        summary: bool | None = None,
        updated_after: datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[OrgVolumesResponse]]:
        """The volumes of every app of the organization `org_slug`, oldest update first,
        a page at a time: `cursor` is the previous page's `next_cursor` (empty on the last
        page), `limit` at most 1000; `updated_after` (an aware `datetime` or RFC 3339
        text) keeps those changed since. `state`: comma-separated volume states; `region`;
        `include_deleted`; `summary=True` leaves out block counts.
        Ok: `OrgVolumesResponse` (`.volumes`, each with `.app_name`; `.next_cursor`).
        Err: `not_found`, `bad_request`."""
        return (
            yield from send(
                core,
                volumes_org_list,
                locals(),
                updated_after=check.timestamp("updated_after", updated_after),
            )
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
        """One volume: its name, region, size, state and the machine it is attached to.
        Ok: the `Volume`."""
        return (yield from send(core, volumes_get_by_id, locals()))

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
        """Create a volume `name` of `size_gb` in `region`: empty, or restored from
        `snapshot_id`, or a fork of `source_volume_id`. `encrypted`; `auto_backup_enabled`
        (scheduled snapshots, on by default) and `snapshot_retention` (days they are
        kept); `require_unique_zone`: not in a zone that has another of the app's volumes.

        It is sent once: a failure that may have reached the API is not retried, since
        volume names are not unique and a second create could double it.
        Ok: the new `Volume` (`.id`). Err: `volume_placement_capacity` or
        `insufficient_capacity` (try another region), `bad_request`.
        """
        return (
            yield from send(
                core,
                volumes_create,
                locals(),
                size_gb=check.positive("size_gb", size_gb),
                name=check.name("name", name),
                region=check.name("region", region),
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
        """Change the volume's scheduled snapshots: `auto_backup_enabled`, and how many
        days `snapshot_retention` keeps them. Ok: the updated `Volume`.
        Err: `bad_request`."""
        return (yield from send(core, volumes_update, locals()))

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
        """Grow the volume to `size_gb` (volumes only grow). Ok: `ExtendVolumeResponse`
        (`.volume`, `.needs_restart`: whether its machine must restart to see the space).
        Err: `bad_request` (not larger than it is)."""
        return (
            yield from send(
                core, volumes_extend, locals(), size_gb=check.positive("size_gb", size_gb)
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
    ) -> Flow[Result[Volume | None]]:
        """Destroy the volume and its data. Ok: the `Volume` as it was destroyed, or None
        when a retry found it gone because an earlier attempt, whose answer was lost,
        destroyed it. Err: `failed_precondition` (412: a machine still has it attached)."""
        return (yield from send(core, volume_delete, locals()))

    @endpoint
    def list_snapshots(
        core: Core,
        *,
        app_name: str,
        volume_id: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[builtins.list[VolumeSnapshot]]]:
        """The volume's snapshots, scheduled and on demand. Ok: a list of
        `VolumeSnapshot` (`.id`, `.created_at`, `.size`, `.status`)."""
        return (yield from send(core, volumes_list_snapshots, locals()))

    @endpoint
    def create_snapshot(
        core: Core,
        *,
        app_name: str,
        volume_id: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[Any]]:
        """Take a snapshot of the volume now; it is made in the background (see
        `list_snapshots`). Ok: the API's answer."""
        return (yield from send(core, create_volume_snapshot, locals()))
