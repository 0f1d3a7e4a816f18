"""HTTP to backend: one small function per implemented operation id.

Each reads the path parameters, query and JSON body of a `Call`, calls the backend and
returns `(status, body)`; the body is JSON-able, or None for an empty answer.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from ._backend import Backend
from ._primitives import JSON, bad_request

Reply = tuple[int, Any]
WAIT_STATES = ("started", "stopped", "suspended", "destroyed", "failed", "settled")
_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no", ""}


@dataclass
class Call:
    backend: Backend
    params: dict[str, str]
    query_string: str
    headers: dict[str, str]
    body: bytes

    @property
    def app(self) -> str:
        return self.params["app_name"]

    @property
    def machine(self) -> str:
        return self.params["machine_id"]

    @property
    def nonce(self) -> str | None:
        return self.headers.get("fly-machine-lease-nonce") or None

    def all(self, name: str) -> list[str]:
        return [v for k, v in parse_qsl(self.query_string, keep_blank_values=True) if k == name]

    def query(self, name: str) -> str | None:
        values = self.all(name)
        return values[-1] if values else None

    def flag(self, name: str) -> bool:
        value = (self.query(name) or "").lower()
        if value not in _TRUE | _FALSE:
            raise bad_request(f"invalid query parameter {name}={value!r}: expected true or false")
        return value in _TRUE

    def number(self, name: str, default: int, low: int, high: int) -> int:
        raw = self.query(name)
        if raw is None:
            return default
        if not raw.isdigit() or not low <= int(raw) <= high:
            expected = f"a whole number from {low} to {high}"
            raise bad_request(f"invalid query parameter {name}={raw!r}: expected {expected}")
        return int(raw)

    def json(self) -> JSON:
        if not self.body.strip():
            return {}
        try:
            data = json.loads(self.body)
        except ValueError as exc:
            raise bad_request(f"invalid JSON body: {exc}") from None
        if not isinstance(data, dict):
            raise bad_request("invalid JSON body: expected an object")
        return data


HANDLERS: dict[str, Callable[[Call], Reply]] = {}


def handles(operation_id: str) -> Callable[[Callable[[Call], Reply]], Callable[[Call], Reply]]:
    def register(handler: Callable[[Call], Reply]) -> Callable[[Call], Reply]:
        HANDLERS[operation_id] = handler
        return handler

    return register


# -- apps ------------------------------------------------------------------------------------
@handles("Apps_list")
def _apps_list(c: Call) -> Reply:
    org_slug = c.query("org_slug")
    if not org_slug:
        raise bad_request("org_slug is required")
    return 200, c.backend.list_apps(org_slug)


@handles("Apps_create")
def _apps_create(c: Call) -> Reply:
    return 201, c.backend.create_app(c.json())


@handles("Apps_show")
def _apps_show(c: Call) -> Reply:
    return 200, c.backend.get_app(c.app)


@handles("Apps_delete")
def _apps_delete(c: Call) -> Reply:
    c.backend.delete_app(c.app)
    return 202, None


# -- machines ----------------------------------------------------------------------------------
@handles("Machines_list")
def _machines_list(c: Call) -> Reply:
    prefix = "metadata."
    metadata = {
        k[len(prefix) :]: v
        for k, v in parse_qsl(c.query_string, keep_blank_values=True)
        if k.startswith(prefix)
    }
    states = [s for value in c.all("state") for s in value.split(",") if s]
    return 200, c.backend.list_machines(
        c.app,
        include_deleted=c.flag("include_deleted"),
        region=c.query("region") or None,
        states=states,
        metadata=metadata,
        summary=c.flag("summary"),
    )


@handles("Machines_create")
def _machines_create(c: Call) -> Reply:
    return 200, c.backend.create_machine(c.app, c.json())


@handles("Machines_show")
def _machines_show(c: Call) -> Reply:
    return 200, c.backend.get_machine(c.app, c.machine, c.flag("include_leases"))


@handles("Machines_update")
def _machines_update(c: Call) -> Reply:
    return 200, c.backend.update_machine(c.app, c.machine, c.json(), c.nonce)


@handles("Machines_delete")
def _machines_delete(c: Call) -> Reply:
    return 200, c.backend.destroy(c.app, c.machine, c.nonce, c.flag("force"))


@handles("Machines_start")
def _machines_start(c: Call) -> Reply:
    return 200, c.backend.start(c.app, c.machine, c.nonce)


@handles("Machines_stop")
def _machines_stop(c: Call) -> Reply:
    c.json()  # signal and timeout are accepted; a simulated machine stops the same way
    return 200, c.backend.stop(c.app, c.machine, c.nonce)


@handles("Machines_restart")
def _machines_restart(c: Call) -> Reply:
    # The spec declares no body for restart and suspend (unlike stop's {"ok": true}).
    c.backend.restart(c.app, c.machine, c.nonce)
    return 200, None


@handles("Machines_suspend")
def _machines_suspend(c: Call) -> Reply:
    c.backend.suspend(c.app, c.machine, c.nonce)
    return 200, None


@handles("Machines_cordon")
def _machines_cordon(c: Call) -> Reply:
    return 200, c.backend.set_cordoned(c.app, c.machine, c.nonce, True)


@handles("Machines_uncordon")
def _machines_uncordon(c: Call) -> Reply:
    return 200, c.backend.set_cordoned(c.app, c.machine, c.nonce, False)


@handles("Machines_signal")
def _machines_signal(c: Call) -> Reply:
    return 200, c.backend.signal(c.app, c.machine, c.json().get("signal"))


@handles("Machines_exec")
def _machines_exec(c: Call) -> Reply:
    body = c.json()
    command = body.get("command")
    if command is None and isinstance(body.get("cmd"), str):
        command = shlex.split(body["cmd"])  # `cmd`: the deprecated single-string form
    if not isinstance(command, list) or not command or not all(isinstance(a, str) for a in command):
        raise bad_request("invalid command: expected a non-empty list of strings")
    stdin = body.get("stdin")
    return 200, c.backend.exec(c.app, c.machine, command, stdin if isinstance(stdin, str) else None)


@handles("Machines_list_events")
def _machines_events(c: Call) -> Reply:
    limit = min(c.number("limit", 20, 1, 10_000), 50)
    return 200, c.backend.events(c.app, c.machine, limit)


@handles("Machines_list_versions")
def _machines_versions(c: Call) -> Reply:
    return 200, c.backend.versions(c.app, c.machine)


@handles("Machines_list_processes")
def _machines_ps(c: Call) -> Reply:
    order = c.query("order")
    if order not in (None, "asc", "desc"):
        raise bad_request(f"invalid query parameter order={order!r}: expected asc or desc")
    return 200, c.backend.processes(c.app, c.machine, c.query("sort_by"), order)


@handles("Machines_wait")
def _machines_wait(c: Call) -> Reply:
    states = tuple(s for value in c.all("state") for s in value.split(",") if s) or ("started",)
    for state in states:
        if state not in WAIT_STATES:
            raise bad_request(f"invalid state {state!r}: expected one of {', '.join(WAIT_STATES)}")
    timeout = c.number("timeout", 60, 1, 60)
    version = c.query("version") or c.query("instance_id")
    return 200, c.backend.wait(c.app, c.machine, states, timeout, version)


# -- leases ------------------------------------------------------------------------------------
@handles("Machines_create_lease")
def _lease_create(c: Call) -> Reply:
    return 201, c.backend.leases.acquire(c.app, c.machine, c.json(), c.nonce)


@handles("Machines_show_lease")
def _lease_show(c: Call) -> Reply:
    return 200, c.backend.leases.get(c.app, c.machine)


@handles("Machines_release_lease")
def _lease_release(c: Call) -> Reply:
    return 200, c.backend.leases.release(c.app, c.machine, c.nonce)


# -- metadata ----------------------------------------------------------------------------------
@handles("Machines_show_metadata")
def _metadata_show(c: Call) -> Reply:
    return 200, c.backend.get_metadata(c.app, c.machine)


@handles("Machines_get_metadata_key")
def _metadata_get(c: Call) -> Reply:
    return 200, c.backend.get_metadata_key(c.app, c.machine, c.params["key"])


@handles("Machines_upsert_metadata")
def _metadata_upsert(c: Call) -> Reply:
    value = c.json().get("value")
    c.backend.set_metadata_key(c.app, c.machine, c.params["key"], value)
    return 204, None


@handles("Machines_delete_metadata")
def _metadata_delete(c: Call) -> Reply:
    c.backend.delete_metadata_key(c.app, c.machine, c.params["key"])
    return 204, None


@handles("Machines_update_metadata")
@handles("Machines_update_metadata_deprecated")
def _metadata_replace(c: Call) -> Reply:
    c.backend.replace_metadata(c.app, c.machine, c.json())
    return 204, None


# -- volumes -----------------------------------------------------------------------------------
@handles("Volumes_list")
def _volumes_list(c: Call) -> Reply:
    return 200, c.backend.volumes.list_all(c.app)


@handles("Volumes_create")
def _volumes_create(c: Call) -> Reply:
    return 200, c.backend.volumes.create(c.app, c.json())


@handles("Volumes_get_by_id")
def _volumes_get(c: Call) -> Reply:
    return 200, c.backend.volumes.get(c.app, c.params["volume_id"])


@handles("Volumes_update")
def _volumes_update(c: Call) -> Reply:
    return 200, c.backend.volumes.update(c.app, c.params["volume_id"], c.json())


@handles("Volumes_extend")
def _volumes_extend(c: Call) -> Reply:
    return 200, c.backend.volumes.extend(c.app, c.params["volume_id"], c.json())


@handles("Volume_delete")
def _volumes_delete(c: Call) -> Reply:
    return 200, c.backend.volumes.destroy(c.app, c.params["volume_id"])


@handles("Volumes_list_snapshots")
def _snapshots_list(c: Call) -> Reply:
    return 200, c.backend.volumes.snapshots(c.app, c.params["volume_id"])


@handles("createVolumeSnapshot")
def _snapshots_create(c: Call) -> Reply:
    c.backend.volumes.snapshot(c.app, c.params["volume_id"])  # the spec declares no body
    return 200, None


# -- secrets -----------------------------------------------------------------------------------
@handles("Secrets_list")
def _secrets_list(c: Call) -> Reply:
    return 200, c.backend.secrets.list_all(c.app, c.flag("show_secrets"))


@handles("Secrets_update")
def _secrets_update(c: Call) -> Reply:
    return 200, c.backend.secrets.update(c.app, c.json().get("values"))


@handles("Secret_get")
def _secret_get(c: Call) -> Reply:
    return 200, c.backend.secrets.get(c.app, c.params["secret_name"], c.flag("show_secrets"))


@handles("Secret_create")
def _secret_create(c: Call) -> Reply:
    return 201, c.backend.secrets.set(c.app, c.params["secret_name"], c.json().get("value"))


@handles("Secret_delete")
def _secret_delete(c: Call) -> Reply:
    return 200, c.backend.secrets.delete(c.app, c.params["secret_name"])
