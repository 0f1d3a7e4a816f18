"""`Platform`: Fly's regions, and where machines of a given size would be placed.

Every function takes the client first and keywords after, returns `Ok(value)` or
`Err(FlyError)`, and accepts `retry=` and `http_timeout=` as `Machines`' do. Besides the
errors each docstring names, any may return `invalid_request` (nothing was sent),
`unauthorized`, `rate_limited` and the transport's `timeout`/`connection`. Both only
read, so both are repeated after a failure (placements changes nothing).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from fly_machines_api import models
from fly_machines_api.api.platform import platform_placements_post, platform_regions_get

from . import _validate as check
from ._endpoint import endpoint
from ._engine import Flow
from ._namespace import Core, Namespace, Retry, Timeout, send
from .result import Result

if TYPE_CHECKING:
    from fly_machines_api.models import (
        FlyMachineGuest,
        MainGetPlacementsResponse,
        MainRegionResponse,
    )

__all__ = ["Platform"]


class Platform(Namespace, example="regions"):
    """Namespace of platform queries: `Platform.regions(client)`."""

    @endpoint
    def regions(
        core: Core, *, retry: Retry = None, http_timeout: Timeout = None
    ) -> Flow[Result[MainRegionResponse]]:
        """Every region: its code, name, coordinates, and whether it is deprecated,
        has a gateway or offers Managed Postgres. Ok: `MainRegionResponse` (`.regions`,
        each a `MainRegionRow`; `.nearest`: the region nearest the caller)."""
        return (yield from send(core, platform_regions_get, locals()))

    @endpoint
    def placements(
        core: Core,
        *,
        org_slug: str,
        count: int | None = None,
        region: str | None = None,
        compute: Mapping[str, Any] | FlyMachineGuest | None = None,
        volume_name: str | None = None,
        volume_size_bytes: int | None = None,
        weights: Mapping[str, int] | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[MainGetPlacementsResponse]]:
        """Where `count` machines of size `compute` (a guest: `cpus`, `memory_mb`;
        default performance-1x) would go in `region` (codes and aliases, comma-separated,
        e.g. "lhr,eu"; default: the nearest region, then any), for the organization
        `org_slug`, without creating anything. `count=0` (the default) asks for each
        region's limit instead. `volume_name`/`volume_size_bytes`: machines that need
        such a volume; `weights` overrides the placement preferences (e.g.
        `{"region": 0}` to spread across regions). Ok: `MainGetPlacementsResponse`
        (`.regions`, each with `.region`, `.count`, `.concurrency`).
        Err: `unprocessable_entity` (an unknown region or alias), `bad_request`."""
        return (
            yield from send(
                core,
                platform_placements_post,
                locals(),
                compute=None
                if compute is None
                else check.body("compute", compute, models.FlyMachineGuest),
                weights=None if weights is None else dict(weights),
            )
        )
