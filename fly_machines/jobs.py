"""`Jobs.run`: run a machine once, to completion, and read how its process ended.

A job is a machine whose config says to run once: restart policy `no` and `auto_destroy`,
so when its main process exits the machine stops and the platform destroys it. The run is
a flow of the facade's own calls: `Machines.create` (so a lost answer never starts the job
twice, and `idempotency_key` names one run across processes), one server-side wait for
the machine to stop (or be destroyed, or fail), and a read of its events.

How the API reports the end of a process, which this reads: an event of type `exit`
whose `request` holds `exit_event` (fly-go's MachineExitEvent: `exit_code`,
`oom_killed`, `requested_stop`, `exited_at`, ...), or the same under
`MonitorEvent.exit_event`, which fly-go's `MachineRequest.GetExitCode` reads first;
fields that are zero or false are left out of the JSON (`omitempty`), so a missing
`exit_code` is 0. flyctl reads a release command's exit code the same way (the latest
`exit` event: internal/command/deploy/machines_releasecommand.go).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Any

from fly_machines_api.models import FlyMachineConfig

from . import _validate as check
from ._endpoint import endpoint
from ._engine import Flow, FlowHost
from ._namespace import Core, Namespace, Retry, Timeout
from .errors import FlyError
from .machines import Machines
from .result import Err, Ok, Result

__all__ = ["JobResult", "Jobs"]

DEFAULT_TIMEOUT = 600.0
# What the machine of a job can end in: its process exited (stopped, then destroyed by
# auto_destroy), or it never got to run it (failed).
_ENDED = ("stopped", "destroyed", "failed")


@dataclass(frozen=True)
class JobResult:
    """How a job's run ended.

    `exit_code` and `oom_killed` are the main process's, as the machine's `exit` event
    reports them; `requested_stop` is true when it ended because the machine was asked
    to stop (not by itself). `started_at` and `exited_at` are the platform's times of the
    process's start and exit (`run_seconds` between them, when both are known);
    `elapsed` is the seconds the call took on the client's clock, create to exit.
    """

    machine_id: str
    region: str | None
    exit_code: int
    oom_killed: bool
    requested_stop: bool
    started_at: datetime | None
    exited_at: datetime | None
    elapsed: float

    @property
    def succeeded(self) -> bool:
        """The process exited by itself with code 0."""
        return self.exit_code == 0 and not self.oom_killed and not self.requested_stop

    @property
    def run_seconds(self) -> float | None:
        if self.started_at is None or self.exited_at is None:
            return None
        return (self.exited_at - self.started_at).total_seconds()


class Jobs(Namespace, example="run"):
    """Namespace: `Jobs.run(client, app_name=..., config=..., timeout=...)`."""

    @endpoint
    def run(
        core: Core,
        *,
        app_name: str,
        config: Mapping[str, Any] | FlyMachineConfig,
        region: str | Sequence[str] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        name: str | None = None,
        idempotency_key: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[JobResult]]:
        """Run `config` once as a job: create a machine that runs its process once
        (the config's `restart` becomes policy `no` and `auto_destroy` true, whatever it
        said), wait until the process exits, and read how it ended. `region` (one, or a
        list tried in order as `Machines.create` does), `name` and `idempotency_key` (a
        run that already happened under that key, in any process, is read instead of run
        again) are `Machines.create`'s. `timeout` (seconds, default 600) bounds the whole
        run: past it the machine is destroyed.
        Ok: a `JobResult` (`exit_code`, `oom_killed`, `machine_id`, `started_at`,
        `exited_at`, `elapsed`; a process that failed is still Ok: see `succeeded`).
        Err: as `Machines.create` (the job could not start), `deadline_exceeded` (kind
        "timeout": still running after `timeout`; the machine was destroyed),
        `job_failed` (the machine failed without running its process)."""
        check.positive("timeout", timeout)
        job = {
            **check.body("config", config, FlyMachineConfig),
            "restart": {"policy": "no"},
            "auto_destroy": True,
        }
        clock = core.clock
        started = clock.monotonic()
        # The create may wait its turn at the client's rate limiter (many jobs at once
        # share one bucket of creates per app) for as long as the job may take, not only
        # for the retry policy's total.
        create_retry = replace(core.retry_policy(retry), total=timeout)
        created = yield from Machines.create.flow(
            core,
            app_name=app_name,
            config=job,
            region=region,
            name=name,
            idempotency_key=idempotency_key,
            retry=create_retry,
            http_timeout=http_timeout,
        )
        if not created.ok:
            return created
        machine = created.value
        machine_id = str(machine.id)
        if getattr(machine, "state", None) != "destroyed":
            left = started + timeout - clock.monotonic()
            waited = yield from Machines.wait.flow(
                core,
                app_name=app_name,
                machine_id=machine_id,
                instance_id=_text(getattr(machine, "instance_id", None)),
                state=list(_ENDED),
                timeout=max(left, 0.001),
                retry=retry,
                http_timeout=http_timeout,
            )
            if not waited.ok and waited.error.code == "deadline_exceeded":
                return (yield from _destroyed(core, app_name, machine_id, waited.error, timeout))
            if not waited.ok and waited.error.status != 404:
                return waited
            if waited.ok and getattr(waited.value, "state", None) == "failed":
                return (yield from _destroyed(core, app_name, machine_id, None, timeout))
        # A 404 from the wait may be a job destroyed as soon as it exited (flyctl's release
        # command takes it so): its events may still be readable.
        ended = yield from Machines.get.flow(
            core, app_name=app_name, machine_id=machine_id, retry=retry, http_timeout=http_timeout
        )
        if not ended.ok:
            return ended
        return _result(ended.value, clock.monotonic() - started)


def _destroyed(
    core: FlowHost, app_name: str, machine_id: str, late: FlyError | None, timeout: float
) -> Flow[Result[JobResult]]:
    """The job's machine destroyed (it may still run), and the error that says why."""
    destroyed = yield from Machines.destroy.flow(
        core, app_name=app_name, machine_id=machine_id, force=True
    )
    gone = "the machine was destroyed" if destroyed.ok else "destroying the machine failed"
    if late is not None:
        late.message = f"job machine {machine_id} did not exit within {timeout:g}s; {gone}"
        return Err(late)
    return Err(
        FlyError(
            kind="http",
            code="job_failed",
            message=f"job machine {machine_id} failed without running its process; {gone}",
            suggestion="look at the machine's events and logs (fly logs -i <machine id>)",
        )
    )


def _result(machine: Any, elapsed: float) -> Result[JobResult]:
    events = sorted(
        (_plain(event) for event in getattr(machine, "events", None) or ()),
        key=lambda event: _millis(event.get("timestamp")),
        reverse=True,
    )
    exit_event = next((e for e in events if e.get("type") == "exit"), None)
    machine_id = str(getattr(machine, "id", ""))
    if exit_event is None:
        return Err(
            FlyError(
                kind="decode",
                code="decode_error",
                message=f"job machine {machine_id} ended, but its events show no exit",
            )
        )
    exited = _exit_details(exit_event)
    exit_ms = _millis(exit_event.get("timestamp"))
    start = next(
        (e for e in events if e.get("type") == "start" and _millis(e.get("timestamp")) <= exit_ms),
        None,
    )
    code = exited.get("exit_code")
    return Ok(
        JobResult(
            machine_id=machine_id,
            region=_text(getattr(machine, "region", None)),
            exit_code=code if isinstance(code, int) else 0,
            oom_killed=exited.get("oom_killed") is True,
            requested_stop=exited.get("requested_stop") is True,
            started_at=_moment(start.get("timestamp")) if start else None,
            exited_at=_moment(exit_event.get("timestamp")) or _moment(exited.get("exited_at")),
            elapsed=elapsed,
        )
    )


def _exit_details(event: Mapping[str, Any]) -> Mapping[str, Any]:
    """The event's MachineExitEvent: under `MonitorEvent` first, as fly-go reads it."""
    request = event.get("request")
    if not isinstance(request, Mapping):
        return {}
    monitor = request.get("MonitorEvent")
    for holder in (monitor, request):
        if isinstance(holder, Mapping) and isinstance(holder.get("exit_event"), Mapping):
            details: Mapping[str, Any] = holder["exit_event"]
            return details
    return {}


def _plain(value: Any) -> dict[str, Any]:
    plain = value.to_dict() if hasattr(value, "to_dict") else value
    return dict(plain) if isinstance(plain, Mapping) else {}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _millis(value: Any) -> float:
    """An event's time as epoch milliseconds, for ordering (unknown: the earliest)."""
    moment = _moment(value)
    return moment.timestamp() * 1000 if moment is not None else -math.inf


# RFC 3339 with any number of fractional digits (Go writes nanoseconds), which
# datetime.fromisoformat reads only from Python 3.11 on.
_RFC3339 = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)$")


def _moment(value: Any) -> datetime | None:
    """A time the API gives as epoch milliseconds (events) or RFC 3339 text (exited_at);
    an aware `datetime` passes through."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return datetime.fromtimestamp(value / 1000, tz=timezone.utc)
    if isinstance(value, str) and (match := _RFC3339.match(value.strip())):
        whole, fraction, zone = match.groups()
        fraction = (fraction or ".0")[:7]
        offset = "+00:00" if zone == "Z" else zone
        try:
            return datetime.fromisoformat(f"{whole}{fraction}{offset}")
        except ValueError:
            return None
    return None
