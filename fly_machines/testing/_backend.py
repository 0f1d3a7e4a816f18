"""The simulator's state: apps and machines (lifecycle, wait, metadata), behind one lock;
leases, volumes and secrets are its parts `leases`, `volumes` and `secrets`.

Knows nothing of HTTP: methods take plain values, return the JSON the live API answers
with, and raise `ApiError` for its error answers. Every method holds the lock for its
whole duration; `wait` releases it while it blocks (a `threading.Condition`).
"""

from __future__ import annotations

import copy
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..clock import Clock
from . import _exec, _volumes
from ._leases import Leases, held_message, lease_conflict, new_lease, ttl_seconds
from ._machine import SETTLED, Machine
from ._primitives import (
    JSON,
    ApiError,
    IdFactory,
    Moment,
    bad_request,
    error,
    locked,
    mutating,
    not_found,
    precondition,
)
from ._secrets import SecretStore
from ._storage import Secrets, Volumes
from ._volumes import Volume

_APP_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_SIGNAL_NAMES = "ABRT ALRM FPE HUP ILL INT KILL PIPE QUIT SEGV TERM TRAP USR1 USR2"
SIGNALS = frozenset(f"SIG{name}" for name in _SIGNAL_NAMES.split())


@dataclass
class App:
    name: str
    id: str
    org_slug: str
    network: str
    created: Moment
    idempotency_key: str | None = None
    machines: dict[str, Machine] = field(default_factory=dict)
    volumes: dict[str, Volume] = field(default_factory=dict)
    secrets: SecretStore = field(default_factory=SecretStore)

    def to_json(self) -> JSON:
        machines = sum(1 for m in self.machines.values() if not m.gone)
        return {
            "id": self.id,
            "name": self.name,
            "machine_count": machines,
            "volume_count": len(self.volumes),
            "network": self.network,
            "organization": {"name": self.org_slug, "slug": self.org_slug},
            "status": "deployed" if machines else "pending",
        }


class Backend:
    def __init__(
        self,
        clock: Clock,
        ids: IdFactory,
        transition_seconds: float,
        owner: str = "simulator@fly-machines.invalid",
        default_region: str = "ord",
    ) -> None:
        self.clock = clock
        self.ids = ids
        self.step = transition_seconds
        self.owner = owner
        self.default_region = default_region
        # A clock that can be advanced (ManualClock) is virtual: waits jump it instead of
        # blocking, so a test of a long wait takes no real time.
        advance = getattr(clock, "advance", None)
        self._advance: Callable[[float], None] | None = advance if callable(advance) else None
        self.virtual = self._advance is not None
        self._wall_offset = clock.time() - clock.monotonic()
        self._condition = threading.Condition(threading.RLock())
        self._interrupts = 0
        self._blocked_waits = 0
        self.apps: dict[str, App] = {}
        self.leases = Leases(self)
        self.volumes = Volumes(self)
        self.secrets = Secrets(self)

    @property
    def condition(self) -> threading.Condition:
        return self._condition

    def now(self) -> Moment:
        mono = self.clock.monotonic()
        return Moment(mono, mono + self._wall_offset)

    # -- lookups (for callers that hold the lock) ---------------------------------------------
    def app(self, name: str) -> App:
        app = self.apps.get(name)
        if app is None:
            raise not_found(f"app {name!r} not found")
        return app

    def machine(self, app_name: str, machine_id: str) -> Machine:
        """The machine, settled to the clock's current time."""
        machine = self.app(app_name).machines.get(machine_id)
        if machine is None:
            raise not_found(f"machine {machine_id!r} not found in app {app_name!r}")
        machine.settle(self.now(), self.ids)
        return machine

    def _leased(self, app_name: str, machine_id: str, nonce: str | None) -> Machine:
        """The machine, for a mutating call: 409 when someone else holds its lease."""
        machine = self.machine(app_name, machine_id)
        lease = machine.lease
        if lease is not None and lease.live(self.now()) and nonce != lease.nonce:
            raise lease_conflict(held_message(machine, lease))
        return machine

    # -- apps ------------------------------------------------------------------------------
    @mutating
    def create_app(self, body: JSON) -> JSON:
        name = body.get("name") or body.get("app_name")  # app_name: the older API's spelling
        org_slug = body.get("org_slug")
        if not isinstance(name, str) or not _APP_NAME.match(name):
            raise bad_request(
                f"invalid app name {name!r}: use 1-63 lowercase letters, digits and dashes"
            )
        if not isinstance(org_slug, str) or not org_slug:
            raise bad_request("org_slug is required")
        key = body.get("idempotency_key")
        existing = self.apps.get(name)
        if existing is not None:
            if key and existing.idempotency_key == key:
                return {"id": existing.id, "created_at": int(existing.created.wall * 1000)}
            raise error(422, f"app name {name!r} is already taken", "name_taken")
        if key and any(app.idempotency_key == key for app in self.apps.values()):
            raise error(422, "idempotency_key was already used to create an app of another name")
        network = body.get("network")
        app = App(
            name=name,
            id=self.ids.app_id(),
            org_slug=org_slug,
            network=network if isinstance(network, str) and network else "default",
            created=self.now(),
            idempotency_key=key if isinstance(key, str) and key else None,
        )
        self.apps[name] = app
        return {"id": app.id, "created_at": int(app.created.wall * 1000)}

    @locked
    def list_apps(self, org_slug: str) -> JSON:
        apps = [a.to_json() for n, a in sorted(self.apps.items()) if a.org_slug == org_slug]
        return {"total_apps": len(apps), "apps": apps}

    @locked
    def get_app(self, name: str) -> JSON:
        return self.app(name).to_json()

    @mutating
    def delete_app(self, name: str) -> None:
        self.app(name)
        del self.apps[name]

    # -- machines: reading -----------------------------------------------------------------
    @locked
    def list_machines(
        self,
        app_name: str,
        *,
        include_deleted: bool,
        region: str | None,
        states: Iterable[str],
        metadata: dict[str, str],
        summary: bool,
    ) -> list[JSON]:
        wanted = set(states)
        now = self.now()
        answer = []
        for machine in self.app(app_name).machines.values():
            machine.settle(now, self.ids)
            meta = machine.config.get("metadata") or {}
            if (
                (include_deleted or machine.state != "destroyed")
                and (region is None or machine.region == region)
                and (not wanted or machine.state in wanted)
                and all(meta.get(k) == v for k, v in metadata.items())
            ):
                answer.append(machine.to_json(now, summary=summary))
        return answer

    @locked
    def get_machine(self, app_name: str, machine_id: str, include_lease: bool) -> JSON:
        return self.machine(app_name, machine_id).to_json(self.now(), include_lease=include_lease)

    @locked
    def events(self, app_name: str, machine_id: str, limit: int) -> list[JSON]:
        return list(reversed(self.machine(app_name, machine_id).events))[:limit]

    @locked
    def versions(self, app_name: str, machine_id: str) -> list[JSON]:
        machine = self.machine(app_name, machine_id)
        return [
            {"version": v, "user_config": copy.deepcopy(c)} for v, c in reversed(machine.versions)
        ]

    @locked
    def processes(
        self, app_name: str, machine_id: str, sort_by: str | None, order: str | None
    ) -> list[JSON]:
        machine = self._running(app_name, machine_id, "list processes")
        return _exec.processes(machine.config, sort_by, order)

    @locked
    def exec(self, app_name: str, machine_id: str, command: list[str], stdin: str | None) -> JSON:
        self._running(app_name, machine_id, "exec")
        return _exec.run(command, stdin)

    def _running(self, app_name: str, machine_id: str, action: str) -> Machine:
        machine = self.machine(app_name, machine_id)
        if machine.state != "started":
            raise precondition(f"unable to {action} on machine in current state: '{machine.state}'")
        return machine

    # -- machines: lifecycle ---------------------------------------------------------------
    def _check_config(self, body: JSON) -> JSON:
        config = body.get("config")
        if not isinstance(config, dict):
            raise error(422, "invalid config: an object with at least an image is required")
        image = config.get("image")
        if not isinstance(image, str) or not image:
            raise error(422, "invalid config.image: an image is required")
        return copy.deepcopy(config)

    def _check_name(self, app: App, name: object, machine_id: str | None) -> str:
        if name is None or name == "":
            return self.ids.machine_name()
        if not isinstance(name, str):
            raise bad_request(f"invalid name {name!r}: expected a string")
        for other in app.machines.values():
            if other.name == name and other.id != machine_id and not other.gone:
                raise error(
                    422,
                    f"a machine named {name!r} already exists in app {app.name!r}",
                    "name_taken",
                )
        return name

    @mutating
    def create_machine(self, app_name: str, body: JSON) -> JSON:
        app = self.app(app_name)
        config = self._check_config(body)
        name = self._check_name(app, body.get("name"), None)
        region = body.get("region") or self.default_region
        lease_ttl = body.get("lease_ttl")
        if lease_ttl is not None:
            lease_ttl = ttl_seconds(lease_ttl)
        machine_id = self.ids.machine_id()
        while any(machine_id in a.machines for a in self.apps.values()):
            machine_id = self.ids.machine_id()
        _volumes.attach_mounts(app.volumes, machine_id, config)
        now = self.now()
        version = self.ids.ulid(now.wall)
        machine = Machine(
            id=machine_id,
            app=app_name,
            name=name,
            region=str(region),
            config=config,
            version=version,
            private_ip=self.ids.private_ip(),
            created=now,
            versions=[(version, copy.deepcopy(config))],
        )
        machine.launch(now, self.ids, bool(body.get("skip_launch")), self.step)
        app.machines[machine_id] = machine
        answer = machine.to_json(now)
        if lease_ttl is not None:
            machine.lease = new_lease(self.ids, self.owner, now, lease_ttl, "")
            answer["nonce"] = machine.lease.nonce
        return answer

    @mutating
    def update_machine(self, app_name: str, machine_id: str, body: JSON, nonce: str | None) -> JSON:
        app = self.app(app_name)
        machine = self._leased(app_name, machine_id, nonce)
        machine.require_present()
        current = body.get("current_version")
        if current and current != machine.version:
            raise error(
                409,
                f"machine version mismatch: current version is {machine.version}, not {current}",
            )
        config = self._check_config(body)
        if "name" in body:
            machine.name = self._check_name(app, body["name"], machine_id)
        _volumes.attach_mounts(app.volumes, machine_id, config)
        now = self.now()
        machine.replace_config(config, self.ids.ulid(now.wall), now, self.ids, self.step)
        return machine.to_json(now)

    @mutating
    def start(self, app_name: str, machine_id: str, nonce: str | None) -> JSON:
        machine = self._leased(app_name, machine_id, nonce)
        previous = machine.start(self.now(), self.ids, self.step)
        return {"previous_state": previous, "migrated": False, "new_host": ""}

    @mutating
    def stop(self, app_name: str, machine_id: str, nonce: str | None) -> JSON:
        self._leased(app_name, machine_id, nonce).stop(self.now(), self.ids, self.step)
        return {"ok": True}

    @mutating
    def restart(self, app_name: str, machine_id: str, nonce: str | None) -> None:
        self._leased(app_name, machine_id, nonce).restart(self.now(), self.ids, self.step)

    @mutating
    def suspend(self, app_name: str, machine_id: str, nonce: str | None) -> None:
        self._leased(app_name, machine_id, nonce).suspend(self.now(), self.ids, self.step)

    @mutating
    def destroy(self, app_name: str, machine_id: str, nonce: str | None, force: bool) -> JSON:
        machine = self._leased(app_name, machine_id, nonce)
        machine.destroy(self.now(), self.ids, self.step, force)
        machine.lease = None
        _volumes.detach_all(self.app(app_name).volumes, machine_id)
        return {"ok": True}

    @mutating
    def set_cordoned(
        self, app_name: str, machine_id: str, nonce: str | None, cordoned: bool
    ) -> JSON:
        machine = self._leased(app_name, machine_id, nonce)
        machine.require_present()
        machine.cordoned = cordoned
        return {"ok": True}

    @mutating
    def signal(self, app_name: str, machine_id: str, signal: object) -> JSON:
        if signal not in SIGNALS:
            raise bad_request(
                f"invalid signal {signal!r}: expected one of {', '.join(sorted(SIGNALS))}"
            )
        # Not lease-guarded: PROVENANCE item 2 names the calls that need the nonce, and
        # signal is not one of them (fly-go sends none with it).
        self._running(app_name, machine_id, "signal")
        return {"ok": True}

    @mutating
    def crash(self, app_name: str, machine_id: str) -> None:
        self.machine(app_name, machine_id).crash(self.now(), self.ids)

    # -- wait ------------------------------------------------------------------------------
    def wait(
        self,
        app_name: str,
        machine_id: str,
        states: tuple[str, ...],
        timeout: float,
        version: str | None,
    ) -> JSON:
        """Answer as soon as the machine is in one of `states` (at `version`, if given), or
        408 at the deadline. A virtual clock is jumped to the machine's next step (or the
        deadline) instead of blocking; otherwise the thread sleeps on the condition until a
        step is due, something changes, or the deadline passes."""
        with self.condition:
            deadline = self.now().mono + timeout
            interrupts = self._interrupts
            while True:
                machine = self.machine(app_name, machine_id)
                if self._reached(machine, states, version):
                    return {
                        "ok": True,
                        "state": machine.state,
                        "event_id": machine.events[-1]["id"],
                        "version": machine.version,
                    }
                now = self.now()
                if now.mono >= deadline:
                    raise error(
                        408,
                        f"deadline_exceeded: machine failed to reach desired state, "
                        f"{','.join(states)}, currently {machine.state}",
                    )
                due = machine.next_step_at()
                until = deadline if due is None else min(due.mono, deadline)
                if self._advance is not None:
                    self._advance(max(until - now.mono, 0.0))
                else:
                    self._blocked_waits += 1
                    try:
                        self.condition.wait(timeout=max(until - now.mono, 0.001))
                    finally:
                        self._blocked_waits -= 1
                    if self._interrupts != interrupts:
                        raise error(503, "the simulator is shutting down")

    def _reached(self, machine: Machine, states: tuple[str, ...], version: str | None) -> bool:
        if version and version != machine.version:
            return False
        if "settled" in states and machine.state in SETTLED and not machine.steps:
            return True
        return machine.state in states

    @property
    def blocked_waits(self) -> int:
        """How many waits are blocked on the real clock right now (for tests to sync on)."""
        with self.condition:
            return self._blocked_waits

    def interrupt_waits(self) -> None:
        """Ends every blocked `wait` with a 503 (used when a server shuts down)."""
        with self.condition:
            self._interrupts += 1
            self.condition.notify_all()

    # -- metadata (kept in config.metadata, as the live API does) --------------------------
    def _metadata(self, machine: Machine) -> dict[str, str]:
        meta = machine.config.get("metadata")
        if not isinstance(meta, dict):
            meta = machine.config["metadata"] = {}
        return meta

    @locked
    def get_metadata(self, app_name: str, machine_id: str) -> dict[str, str]:
        return dict(self._metadata(self.machine(app_name, machine_id)))

    @locked
    def get_metadata_key(self, app_name: str, machine_id: str, key: str) -> JSON:
        meta = self._metadata(self.machine(app_name, machine_id))
        if key not in meta:
            raise not_found(f"metadata key {key!r} not found")
        return {"value": meta[key]}

    @mutating
    def set_metadata_key(self, app_name: str, machine_id: str, key: str, value: object) -> None:
        if not isinstance(value, str):
            raise bad_request(f"invalid value for metadata key {key!r}: expected a string")
        machine = self.machine(app_name, machine_id)  # metadata is not lease-guarded
        machine.require_present()
        self._metadata(machine)[key] = value

    @mutating
    def delete_metadata_key(self, app_name: str, machine_id: str, key: str) -> None:
        machine = self.machine(app_name, machine_id)
        machine.require_present()
        self._metadata(machine).pop(key, None)

    @mutating
    def replace_metadata(self, app_name: str, machine_id: str, body: JSON) -> None:
        """Replaces the whole map; 412 when `machine_version` is given and is not current."""
        metadata = body.get("metadata")
        if not isinstance(metadata, dict) or not all(isinstance(v, str) for v in metadata.values()):
            raise bad_request("invalid metadata: expected an object of string values")
        machine = self.machine(app_name, machine_id)
        machine.require_present()
        expected = body.get("machine_version")
        if expected and expected != machine.version:
            raise precondition(f"machine version is {machine.version}, not {expected}")
        machine.config["metadata"] = dict(metadata)


__all__ = ["ApiError", "App", "Backend"]
