"""One machine's steps in a fleet operation, as flows: update it under its lease, wait for
its new version, check it (`_checks`), destroy it.

The target config (see `_config`) is the machine's own with the run's changes merged
in, so what is particular to a machine (its volume mounts, its size, its process group's
metadata and command) stays unless the run's config names it.

An update the API refuses because the machine's host has no room for the new config
("could not reserve resource for machine", and the other capacity refusals) replaces the
machine, as flyctl does for a machine without volumes (updateMachine in
internal/command/deploy/machines_deploymachinesapp.go): the machine is destroyed and a
new one made with the target config in its region, then waited for and checked as an
update is. A machine with volumes cannot move, so its refusal stops the run.
"""

from __future__ import annotations

from typing import Any

from .._creating import refused_for_capacity
from .._engine import Flow
from ..errors import FlyError
from ..machines import Machines
from ._checks import get_machine, health_check, not_running, smoke_check
from ._config import checks_declared, machine_dict, text
from ._report import MachineReport
from ._run import LAUNCHED_STATES, SETTLED, Run

__all__ = ["destroy_machine", "settle", "update_machine"]


def update_machine(
    run: Run,
    machine: dict[str, Any],
    target: dict[str, Any],
    report: MachineReport,
    wait: bool = True,
) -> Flow[bool]:
    """Update an existing machine to `target` under its lease and (with `wait`) wait for
    it and check it; True when it got there. A stopped machine stays stopped."""
    machine_id = report.machine_id
    lost = run.leases.check(machine_id)
    if lost is not None:
        return run.fail(report, lost)
    launch = machine.get("state") in LAUNCHED_STATES
    run.tracker.step(report, "updating", "" if launch else "stays stopped")
    updated = yield from Machines.update.flow(
        run.core,
        app_name=run.app_name,
        machine_id=machine_id,
        config=target,
        current_version=text(machine.get("instance_id")),
        skip_launch=None if launch else True,
        min_secrets_version=run.settings.min_secrets_version,
        nonce=run.leases.nonce(machine_id),
        **run.calls(),
    )
    if not updated.ok:
        # The capacity refusals `Machines.create` falls back to another region on.
        if refused_for_capacity(updated.error) and not target.get("mounts"):
            return (yield from _replace(run, machine, target, report, launch, wait))
        return run.fail(report, updated.error)
    version = text(machine_dict(updated.value).get("instance_id"))
    report.after_version = version
    run.tracker.step(report, "updated", version or "")
    ok = True
    if wait:
        ok = yield from settle(run, report, version, launch, target)
    if ok:
        report.action = "updated"
        run.tracker.step(report, "done")
    return ok


def _replace(
    run: Run,
    machine: dict[str, Any],
    target: dict[str, Any],
    report: MachineReport,
    launch: bool,
    wait: bool,
) -> Flow[bool]:
    """The machine's host had no room for `target`: a new machine takes its place."""
    run.tracker.step(report, "replacing", "its host has no room for the new config")
    if not (yield from destroy_machine(run, report, "replaced: its host had no room")):
        return run.fail(report, report.error or _gone_wrong(report.machine_id))
    created = yield from Machines.create.flow(
        run.core,
        app_name=run.app_name,
        config=target,
        region=report.region,
        skip_launch=None if launch else True,
        min_secrets_version=run.settings.min_secrets_version,
        **run.calls(),
    )
    if not created.ok:
        return run.fail(report, created.error)
    made = machine_dict(created.value)
    new = run.tracker.machine(made, "replacement", report.process_group)
    new.after_version = text(made.get("instance_id"))
    report.action, report.replaced_by = "replaced", new.machine_id
    run.tracker.step(new, "created", f"in place of {report.machine_id}")
    ok = True
    if wait:
        ok = yield from settle(run, new, new.after_version, launch, target)
    if ok:
        new.action = "created"
        run.tracker.step(new, "done")
    return ok


def _gone_wrong(machine_id: str) -> FlyError:
    return FlyError.invalid_request(f"machine {machine_id} could not be destroyed")


def settle(
    run: Run, report: MachineReport, version: str | None, launched: bool, config: dict[str, Any]
) -> Flow[bool]:
    """Wait for the machine's `version` to settle (a 404 just after a create is waited
    out); when it was launched, smoke-check it and, with `health`, wait for its checks.
    True when it is good."""
    machine_id = report.machine_id
    waited = yield from Machines.wait.flow(
        run.core,
        app_name=run.app_name,
        machine_id=machine_id,
        version=version,
        state=SETTLED if launched else ["settled"],
        timeout=run.settings.wait_timeout,
        **run.calls(),
    )
    if not waited.ok:
        return run.fail(report, waited.error)
    state = text(machine_dict(waited.value).get("state"))
    report.state = state
    if not launched:
        run.tracker.step(report, "settled", state or "")
        return True
    if state != "started":
        shown = yield from get_machine(run, machine_id)
        return run.fail(report, not_running(machine_id, shown, state))
    run.tracker.step(report, "started")
    if not run.settings.health:
        return True
    if run.settings.smoke_seconds > 0:
        problem = yield from smoke_check(run, machine_id)
        if problem is not None:
            return run.fail(report, problem)
        run.tracker.step(report, "smoke_checked", f"{run.settings.smoke_seconds:g}s")
    if checks_declared(config):
        problem = yield from health_check(run, machine_id)
        if problem is not None:
            return run.fail(report, problem)
        run.tracker.step(report, "healthy")
    return True


def destroy_machine(run: Run, report: MachineReport, why: str) -> Flow[bool]:
    """Destroy the machine (forced: it may be running), with its lease if one is held."""
    machine_id = report.machine_id
    lost = run.leases.check(machine_id) if run.leases.nonce(machine_id) else None
    if lost is not None:
        return run.fail(report, lost)
    destroyed = yield from Machines.destroy.flow(
        run.core,
        app_name=run.app_name,
        machine_id=machine_id,
        force=True,
        nonce=run.leases.nonce(machine_id),
        **run.calls(),
    )
    if not destroyed.ok and destroyed.error.status != 404:
        report.error = destroyed.error
        run.tracker.step(report, "destroy_failed", destroyed.error.message)
        return False
    run.leases.forget(machine_id)
    report.state, report.after_version = "destroyed", None
    if report.action != "failed":
        report.action = "destroyed"
    run.tracker.step(report, "destroyed", why)
    return True
