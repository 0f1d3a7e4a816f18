"""`Machines`: ReqFly's keyword API for machines, on top of the generated client.

Every function takes the client first and keywords after, returns `Ok(value)` or
`Err(FlyError)` (an awaitable of it with an `AsyncClient`), and also accepts:
`retry=` (False, True or a `RetryPolicy`) and `http_timeout=` (seconds or an
`httpx.Timeout`) for that call, and `nonce=` where the API honours the lease nonce.

Errors every function can return besides those its docstring names: `invalid_request`
(an argument was rejected; nothing was sent), `unauthorized` (401), `not_found` (404: no
such app or machine), `rate_limited` (429), and the transport's `timeout`/`connection`.
A function that takes `nonce=` answers `lease_conflict` (409) when another client holds
the machine's lease and the call does not carry its nonce.
"""

from __future__ import annotations

import builtins
import shlex
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from fly_machines_api import models
from fly_machines_api.api.machines import (
    machines_cordon,
    machines_create,
    machines_create_lease,
    machines_delete,
    machines_exec,
    machines_list,
    machines_list_events,
    machines_list_processes,
    machines_list_versions,
    machines_release_lease,
    machines_restart,
    machines_show,
    machines_show_lease,
    machines_signal,
    machines_start,
    machines_stop,
    machines_suspend,
    machines_uncordon,
    machines_update,
)
from fly_machines_api.api.organizations import machines_org_list

from . import _validate as check
from ._creating import create_machine
from ._endpoint import endpoint
from ._engine import CallOptions, Flow
from ._machine_clone import MachineClone
from ._machine_config import MachineConfigMerge
from ._machine_memory import MachineMemory
from ._machine_metadata import MachineMetadata
from ._namespace import Core, Namespace, Retry, Timeout, send
from ._waiting import wait_flow
from .lease import Lease
from .result import Result

if TYPE_CHECKING:
    from fly_machines_api.models import (
        Flydv1ExecResponse,
        FlyMachineConfig,
        LeaseEnvelope,
        Machine,
        MachineEvent,
        MachineStartResponse,
        MachineVersion,
        OkResponse,
        OrgMachinesResponse,
        ProcessStat,
        WaitMachineResponse,
    )

__all__ = ["Machines"]


class Machines(MachineMetadata, MachineMemory, MachineConfigMerge, MachineClone, Namespace):
    """Namespace of machine operations: `Machines.get(client, app_name=..., machine_id=...)`."""

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
        """The app's machines, filtered.

        `state`: one state or several ("started", "stopped", "suspended", "created");
        `metadata`: machines whose metadata has each key with exactly that value;
        `region`; `include_deleted`, `include_leases`; `summary=True` leaves out config,
        checks and events. `limit` (1-1000) pages the list, `cursor` asks for a later page.
        Ok: a list of `Machine`. Err: `not_found` (no such app), `bad_request`.
        """
        return (yield from send(core, machines_list, locals(), state=_joined(state)))

    @endpoint
    def list_in_org(
        core: Core,
        *,
        org_slug: str,
        include_deleted: bool | None = None,
        region: str | None = None,
        state: str | Iterable[str] | None = None,
        summary: bool | None = None,
        updated_after: datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[OrgMachinesResponse]]:
        """The machines of every app of the organization `org_slug`, oldest update first,
        a page at a time: `cursor` is the previous page's `next_cursor` (empty on the last
        page), `limit` at most 1000. `updated_after` (an aware `datetime` or RFC 3339
        text) keeps those changed since, for polling (the API may see a change late: ask
        from a little earlier). `state` (one or several), `region` and `include_deleted`
        filter as for `list`; `summary=True` leaves out config.
        Ok: `OrgMachinesResponse` (`.machines`, each with `.app_name`; `.next_cursor`).
        Err: `not_found` (no such organization), `bad_request`."""
        return (
            yield from send(
                core,
                machines_org_list,
                locals(),
                state=_joined(state),
                updated_after=check.timestamp("updated_after", updated_after),
            )
        )

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
        """One machine: its state, config, region, instance_id (the version) and events.

        `version`: an earlier version's id, to see the machine as it was then;
        `include_leases=True` adds its lease. Ok: the `Machine`. Err: `not_found`.
        """
        return (yield from send(core, machines_show, locals()))

    @endpoint
    def create(
        core: Core,
        *,
        app_name: str,
        config: Mapping[str, Any] | FlyMachineConfig,
        region: str | Sequence[str] | None = None,
        name: str | None = None,
        skip_launch: bool | None = None,
        skip_service_registration: bool | None = None,
        skip_secrets: bool | None = None,
        lease_ttl: int | None = None,
        min_secrets_version: int | None = None,
        idempotency_key: str | None = None,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[Machine]]:
        """Create a machine from `config` (a mapping or a `FlyMachineConfig`; `image` at
        the least) in `region` (default: one near you), and start it unless
        `skip_launch=True`. `region` may be a list, tried in order: when the API answers
        that a region has no room (`insufficient_capacity` and its other shapes), the next
        one is tried; the `Machine`'s `.region` says where it landed. `name` names it;
        `lease_ttl` creates it with a lease held for that many seconds;
        `min_secrets_version` (as a `Secrets` change returned it) makes sure it gets at
        least those secrets; `skip_secrets` and `skip_service_registration` leave those
        out.

        Never two machines: the config's metadata carries a launch id under
        `fly_machines_launch_id` (a value of its own for each call, replacing one copied
        from another machine). After a failure that may have reached the API (a lost
        answer, a timeout, 408, 429, 500, 502, 503, 504), the client looks for a machine
        carrying it and returns that one; only when there is none is the create sent
        again. `idempotency_key` is the launch id to use instead: a call with a key that
        already made a machine (in this process or an earlier one) returns that machine,
        destroyed or not, and sends nothing. `retry=False` sends once and looks nothing
        up after it. A machine found by a look-up comes without `nonce` (the lost answer
        held it; a `lease_ttl` lease then runs out by itself).
        Ok: the new `Machine` (`.id`, `.instance_id`, `.region`). Err:
        `insufficient_capacity` (every region tried is full), `name_taken`, `bad_request`
        (a config the API refuses)."""
        arguments = {key: value for key, value in locals().items() if key != "idempotency_key"}
        name = name if name is None else check.name("name", name)
        return (
            yield from create_machine(
                core,
                machines_create,
                {**arguments, "name": name},
                config=check.body("config", config, models.FlyMachineConfig),
                region=region,
                idempotency_key=idempotency_key,
            )
        )

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
        """Replace the machine's whole config with `config`: a running machine is
        restarted with it, a stopped one stays stopped. `current_version` (the version
        `create`, `get` or an update returned) makes it fail, changing nothing, if the
        machine has changed since. As for `create`: `region`, `name`, `skip_launch`,
        `skip_service_registration`, `skip_secrets`, `lease_ttl`, `min_secrets_version`.
        Ok: the `Machine` with its new `instance_id`.
        Err: `conflict` (409: `current_version` is no longer current), `bad_request`.
        """
        return (
            yield from send(
                core,
                machines_update,
                locals(),
                config=check.body("config", config, models.FlyMachineConfig),
            )
        )

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
        """Destroy a stopped or suspended machine; `force=True` kills a running one.
        Ok: `OkResponse`. Err: `failed_precondition` (412: running, and not forced)."""
        return (yield from send(core, machines_delete, locals()))

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
        """Start a stopped machine, or resume a suspended one; it is under way when this
        returns (`wait` for "started"). Ok: `MachineStartResponse` (`previous_state`).
        Err: `failed_precondition` (412: not stopped or suspended, e.g. still stopping)."""
        return (yield from send(core, machines_start, locals()))

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
        """Stop the machine: send it `signal` ("SIGTERM", "term" or 15 alike; the API's
        default unless given), and kill it after `timeout` (seconds or a Go duration such
        as "10s"). It is under way when this returns (`wait` for "stopped"); stopping a
        stopped machine is not an error. Ok: `OkResponse`.
        Err: `failed_precondition` (412: the machine is destroyed)."""
        return (yield from send(core, machines_stop, locals(), **_stopping(signal, timeout)))

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
        """Restart a running machine in place: stop it with `signal` and `timeout` (as
        for `stop`), then start it again. Ok: the API's answer (`{"ok": true}`).
        Err: `failed_precondition` (412: not running)."""
        return (
            yield from send(
                core,
                machines_restart,
                locals(),
                **_stopping(signal, timeout, models.MachinesRestartSignal),
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
        """Send `signal` ("SIGHUP", "hup", 1 or signal.SIGHUP) to the machine's main
        process. Ok: `OkResponse`. Err: `failed_precondition` (412: not running)."""
        return (
            yield from send(
                core, machines_signal, locals(), signal=check.signal_name("signal", signal)
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
        """Wait until the machine reaches `state` (default "started"; several allowed:
        started, stopped, suspended, destroyed, failed, settled), for up to `timeout`
        seconds (default 60; any length: long waits are split into server-side waits of
        at most 60 s, never polled). `version` (or the older name `instance_id`, as
        `create` and `update` return it) waits for that version of the machine, not an
        earlier one still running; `from_event_id` only counts events after that one.
        Ok: `WaitMachineResponse` (`.state` reached, `.version`, `.event_id`).
        Err: `deadline_exceeded` (kind "timeout": not there in time).
        """
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
        """Suspend a running machine: its memory is snapshotted, so the next `start` may
        resume it instead of booting (not guaranteed). Ok: the API's answer.
        Err: `failed_precondition` (412: not running, or its config cannot suspend)."""
        return (yield from send(core, machines_suspend, locals()))

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
        """Take the machine out of the proxy's load balancing (its services are disabled;
        it keeps running), as in a blue/green deploy. Ok: `OkResponse`."""
        return (yield from send(core, machines_cordon, locals()))

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
        """Put a cordoned machine back into the proxy's load balancing. Ok: `OkResponse`."""
        return (yield from send(core, machines_uncordon, locals()))

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
        """Run `command` (a list of arguments, or one string split as a shell would) in
        the running machine, with `stdin` as its input, for up to `timeout` seconds, in
        `container` (for a machine with several). Ok: `Flydv1ExecResponse` (`exit_code`,
        `stdout`, `stderr`): a failing command is still `Ok`.
        Err: `failed_precondition` (412: not running), `bad_request`."""
        return (
            yield from send(
                core,
                machines_exec,
                locals(),
                command=_argv(command),
                timeout=check.positive("timeout", timeout),
            )
        )

    # -- leases --------------------------------------------------------------------------

    lease = Lease
    """`with Machines.lease(client, app_name=..., machine_id=..., ttl=30) as lease:` holds
    the machine's lease for the block (see fly_machines.lease.Lease); `async with` for an
    AsyncClient."""

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
        """Take the machine's lease for `ttl` seconds, with `description` for whoever
        finds it taken; with `nonce=`, refresh a lease you hold (`Machines.lease` does
        both, and releases it). Ok: the API's envelope: `.data.nonce`, `.data.expires_at`.
        Err: `lease_conflict` (409: someone else holds it)."""
        return (
            yield from send(core, machines_create_lease, locals(), ttl=check.positive("ttl", ttl))
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
        """Who holds the machine's lease, and until when. Ok: the envelope: `.data.owner`,
        `.data.description`, `.data.expires_at`. Err: `not_found` (also when nobody
        holds it)."""
        return (yield from send(core, machines_show_lease, locals()))

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
        """Release the lease you hold, by its `nonce`, so others may take it before its
        TTL runs out. Ok: the API's answer. Err: `lease_conflict` or `not_found` (the
        lease is not, or no longer, the one `nonce` names)."""
        return (
            yield from send(
                core, machines_release_lease, locals(), nonce=check.name("nonce", nonce)
            )
        )

    # -- events, versions, processes ------------------------------------------------------

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
        """The machine's latest events (launch, start, exit, ...), newest first; `limit`
        of them (default 20, at most 50). Ok: a list of `MachineEvent`."""
        return (yield from send(core, machines_list_events, locals()))

    @endpoint
    def list_versions(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        retry: Retry = None,
        http_timeout: Timeout = None,
    ) -> Flow[Result[builtins.list[MachineVersion]]]:
        """The versions of the machine's config, one a `create` or `update`.
        Ok: a list of `MachineVersion` (`.version`, `.user_config`)."""
        return (yield from send(core, machines_list_versions, locals()))

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
        """The processes running in the machine, sorted by `sort_by` (e.g. "cpu", "rss")
        in `order` ("asc" or "desc"). Ok: a list of `ProcessStat`.
        Err: `failed_precondition` (412: not running), `bad_request`."""
        return (yield from send(core, machines_list_processes, locals()))


# -- conversions of arguments the API takes in another form -----------------------------


def _joined(state: str | Iterable[str] | None) -> str | None:
    """Several states as the API's comma-separated list."""
    return state if state is None or isinstance(state, str) else ",".join(state)


def _stopping(
    signal: str | int | None, timeout: float | str | None, spelled: Callable[[str], Any] = str
) -> dict[str, Any]:
    """How stop and restart stop the machine: the signal as the API spells it (one of
    those it lets them send), the timeout as a Go duration; None when not given."""
    if signal is not None:
        signal = spelled(check.signal_name("signal", signal, check.STOP_SIGNALS))
    return {"signal": signal, "timeout": check.duration("timeout", timeout)}


def _argv(command: str | Sequence[str]) -> list[str]:
    """The command's arguments: a string is split as a shell would."""
    try:
        argv = shlex.split(command) if isinstance(command, str) else list(command)
    except ValueError as exc:  # an unclosed quote
        raise check.InvalidArgument(f"command cannot be split into arguments: {exc}") from None
    if not argv or not all(isinstance(arg, str) for arg in argv):
        raise check.InvalidArgument("command must be a non-empty string or list of strings")
    return argv
