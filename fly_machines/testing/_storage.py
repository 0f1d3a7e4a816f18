"""An app's volumes and secrets, as the backend's `volumes` and `secrets` parts.

They share the backend's lock; the rules themselves are in `_volumes` and `_secrets`.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from . import _volumes
from ._primitives import JSON, locked, mutating, not_found, precondition
from ._volumes import Volume

if TYPE_CHECKING:
    from ._backend import Backend


class _Part:
    def __init__(self, backend: Backend) -> None:
        self._backend = backend

    @property
    def condition(self) -> threading.Condition:
        return self._backend.condition


class Volumes(_Part):
    def _volume(self, app_name: str, volume_id: str) -> Volume:
        volume = self._backend.app(app_name).volumes.get(volume_id)
        if volume is None:
            raise not_found(f"volume {volume_id!r} not found in app {app_name!r}")
        return volume

    @locked
    def list_all(self, app_name: str) -> list[JSON]:
        return [v.to_json() for v in self._backend.app(app_name).volumes.values()]

    @mutating
    def create(self, app_name: str, body: JSON) -> JSON:
        backend = self._backend
        app = backend.app(app_name)
        volume = _volumes.new_volume(body, backend.now(), backend.ids, backend.default_region)
        app.volumes[volume.id] = volume
        return volume.to_json()

    @locked
    def get(self, app_name: str, volume_id: str) -> JSON:
        return self._volume(app_name, volume_id).to_json()

    @mutating
    def update(self, app_name: str, volume_id: str, body: JSON) -> JSON:
        volume = self._volume(app_name, volume_id)
        _volumes.update_volume(volume, body)
        return volume.to_json()

    @mutating
    def extend(self, app_name: str, volume_id: str, body: JSON) -> JSON:
        volume = self._volume(app_name, volume_id)
        _volumes.extend_volume(volume, body)
        attached = volume.attached_machine_id
        machine = self._backend.app(app_name).machines.get(attached) if attached else None
        return {"needs_restart": bool(machine and machine.running), "volume": volume.to_json()}

    @mutating
    def destroy(self, app_name: str, volume_id: str) -> JSON:
        volume = self._volume(app_name, volume_id)
        if volume.attached_machine_id is not None:
            raise precondition(
                f"volume {volume_id} is attached to machine {volume.attached_machine_id}"
            )
        del self._backend.app(app_name).volumes[volume_id]
        volume.state = "destroyed"
        return volume.to_json()

    @locked
    def snapshots(self, app_name: str, volume_id: str) -> list[JSON]:
        return list(self._volume(app_name, volume_id).snapshots)

    @mutating
    def snapshot(self, app_name: str, volume_id: str) -> JSON:
        volume = self._volume(app_name, volume_id)
        return _volumes.snapshot(volume, self._backend.now(), self._backend.ids)


class Secrets(_Part):
    @locked
    def list_all(self, app_name: str, show_values: bool) -> JSON:
        return self._backend.app(app_name).secrets.list(show_values)

    @locked
    def get(self, app_name: str, name: str, show_value: bool) -> JSON:
        return self._backend.app(app_name).secrets.get(name, show_value)

    @mutating
    def set(self, app_name: str, name: str, value: object) -> JSON:
        return self._backend.app(app_name).secrets.set(name, value, self._backend.now())

    @mutating
    def update(self, app_name: str, values: object) -> JSON:
        return self._backend.app(app_name).secrets.update(values, self._backend.now())

    @mutating
    def delete(self, app_name: str, name: str) -> JSON:
        return self._backend.app(app_name).secrets.delete(name)
