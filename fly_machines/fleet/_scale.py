"""`Fleet.scale`: create or destroy machines until each named region has its count.

The machines counted are the app's (those of the process group, when one is named) that
are not being destroyed. A region short of machines gets new ones with the given config,
or with a copy of a machine's config (one of that region if there is one, as `fly scale
count` clones one of the group), started and waited for; the process group is written in
their metadata. A region with too many loses first the machines that serve nothing
(stopped, suspended, failed, created), then the most recently made, each destroyed
(forced, as flyctl's scale does) under its lease.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .._engine import Flow, FlowHost, Gather
from ..errors import FlyError
from ..machines import Machines
from ..result import Err, Ok, Result
from ._config import config_of, machine_dict, text
from ._config import process_group as group_of
from ._leases import LeaseSet, acquire_leases, keep_leases, release_leases
from ._machine import destroy_machine, settle
from ._report import FleetError, MachineReport, ScaleReport, Tracker
from ._run import GONE_STATES, WARM_STATES, Run, Settings

__all__ = ["scale_flow"]

CONCURRENT = 8  # creates or destroys at once
_COPIED_AWAY = ("fly_machines_launch_id", "fly_machines_canary", "fly_machines_bluegreen")


def scale_flow(
    core: FlowHost,
    *,
    app_name: str,
    counts: dict[str, int],
    template: dict[str, Any] | None,
    process_group: str | None,
    settings: Settings,
    lease_ttl: int,
    on_progress: Callable[..., Any] | None,
) -> Flow[Result[ScaleReport]]:
    tracker = Tracker(core, app_name, "Fleet.scale", on_progress)
    report = ScaleReport(app_name)
    tracker.emit("fleet.start", step="scale")
    listed = yield from Machines.list.flow(
        core, app_name=app_name, retry=settings.retry, http_timeout=settings.http_timeout
    )
    if not listed.ok:
        return _finish(tracker, report, listed.error, {})
    machines = [
        machine
        for machine in map(machine_dict, listed.value)
        if machine.get("state") not in GONE_STATES
        and (process_group is None or group_of(config_of(machine)) == process_group)
    ]
    by_region: dict[str, list[dict[str, Any]]] = {}
    for machine in machines:
        by_region.setdefault(str(machine.get("region")), []).append(machine)
    adding: list[tuple[str, dict[str, Any]]] = []
    removing: list[dict[str, Any]] = []
    for region, wanted in counts.items():
        present = by_region.get(region, [])
        if wanted > len(present):
            config = _config_for(template, region, by_region, machines, process_group)
            if isinstance(config, str):
                tracker.emit("fleet.stop", detail="invalid_request")
                return Err(FlyError.invalid_request(config))
            adding += [(region, config)] * (wanted - len(present))
        else:
            removing += _least_needed(present)[: len(present) - wanted]

    def step(machine_id: str, name: str, detail: str) -> None:
        machine = tracker.machines.get(machine_id)
        if machine is not None:
            tracker.step(machine, name, detail)

    leases = LeaseSet(core, app_name, lease_ttl, "fly-machines scale", step)
    run = Run(core, app_name, settings, tracker, leases)
    doomed = [tracker.machine(m, "existing", group_of(config_of(m))) for m in removing]
    try:
        refusal = yield from acquire_leases(leases, [r.machine_id for r in doomed])
        if refusal is not None:
            run.stopped = refusal
        else:
            work = _scale(run, adding, doomed)
            yield Gather((work,), background=(keep_leases(leases),))
    except GeneratorExit:
        raise
    except BaseException:
        report.leases_unreleased = yield from release_leases(leases)
        raise
    report.leases_unreleased = yield from release_leases(leases)
    left = {region: len(by_region.get(region, [])) for region in counts}
    for done in tracker.machines.values():
        # A new machine counts whether or not it started: it exists.
        if done.region in left and (done.role == "new" or done.action == "destroyed"):
            left[done.region] += 1 if done.role == "new" else -1
    return _finish(tracker, report, run.stopped or leases.lost, left)


def _scale(
    run: Run, adding: list[tuple[str, dict[str, Any]]], doomed: list[MachineReport]
) -> Flow[None]:
    queue: list[Flow[bool]] = [destroy_machine(run, r, "one too many") for r in doomed]
    queue += [_create(run, region, config) for region, config in adding]
    queue.reverse()

    def worker() -> Flow[None]:
        while queue and run.stopped is None:
            yield from queue.pop()

    if queue:
        yield Gather(tuple(worker() for _ in range(min(CONCURRENT, len(queue)))))


def _create(run: Run, region: str, config: dict[str, Any]) -> Flow[bool]:
    created = yield from Machines.create.flow(
        run.core,
        app_name=run.app_name,
        config=config,
        region=region,
        min_secrets_version=run.settings.min_secrets_version,
        **run.calls(),
    )
    if not created.ok:
        run.stopped = run.stopped or created.error
        return False
    machine = machine_dict(created.value)
    report = run.tracker.machine(machine, "new", group_of(config))
    report.after_version = text(machine.get("instance_id"))
    run.tracker.step(report, "created", region)
    if not (yield from settle(run, report, report.after_version, True, config)):
        return False
    report.action = "created"
    run.tracker.step(report, "done")
    return True


def _config_for(
    template: dict[str, Any] | None,
    region: str,
    by_region: Mapping[str, list[dict[str, Any]]],
    machines: list[dict[str, Any]],
    group: str | None,
) -> dict[str, Any] | str:
    """The config of a new machine, or why there is none."""
    if template is not None:
        config = dict(template)
    else:
        models = by_region.get(region) or machines
        if not models:
            return (
                "there is no machine to copy a config from"
                + (f" in process group {group!r}" if group is not None else "")
                + ": give config="
            )
        config = config_of(sorted(models, key=lambda m: str(m.get("id")))[0])
    if config.get("mounts"):
        return (
            "new machines cannot share the volumes a config mounts: create a volume for"
            " each, or give a config without mounts"
        )
    metadata = {k: v for k, v in (config.get("metadata") or {}).items() if k not in _COPIED_AWAY}
    if group is not None:
        metadata["fly_process_group"] = group
    config["metadata"] = metadata
    if not metadata:
        config.pop("metadata")
    return config


def _least_needed(machines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The machines in the order they go: those that serve nothing, then the most
    recently made."""
    ordered = sorted(machines, key=_made, reverse=True)
    ordered.sort(key=lambda m: m.get("state") in WARM_STATES)
    return ordered


def _made(machine: dict[str, Any]) -> tuple[str, int]:
    """When the machine was made: `created_at` (RFC 3339 of one format sorts as text, but
    only to the second), then its oldest event's time in milliseconds."""
    stamps: list[int] = [
        e["timestamp"]
        for e in machine.get("events") or []
        if isinstance(e, dict) and isinstance(e.get("timestamp"), int)
    ]
    return str(machine.get("created_at") or ""), min(stamps, default=0)


def _finish(
    tracker: Tracker, report: ScaleReport, error: FlyError | None, counts: dict[str, int]
) -> Result[ScaleReport]:
    report.machines = list(tracker.machines.values())
    report.seconds = tracker.elapsed()
    report.error = error
    report.counts = counts
    tracker.emit("fleet.stop", detail=error.code if error is not None else "")
    if error is None:
        return Ok(report)
    return Err(FleetError.of(error, report, f"the scaling of app {report.app_name}"))
