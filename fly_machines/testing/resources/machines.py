"""Machines: create, update and read them, and the machine as the live API shows it.

Starting, stopping and the other lifecycle actions are in `machine_actions`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from .._container import Resource
from .._http import Call, Reply
from .._primitives import (
    JSON,
    Moment,
    bad_request,
    copy_json,
    error,
    locked,
    mutating,
    rfc3339,
)
from . import volumes
from .checks import CheckRules, check_statuses, validate_checks
from .inputs import check_name
from .leases import new_lease, require_lease, ttl_seconds
from .lifecycle import CREATE_ONLY, LAUNCH, Machine, program_from_env
from .platform import RegionCapacity


class MachineResource(Resource):
    @property
    def checks(self) -> CheckRules:
        """Make a machine's health check fail or pass again (`sim.checks`)."""
        return CheckRules(self)

    # -- reading ------------------------------------------------------------------------------
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
                answer.append(machine_json(machine, now, summary=summary))
        return answer

    @locked
    def get_machine(self, app_name: str, machine_id: str, include_lease: bool) -> JSON:
        machine = self.machine(app_name, machine_id)
        return machine_json(machine, self.now(), include_lease=include_lease)

    @locked
    def events(self, app_name: str, machine_id: str, limit: int) -> list[JSON]:
        return list(reversed(self.machine(app_name, machine_id).events))[:limit]

    @locked
    def versions(self, app_name: str, machine_id: str) -> list[JSON]:
        machine = self.machine(app_name, machine_id)
        return [{"version": v, "user_config": copy_json(c)} for v, c in reversed(machine.versions)]

    # -- creating and updating ------------------------------------------------------------------
    @mutating
    def create_machine(self, app_name: str, body: JSON) -> JSON:
        app = self.app(app_name)
        config = _config(body)
        name = self._free_name(app_name, body.get("name"), None)
        region = body.get("region") or self.default_region
        lease_ttl = body.get("lease_ttl")
        if lease_ttl is not None:
            lease_ttl = ttl_seconds(lease_ttl, "lease_ttl")
        room = self.part(RegionCapacity)
        room.check(str(region))
        machine_id = self.ids.machine_id()
        while any(machine_id in a.machines for a in self.apps.values()):
            machine_id = self.ids.machine_id()
        volumes.attach_mounts(app.part(volumes.AppVolumes), machine_id, config)
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
            versions=[(version, copy_json(config))],
            step=self.step,
        )
        app_volumes = app.part(volumes.AppVolumes)
        machine.on_destroy = lambda: volumes.detach_all(app_volumes, machine_id)
        # Registered with no service: it takes no traffic until it is uncordoned.
        machine.cordoned = body.get("skip_service_registration") is True
        machine.go(CREATE_ONLY if body.get("skip_launch") else LAUNCH, now, self.ids, self.step)
        app.machines[machine_id] = machine
        room.take(str(region))
        answer = machine_json(machine, now)
        if lease_ttl is not None:
            machine.lease = new_lease(self.ids, self.owner, now, lease_ttl, "")
            answer["nonce"] = machine.lease.nonce
        return answer

    @mutating
    def update_machine(self, app_name: str, machine_id: str, body: JSON, nonce: str | None) -> JSON:
        """A new version with the whole new config; what happens to the machine's state is
        the table's "update"."""
        app = self.app(app_name)
        machine = require_lease(self.machine(app_name, machine_id), nonce, self.now())
        machine.check("update")
        current = body.get("current_version")
        if current and current != machine.version:
            raise error(
                409,
                f"machine version mismatch: current version is {machine.version}, not {current}",
            )
        config = _config(body)
        if "name" in body:
            machine.name = self._free_name(app_name, body["name"], machine_id)
        volumes.attach_mounts(app.part(volumes.AppVolumes), machine_id, config)
        now = self.now()
        machine.config = config
        machine.version = self.ids.ulid(now.wall)
        machine.versions.append((machine.version, copy_json(config)))
        machine.apply("update", now, self.ids, self.step)
        return machine_json(machine, now)

    def _free_name(self, app_name: str, name: object, machine_id: str | None) -> str:
        if name is None or name == "":
            return self.ids.machine_name()
        if not isinstance(name, str):
            raise bad_request("invalid name: expected a string")
        check_name(name, "name")
        for other in self.app(app_name).machines.values():
            if other.name == name and other.id != machine_id and not other.gone:
                raise error(
                    422,
                    f"a machine named {name!r} already exists in app {app_name!r}",
                    "name_taken",
                )
        return name


# -- the machine as the API shows it ------------------------------------------------------------
def machine_json(
    machine: Machine, now: Moment, *, include_lease: bool = False, summary: bool = False
) -> JSON:
    body: JSON = {
        "id": machine.id,
        "name": machine.name,
        "state": machine.state,
        "region": machine.region,
        "instance_id": machine.version,
        "version": machine.version,
        "private_ip": machine.private_ip,
        "image_ref": image_ref(str(machine.config.get("image", ""))),
        "created_at": rfc3339(machine.created.wall),
        "updated_at": rfc3339((machine.updated or machine.created).wall),
        "host_status": "ok",
        "cordoned": machine.cordoned,
        "events": list(reversed(machine.events)),
        "checks": check_statuses(machine, now),
    }
    if not summary:
        body["config"] = copy_json(machine.config)
    if include_lease and machine.lease is not None and machine.lease.live(now):
        lease = machine.lease.to_json()
        body["lease"] = {k: lease[k] for k in ("owner", "description", "expires_at")}
    return body


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


def _config(body: JSON) -> JSON:
    config = body.get("config")
    if not isinstance(config, dict):
        raise error(422, "invalid config: an object with at least an image is required")
    image = config.get("image")
    if not isinstance(image, str) or not image:
        raise error(422, "invalid config.image: an image is required")
    program_from_env(config)  # 400 when the FLY_SIM_* env does not parse
    validate_checks(config)
    copied: JSON = copy_json(config)
    return copied


# -- HTTP ---------------------------------------------------------------------------------------
def _list(c: Call) -> Reply:
    prefix = "metadata."
    metadata = {k[len(prefix) :]: v for k, v in c.pairs() if k.startswith(prefix)}
    states = [s for value in c.all("state") for s in value.split(",") if s]
    return 200, c.backend.list_machines(
        c.app,
        include_deleted=c.flag("include_deleted"),
        region=c.query("region") or None,
        states=states,
        metadata=metadata,
        summary=c.flag("summary"),
    )


def _events(c: Call) -> Reply:
    limit = min(c.number("limit", 20, 1, 10_000), 50)
    return 200, c.backend.events(c.app, c.machine, limit)


def _create(c: Call) -> Reply:
    return 200, c.backend.create_machine(c.app, c.json())


def _show(c: Call) -> Reply:
    return 200, c.backend.get_machine(c.app, c.machine, c.flag("include_leases"))


def _update(c: Call) -> Reply:
    return 200, c.backend.update_machine(c.app, c.machine, c.json(), c.nonce)


def _versions(c: Call) -> Reply:
    return 200, c.backend.versions(c.app, c.machine)


MachineResource.handlers = {
    "Machines_list": _list,
    "Machines_create": _create,
    "Machines_show": _show,
    "Machines_update": _update,
    "Machines_list_events": _events,
    "Machines_list_versions": _versions,
}
