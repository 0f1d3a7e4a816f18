"""`Fleet`: deploys and scaling across an app's machines, as single calls.

    report = Fleet.deploy(client, app_name="my-app", config={"image": "my-app:v2"}).unwrap()

A deploy merges `config` into each machine's config and brings the machines there with a
strategy flyctl uses (rolling, canary, bluegreen, immediate), under leases; `scale`
creates or destroys machines to reach a count per region. Each is a flow of the facade's
own calls, so they work the same with a `Client` and an `AsyncClient`, and the machines
a step works on go at the same time (a `Gather`). The modules: `_deploy` (the run),
`_plan` (targets and pools), `_machine` (one machine's steps and checks), `_rolling` and
`_bluegreen` (the strategies), `_leases`, `_scale`, `_report` (reports, progress,
telemetry).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal

from fly_machines_api.models import FlyMachineConfig

from .. import _validate as check
from .._endpoint import endpoint
from .._engine import Flow, Gather
from .._namespace import Core, Namespace, Retry, Timeout
from ..result import Result
from ._deploy import deploy_flow
from ._leases import DEFAULT_LEASE_TTL
from ._plan import DEFAULT_MAX_UNAVAILABLE
from ._report import DeployReport, DeployStep, FleetError, MachineReport, ScaleReport
from ._run import Settings
from ._scale import scale_flow

__all__ = ["DeployReport", "DeployStep", "Fleet", "FleetError", "MachineReport", "ScaleReport"]

DEFAULT_WAIT_TIMEOUT = 300.0  # flyctl's DefaultWaitTimeout: 5 minutes
DEFAULT_SMOKE_SECONDS = 10.0  # flyctl's smoke checks watch a machine for 10 s
MAX_LEASE_TTL = 3600


class Fleet(Namespace, example="deploy"):
    """Namespace: `Fleet.deploy(client, app_name=..., config=...)`, `Fleet.scale(...)`."""

    @endpoint
    def deploy(
        core: Core,
        *,
        app_name: str,
        config: Mapping[str, Any] | FlyMachineConfig,
        strategy: Literal["rolling", "canary", "bluegreen", "immediate"] = "rolling",
        max_unavailable: float | None = None,
        process_group: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        health: bool = True,
        smoke_seconds: float = DEFAULT_SMOKE_SECONDS,
        min_secrets_version: int | None = None,
        lease_ttl: int = DEFAULT_LEASE_TTL,
        on_progress: Callable[[DeployStep], object] | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[DeployReport]]:
        """Bring the app's machines (those of `process_group`, if given) to `config`.

        `config` is merged into each machine's own config: a mapping merges into the
        mapping under its key, None removes a key, anything else replaces (so
        `{"image": "my-app:v2"}` changes the image and keeps each machine's mounts, size
        and process group). A machine already on its target is skipped, so running a
        deploy again after a failure continues where it stopped. Every machine to change
        is leased first (`lease_ttl` seconds, refreshed every (ttl - 1)/3; released on
        every path, a cancelled or interrupted run included).

        `strategy`: "rolling" (the first serving machine of each process group alone,
        then `max_unavailable` at a time; stopped machines get the config and stay
        stopped), "canary" (one new machine per group first, checked, destroyed; then
        rolling), "bluegreen" (a new machine for each, checked, then the old ones
        cordoned, stopped and destroyed; any failure before the new ones take traffic
        destroys them), "immediate" (all at once, nothing waited for).
        `max_unavailable`: a fraction of a group's serving machines (default 0.33,
        rounded up) or a whole number of them. Each updated machine is waited for
        (`wait_timeout` seconds per wait, default 300) and, with `health=True`, watched
        for `smoke_seconds` (default 10; 0 skips it) for a crash loop, then until its
        config's checks pass. `min_secrets_version` goes with each update and create.
        `on_progress` is called with a `DeployStep` for every step of every machine
        (also sent as `fleet.step` telemetry events).

        Ok: a `DeployReport` (per machine: versions before and after, what was done,
        how long it took). Err: a `FleetError` whose `report` says what was done until
        the failure and whose `cause` is the failure (`unhealthy`, `not_running`,
        `lease_conflict`, `lease_lost`, or an API error); `invalid_request` before
        anything is sent."""
        changes = check.body("config", config, FlyMachineConfig)
        check.json_body("config", {"config": changes})
        check.name("app_name", app_name)
        settings = Settings(
            wait_timeout=_positive("wait_timeout", wait_timeout),
            health=health,
            smoke_seconds=_seconds("smoke_seconds", smoke_seconds),
            min_secrets_version=_version("min_secrets_version", min_secrets_version),
            retry=check.retry("retry", retry),
            http_timeout=check.http_timeout("http_timeout", http_timeout),
        )
        flow = deploy_flow(
            core,
            app_name=app_name,
            changes=changes,
            strategy=strategy,
            max_unavailable=_max_unavailable(max_unavailable),
            process_group=process_group,
            settings=settings,
            lease_ttl=_lease_ttl(lease_ttl),
            on_progress=on_progress,
        )
        # Run inside a Gather, whose scheduler lets the run clean up (release its leases,
        # destroy what it made) when the caller is cancelled or interrupted.
        (result,) = yield Gather((flow,))
        deployed: Result[DeployReport] = result
        return deployed

    @endpoint
    def scale(
        core: Core,
        *,
        app_name: str,
        counts: Mapping[str, int],
        config: Mapping[str, Any] | FlyMachineConfig | None = None,
        process_group: str | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        min_secrets_version: int | None = None,
        lease_ttl: int = DEFAULT_LEASE_TTL,
        on_progress: Callable[[DeployStep], object] | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[ScaleReport]]:
        """Create or destroy machines until each region of `counts` has that many
        (`{"ams": 3, "fra": 2}`; regions not named are left alone) among the app's
        machines of `process_group` (if given; else all its machines). New machines get
        `config` (else the config of a machine of the group, its region's if it has
        one; the process group's metadata is set), are started and waited for (within
        `wait_timeout` seconds); `min_secrets_version` goes with each create. A region
        with too many loses its stopped (or suspended, failed) machines first, then
        the most recently made, each destroyed under its lease (`lease_ttl`).
        `on_progress` gets a `DeployStep` for every step, as for `deploy`.
        Ok: a `ScaleReport` (`counts` as left, `created`, `destroyed`). Err: a
        `FleetError` with the report of what was done; `invalid_request` (a count
        below 0, a config with mounts, no config and no machine to copy one from)
        before anything is sent."""
        check.name("app_name", app_name)
        wanted = _counts(counts)
        template = None if config is None else check.body("config", config, FlyMachineConfig)
        if template is not None:
            check.json_body("config", {"config": template})
        settings = Settings(
            wait_timeout=_positive("wait_timeout", wait_timeout),
            health=False,
            smoke_seconds=0.0,
            min_secrets_version=_version("min_secrets_version", min_secrets_version),
            retry=check.retry("retry", retry),
            http_timeout=check.http_timeout("http_timeout", http_timeout),
        )
        flow = scale_flow(
            core,
            app_name=app_name,
            counts=wanted,
            template=template,
            process_group=process_group,
            settings=settings,
            lease_ttl=_lease_ttl(lease_ttl),
            on_progress=on_progress,
        )
        (result,) = yield Gather((flow,))
        scaled: Result[ScaleReport] = result
        return scaled


# -- argument checks (each raises InvalidArgument, so nothing is sent) ------------------------


def _positive(name: str, value: float) -> float:
    checked = check.positive(name, value)
    assert checked is not None
    return checked


def _seconds(name: str, value: float) -> float:
    if value == 0:
        return 0.0
    return _positive(name, value)


def _version(name: str, value: int | None) -> int | None:
    if value is not None and value < 0:
        raise check.InvalidArgument(f"{name} must be 0 or more, not {value!r}")
    return value


def _lease_ttl(value: int) -> int:
    if not 2 <= value <= MAX_LEASE_TTL:
        raise check.InvalidArgument(
            f"lease_ttl must be a whole number of seconds from 2 to {MAX_LEASE_TTL}, not {value!r}"
        )
    return value


def _max_unavailable(value: float | None) -> float:
    if value is None:
        return DEFAULT_MAX_UNAVAILABLE
    if 0 < value < 1 or (value >= 1 and float(value).is_integer() and value <= 10_000):
        return value
    raise check.InvalidArgument(
        "max_unavailable must be a fraction between 0 and 1 (of a group's serving"
        f" machines) or a whole number from 1 to 10000, not {value!r}"
    )


def _counts(counts: Mapping[str, int]) -> dict[str, int]:
    wanted: dict[str, int] = {}
    for region, count in counts.items():
        check.name("counts region", region)
        if not 0 <= count <= 1000:
            raise check.InvalidArgument(
                f"counts[{region!r}] must be a whole number from 0 to 1000, not {count!r}"
            )
        wanted[region] = count
    if not wanted:
        raise check.InvalidArgument("counts must name at least one region")
    return wanted
