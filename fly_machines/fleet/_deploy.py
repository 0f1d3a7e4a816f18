"""A deploy from start to end: list the machines, plan, take the leases, run the strategy
with the leases kept fresh beside it, release the leases on every path, report."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .._engine import Flow, FlowHost, Gather
from ..errors import FlyError
from ..machines import Machines
from ..result import Err, Ok, Result
from ._bluegreen import bluegreen
from ._config import checks_declared, config_of, machine_dict
from ._config import process_group as group_of
from ._leases import LeaseSet, acquire_leases, keep_leases, release_leases
from ._plan import Target, plan
from ._report import DeployReport, FleetError, Tracker
from ._rolling import canary, immediate, rolling
from ._run import GONE_STATES, Run, Settings

__all__ = ["deploy_flow"]

Strategy = Callable[[Run, list[Target], float], Flow[None]]
# Strategies that make new machines, which cannot take over another machine's volume.
_MAKE_MACHINES = ("canary", "bluegreen")


def deploy_flow(
    core: FlowHost,
    *,
    app_name: str,
    changes: Mapping[str, Any],
    strategy: str,
    max_unavailable: float,
    process_group: str | None,
    settings: Settings,
    lease_ttl: int,
    on_progress: Callable[..., Any] | None,
) -> Flow[Result[DeployReport]]:
    tracker = Tracker(core, app_name, "Fleet.deploy", on_progress)
    report = DeployReport(app_name, strategy)
    tracker.emit("fleet.start", step=strategy)
    listed = yield from Machines.list.flow(
        core, app_name=app_name, retry=settings.retry, http_timeout=settings.http_timeout
    )
    if not listed.ok:
        return _finish(tracker, report, listed.error)
    machines = [
        machine
        for machine in map(machine_dict, listed.value)
        if machine.get("state") not in GONE_STATES
        and (process_group is None or group_of(config_of(machine)) == process_group)
    ]
    targets = plan(tracker, machines, changes)
    refused = _refusal(strategy, targets)
    if refused is not None:
        tracker.emit("fleet.stop", detail="invalid_request")
        return Err(FlyError.invalid_request(refused))

    def step(machine_id: str, name: str, detail: str) -> None:
        machine = tracker.machines.get(machine_id)
        if machine is not None:
            tracker.step(machine, name, detail)

    leases = LeaseSet(core, app_name, lease_ttl, "fly-machines deploy", step)
    run = Run(core, app_name, settings, tracker, leases)
    to_change = [t.machine_id for t in targets if t.changed]
    try:
        refusal = yield from acquire_leases(leases, to_change)
        if refusal is not None:
            run.stopped = refusal
        else:
            work = _strategy(strategy)(run, targets, max_unavailable)
            yield Gather((work,), background=(keep_leases(leases),))
    except GeneratorExit:
        raise
    except BaseException:
        # Cancelled or interrupted: what the strategy began has cleaned up; now the leases.
        report.leases_unreleased = yield from release_leases(leases)
        raise
    report.leases_unreleased = yield from release_leases(leases)
    return _finish(tracker, report, run.stopped or leases.lost)


def _strategy(name: str) -> Strategy:
    # Named in the code (not a table) so that the coverage table, which reads the
    # operations a function sends from its code, sees every strategy's.
    if name == "canary":
        return canary
    if name == "bluegreen":
        return bluegreen
    if name == "immediate":
        return immediate
    return rolling


def _refusal(strategy: str, targets: list[Target]) -> str | None:
    """Why the strategy cannot be used on these machines (nothing is sent then)."""
    changed = [t for t in targets if t.changed]
    if strategy in _MAKE_MACHINES:
        mounted = [t.machine_id for t in changed if t.config.get("mounts")]
        if mounted:
            return (
                f"strategy {strategy!r} makes new machines, which cannot take over the volumes"
                f" of machines {', '.join(mounted)}: use strategy='rolling'"
            )
    if strategy == "bluegreen" and changed and not any(checks_declared(t.config) for t in changed):
        return (
            "strategy 'bluegreen' needs health checks in the config (`checks`, or a service's"
            " `checks`): without them nothing tells a green machine is good"
        )
    return None


def _finish(tracker: Tracker, report: DeployReport, error: FlyError | None) -> Result[DeployReport]:
    report.machines = list(tracker.machines.values())
    report.seconds = tracker.elapsed()
    report.error = error
    tracker.emit("fleet.stop", detail=error.code if error is not None else "")
    if error is None:
        return Ok(report)
    return Err(FleetError.of(error, report, f"the deploy of app {report.app_name}"))
