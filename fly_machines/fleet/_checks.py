"""Whether a machine a fleet operation changed is good, as flyctl judges it
(internal/machine/leasable_machine.go: WaitForSmokeChecksToPass, WaitForHealthchecksToPass).

The smoke check watches the machine for `smoke_seconds` (10 by default), reading it every
0.5 to 2 s, and fails when it crash-loops (its process exited with a failure more than
once since its latest update or launch, or, flyctl's rule, the latest exit says it is
restarting with a restart count over 1) or when it is no longer running (stopped or
failed, and not restarting). The health check reads it every 1 to 2 s until every check
it reports is passing (and at least one is reported), within `wait_timeout`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._engine import Flow, Sleep
from ..backoff import Backoff
from ..errors import FlyError
from ..machines import Machines
from ..result import Result
from ._config import machine_dict
from ._run import GONE_STATES, Run

__all__ = ["get_machine", "health_check", "not_running", "smoke_check"]


def get_machine(run: Run, machine_id: str) -> Flow[Result[Any]]:
    return (
        yield from Machines.get.flow(
            run.core, app_name=run.app_name, machine_id=machine_id, **run.calls()
        )
    )


def smoke_check(run: Run, machine_id: str) -> Flow[FlyError | None]:
    """Watch the machine for `smoke_seconds`: None when it kept running."""
    clock = run.core.clock
    deadline = clock.monotonic() + run.settings.smoke_seconds
    pauses = Backoff(clock, initial=0.5, cap=2.0, deadline=deadline)
    while True:
        shown = yield from get_machine(run, machine_id)
        if not shown.ok:
            return shown.error
        problem = _crash(machine_id, machine_dict(shown.value))
        if problem is not None:
            return problem
        pause = next(pauses, None)
        if pause is None:
            return None
        yield Sleep(pause)


def health_check(run: Run, machine_id: str) -> Flow[FlyError | None]:
    """Until every check of the machine passes (None), within `wait_timeout`."""
    clock = run.core.clock
    timeout = run.settings.wait_timeout
    pauses = Backoff(clock, initial=1.0, cap=2.0, deadline=clock.monotonic() + timeout)
    while True:
        shown = yield from get_machine(run, machine_id)
        if not shown.ok:
            return shown.error
        checks = [c for c in machine_dict(shown.value).get("checks") or [] if isinstance(c, dict)]
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


def not_running(machine_id: str, shown: Result[Any], state: str | None) -> FlyError:
    """The error for a machine whose wait ended in `state`, not `started`."""
    if shown.ok:
        problem = _crash(machine_id, machine_dict(shown.value))
        if problem is not None:
            return problem
    return _crashing(machine_id, f"it is {state}")


# -- reading a machine's events ---------------------------------------------------------------


def _crash(machine_id: str, machine: Mapping[str, Any]) -> FlyError | None:
    """Why the machine is not running well since its latest update or launch, if it is not."""
    state = machine.get("state")
    exits = [_exit(event) for event in _since_change(machine)]
    failures = [e for e in exits if e is not None and _failed(e)]
    latest = next((e for e in exits if e is not None), None)
    restarting = latest is not None and latest.get("restarting") is True
    crash_loop = len(failures) > 1 or (
        restarting and latest is not None and _failed(latest) and _restart_count(latest) > 1
    )
    if crash_loop:
        last = failures[0] if failures else latest
        return _crashing(machine_id, f"it crash-loops ({_exit_text(last)}, {len(failures)} times)")
    if state in GONE_STATES or (state in ("stopped", "failed", "suspended") and not restarting):
        shown = f" ({_exit_text(latest)})" if latest is not None else ""
        return _crashing(machine_id, f"it is {state}{shown}")
    return None


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
    """An `exit` event's MachineExitEvent (under `MonitorEvent` first, as fly-go reads it),
    with the request's `restart_count`; None for another event."""
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


def _restart_count(exit_event: Mapping[str, Any]) -> int:
    count = exit_event.get("restart_count")
    return count if isinstance(count, int) else 0


def _exit_text(exit_event: Mapping[str, Any] | None) -> str:
    if not exit_event:
        return "no exit reported"
    if exit_event.get("oom_killed") is True:
        return "killed for running out of memory"
    return f"exit code {exit_event.get('exit_code', 0)}"
