"""One machine's part of a fleet operation: its target config, and the steps that bring
it there and check it (update, wait, smoke check, health checks), as flows.

The target config is the machine's own with the run's `config` merged in (mappings
merge, None removes a key, anything else replaces), so what is particular to a machine
(its volume mounts, its size, its process group's metadata and command) stays unless
the run's config names it. A machine whose target equals its config (None, empty lists
and empty mappings counting as absent, as flyctl compares them) is skipped.

The checks, as flyctl makes them (internal/machine/leasable_machine.go): wait for the
new version to start (a 404 just after a create is waited out); then a smoke check,
watching the machine for `smoke_seconds` (10) and failing when it crash-loops (its
process exited with a failure more than once since the update, or flyctl's rule: the
latest exit says it is restarting with a restart count over 1) or stopped; then, when
its config declares checks, until every one reports passing, within `wait_timeout`.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._engine import Flow, FlowHost, Sleep
from ..backoff import Backoff
from ..errors import FlyError
from ..machines import Machines
from ..result import Result
from ..retry import RetryPolicy
from ._leases import LeaseSet
from ._report import MachineReport, Tracker

__all__ = [
    "Run",
    "Settings",
    "checks_declared",
    "machine_dict",
    "merged",
    "process_group",
    "same_config",
]

# A machine in one of these states serves (or is about to): updating it takes it out.
WARM_STATES = ("started", "starting", "replacing", "restarting")
# An update starts these again, as flyctl's shouldSkipLaunch decides; others stay stopped.
LAUNCHED_STATES = ("started", "starting", "failed")
GONE_STATES = ("destroying", "destroyed")
# What the wait after an update or a create ends on: the machine got somewhere.
SETTLED = ["started", "stopped", "suspended", "failed"]


@dataclass(frozen=True)
class Settings:
    """The caller's choices for one run."""

    wait_timeout: float
    health: bool
    smoke_seconds: float
    min_secrets_version: int | None
    retry: RetryPolicy | bool | None
    http_timeout: Any


class Run:
    """One fleet operation under way, shared by its flows (which all run on the driver's
    thread or loop, so plain state is safe): the report, the leases, and whether it has
    stopped (`stopped`, the first failure: nothing new is started after it)."""

    def __init__(
        self, core: FlowHost, app_name: str, settings: Settings, tracker: Tracker, leases: LeaseSet
    ) -> None:
        self.core = core
        self.app_name = app_name
        self.settings = settings
        self.tracker = tracker
        self.leases = leases
        self.stopped: FlyError | None = None
        # Names this run in the metadata of the machines it makes: its start, in ms.
        self.tag = f"{core.clock.time() * 1000:.0f}"

    def fail(self, report: MachineReport, error: FlyError) -> bool:
        """Record the machine's failure and stop the run; always False (for `return`)."""
        report.action = "failed"
        report.error = error
        self.tracker.step(report, "failed", error.message)
        if self.stopped is None:
            self.stopped = error
        return False

    def calls(self) -> dict[str, Any]:
        return {"retry": self.settings.retry, "http_timeout": self.settings.http_timeout}

    # -- the steps -------------------------------------------------------------------------
    def update(
        self,
        machine: dict[str, Any],
        target: dict[str, Any],
        report: MachineReport,
        wait: bool = True,
    ) -> Flow[bool]:
        """Update an existing machine to `target` under its lease and (unless not `wait`)
        wait for it and check it; True when it got there."""
        machine_id = report.machine_id
        lost = self.leases.check(machine_id)
        if lost is not None:
            return self.fail(report, lost)
        launch = machine.get("state") in LAUNCHED_STATES
        self.tracker.step(report, "updating", "" if launch else "stays stopped")
        updated = yield from Machines.update.flow(
            self.core,
            app_name=self.app_name,
            machine_id=machine_id,
            config=target,
            current_version=_text(machine.get("instance_id")),
            skip_launch=None if launch else True,
            min_secrets_version=self.settings.min_secrets_version,
            nonce=self.leases.nonce(machine_id),
            **self.calls(),
        )
        if not updated.ok:
            return self.fail(report, updated.error)
        version = _text(machine_dict(updated.value).get("instance_id"))
        report.after_version = version
        self.tracker.step(report, "updated", version or "")
        ok = True
        if wait:
            ok = yield from self.settle(report, version, launch, target)
        if ok:
            report.action = "updated"
            self.tracker.step(report, "done")
        return ok

    def settle(
        self, report: MachineReport, version: str | None, launched: bool, config: dict[str, Any]
    ) -> Flow[bool]:
        """Wait for the machine's `version` to settle; when it was launched, check that it
        runs (smoke check) and, with `health`, that its checks pass. True when it did."""
        machine_id = report.machine_id
        waited = yield from Machines.wait.flow(
            self.core,
            app_name=self.app_name,
            machine_id=machine_id,
            version=version,
            state=SETTLED if launched else ["settled"],
            timeout=self.settings.wait_timeout,
            **self.calls(),
        )
        if not waited.ok:
            return self.fail(report, waited.error)
        state = _text(machine_dict(waited.value).get("state"))
        report.state = state
        if not launched:
            self.tracker.step(report, "settled", state or "")
            return True
        if state != "started":
            shown = yield from self._get(machine_id)
            return self.fail(report, _not_running(machine_id, shown, state))
        self.tracker.step(report, "started")
        if not self.settings.health:
            return True
        if self.settings.smoke_seconds > 0:
            problem = yield from self.smoke_check(machine_id)
            if problem is not None:
                return self.fail(report, problem)
            self.tracker.step(report, "smoke_checked", f"{self.settings.smoke_seconds:g}s")
        if checks_declared(config):
            problem = yield from self.health_check(machine_id)
            if problem is not None:
                return self.fail(report, problem)
            self.tracker.step(report, "healthy")
        return True

    def smoke_check(self, machine_id: str) -> Flow[FlyError | None]:
        """Watch the machine for `smoke_seconds`: None when it kept running."""
        clock = self.core.clock
        pauses = Backoff(
            clock, initial=0.5, cap=2.0, deadline=clock.monotonic() + self.settings.smoke_seconds
        )
        while True:
            shown = yield from self._get(machine_id)
            if not shown.ok:
                return shown.error
            machine = machine_dict(shown.value)
            problem = _crash(machine_id, machine)
            if problem is not None:
                return problem
            pause = next(pauses, None)
            if pause is None:
                return None
            yield Sleep(pause)

    def health_check(self, machine_id: str) -> Flow[FlyError | None]:
        """Until every check of the machine passes (None), within `wait_timeout`."""
        clock = self.core.clock
        timeout = self.settings.wait_timeout
        pauses = Backoff(clock, initial=1.0, cap=2.0, deadline=clock.monotonic() + timeout)
        while True:
            shown = yield from self._get(machine_id)
            if not shown.ok:
                return shown.error
            checks = [
                c for c in machine_dict(shown.value).get("checks") or [] if isinstance(c, dict)
            ]
            if checks and all(c.get("status") == "passing" for c in checks):
                return None
            pause = next(pauses, None)
            if pause is None:
                failing = ", ".join(
                    f"{c.get('name')} is {c.get('status')} ({c.get('output') or 'no output'})"
                    for c in checks
                    if c.get("status") != "passing"
                )
                return FlyError(
                    kind="http",
                    code="unhealthy",
                    message=(
                        f"machine {machine_id}'s health checks did not all pass within"
                        f" {timeout:g}s: {failing or 'none reported'}"
                    ),
                    suggestion="look at the machine's logs and checks, fix the config, run again",
                )
            yield Sleep(pause)

    def destroy(self, report: MachineReport, why: str) -> Flow[bool]:
        """Destroy the machine (forced: it may be running), with its lease if held."""
        machine_id = report.machine_id
        lost = self.leases.check(machine_id) if self.leases.nonce(machine_id) else None
        if lost is not None:
            return self.fail(report, lost)
        destroyed = yield from Machines.destroy.flow(
            self.core,
            app_name=self.app_name,
            machine_id=machine_id,
            force=True,
            nonce=self.leases.nonce(machine_id),
            **self.calls(),
        )
        if not destroyed.ok and destroyed.error.status != 404:
            report.error = destroyed.error
            self.tracker.step(report, "destroy_failed", destroyed.error.message)
            return False
        self.leases.forget(machine_id)
        report.state, report.after_version = "destroyed", None
        if report.action != "failed":
            report.action = "destroyed"
        self.tracker.step(report, "destroyed", why)
        return True

    def _get(self, machine_id: str) -> Flow[Result[Any]]:
        return (
            yield from Machines.get.flow(
                self.core, app_name=self.app_name, machine_id=machine_id, **self.calls()
            )
        )


# -- configs -------------------------------------------------------------------------------


def merged(current: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """`current` with `changes` merged in: a mapping merges into the mapping under the
    same key, None removes the key, anything else replaces the value whole."""
    result = copy.deepcopy(dict(current))
    for key, change in changes.items():
        if change is None:
            result.pop(key, None)
        elif isinstance(change, Mapping) and isinstance(result.get(key), Mapping):
            result[key] = merged(result[key], change)
        elif isinstance(change, Mapping):
            result[key] = merged({}, change)
        else:
            result[key] = copy.deepcopy(change)
    return result


def same_config(a: Any, b: Any) -> bool:
    """Equal, with None, empty lists and empty mappings counting as absent."""
    return bool(_plain(a) == _plain(b))


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        kept = {key: _plain(item) for key, item in value.items()}
        return {key: item for key, item in kept.items() if item not in (None, [], {})}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def process_group(config: Mapping[str, Any]) -> str:
    """The machine's process group, as fly-go reads it: metadata `fly_process_group`,
    else the older `process_group`, else none ("")."""
    metadata = config.get("metadata")
    if not isinstance(metadata, Mapping):
        return ""
    group = metadata.get("fly_process_group") or metadata.get("process_group")
    return group if isinstance(group, str) else ""


def checks_declared(config: Mapping[str, Any]) -> int:
    """How many health checks the config declares: `checks`, and each service's."""
    checks = config.get("checks")
    count = len(checks) if isinstance(checks, Mapping) else 0
    for service in config.get("services") or []:
        if isinstance(service, Mapping) and isinstance(service.get("checks"), list):
            count += len(service["checks"])
    return count


def machine_dict(value: Any) -> dict[str, Any]:
    """A machine (or any answer) as the API's JSON: the generated models are read through
    their `to_dict`, so nothing here depends on how they spell an absent field."""
    plain = value.to_dict() if hasattr(value, "to_dict") else value
    return dict(plain) if isinstance(plain, Mapping) else {}


def config_of(machine: Mapping[str, Any]) -> dict[str, Any]:
    config = machine.get("config")
    return dict(config) if isinstance(config, Mapping) else {}


# -- reading a machine's events ---------------------------------------------------------------


def _crash(machine_id: str, machine: Mapping[str, Any]) -> FlyError | None:
    """Why the machine is not running well since its latest update or launch, if it is not."""
    state = machine.get("state")
    exits = [_exit(event) for event in _since_change(machine)]
    failures = [e for e in exits if e is not None and _failed(e)]
    latest = next((e for e in exits if e is not None), None)
    restarting = latest is not None and latest.get("restarting") is True
    crash_loop = len(failures) > 1 or (
        restarting and latest is not None and _failed(latest) and _restart_count(machine) > 1
    )
    if crash_loop:
        last = failures[0] if failures else latest
        return _crashing(machine_id, f"it crash-loops ({_exit_text(last)}, {len(failures)} times)")
    if state in GONE_STATES or (state in ("stopped", "failed", "suspended") and not restarting):
        shown = f" ({_exit_text(latest)})" if latest is not None else ""
        return _crashing(machine_id, f"it is {state}{shown}")
    return None


def _not_running(machine_id: str, shown: Result[Any], state: str | None) -> FlyError:
    if shown.ok:
        problem = _crash(machine_id, machine_dict(shown.value))
        if problem is not None:
            return problem
    return _crashing(machine_id, f"it is {state}")


def _crashing(machine_id: str, why: str) -> FlyError:
    return FlyError(
        kind="http",
        code="not_running",
        message=f"machine {machine_id} does not keep running: {why}",
        suggestion="look at the machine's logs (fly logs -i <machine id>), fix the config,"
        " run it again",
    )


def _since_change(machine: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The machine's events since its latest update or launch, newest first."""
    events = [e for e in machine.get("events") or [] if isinstance(e, Mapping)]
    events.sort(key=_timestamp, reverse=True)
    since: list[dict[str, Any]] = []
    for event in events:
        if event.get("type") in ("update", "launch"):
            break
        since.append(dict(event))
    return since


def _timestamp(event: Mapping[str, Any]) -> int:
    stamp = event.get("timestamp")
    return stamp if isinstance(stamp, int) else 0


def _exit(event: Mapping[str, Any]) -> dict[str, Any] | None:
    """An `exit` event's MachineExitEvent (under `MonitorEvent` first, as fly-go reads it)."""
    if event.get("type") != "exit":
        return None
    request = event.get("request")
    if not isinstance(request, Mapping):
        return {}
    for holder in (request.get("MonitorEvent"), request):
        if isinstance(holder, Mapping) and isinstance(holder.get("exit_event"), Mapping):
            return dict(holder["exit_event"], restart_count=request.get("restart_count"))
    return {}


def _failed(exit_event: Mapping[str, Any]) -> bool:
    if exit_event.get("requested_stop") is True:
        return False
    code = exit_event.get("exit_code")
    return exit_event.get("oom_killed") is True or (isinstance(code, int) and code != 0)


def _restart_count(machine: Mapping[str, Any]) -> int:
    for event in _since_change(machine):
        details = _exit(event)
        if details is not None:
            count = details.get("restart_count")
            return count if isinstance(count, int) else 0
    return 0


def _exit_text(exit_event: Mapping[str, Any] | None) -> str:
    if not exit_event:
        return "no exit reported"
    if exit_event.get("oom_killed") is True:
        return "killed for running out of memory"
    return f"exit code {exit_event.get('exit_code', 0)}"


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
