"""`Machines`: ReqFly's keyword API for machines, on top of the generated client.

Every function takes the client first and keywords after, returns `Ok(value)` or
`Err(FlyError)` (an awaitable of it with an `AsyncClient`), and also accepts:
`retry=` (False, True or a `RetryPolicy`) and `http_timeout=` (seconds or an
`httpx.Timeout`) for that call, and `nonce=` where the API honours the lease nonce.
"""

from __future__ import annotations

import builtins
import shlex
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import httpx
from fly_machines_api.api.machines import (
    machines_cordon,
    machines_create,
    machines_create_lease,
    machines_delete,
    machines_delete_metadata,
    machines_exec,
    machines_list,
    machines_list_events,
    machines_list_processes,
    machines_list_versions,
    machines_release_lease,
    machines_restart,
    machines_show,
    machines_show_lease,
    machines_show_metadata,
    machines_signal,
    machines_start,
    machines_stop,
    machines_suspend,
    machines_uncordon,
    machines_update,
    machines_upsert_metadata,
)
from fly_machines_api.models import (
    CreateLeaseRequest,
    CreateMachineRequest,
    Flydv1ExecResponse,
    FlyMachineConfig,
    LeaseEnvelope,
    Machine,
    MachineEvent,
    MachineExecRequest,
    MachinesRestartSignal,
    MachineStartResponse,
    MachineVersion,
    OkResponse,
    ProcessStat,
    SignalRequest,
    StopRequest,
    UpdateMachineRequest,
    UpsertMetadataKeyRequest,
    WaitMachineResponse,
)

from . import _validate as check
from ._client import ClientCore
from ._creating import create_with_recovery
from ._endpoint import endpoint
from ._engine import CallOptions, Flow, call_flow
from ._waiting import wait_flow
from .lease import Lease
from .result import Ok, Result
from .retry import RetryPolicy

__all__ = ["Machines"]

Core = ClientCore[Any]
Retry = RetryPolicy | bool | None
Timeout = float | httpx.Timeout | None


class Machines:
    """Namespace of machine operations: `Machines.get(client, app_name=..., machine_id=...)`."""

    def __init__(self) -> None:
        raise TypeError("Machines is a namespace of functions; call Machines.get(client, ...)")

    @endpoint
    def list(
        core: Core,
        *,
        app_name: str,
        include_deleted: bool | None = None,
        include_leases: bool | None = None,
        region: str | None = None,
        state: str | Iterable[str] | None = None,
        summary: bool | None = None,
        metadata: Mapping[str, str] | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[builtins.list[Machine]]]:
        """The app's machines; `state` and `metadata` filter them."""
        check.name("app_name", app_name)
        if state is not None and not isinstance(state, str):
            state = ",".join(state)
        query = {f"metadata.{key}": value for key, value in (metadata or {}).items()}
        params = {
            "app_name": app_name,
            "include_deleted": include_deleted,
            "include_leases": include_leases,
            "region": region,
            "state": state,
            "summary": summary,
            "cursor": cursor,
            "limit": limit,
        }
        options = CallOptions(retry=retry, http_timeout=http_timeout)
        return (yield from call_flow(core, machines_list, params, options, query=query))

    @endpoint
    def get(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        version: str | None = None,
        include_leases: bool | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[Machine]]:
        params = {
            "app_name": check.name("app_name", app_name),
            "machine_id": check.name("machine_id", machine_id),
            "version": version,
            "include_leases": include_leases,
        }
        options = CallOptions(retry=retry, http_timeout=http_timeout)
        return (yield from call_flow(core, machines_show, params, options))

    @endpoint
    def create(
        core: Core,
        *,
        app_name: str,
        config: Mapping[str, Any] | FlyMachineConfig,
        region: str | None = None,
        name: str | None = None,
        skip_launch: bool | None = None,
        skip_service_registration: bool | None = None,
        skip_secrets: bool | None = None,
        lease_ttl: int | None = None,
        min_secrets_version: int | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[Machine]]:
        """Create a machine. It is sent once: a failure after the request may have reached
        the API is not retried, unless `name` is given, in which case the client first
        looks for a machine of that name and returns it instead of creating a second."""
        check.name("app_name", app_name)
        if name is not None:
            check.name("name", name)
        request = {
            "config": check.body("config", config, FlyMachineConfig),
            "region": region,
            "name": name,
            "skip_launch": skip_launch,
            "skip_service_registration": skip_service_registration,
            "skip_secrets": skip_secrets,
            "lease_ttl": lease_ttl,
            "min_secrets_version": min_secrets_version,
        }
        body = check.model_from(
            "config", CreateMachineRequest, {k: v for k, v in request.items() if v is not None}
        )
        params = {"app_name": app_name, "body": body}
        options = CallOptions(retry=retry, http_timeout=http_timeout)
        return (yield from create_with_recovery(core, machines_create, params, options, name))

    @endpoint
    def update(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        config: Mapping[str, Any] | FlyMachineConfig,
        current_version: str | None = None,
        region: str | None = None,
        name: str | None = None,
        skip_launch: bool | None = None,
        skip_service_registration: bool | None = None,
        skip_secrets: bool | None = None,
        lease_ttl: int | None = None,
        min_secrets_version: int | None = None,
        nonce: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[Machine]]:
        """Replace the machine's whole config; `current_version` guards against races."""
        request = {
            "config": check.body("config", config, FlyMachineConfig),
            "current_version": current_version,
            "region": region,
            "name": name,
            "skip_launch": skip_launch,
            "skip_service_registration": skip_service_registration,
            "skip_secrets": skip_secrets,
            "lease_ttl": lease_ttl,
            "min_secrets_version": min_secrets_version,
        }
        params = {
            "app_name": check.name("app_name", app_name),
            "machine_id": check.name("machine_id", machine_id),
            "body": check.model_from(
                "config", UpdateMachineRequest, {k: v for k, v in request.items() if v is not None}
            ),
        }
        options = CallOptions(nonce=nonce, retry=retry, http_timeout=http_timeout)
        return (yield from call_flow(core, machines_update, params, options))

    @endpoint
    def destroy(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        force: bool | None = None,
        nonce: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[OkResponse]]:
        """Destroy a stopped or suspended machine; `force=True` kills a running one."""
        return (
            yield from _machine_call(
                core,
                machines_delete,
                app_name,
                machine_id,
                {"force": force},
                nonce,
                retry,
                http_timeout,
            )
        )

    @endpoint
    def start(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        nonce: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[MachineStartResponse]]:
        return (
            yield from _machine_call(
                core, machines_start, app_name, machine_id, {}, nonce, retry, http_timeout
            )
        )

    @endpoint
    def stop(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        signal: str | int | None = None,
        timeout: float | str | None = None,
        nonce: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[OkResponse]]:
        """Stop the machine; `signal` and `timeout` (seconds or "10s") say how."""
        request = {
            "signal": None
            if signal is None
            else check.signal_name("signal", signal, check.STOP_SIGNALS),
            "timeout": check.duration("timeout", timeout),
        }
        fields = {k: v for k, v in request.items() if v is not None}
        extra = {"body": StopRequest.from_dict(fields)} if fields else {}
        return (
            yield from _machine_call(
                core, machines_stop, app_name, machine_id, extra, nonce, retry, http_timeout
            )
        )

    @endpoint
    def restart(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        signal: str | int | None = None,
        timeout: float | str | None = None,
        nonce: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[Any]]:
        extra = {
            "signal": None
            if signal is None
            else MachinesRestartSignal(check.signal_name("signal", signal, check.STOP_SIGNALS)),
            "timeout": check.duration("timeout", timeout),
        }
        return (
            yield from _machine_call(
                core, machines_restart, app_name, machine_id, extra, nonce, retry, http_timeout
            )
        )

    @endpoint
    def signal(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        signal: str | int,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[OkResponse]]:
        """Send a signal to the machine's main process."""
        body = SignalRequest.from_dict({"signal": check.signal_name("signal", signal)})
        return (
            yield from _machine_call(
                core,
                machines_signal,
                app_name,
                machine_id,
                {"body": body},
                None,
                retry,
                http_timeout,
            )
        )

    @endpoint
    def wait(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        instance_id: str | None = None,
        state: str | Sequence[str] | None = None,
        timeout: float | None = None,
        version: str | None = None,
        from_event_id: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[WaitMachineResponse]]:
        """Wait until the machine reaches `state` (default "started"; several allowed),
        for up to `timeout` seconds (default 60; any length: long waits are split into
        server-side waits of at most 60 s)."""
        return (
            yield from wait_flow(
                core,
                app_name=check.name("app_name", app_name),
                machine_id=check.name("machine_id", machine_id),
                states=check.states("state", state) or ["started"],
                timeout=check.positive("timeout", timeout),
                instance_id=instance_id,
                version=version,
                from_event_id=from_event_id,
                options=CallOptions(retry=retry, http_timeout=http_timeout),
            )
        )

    @endpoint
    def suspend(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        nonce: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[Any]]:
        return (
            yield from _machine_call(
                core, machines_suspend, app_name, machine_id, {}, nonce, retry, http_timeout
            )
        )

    @endpoint
    def cordon(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        nonce: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[OkResponse]]:
        """Take the machine out of the proxy's load balancing."""
        return (
            yield from _machine_call(
                core, machines_cordon, app_name, machine_id, {}, nonce, retry, http_timeout
            )
        )

    @endpoint
    def uncordon(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        nonce: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[OkResponse]]:
        return (
            yield from _machine_call(
                core, machines_uncordon, app_name, machine_id, {}, nonce, retry, http_timeout
            )
        )

    @endpoint
    def exec(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        command: str | Sequence[str],
        timeout: int | None = None,
        stdin: str | None = None,
        container: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[Flydv1ExecResponse]]:
        """Run a command in the machine; a failing command is still `Ok` (see exit_code)."""
        argv = shlex.split(command) if isinstance(command, str) else list(command)
        if not argv or not all(isinstance(arg, str) for arg in argv):
            raise check.InvalidArgument("command must be a non-empty string or list of strings")
        check.positive("timeout", timeout)
        request = {"command": argv, "timeout": timeout, "stdin": stdin, "container": container}
        body = MachineExecRequest.from_dict({k: v for k, v in request.items() if v is not None})
        return (
            yield from _machine_call(
                core, machines_exec, app_name, machine_id, {"body": body}, None, retry, http_timeout
            )
        )

    # -- leases --------------------------------------------------------------------------

    #: `with Machines.lease(client, app_name=..., machine_id=..., ttl=30) as lease:`
    #: (see fly_machines.lease.Lease); `async with` for an AsyncClient.
    lease = Lease

    @endpoint
    def acquire_lease(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        ttl: int | None = None,
        description: str | None = None,
        nonce: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[LeaseEnvelope]]:
        """Take the machine's lease for `ttl` seconds; with `nonce=`, refresh a lease you
        hold. The value is the API's envelope: `.data.nonce`, `.data.expires_at`."""
        check.positive("ttl", ttl)
        fields = {"ttl": ttl, "description": description}
        body = CreateLeaseRequest.from_dict({k: v for k, v in fields.items() if v is not None})
        return (
            yield from _machine_call(
                core,
                machines_create_lease,
                app_name,
                machine_id,
                {"body": body},
                nonce,
                retry,
                http_timeout,
            )
        )

    @endpoint
    def get_lease(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[LeaseEnvelope]]:
        return (
            yield from _machine_call(
                core, machines_show_lease, app_name, machine_id, {}, None, retry, http_timeout
            )
        )

    @endpoint
    def release_lease(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        nonce: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[Any]]:
        check.name("nonce", nonce)
        return (
            yield from _machine_call(
                core, machines_release_lease, app_name, machine_id, {}, nonce, retry, http_timeout
            )
        )

    # -- metadata, events, versions, processes ------------------------------------------

    @endpoint
    def get_metadata(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[dict[str, str]]]:
        """The machine's metadata as a plain dict."""
        result = yield from _machine_call(
            core, machines_show_metadata, app_name, machine_id, {}, None, retry, http_timeout
        )
        if result.ok and hasattr(result.value, "to_dict"):
            return Ok(result.value.to_dict())
        return result

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
        extra = {
            "key": check.name("key", key),
            "body": UpsertMetadataKeyRequest.from_dict({"value": value}),
        }
        return (
            yield from _machine_call(
                core,
                machines_upsert_metadata,
                app_name,
                machine_id,
                extra,
                None,
                retry,
                http_timeout,
            )
        )

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
        return (
            yield from _machine_call(
                core,
                machines_delete_metadata,
                app_name,
                machine_id,
                {"key": check.name("key", key)},
                None,
                retry,
                http_timeout,
            )
        )

    @endpoint
    def list_events(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        limit: int | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[builtins.list[MachineEvent]]]:
        return (
            yield from _machine_call(
                core,
                machines_list_events,
                app_name,
                machine_id,
                {"limit": limit},
                None,
                retry,
                http_timeout,
            )
        )

    @endpoint
    def list_versions(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[builtins.list[MachineVersion]]]:
        return (
            yield from _machine_call(
                core, machines_list_versions, app_name, machine_id, {}, None, retry, http_timeout
            )
        )

    @endpoint
    def list_processes(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        sort_by: str | None = None,
        order: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[builtins.list[ProcessStat]]]:
        return (
            yield from _machine_call(
                core,
                machines_list_processes,
                app_name,
                machine_id,
                {"sort_by": sort_by, "order": order},
                None,
                retry,
                http_timeout,
            )
        )


def _machine_call(
    core: Core,
    module: Any,
    app_name: str,
    machine_id: str,
    extra: Mapping[str, Any],
    nonce: str | None,
    retry: Retry,
    http_timeout: Timeout,
) -> Flow[Result[Any]]:
    """The common shape of an operation on one machine."""
    params = {
        "app_name": check.name("app_name", app_name),
        "machine_id": check.name("machine_id", machine_id),
        **extra,
    }
    options = CallOptions(nonce=nonce, retry=retry, http_timeout=http_timeout)
    result = yield from call_flow(core, module, params, options)
    return result
