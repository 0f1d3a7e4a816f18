"""The metadata endpoints of `Machines`: a machine's map of string keys to string values.

Metadata is kept in the machine's config (`config.metadata`), but changing it neither
makes a new version nor restarts the machine, and no lease guards it.
"""

from __future__ import annotations

from collections.abc import Mapping

from fly_machines_api.api.machines import (
    machines_delete_metadata,
    machines_get_metadata_key,
    machines_show_metadata,
    machines_update_metadata,
    machines_update_metadata_deprecated,
    machines_upsert_metadata,
)

from . import _validate as check
from ._endpoint import endpoint
from ._engine import Flow
from ._namespace import Core, Retry, Timeout, send
from .errors import FlyError
from .result import Err, Ok, Result

__all__ = ["MachineMetadata"]

_METHOD_NOT_ALLOWED = 405


class MachineMetadata:
    """`Machines`' metadata functions (`Machines.get_metadata(...)`, ...)."""

    @endpoint
    def get_metadata(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[dict[str, str]]]:
        """The machine's metadata. Ok: a plain dict of key to value."""
        result = yield from send(core, machines_show_metadata, locals())
        if result.ok and hasattr(result.value, "to_dict"):
            return Ok(result.value.to_dict())
        return result

    @endpoint
    def get_metadata_value(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        key: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[str]]:
        """The value of one metadata `key` of the machine. Ok: the value, a `str`.
        Err: `not_found` (no such key, or no such machine)."""
        result = yield from send(core, machines_get_metadata_key, locals())
        if not result.ok:
            return result
        value = result.value.value
        if not isinstance(value, str):  # an answer without one: not a value to make up
            return Err(
                FlyError(
                    kind="decode",
                    code="decode_error",
                    message=f"no value for {key!r} in the answer",
                )
            )
        return Ok(value)

    @endpoint
    def set_metadata(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        key: str,
        value: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[None]]:
        """Set one metadata `key` of the machine to `value` (added, or replaced); the
        machine is not restarted. Ok: None. Err: `bad_request` (a key the API refuses)."""
        return (yield from send(core, machines_upsert_metadata, locals()))

    @endpoint
    def update_metadata(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        metadata: Mapping[str, str | None],
        machine_version: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[None]]:
        """Change several metadata keys in one request, without reading them first: each
        key of `metadata` is set to its value, or removed when the value is None; keys
        not named are left as they are. With `machine_version` (a `Machine.version`), the
        change is made only if the machine is still at that version.

        Sent as the API's PATCH; a server that answers 405 to it (one older than PATCH,
        which had only the identical PUT) gets the PUT instead. Safe to repeat.
        Ok: None. Err: `failed_precondition` (412: the machine moved past
        `machine_version`), `bad_request`."""
        arguments = {**locals(), "metadata": _changes(metadata)}
        result = yield from send(core, machines_update_metadata, arguments)
        if not result.ok and result.error.status == _METHOD_NOT_ALLOWED:
            return (yield from send(core, machines_update_metadata_deprecated, arguments))
        return result

    @endpoint
    def delete_metadata(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        key: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[None]]:
        """Remove one metadata `key` from the machine. Ok: None."""
        return (yield from send(core, machines_delete_metadata, locals()))


def _changes(metadata: Mapping[str, str | None]) -> dict[str, str]:
    """The request's map: the API removes a key whose value is empty (or null, which its
    schema does not allow), so a None becomes ""."""
    if not isinstance(metadata, Mapping) or not metadata:
        raise check.InvalidArgument("metadata must be a non-empty mapping of key to value")
    changes: dict[str, str] = {}
    for key, value in metadata.items():
        if not isinstance(key, str) or not key:
            raise check.InvalidArgument(f"metadata keys must be non-empty strings, not {key!r}")
        if value is not None and not isinstance(value, str):
            raise check.InvalidArgument(
                f"metadata[{key!r}] must be a string, or None to remove the key"
            )
        changes[key] = value or ""
    return changes
