"""One simulated machine and its state machine.

A user action puts the machine in a state at once (`starting`, `stopping`, ...) and
schedules what follows (`started`, `stopped`, ...) one `transition_seconds` apart.
Nothing runs in the background: `settle()` applies every scheduled step whose time has
come, each adding its event, whenever the machine is looked at. So the state is a pure
function of the clock, and a manual clock makes it deterministic.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass, field

from ._primitives import JSON, IdFactory, Moment, precondition, rfc3339

# States in which the machine runs or is on its way to running.
_RUNNING = frozenset({"started", "starting", "restarting", "replacing"})
_STARTABLE = frozenset({"stopped", "suspended", "failed"})
_DESTROYABLE = frozenset({"stopped", "suspended", "failed"})
_GONE = frozenset({"destroying", "destroyed"})
# What `wait?state=settled` accepts: the persistent states.
SETTLED = frozenset({"created", "started", "stopped", "suspended", "failed", "destroyed"})


@dataclass
class Step:
    at: Moment
    state: str
    event_type: str


@dataclass
class Lease:
    nonce: str
    owner: str
    description: str
    expires: Moment
    version: str

    def live(self, now: Moment) -> bool:
        return now.mono < self.expires.mono

    def to_json(self) -> JSON:
        return {
            "nonce": self.nonce,
            "expires_at": int(self.expires.wall),
            "owner": self.owner,
            "description": self.description,
            "version": self.version,
        }


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

    # -- time ---------------------------------------------------------------------------
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

    def _begin(
        self,
        state: str,
        event_type: str,
        now: Moment,
        ids: IdFactory,
        then: list[tuple[str, str]],
        step_seconds: float,
    ) -> None:
        """A user action: enter `state` now and schedule `then`, replacing any pending steps."""
        self._enter(state, event_type, "user", now, ids)
        self.steps = []
        at = now
        for next_state, next_event in then:
            at = at.later(step_seconds)
            self.steps.append(Step(at, next_state, next_event))

    # -- predicates -----------------------------------------------------------------------
    @property
    def launching(self) -> bool:
        """Created and already on its way to `started` (not `skip_launch`)."""
        return self.state == "created" and bool(self.steps)

    @property
    def running(self) -> bool:
        return self.state in _RUNNING or self.launching

    @property
    def gone(self) -> bool:
        return self.state in _GONE

    def require_present(self) -> None:
        if self.gone:
            raise precondition(f"machine {self.id} is {self.state}")

    # -- the state machine --------------------------------------------------------------
    def launch(self, now: Moment, ids: IdFactory, skip_launch: bool, step: float) -> None:
        then = [] if skip_launch else [("starting", "start"), ("started", "start")]
        self._begin("created", "launch", now, ids, then, step)

    def start(self, now: Moment, ids: IdFactory, step: float) -> str:
        """Returns the state the machine was started from."""
        self.require_present()
        idle_created = self.state == "created" and not self.steps
        if self.state not in _STARTABLE and not idle_created:
            raise precondition(f"unable to start machine from current state: '{self.state}'")
        previous = self.state
        self._begin("starting", "start", now, ids, [("started", "start")], step)
        return previous

    def stop(self, now: Moment, ids: IdFactory, step: float) -> None:
        """Stopping a machine that is not running is a no-op (no event), as it is idempotent."""
        self.require_present()
        if self.running or self.state == "suspending":
            self._begin("stopping", "stop", now, ids, [("stopped", "exit")], step)
        elif self.state == "suspended":
            # A suspended machine is stopped by discarding its snapshot: nothing to wait for.
            self._begin("stopped", "stop", now, ids, [], step)

    def restart(self, now: Moment, ids: IdFactory, step: float) -> None:
        self.require_present()
        if self.state != "started":
            raise precondition(f"unable to restart machine from current state: '{self.state}'")
        self._begin("restarting", "restart", now, ids, [("started", "start")], step)

    def suspend(self, now: Moment, ids: IdFactory, step: float) -> None:
        self.require_present()
        if self.state != "started":
            raise precondition(f"unable to suspend machine from current state: '{self.state}'")
        self._begin("suspending", "suspend", now, ids, [("suspended", "suspend")], step)

    def destroy(self, now: Moment, ids: IdFactory, step: float, force: bool) -> None:
        self.require_present()
        idle_created = self.state == "created" and not self.steps
        if not force and self.state not in _DESTROYABLE and not idle_created:
            raise precondition("unable to destroy machine, not currently stopped or suspended")
        self._begin("destroying", "destroy", now, ids, [("destroyed", "destroy")], step)

    def crash(self, now: Moment, ids: IdFactory) -> None:
        self.require_present()
        self.steps = []
        self._enter("failed", "exit", "flyd", now, ids)

    def replace_config(
        self, config: JSON, version: str, now: Moment, ids: IdFactory, step: float
    ) -> None:
        """Update: a new version; a running machine is replaced and comes back `started`,
        a suspended one is left `stopped` (its snapshot no longer matches the config), any
        other keeps its state (and its pending steps)."""
        self.require_present()
        self.config = config
        self.version = version
        self.versions.append((version, copy.deepcopy(config)))
        if self.running:
            self._begin("replacing", "update", now, ids, [("started", "start")], step)
        elif self.state == "suspended":
            self._begin("stopped", "update", now, ids, [], step)
        else:
            steps = self.steps
            self._enter(self.state, "update", "user", now, ids)
            self.steps = steps

    # -- rendering ------------------------------------------------------------------------
    def to_json(self, now: Moment, *, include_lease: bool = False, summary: bool = False) -> JSON:
        body: JSON = {
            "id": self.id,
            "name": self.name,
            "state": self.state,
            "region": self.region,
            "instance_id": self.version,
            "version": self.version,
            "private_ip": self.private_ip,
            "image_ref": image_ref(str(self.config.get("image", ""))),
            "created_at": rfc3339(self.created.wall),
            "updated_at": rfc3339((self.updated or self.created).wall),
            "host_status": "ok",
            "cordoned": self.cordoned,
            "events": list(reversed(self.events)),
            "checks": self._checks(),
        }
        if not summary:
            body["config"] = copy.deepcopy(self.config)
        if include_lease and self.lease is not None and self.lease.live(now):
            lease = self.lease.to_json()
            body["lease"] = {k: lease[k] for k in ("owner", "description", "expires_at")}
        return body

    def _checks(self) -> list[JSON]:
        checks = self.config.get("checks")
        if not isinstance(checks, dict) or self.updated is None:
            return []
        status = "passing" if self.state == "started" else "critical"
        return [
            {
                "name": str(name),
                "status": status,
                "output": "",
                "updated_at": rfc3339(self.updated.wall),
            }
            for name in sorted(checks)
        ]


def image_ref(image: str) -> JSON:
    """Split `registry/repository:tag@digest` the way Docker does; Docker Hub images show
    Fly's mirror as their registry."""
    rest, _, digest = image.partition("@")
    first, slash, remainder = rest.partition("/")
    if slash and ("." in first or ":" in first or first == "localhost"):
        registry, path = first, remainder
    else:
        registry = "docker-hub-mirror.fly.io"
        path = rest if "/" in rest else f"library/{rest}"
    repository, colon, tag = path.rpartition(":")
    if not colon or "/" in tag:
        repository, tag = path, "latest"
    return {
        "registry": registry,
        "repository": repository,
        "tag": tag,
        "digest": digest or "sha256:" + hashlib.sha256(image.encode()).hexdigest(),
        "labels": {},
    }
