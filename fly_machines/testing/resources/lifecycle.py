"""The machine lifecycle as one table: what each action does in each state.

`TRANSITIONS[phase][action]` is the outcome, as h11 keeps its protocol: `Go` enters a
path of states, `Stay` allows the action without a change of state, and a pair the
table leaves out is refused with the action's message in `REFUSED` (412). The package
docstring shows the table as tests/test_sim_lifecycle_table.py renders it, and that test
keeps the two equal.

A `Machine` moves only along a path (`apply` finds it in the table; create starts on
`LAUNCH`): the first state of a path is entered at once and the rest are scheduled one
`transition_seconds` apart. Nothing runs in the background: `settle()` applies every
scheduled step whose time has come, each adding its event, whenever the machine is
looked at. So the state is a pure function of the clock, and a manual clock makes it
deterministic.

The machine's main process is part of that schedule: when a machine enters `started`
and its `Program` (set by `sim.processes`, else read from the config's `FLY_SIM_*` env)
says the process exits, the exit is due that many seconds later. `settle()` then applies
one of the three exit actions of the table, as the config's `restart` policy and
`auto_destroy` choose (`exit_action`); every `exit` event carries the live API's
`request.exit_event`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .._primitives import JSON, IdFactory, Moment, bad_request, precondition, rfc3339

if TYPE_CHECKING:
    from .leases import Lease


@dataclass(frozen=True)
class Go:
    """Enter `path[0]` now; each next state follows one `transition_seconds` later. Steps
    still pending from an earlier action are dropped."""

    path: tuple[tuple[str, str], ...]  # (state, event type), one event each
    source: str = "user"  # who the first event says made the change


@dataclass(frozen=True)
class Stay:
    """The action is allowed and changes no state; `event`, when given, is recorded at the
    current state (pending steps go on)."""

    event: str | None = None


@dataclass(frozen=True)
class Refuse:
    """412 `failed_precondition: <message>`, with the machine's `{state}` and `{id}`."""

    message: str


Outcome = Go | Stay | Refuse

# What create does (there is no state before it): launch, or with skip_launch just exist.
LAUNCH = Go((("created", "launch"), ("starting", "start"), ("started", "start")))
CREATE_ONLY = Go((("created", "launch"),))

_START = Go((("starting", "start"), ("started", "start")))
_STOP = Go((("stopping", "stop"), ("stopped", "exit")))
_RESTART = Go((("restarting", "restart"), ("started", "start")))
_SUSPEND = Go((("suspending", "suspend"), ("suspended", "suspend")))
_DESTROY = Go((("destroying", "destroy"), ("destroyed", "destroy")))
_REPLACE = Go((("replacing", "update"), ("started", "start")))
_CRASH = Go((("failed", "exit"),), source="flyd")
# The main process exits: the machine stops, and then, as its restart policy and
# auto_destroy say, stays stopped, starts again, or is destroyed.
_EXITED = Go((("stopped", "exit"),), source="flyd")
_EXITED_RESTARTED = Go((("stopped", "exit"), ("starting", "start"), ("started", "start")), "flyd")
_EXITED_DESTROYED = Go(
    (("stopped", "exit"), ("destroying", "destroy"), ("destroyed", "destroy")), "flyd"
)
# A suspended machine is stopped by discarding its snapshot: nothing to wait for.
_DISCARD_SNAPSHOT = Go((("stopped", "stop"),))
# An update leaves a suspended machine stopped: its snapshot no longer fits the config.
_STALE_SNAPSHOT = Go((("stopped", "update"),))
_ALLOWED = Stay()
_UPDATED_IN_PLACE = Stay("update")
_GONE = Refuse("machine {id} is {state}")

ACTIONS = (
    "start", "stop", "restart", "suspend", "destroy", "force destroy", "update", "crash",
    "exit", "exit and restart", "exit and destroy", "exec", "list processes", "signal",
    "change",
)  # fmt: skip
# "force destroy" is destroy with force=true, "crash" is `sim.crash_machine`, the three
# "exit" actions are the main process ending (see `exit_action`), and "change" is every
# write that leaves the lifecycle alone: cordon, uncordon, metadata writes, lease
# acquisition.

REFUSED: dict[str, str] = {
    "start": "unable to start machine from current state: '{state}'",
    "restart": "unable to restart machine from current state: '{state}'",
    "suspend": "unable to suspend machine from current state: '{state}'",
    "destroy": "unable to destroy machine, not currently stopped or suspended",
    "exec": "unable to exec on machine in current state: '{state}'",
    "list processes": "unable to list processes on machine in current state: '{state}'",
    "signal": "unable to signal on machine in current state: '{state}'",
    "exit": "no process is running on machine in current state: '{state}'",
    "exit and restart": "no process is running on machine in current state: '{state}'",
    "exit and destroy": "no process is running on machine in current state: '{state}'",
}

# Every machine that is not being destroyed can be crashed, changed or force-destroyed.
_PRESENT: dict[str, Outcome] = {"force destroy": _DESTROY, "crash": _CRASH, "change": _ALLOWED}
_IDLE: dict[str, Outcome] = {
    **_PRESENT, "start": _START, "stop": _ALLOWED, "destroy": _DESTROY,
    "update": _UPDATED_IN_PLACE,
}  # fmt: skip
_ON_THE_WAY_UP: dict[str, Outcome] = {**_PRESENT, "stop": _STOP, "update": _REPLACE}
_IN_THE_MACHINE = (
    "exec",
    "list processes",
    "signal",
    "exit",
    "exit and restart",
    "exit and destroy",
)
_BEING_DESTROYED: dict[str, Outcome] = {
    action: _GONE for action in ACTIONS if action not in _IN_THE_MACHINE
}

# A phase is the machine's state, except that a `created` machine already on its way to
# `started` (created without skip_launch) is "created (launching)": it stops and updates
# like a running one, and is not started or destroyed again.
TRANSITIONS: dict[str, dict[str, Outcome]] = {
    "created": _IDLE,
    "created (launching)": _ON_THE_WAY_UP,
    "starting": _ON_THE_WAY_UP,
    "started": {
        **_ON_THE_WAY_UP,
        "restart": _RESTART,
        "suspend": _SUSPEND,
        "exec": _ALLOWED,
        "list processes": _ALLOWED,
        "signal": _ALLOWED,
        "exit": _EXITED,
        "exit and restart": _EXITED_RESTARTED,
        "exit and destroy": _EXITED_DESTROYED,
    },
    "restarting": _ON_THE_WAY_UP,
    "replacing": _ON_THE_WAY_UP,
    "stopping": {**_PRESENT, "stop": _ALLOWED, "update": _UPDATED_IN_PLACE},
    "stopped": _IDLE,
    "suspending": {**_PRESENT, "stop": _STOP, "update": _UPDATED_IN_PLACE},
    "suspended": {**_IDLE, "stop": _DISCARD_SNAPSHOT, "update": _STALE_SNAPSHOT},
    "failed": _IDLE,
    "destroying": _BEING_DESTROYED,
    "destroyed": _BEING_DESTROYED,
}

# What `wait?state=settled` accepts: the persistent states.
SETTLED = frozenset({"created", "started", "stopped", "suspended", "failed", "destroyed"})


def outcome(phase: str, action: str) -> Outcome:
    """What `action` does in `phase`: the table's entry, else the action's refusal."""
    listed = TRANSITIONS[phase].get(action)
    return Refuse(REFUSED[action]) if listed is None else listed


# -- the main process ---------------------------------------------------------------------------
# The config env that says what a machine's process does (so it works over HTTP too).
ENV_RUN_SECONDS = "FLY_SIM_RUN_SECONDS"
ENV_EXIT_CODE = "FLY_SIM_EXIT_CODE"
ENV_OOM = "FLY_SIM_OOM"
DEFAULT_MAX_RETRIES = 10
# The shortest run: a process that exits "at once" still runs this long, so a machine that
# restarts forever never loops within one instant.
MIN_RUN_SECONDS = 0.001
MAX_EXIT_CODE = 255


@dataclass(frozen=True)
class Program:
    """What a machine's main process does each time it starts: exit after `seconds` with
    `exit_code`, or be killed for running out of memory (`oom`: exit code 137)."""

    seconds: float
    exit_code: int = 0
    oom: bool = False

    @property
    def failed(self) -> bool:
        return self.oom or self.exit_code != 0


def program_from_env(config: JSON) -> Program | None:
    """The program the config's env describes, or None (the process runs until stopped).
    400 naming the variable when a value does not parse."""
    env = config.get("env")
    if not isinstance(env, dict) or not any(
        k in env for k in (ENV_RUN_SECONDS, ENV_EXIT_CODE, ENV_OOM)
    ):
        return None
    seconds = float(_env_number(env, ENV_RUN_SECONDS, float, "a number of seconds >= 0"))
    code = int(_env_number(env, ENV_EXIT_CODE, int, f"a whole number from 0 to {MAX_EXIT_CODE}"))
    if not 0 <= code <= MAX_EXIT_CODE:
        raise bad_request(f"invalid config.env.{ENV_EXIT_CODE}: expected 0..{MAX_EXIT_CODE}")
    if not math.isfinite(seconds) or seconds < 0:
        raise bad_request(f"invalid config.env.{ENV_RUN_SECONDS}: expected a number >= 0")
    oom = str(env.get(ENV_OOM, "")).lower()
    if oom not in ("", "true", "false", "1", "0"):
        raise bad_request(f"invalid config.env.{ENV_OOM}: expected true or false")
    return Program(seconds, 137 if oom in ("true", "1") else code, oom in ("true", "1"))


def _env_number(env: JSON, name: str, kind: type[int] | type[float], expected: str) -> float:
    raw = env.get(name)
    if raw is None or raw == "":
        return 0
    try:
        return kind(str(raw))
    except ValueError:
        raise bad_request(f"invalid config.env.{name}: expected {expected}") from None


def restart_rules(config: JSON) -> tuple[str, int]:
    """The config's restart policy and max_retries (default `on-failure`, 10 retries)."""
    restart = config.get("restart")
    restart = restart if isinstance(restart, dict) else {}
    policy = restart.get("policy") or "on-failure"
    retries = restart.get("max_retries")
    return str(policy), retries if isinstance(retries, int) else DEFAULT_MAX_RETRIES


def exit_action(config: JSON, program: Program, restarts: int) -> str:
    """Which exit the table applies: `always` restarts, `on-failure` restarts a failed
    process while fewer than `max_retries` restarts were made since the last start by a
    user, `no` (and anything else) does not; a process not restarted leaves the machine
    stopped, or destroyed when `auto_destroy` is true."""
    policy, max_retries = restart_rules(config)
    if policy == "always" or (policy == "on-failure" and program.failed and restarts < max_retries):
        return "exit and restart"
    return "exit and destroy" if config.get("auto_destroy") is True else "exit"


@dataclass(frozen=True)
class ExitCause:
    """Why the next `exit` event happens, for its `request.exit_event`."""

    exit_code: int = 0
    oom: bool = False
    requested_stop: bool = False
    restarting: bool = False
    signal: int = -1

    def event(self, at: Moment) -> JSON:
        return {
            "exit_code": self.exit_code,
            "guest_exit_code": self.exit_code,
            "guest_signal": 9 if self.oom else -1,
            "oom_killed": self.oom,
            "requested_stop": self.requested_stop,
            "restarting": self.restarting,
            "signal": self.signal,
            "exited_at": rfc3339(at.wall),
        }


_STOPPED_BY_USER = ExitCause(requested_stop=True)
_CRASHED = ExitCause(exit_code=1)


@dataclass
class Step:
    at: Moment
    state: str
    event_type: str


@dataclass
class Machine:
    id: str
    app: str
    name: str
    region: str
    config: JSON
    version: str
    private_ip: str
    created: Moment
    state: str = "created"
    updated: Moment | None = None
    steps: list[Step] = field(default_factory=list)
    events: list[JSON] = field(default_factory=list)  # oldest first
    versions: list[tuple[str, JSON]] = field(default_factory=list)  # oldest first
    cordoned: bool = False
    lease: Lease | None = None
    step: float = 1.0  # transition_seconds, for the steps the machine takes by itself
    program: Program | None = None  # set by `sim.processes`; else the config's env says
    exit_at: Moment | None = None  # when the running process exits, if it does
    restarts: int = 0  # restarts by the restart policy since a user last started it
    exit_cause: ExitCause = _STOPPED_BY_USER
    on_destroy: Callable[[], None] | None = None  # frees what the machine holds (volumes)
    started_at: Moment | None = None  # when the process last started (checks count from it)
    failing_checks: dict[str, tuple[Moment, str]] = field(default_factory=dict)  # by sim.checks

    @property
    def phase(self) -> str:
        return "created (launching)" if self.state == "created" and self.steps else self.state

    @property
    def running(self) -> bool:
        """Running or on its way there: an update replaces it."""
        return outcome(self.phase, "update") == _REPLACE

    @property
    def gone(self) -> bool:
        return self.state in ("destroying", "destroyed")

    def current_program(self) -> Program | None:
        return self.program if self.program is not None else program_from_env(self.config)

    def exit_due(self, started: Moment) -> Moment | None:
        """When a process started at `started` exits, if it does."""
        program = self.current_program()
        if program is None or math.isinf(program.seconds):
            return None
        return started.later(max(program.seconds, MIN_RUN_SECONDS))

    def check(self, action: str) -> Go | Stay:
        """What `action` would do now; a refusal is raised (412)."""
        result = outcome(self.phase, action)
        if isinstance(result, Refuse):
            raise precondition(result.message.format(state=self.state, id=self.id))
        return result

    def apply(self, action: str, now: Moment, ids: IdFactory, step: float) -> None:
        """Do `action` as the table says, or raise its refusal."""
        result = self.check(action)
        if action in ("start", "update", "restart"):
            self.restarts = 0
        if action == "stop":
            self.exit_cause = _STOPPED_BY_USER
        elif action == "crash":
            self.exit_cause = _CRASHED
        if isinstance(result, Go):
            self.go(result, now, ids, step)
        elif result.event is not None:
            self._enter(self.state, result.event, "user", now, ids)

    def go(self, path: Go, now: Moment, ids: IdFactory, step: float) -> None:
        (state, event_type), *rest = path.path
        self.steps = []
        self._enter(state, event_type, path.source, now, ids)
        at = now
        for next_state, next_event in rest:
            at = at.later(step)
            self.steps.append(Step(at, next_state, next_event))

    def settle(self, now: Moment, ids: IdFactory) -> None:
        """Apply every scheduled step, and the process's exit, that is due."""
        while True:
            due = self.next_step_at()
            if due is None or due.mono > now.mono:
                return
            if self.exit_at is not None and due is self.exit_at:
                self._exit(due, ids)
            else:
                step = self.steps.pop(0)
                self._enter(step.state, step.event_type, "flyd", step.at, ids)

    def next_step_at(self) -> Moment | None:
        first = self.steps[0].at if self.steps else None
        if self.exit_at is not None and (first is None or self.exit_at.mono < first.mono):
            return self.exit_at
        return first

    def kill(self, now: Moment, ids: IdFactory) -> None:
        """SIGKILL: the main process ends now with code 137."""
        self._exit(now, ids, Program(0.0, 137), signal=9)

    def _exit(
        self, at: Moment, ids: IdFactory, program: Program | None = None, signal: int = -1
    ) -> None:
        program = program or self.current_program() or Program(0.0)
        action = exit_action(self.config, program, self.restarts)
        restarting = action == "exit and restart"
        if restarting:
            self.restarts += 1
        self.exit_cause = ExitCause(program.exit_code, program.oom, False, restarting, signal)
        self.exit_at = None
        self.apply(action, at, ids, self.step)

    def _enter(self, state: str, event_type: str, source: str, at: Moment, ids: IdFactory) -> None:
        self.state = state
        self.updated = at
        event: JSON = {
            "id": ids.ulid(at.wall),
            "type": event_type,
            "status": state,
            "source": source,
            "timestamp": int(at.wall * 1000),
        }
        if event_type == "exit":
            event["request"] = {"exit_event": self.exit_cause.event(at)}
            if self.exit_cause.restarting:
                # fly-go's MachineRequest.RestartCount: restarts by the policy so far, which
                # flyctl's smoke check reads to tell a crash loop (> 1) from one restart.
                event["request"]["restart_count"] = self.restarts
        self.events.append(event)
        self.exit_at = None
        if state == "started":
            self.started_at = at
            self.exit_at = self.exit_due(at)
        if state == "destroying":
            self.lease = None
            if self.on_destroy is not None:
                self.on_destroy()
