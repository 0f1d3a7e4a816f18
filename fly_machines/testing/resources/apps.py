"""Apps: the simulator's top-level resource, holding each app's machines and, by type,
the state other resources keep per app (`App.part`). App names are global."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from .._container import Resource
from .._http import Call, Reply
from .._primitives import JSON, Moment, bad_request, error, locked, mutating
from .lifecycle import Machine
from .volumes import AppVolumes

_APP_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
PartT = TypeVar("PartT")


@dataclass
class App:
    name: str
    id: str
    org_slug: str
    network: str
    created: Moment
    idempotency_key: str | None = None
    machines: dict[str, Machine] = field(default_factory=dict)
    _parts: dict[type[Any], Any] = field(default_factory=dict, repr=False)

    def part(self, kind: type[PartT]) -> PartT:
        """This app's state of one resource, made empty on first use (`kind()`); it goes
        with the app when the app is deleted."""
        if kind not in self._parts:
            self._parts[kind] = kind()
        return cast(PartT, self._parts[kind])

    def to_json(self) -> JSON:
        machines = sum(1 for m in self.machines.values() if not m.gone)
        return {
            "id": self.id,
            "name": self.name,
            "machine_count": machines,
            "volume_count": len(self.part(AppVolumes)),
            "network": self.network,
            "organization": {"name": self.org_slug, "slug": self.org_slug},
            "status": "deployed" if machines else "pending",
        }


class AppResource(Resource):
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
                return _created(existing)
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
        return _created(app)

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


def _created(app: App) -> JSON:
    return {"id": app.id, "created_at": int(app.created.wall * 1000)}


# -- HTTP ---------------------------------------------------------------------------------------
def _list(c: Call) -> Reply:
    org_slug = c.query("org_slug")
    if not org_slug:
        raise bad_request("org_slug is required")
    return 200, c.backend.list_apps(org_slug)


def _create(c: Call) -> Reply:
    return 201, c.backend.create_app(c.json())


def _show(c: Call) -> Reply:
    return 200, c.backend.get_app(c.app)


def _delete(c: Call) -> Reply:
    c.backend.delete_app(c.app)
    return 202, None


AppResource.handlers = {
    "Apps_list": _list,
    "Apps_create": _create,
    "Apps_show": _show,
    "Apps_delete": _delete,
}
