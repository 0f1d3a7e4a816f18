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
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .._primitives import JSON, IdFactory, Moment, precondition

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
# A suspended machine is stopped by discarding its snapshot: nothing to wait for.
_DISCARD_SNAPSHOT = Go((("stopped", "stop"),))
# An update leaves a suspended machine stopped: its snapshot no longer fits the config.
_STALE_SNAPSHOT = Go((("stopped", "update"),))
_ALLOWED = Stay()
_UPDATED_IN_PLACE = Stay("update")
_GONE = Refuse("machine {id} is {state}")

ACTIONS = (
    "start", "stop", "restart", "suspend", "destroy", "force destroy", "update", "crash",
    "exec", "list processes", "signal", "change",
)  # fmt: skip
# "force destroy" is destroy with force=true, "crash" is `sim.crash_machine`, and
# "change" is every write that leaves the lifecycle alone: cordon, uncordon, metadata
# writes, lease acquisition.

REFUSED: dict[str, str] = {
    "start": "unable to start machine from current state: '{state}'",
    "restart": "unable to restart machine from current state: '{state}'",
    "suspend": "unable to suspend machine from current state: '{state}'",
    "destroy": "unable to destroy machine, not currently stopped or suspended",
    "exec": "unable to exec on machine in current state: '{state}'",
    "list processes": "unable to list processes on machine in current state: '{state}'",
    "signal": "unable to signal on machine in current state: '{state}'",
}

# Every machine that is not being destroyed can be crashed, changed or force-destroyed.
_PRESENT: dict[str, Outcome] = {"force destroy": _DESTROY, "crash": _CRASH, "change": _ALLOWED}
_IDLE: dict[str, Outcome] = {
    **_PRESENT, "start": _START, "stop": _ALLOWED, "destroy": _DESTROY,
    "update": _UPDATED_IN_PLACE,
}  # fmt: skip
_ON_THE_WAY_UP: dict[str, Outcome] = {**_PRESENT, "stop": _STOP, "update": _REPLACE}
_BEING_DESTROYED: dict[str, Outcome] = {
    action: _GONE for action in ACTIONS if action not in ("exec", "list processes", "signal")
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

    def check(self, action: str) -> Go | Stay:
        """What `action` would do now; a refusal is raised (412)."""
        result = outcome(self.phase, action)
        if isinstance(result, Refuse):
            raise precondition(result.message.format(state=self.state, id=self.id))
        return result

    def apply(self, action: str, now: Moment, ids: IdFactory, step: float) -> None:
        """Do `action` as the table says, or raise its refusal."""
        result = self.check(action)
        if isinstance(result, Go):
            self.go(result, now, ids, step)
        elif result.event is not None:
            self._enter(self.state, result.event, "user", now, ids)

    def go(self, path: Go, now: Moment, ids: IdFactory, step: float) -> None:
        (state, event_type), *rest = path.path
        self._enter(state, event_type, path.source, now, ids)
        self.steps = []
        at = now
        for next_state, next_event in rest:
            at = at.later(step)
            self.steps.append(Step(at, next_state, next_event))

    def settle(self, now: Moment, ids: IdFactory) -> None:
        """Apply every scheduled step that is due."""
        while self.steps and self.steps[0].at.mono <= now.mono:
            step = self.steps.pop(0)
            self._enter(step.state, step.event_type, "flyd", step.at, ids)

    def next_step_at(self) -> Moment | None:
        return self.steps[0].at if self.steps else None

    def _enter(self, state: str, event_type: str, source: str, at: Moment, ids: IdFactory) -> None:
        self.state = state
        self.updated = at
        self.events.append(
            {
                "id": ids.ulid(at.wall),
                "type": event_type,
                "status": state,
                "source": source,
                "timestamp": int(at.wall * 1000),
            }
        )
