"""`Machines.merge_config`: change part of a machine's config without sending all of it.

The API's update replaces the whole config, so changing one value means reading the
config, changing it and writing it back, and someone else may write in between. This
does that with the API's optimistic guard: the update carries `current_version`, the
version the config was read at, so it changes nothing if the machine moved on meanwhile
(409); then it reads again and merges again, a bounded number of times.

It is a function of its own rather than `update(..., merge=True)`: it takes a partial
config, reads before it writes, may send several updates and none at all (when the
merge changes nothing), and manages `current_version` itself, where `update` sends the
one request it is given.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from fly_machines_api.api.machines import machines_show, machines_update

from . import _validate as check
from ._endpoint import endpoint
from ._engine import CallOptions, Flow, FlowHost, call_flow
from ._namespace import Core, Retry, Timeout, send
from .errors import FlyError
from .result import Err, Ok, Result

if TYPE_CHECKING:
    from fly_machines_api.models import Machine

__all__ = ["MachineConfigMerge", "merged"]

_CONFLICT = 409


def merged(current: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """`current` with `changes` merged in, both left as they were: a mapping in `changes`
    merges into the mapping under the same key (recursively), None removes the key, and
    anything else (a list, a string, a number, a mapping where there was none) replaces
    the value whole."""
    result = copy.deepcopy(dict(current))
    for key, change in changes.items():
        if change is None:
            result.pop(key, None)
        elif isinstance(change, Mapping) and isinstance(result.get(key), Mapping):
            result[key] = merged(result[key], change)
        elif isinstance(change, Mapping):
            result[key] = merged({}, change)  # a new mapping: its None values mean absent
        else:
            result[key] = copy.deepcopy(change)
    return result


class MachineConfigMerge:
    """`Machines.merge_config(...)`."""

    @endpoint
    def merge_config(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        config: Mapping[str, Any],
        attempts: int = 3,
        skip_launch: bool | None = None,
        min_secrets_version: int | None = None,
        nonce: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[Machine]]:
        """Merge the partial `config` into the machine's config and update it: a mapping
        merges into the mapping under its key (`{"env": {"LOG_LEVEL": "debug"}}` sets one
        variable and keeps the others), None removes a key, and a list or a plain value
        replaces what was there (`services`, `mounts`, `image`). The update is guarded by
        the version the config was read at; when the machine changed meanwhile (409), it
        is read and merged again, up to `attempts` updates in all. A merge that changes
        nothing sends no update (the machine is not restarted). `skip_launch`,
        `min_secrets_version` and `nonce` (your lease's) are passed to each update.
        Ok: the `Machine` as the update left it (or as it is, when nothing changed).
        Err: `conflict` (409: still changing after `attempts` tries), as `Machines.get`
        and `Machines.update`."""
        if not isinstance(config, Mapping) or not all(isinstance(k, str) for k in config):
            raise check.InvalidArgument("config must be a mapping with string keys")
        check.whole("attempts", attempts)
        options = CallOptions(retry=retry, http_timeout=http_timeout)
        refused: Err | None = None
        sent_at: str | None = None
        for _ in range(attempts):
            current = yield from _read(core, app_name, machine_id, options)
            if not current.ok:
                return current
            machine = current.value
            version = _version_of(machine)
            if refused is not None and version == sent_at:
                return refused  # a 409 that was not about the version: not ours to retry
            before = _config_of(machine)
            after = merged(before, config)
            if after == before:
                return Ok(machine)
            arguments = {
                "core": core,
                "app_name": app_name,
                "machine_id": machine_id,
                "config": after,
                "current_version": version,
                "skip_launch": skip_launch,
                "min_secrets_version": min_secrets_version,
                "nonce": nonce,
                "retry": retry,
                "http_timeout": http_timeout,
            }
            updated = yield from send(core, machines_update, arguments)
            if not isinstance(updated, Err) or not _may_be_the_version(updated.error):
                return updated
            refused, sent_at = updated, version
        assert refused is not None
        refused.error.message += f" (the machine kept changing: {attempts} updates tried)"
        return refused


def _read(
    core: FlowHost, app_name: str, machine_id: str, options: CallOptions
) -> Flow[Result[Any]]:
    params = {"app_name": app_name, "machine_id": machine_id}
    return (yield from call_flow(core, machines_show, params, options))


def _version_of(machine: Any) -> str | None:
    for field in ("version", "instance_id"):  # the spec's name for it, then the older one
        value = getattr(machine, field, None)
        if isinstance(value, str) and value:
            return value
    return None


def _config_of(machine: Any) -> dict[str, Any]:
    config: Any = getattr(machine, "config", None)
    plain = config.to_dict() if hasattr(config, "to_dict") else config
    return dict(plain) if isinstance(plain, Mapping) else {}


def _may_be_the_version(error: FlyError) -> bool:
    """A 409 that may say the version moved on (a lease held by someone else is a 409 too,
    and reading again would not change it)."""
    return error.status == _CONFLICT and error.code != "lease_conflict"
