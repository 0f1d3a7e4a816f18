"""What a fleet operation tells its caller: the report (per machine: versions before and
after, what was done, how long it took), each step as it happens (the `on_progress`
callback and the `fleet.*` telemetry events), and the error that carries the report of a
run that stopped."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from .._engine import FlowHost
from ..errors import FlyError
from ..telemetry import Event, EventName, logger

__all__ = [
    "DeployReport",
    "DeployStep",
    "FleetError",
    "MachineAction",
    "MachineReport",
    "ScaleReport",
    "Tracker",
]

# updated: now on the target config; skipped: it already was (nothing sent); created: a
# new machine (a canary, a green, one more for scale, a replacement); destroyed: a blue
# replaced by its green, a canary after its check, one less for scale; replaced: its host
# had no room for the new config, so a new machine took its place (`replaced_by`);
# failed: what went wrong is in `error`; untouched: the run stopped before it got there.
MachineAction = Literal[
    "updated", "skipped", "created", "destroyed", "replaced", "failed", "untouched"
]


@dataclass
class MachineReport:
    """What a fleet operation did to one machine.

    `before_version` and `after_version` are its `instance_id` before and after (None for
    a machine that did not exist yet, or no longer does); `role` says what it was to the
    run ("existing", "blue", "green", "canary", "new", "replacement"); `replaced_by` names
    the machine that took its place when its host had no room; `steps` lists the steps it went
    through, in order; `seconds` is how long they took, on the client's clock; `error`
    says why it failed."""

    machine_id: str
    region: str | None
    process_group: str
    role: str
    action: MachineAction = "untouched"
    state: str | None = None
    before_version: str | None = None
    after_version: str | None = None
    seconds: float = 0.0
    steps: list[str] = field(default_factory=list)
    error: FlyError | None = None
    replaced_by: str | None = None


@dataclass
class DeployReport:
    """What `Fleet.deploy` did: every machine it looked at (`machines`, in the order it
    reached them), the `strategy`, how long it took (`seconds`, on the client's clock)
    and, for a run that stopped, why (`error`; then the `Err` holds a `FleetError` with
    this report). `updated`, `skipped`, `created`, `destroyed`, `replaced`, `failed` and
    `untouched` list the machines by what was done. `leases_unreleased` names machines whose lease
    could not be given back (it runs out by itself after `lease_ttl` seconds)."""

    app_name: str
    strategy: str
    machines: list[MachineReport] = field(default_factory=list)
    seconds: float = 0.0
    error: FlyError | None = None
    leases_unreleased: list[str] = field(default_factory=list)

    def _with(self, action: MachineAction) -> list[MachineReport]:
        return [machine for machine in self.machines if machine.action == action]

    @property
    def complete(self) -> bool:
        return self.error is None

    @property
    def updated(self) -> list[MachineReport]:
        return self._with("updated")

    @property
    def skipped(self) -> list[MachineReport]:
        return self._with("skipped")

    @property
    def created(self) -> list[MachineReport]:
        return self._with("created")

    @property
    def destroyed(self) -> list[MachineReport]:
        return self._with("destroyed")

    @property
    def replaced(self) -> list[MachineReport]:
        return self._with("replaced")

    @property
    def failed(self) -> list[MachineReport]:
        return self._with("failed")

    @property
    def untouched(self) -> list[MachineReport]:
        return self._with("untouched")


@dataclass
class ScaleReport:
    """What `Fleet.scale` did: `counts` (machines per region of the group, as it left
    them), the machines it made (`created`) and removed (`destroyed`), each a
    `MachineReport`, `seconds` it took and, for a run that stopped, why (`error`)."""

    app_name: str
    counts: dict[str, int] = field(default_factory=dict)
    machines: list[MachineReport] = field(default_factory=list)
    seconds: float = 0.0
    error: FlyError | None = None
    leases_unreleased: list[str] = field(default_factory=list)

    @property
    def created(self) -> list[MachineReport]:
        return [machine for machine in self.machines if machine.action == "created"]

    @property
    def destroyed(self) -> list[MachineReport]:
        return [machine for machine in self.machines if machine.action == "destroyed"]

    @property
    def failed(self) -> list[MachineReport]:
        return [machine for machine in self.machines if machine.action == "failed"]


@dataclass(frozen=True)
class DeployStep:
    """One step of one machine, as `on_progress` receives it: `machine_id`, its
    `process_group`, the `step` ("leased", "updating", "started", "smoke_checked",
    "healthy", "done", "skipped", "failed", "created", "destroyed", ...), a `detail`
    (the new version, why it failed) and `elapsed` seconds since the run began."""

    machine_id: str
    process_group: str
    step: str
    detail: str
    elapsed: float


class FleetError(FlyError):
    """A fleet operation that stopped: `cause` is the `FlyError` that stopped it (its
    `code`, `kind` and `status` are the cause's), `report` what was done until then (a
    `DeployReport` or a `ScaleReport`). Running the same call again continues: machines
    already on the target config are skipped."""

    report: DeployReport | ScaleReport
    cause: FlyError

    @classmethod
    def of(cls, cause: FlyError, report: DeployReport | ScaleReport, what: str) -> FleetError:
        error = cls(
            kind=cause.kind,
            code=cause.code,
            status=cause.status,
            message=f"{what} stopped: {cause.message}",
            body=cause.body,
            request_id=cause.request_id,
            trace_id=cause.trace_id,
            method=cause.method,
            url=cause.url,
            retryable=cause.retryable,
            suggestion=cause.suggestion,
            attempts=cause.attempts,
        )
        error.report = report
        error.cause = cause
        return error


class Tracker:
    """The report of a run under way, and the reporting of each step to `on_progress`
    and to the client's telemetry hooks (`fleet.step`)."""

    def __init__(
        self,
        core: FlowHost,
        app_name: str,
        operation: str,
        on_progress: Callable[[DeployStep], Any] | None,
    ) -> None:
        self.core = core
        self.app_name = app_name
        self.operation = operation
        self.on_progress = on_progress
        self.started = core.clock.monotonic()
        self.machines: dict[str, MachineReport] = {}
        self._began: dict[str, float] = {}

    def elapsed(self) -> float:
        return self.core.clock.monotonic() - self.started

    def machine(self, machine: dict[str, Any], role: str, group: str) -> MachineReport:
        """The report of `machine` (as the API shows it), made on first sight."""
        machine_id = str(machine.get("id"))
        known = self.machines.get(machine_id)
        if known is not None:
            return known
        report = MachineReport(
            machine_id=machine_id,
            region=_text(machine.get("region")),
            process_group=group,
            role=role,
            state=_text(machine.get("state")),
            before_version=_text(machine.get("instance_id")) if role == "existing" else None,
        )
        self.machines[machine_id] = report
        return report

    def step(self, report: MachineReport, step: str, detail: str = "") -> None:
        now = self.core.clock.monotonic()
        began = self._began.setdefault(report.machine_id, now)
        report.seconds = now - began
        report.steps.append(step)
        self.emit("fleet.step", report.machine_id, step, detail)
        if self.on_progress is not None:
            progress = DeployStep(
                report.machine_id, report.process_group, step, detail, now - self.started
            )
            try:
                self.on_progress(progress)
            except Exception:  # a broken observer must not break the run it observes
                logger.exception("fly_machines on_progress callback failed on %s", step)

    def emit(
        self, name: EventName, machine_id: str | None = None, step: str = "", detail: str = ""
    ) -> None:
        self.core.emit(
            Event(
                name,
                operation=self.operation,
                method="",
                path="",
                app=self.app_name,
                machine_id=machine_id,
                duration=self.elapsed(),
                state=step or None,
                reason=detail or None,
            )
        )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
