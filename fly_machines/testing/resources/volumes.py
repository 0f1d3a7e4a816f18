"""Volumes and their snapshots, and how a machine's `config.mounts` attach them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .._container import Part, Resource
from .._http import Call, Reply
from .._primitives import (
    JSON,
    IdFactory,
    Moment,
    bad_request,
    locked,
    mutating,
    not_found,
    precondition,
    rfc3339,
)
from .inputs import check_name

_BLOCK_SIZE = 4096
_GIB = 1024**3


@dataclass
class Volume:
    id: str
    name: str
    region: str
    zone: str
    size_gb: int
    encrypted: bool
    fstype: str
    created: Moment
    auto_backup_enabled: bool = True
    snapshot_retention: int = 5
    attached_machine_id: str | None = None
    state: str = "created"
    snapshots: list[JSON] = field(default_factory=list)
    updated: Moment | None = None  # the last update or extension

    def to_json(self) -> JSON:
        blocks = self.size_gb * _GIB // _BLOCK_SIZE
        body: JSON = {
            "id": self.id,
            "name": self.name,
            "state": self.state,
            "region": self.region,
            "zone": self.zone,
            "size_gb": self.size_gb,
            "encrypted": self.encrypted,
            "fstype": self.fstype,
            "created_at": rfc3339(self.created.wall),
            "auto_backup_enabled": self.auto_backup_enabled,
            "snapshot_retention": self.snapshot_retention,
            "host_status": "ok",
            "block_size": _BLOCK_SIZE,
            "blocks": blocks,
            "blocks_free": blocks,
            "blocks_avail": blocks,
            "bytes_total": self.size_gb * _GIB,
            "bytes_used": 0,
        }
        if self.attached_machine_id is not None:
            body["attached_machine_id"] = self.attached_machine_id
            body["attached_alloc_id"] = self.attached_machine_id
        return body


class AppVolumes(dict[str, Volume]):
    """An app's volumes by id (`app.part(AppVolumes)`)."""


MAX_SIZE_GB = 500  # Fly's largest volume
MAX_SNAPSHOT_RETENTION = 60


def _int_field(
    body: dict[str, Any], name: str, default: int, minimum: int, maximum: int = MAX_SIZE_GB
) -> int:
    value = body.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:40] + "..."
        raise bad_request(
            f"invalid {name}: expected a whole number from {minimum} to {maximum}, got {shown}"
        )
    return value


def _bool_field(body: dict[str, Any], name: str, default: bool) -> bool:
    value = body.get(name, default)
    if not isinstance(value, bool):
        raise bad_request(f"invalid {name}: expected true or false, got {value!r}")
    return value


def new_volume(body: dict[str, Any], now: Moment, ids: IdFactory, default_region: str) -> Volume:
    name = body.get("name")
    if not isinstance(name, str) or not name:
        raise bad_request("invalid name: a volume needs a name")
    check_name(name, "name")
    region = body.get("region") or default_region
    if not isinstance(region, str):
        raise bad_request(f"invalid region: {region!r}")
    return Volume(
        id=ids.short("vol_"),
        name=name,
        region=region,
        zone=ids.nonce()[:4],
        size_gb=_int_field(body, "size_gb", 1, 1),
        encrypted=_bool_field(body, "encrypted", True),
        fstype=str(body.get("fstype") or "ext4"),
        created=now,
        auto_backup_enabled=_bool_field(body, "auto_backup_enabled", True),
        snapshot_retention=_int_field(body, "snapshot_retention", 5, 1, MAX_SNAPSHOT_RETENTION),
    )


def update_volume(volume: Volume, body: dict[str, Any]) -> None:
    volume.auto_backup_enabled = _bool_field(
        body, "auto_backup_enabled", volume.auto_backup_enabled
    )
    volume.snapshot_retention = _int_field(
        body, "snapshot_retention", volume.snapshot_retention, 1, MAX_SNAPSHOT_RETENTION
    )


def extend_volume(volume: Volume, body: dict[str, Any]) -> None:
    size = _int_field(body, "size_gb", 0, 1)
    if size <= volume.size_gb:
        raise bad_request(
            f"invalid size_gb: {size} is not larger than the current {volume.size_gb}"
        )
    volume.size_gb = size


def snapshot(volume: Volume, now: Moment, ids: IdFactory) -> JSON:
    snap: JSON = {
        "id": ids.short("vs_"),
        "created_at": rfc3339(now.wall),
        "digest": ids.nonce() + ids.nonce(),
        "retention_days": volume.snapshot_retention,
        "size": 0,
        "status": "created",
        "volume_size": volume.size_gb * _GIB,
    }
    volume.snapshots.append(snap)
    return snap


def attach_mounts(volumes: AppVolumes, machine_id: str, config: JSON) -> None:
    """Attach the volumes `config["mounts"]` names to the machine and detach the ones it no
    longer mounts. A mount names its volume by id (`volume`) or, failing that, by `name`
    (then the first volume of that name that is free). Validates everything before changing
    anything, and writes the chosen volume id into each mount, as the live API does."""
    mounts = config.get("mounts") or []
    if not isinstance(mounts, list):
        raise bad_request("invalid config.mounts: expected a list")
    chosen: list[Volume] = []
    for mount in mounts:
        if not isinstance(mount, dict):
            raise bad_request("invalid config.mounts: each mount must be an object")
        volume = _find_mount_volume(volumes, machine_id, mount, chosen)
        if volume.attached_machine_id not in (None, machine_id):
            raise precondition(
                f"volume {volume.id} is already attached to machine {volume.attached_machine_id}"
            )
        chosen.append(volume)
    detach_all(volumes, machine_id)
    for mount, volume in zip(mounts, chosen, strict=True):
        volume.attached_machine_id = machine_id
        mount["volume"] = volume.id
        mount.setdefault("name", volume.name)


def _find_mount_volume(
    volumes: AppVolumes, machine_id: str, mount: dict[str, Any], taken: list[Volume]
) -> Volume:
    volume_id = mount.get("volume")
    if volume_id:
        volume = volumes.get(str(volume_id))
        if volume is None:
            raise not_found(f"volume {volume_id} not found")
        return volume
    name = mount.get("name")
    for volume in volumes.values():
        free = volume.attached_machine_id in (None, machine_id)
        if volume.name == name and free and volume not in taken:
            return volume
    raise not_found(f"no free volume named {name!r}")


def detach_all(volumes: AppVolumes, machine_id: str) -> None:
    for volume in volumes.values():
        if volume.attached_machine_id == machine_id:
            volume.attached_machine_id = None


class VolumeRules(Part):
    """`backend.volumes`."""

    def _volumes(self, app_name: str) -> AppVolumes:
        return self._backend.app(app_name).part(AppVolumes)

    def _volume(self, app_name: str, volume_id: str) -> Volume:
        volume = self._volumes(app_name).get(volume_id)
        if volume is None:
            raise not_found(f"volume {volume_id!r} not found in app {app_name!r}")
        return volume

    @locked
    def list_all(self, app_name: str) -> list[JSON]:
        return [v.to_json() for v in self._volumes(app_name).values()]

    @mutating
    def create(self, app_name: str, body: JSON) -> JSON:
        backend = self._backend
        volumes = self._volumes(app_name)
        volume = new_volume(body, backend.now(), backend.ids, backend.default_region)
        volumes[volume.id] = volume
        return volume.to_json()

    @locked
    def get(self, app_name: str, volume_id: str) -> JSON:
        return self._volume(app_name, volume_id).to_json()

    @mutating
    def update(self, app_name: str, volume_id: str, body: JSON) -> JSON:
        volume = self._volume(app_name, volume_id)
        update_volume(volume, body)
        volume.updated = self._backend.now()
        return volume.to_json()

    @mutating
    def extend(self, app_name: str, volume_id: str, body: JSON) -> JSON:
        volume = self._volume(app_name, volume_id)
        extend_volume(volume, body)
        volume.updated = self._backend.now()
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
        del self._volumes(app_name)[volume_id]
        volume.state = "destroyed"
        return volume.to_json()

    @locked
    def snapshots(self, app_name: str, volume_id: str) -> list[JSON]:
        return list(self._volume(app_name, volume_id).snapshots)

    @mutating
    def snapshot(self, app_name: str, volume_id: str) -> JSON:
        volume = self._volume(app_name, volume_id)
        return snapshot(volume, self._backend.now(), self._backend.ids)


class VolumeResource(Resource):
    @property
    def volumes(self) -> VolumeRules:
        return VolumeRules(self)


# -- HTTP ---------------------------------------------------------------------------------------
def _list(c: Call) -> Reply:
    return 200, c.backend.volumes.list_all(c.app)


def _create(c: Call) -> Reply:
    return 200, c.backend.volumes.create(c.app, c.json())


def _get(c: Call) -> Reply:
    return 200, c.backend.volumes.get(c.app, c.params["volume_id"])


def _update(c: Call) -> Reply:
    return 200, c.backend.volumes.update(c.app, c.params["volume_id"], c.json())


def _extend(c: Call) -> Reply:
    return 200, c.backend.volumes.extend(c.app, c.params["volume_id"], c.json())


def _destroy(c: Call) -> Reply:
    return 200, c.backend.volumes.destroy(c.app, c.params["volume_id"])


def _list_snapshots(c: Call) -> Reply:
    return 200, c.backend.volumes.snapshots(c.app, c.params["volume_id"])


def _snapshot(c: Call) -> Reply:
    c.backend.volumes.snapshot(c.app, c.params["volume_id"])  # the spec declares no body
    return 200, None


VolumeResource.handlers = {
    "Volumes_list": _list,
    "Volumes_create": _create,
    "Volumes_get_by_id": _get,
    "Volumes_update": _update,
    "Volumes_extend": _extend,
    "Volume_delete": _destroy,
    "Volumes_list_snapshots": _list_snapshots,
    "createVolumeSnapshot": _snapshot,
}
