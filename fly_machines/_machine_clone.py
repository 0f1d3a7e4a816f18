"""`Machines.clone`: a new machine with another machine's config, as `fly machine clone`.

What it copies and why (the behaviour of flyctl's internal/command/machine/clone.go,
written anew here):

- the whole config, with the image pinned to the source's exact image
  (`registry/repository:tag@digest` from its `image_ref`), so the clone runs the same
  bits even if the tag has moved since;
- into the source's region unless told otherwise;
- each mounted volume becomes a new volume of the same name, size and encryption in the
  clone's region, mounted at the same path: empty, or with `from_snapshot=True` restored
  from the source volume's latest snapshot (empty when it has none). A volume belongs to
  one region, so a machine with volumes is cloned into one region, not a list;
- it is created as `Machines.create` creates (a launch id of its own, never two machines,
  region fallback for a machine without volumes); if that fails, the volumes made for it
  are destroyed again.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from fly_machines_api.api.machines import machines_create, machines_show

from . import _validate as check
from ._creating import create_machine, regions_to_try
from ._endpoint import endpoint
from ._engine import CallOptions, Flow, FlowHost, call_flow
from ._namespace import Core, Retry, Timeout
from .errors import FlyError
from .result import Err, Result
from .volumes import Volumes

if TYPE_CHECKING:
    from fly_machines_api.models import Machine

__all__ = ["MachineClone"]


class MachineClone:
    """`Machines.clone(...)`."""

    @endpoint
    def clone(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        region: str | Sequence[str] | None = None,
        name: str | None = None,
        from_snapshot: bool = False,
        skip_launch: bool | None = None,
        min_secrets_version: int | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[Machine]]:
        """Create a new machine with the config of machine `machine_id`, running exactly
        its image (pinned by digest), in `region` (default: the source's; a list is
        tried in order as `Machines.create` does, for a machine without volumes), named
        `name` (default: a generated name). Each volume the source mounts becomes a new
        volume of the same name, size and encryption, mounted at the same path: empty,
        or with `from_snapshot=True` restored from the source volume's latest snapshot.
        `skip_launch` creates it stopped; `min_secrets_version` as for `create`. If the
        create fails, the new volumes are destroyed again.
        Ok: the new `Machine`. Err: as `Machines.get`, `Volumes.create` and
        `Machines.create` (`insufficient_capacity`: no room in any region tried)."""
        options = CallOptions(retry=retry, http_timeout=http_timeout)
        if name is not None:
            check.name("name", name)
        regions_to_try(region)  # refused now, before any volume is made for it
        source = yield from _read(core, app_name, machine_id, options)
        if not source.ok:
            return source
        config = _config_of(source.value)
        if not config:
            return Err(_no_config(source.value))
        config["image"] = _pinned_image(source.value) or config.get("image")
        mounts = config.get("mounts") or []
        target = region if region is not None else getattr(source.value, "region", None)
        if mounts and not (target is None or isinstance(target, str)):
            raise check.InvalidArgument(
                "region must be one region for a machine with volumes: its new volumes"
                " are made in that region before the machine"
            )
        made: list[str] = []
        for index, mount in enumerate(mounts):
            volume = yield from _new_volume(core, app_name, mount, target, from_snapshot, options)
            if not volume.ok:
                return (yield from _undone(core, app_name, made, volume, options))
            made.append(volume.value.id)
            mounts[index] = {**mount, "volume": volume.value.id}
        arguments = {
            "core": core,
            "app_name": app_name,
            "config": config,
            "region": target,
            "name": name,
            "skip_launch": skip_launch,
            "min_secrets_version": min_secrets_version,
            "retry": retry,
            "http_timeout": http_timeout,
        }
        created = yield from create_machine(
            core, machines_create, arguments, config=config, region=target, idempotency_key=None
        )
        if not created.ok:
            return (yield from _undone(core, app_name, made, created, options))
        return created


def _read(
    core: FlowHost, app_name: str, machine_id: str, options: CallOptions
) -> Flow[Result[Any]]:
    params = {"app_name": app_name, "machine_id": machine_id}
    return (yield from call_flow(core, machines_show, params, options))


def _config_of(machine: Any) -> dict[str, Any]:
    """A deep copy of the machine's config as plain JSON (empty when it has none)."""
    config: Any = getattr(machine, "config", None)
    plain = config.to_dict() if hasattr(config, "to_dict") else config
    return copy.deepcopy(dict(plain)) if isinstance(plain, Mapping) else {}


def _no_config(machine: Any) -> FlyError:
    status = _plain(getattr(machine, "host_status", None))
    return FlyError(
        kind="decode",
        code="decode_error",
        message=(
            f"machine {getattr(machine, 'id', '?')} shows no config to copy"
            f" (host_status: {status}); try again once its host is reachable"
        ),
    )


def _pinned_image(machine: Any) -> str | None:
    """`registry/repository[:tag]@digest` from the machine's `image_ref`, as fly-go's
    `Machine.FullImageRef` spells it; None when the digest is not known."""
    ref = _plain(getattr(machine, "image_ref", None))
    if not isinstance(ref, Mapping):
        return None
    registry, repository = ref.get("registry"), ref.get("repository")
    tag, digest = ref.get("tag"), ref.get("digest")
    if not (registry and repository and digest):
        return None
    return f"{registry}/{repository}" + (f":{tag}" if tag else "") + f"@{digest}"


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return getattr(value, "value", value)  # an enum member as its text


def _new_volume(
    core: FlowHost,
    app_name: str,
    mount: Mapping[str, Any],
    region: str | Sequence[str] | None,
    from_snapshot: bool,
    options: CallOptions,
) -> Flow[Result[Any]]:
    """A new volume like the one `mount` attaches, in `region`."""
    source_id = mount.get("volume")
    if not isinstance(source_id, str) or not source_id:
        return Err(
            FlyError(
                kind="decode",
                code="decode_error",
                message=f"the mount at {mount.get('path')!r} names no volume to copy",
            )
        )
    retry, http_timeout = options.retry, options.http_timeout
    source = yield from Volumes.get.flow(
        core, app_name=app_name, volume_id=source_id, retry=retry, http_timeout=http_timeout
    )
    if not source.ok:
        return source
    snapshot_id = None
    if from_snapshot:
        listed = yield from Volumes.list_snapshots.flow(
            core, app_name=app_name, volume_id=source_id, retry=retry, http_timeout=http_timeout
        )
        if not listed.ok:
            return listed
        if listed.value:
            latest = max(listed.value, key=lambda snap: str(getattr(snap, "created_at", "")))
            snapshot_id = getattr(latest, "id", None)
    volume = source.value
    encrypted = getattr(volume, "encrypted", None)
    return (
        yield from Volumes.create.flow(
            core,
            app_name=app_name,
            name=str(getattr(volume, "name", None) or mount.get("name")),
            region=region if isinstance(region, str) else str(getattr(volume, "region", "")),
            size_gb=getattr(volume, "size_gb", None) or mount.get("size_gb") or 1,
            encrypted=encrypted if isinstance(encrypted, bool) else None,
            snapshot_id=snapshot_id,
            retry=retry,
            http_timeout=http_timeout,
        )
    )


def _undone(
    core: FlowHost,
    app_name: str,
    volume_ids: list[str],
    failed: Result[Any],
    options: CallOptions,
) -> Flow[Result[Any]]:
    """`failed`, after destroying the volumes made for the clone; a volume that cannot be
    destroyed (a machine made after all holds it) is named in the error."""
    assert isinstance(failed, Err)
    kept = []
    for volume_id in volume_ids:
        destroyed = yield from Volumes.destroy.flow(
            core,
            app_name=app_name,
            volume_id=volume_id,
            retry=options.retry,
            http_timeout=options.http_timeout,
        )
        if not destroyed.ok:
            kept.append(volume_id)
    if volume_ids:
        failed.error.message += (
            f" (the clone's new volumes {', '.join(kept)} could not be destroyed)"
            if kept
            else f" (the clone's new volumes were destroyed: {', '.join(volume_ids)})"
        )
    return failed
