"""`Orchestrator`: the multi-step chores, each one call that returns `Ok`/`Err`.

Each helper composes the facade's own flows (so retries, telemetry and sync/async
behave exactly as in single calls) and waits with the server-side wait, never by
polling `get`. `poll_until` exists for the rare state that has no server-side wait.

A helper returns the first `Err` of its steps as it is (a failed create, a refused stop,
`deadline_exceeded` from a wait that ran out of `timeout`, which bounds each wait), and
`invalid_request` before anything is sent for an argument it can check up front.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar, overload

from . import _validate as check
from ._client import AsyncClient, Client
from ._endpoint import Endpoint, endpoint
from ._engine import Flow, Sleep
from ._namespace import Core, Namespace
from .apps import Apps
from .backoff import Backoff
from .errors import FlyError
from .machines import Machines
from .result import Err, Result
from .telemetry import Event

if TYPE_CHECKING:
    from fly_machines_api.models import FlyMachineConfig, Machine, OkResponse

__all__ = ["Orchestrator"]

V = TypeVar("V")

_SETTLED_STATES = ("stopped", "suspended")


def _wait_then_get(
    core: Core,
    app_name: str,
    machine_id: str,
    states: Sequence[str],
    timeout: float | None,
    instance_id: str | None = None,
) -> Flow[Result[Machine]]:
    """Wait for one of `states` (of that version, if given), then fetch the machine."""
    waited = yield from Machines.wait.flow(
        core,
        app_name=app_name,
        machine_id=machine_id,
        instance_id=instance_id,
        state=states,
        timeout=timeout,
    )
    if not waited.ok:
        return waited
    return (yield from Machines.get.flow(core, app_name=app_name, machine_id=machine_id))


def _wait_for_version(
    core: Core, app_name: str, machine: Machine, states: Sequence[str], timeout: float | None
) -> Flow[Result[Machine]]:
    # A Machine always has its id and instance_id (the model refuses an answer without).
    return (
        yield from _wait_then_get(core, app_name, machine.id, states, timeout, machine.instance_id)
    )


class Orchestrator(Namespace, example="create_and_wait"):
    """Namespace: `Orchestrator.create_and_wait(client, app_name=..., config=...)`."""

    @endpoint
    def create_and_wait(
        core: Core,
        /,
        *,
        app_name: str,
        config: Mapping[str, Any] | FlyMachineConfig,
        state: str | Sequence[str] = "started",
        timeout: float | None = None,
        **create: Any,
    ) -> Flow[Result[Machine]]:
        """Create a machine from `config` and wait until it reaches `state` (default
        "started"; several allowed) within `timeout` seconds (default 60). Other keywords go to
        `Machines.create` (region, name, skip_launch, retry...).
        Ok: the `Machine` as it is then. Err: as `Machines.create` and `Machines.wait`."""
        # Checked before anything is sent: a bad argument must not leave a machine behind.
        states = check.states("state", state) or ["started"]
        check.positive("timeout", timeout)
        created = yield from Machines.create.flow(core, app_name=app_name, config=config, **create)
        if not created.ok:
            return created
        return (yield from _wait_for_version(core, app_name, created.value, states, timeout))

    @endpoint
    def start_and_wait(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        timeout: float | None = None,
        nonce: str | None = None,
    ) -> Flow[Result[Machine]]:
        """Start the machine (with your lease's `nonce`, if you hold it) and wait until it
        is started, within `timeout` seconds (default 60). Ok: the `Machine` as it is
        then. Err: as `Machines.start` and `Machines.wait`."""
        check.positive("timeout", timeout)
        started = yield from Machines.start.flow(
            core, app_name=app_name, machine_id=machine_id, nonce=nonce
        )
        if not started.ok:
            return started
        return (yield from _wait_then_get(core, app_name, machine_id, ["started"], timeout))

    @endpoint
    def stop_and_wait(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        timeout: float | None = None,
        signal: str | None = None,
        nonce: str | None = None,
    ) -> Flow[Result[Machine]]:
        """Stop the machine with `signal` (with your lease's `nonce`, if you hold it) and
        wait until it is stopped, within `timeout` seconds (default 60). Ok: the `Machine`
        as it is then. Err: as `Machines.stop` and `Machines.wait`."""
        check.positive("timeout", timeout)
        stopped = yield from Machines.stop.flow(
            core, app_name=app_name, machine_id=machine_id, signal=signal, nonce=nonce
        )
        if not stopped.ok:
            return stopped
        return (yield from _wait_then_get(core, app_name, machine_id, ["stopped"], timeout))

    @endpoint
    def update_and_wait(
        core: Core,
        /,
        *,
        app_name: str,
        machine_id: str,
        config: Mapping[str, Any] | FlyMachineConfig,
        state: str | Sequence[str] | None = None,
        timeout: float | None = None,
        **update: Any,
    ) -> Flow[Result[Machine]]:
        """Update the machine to `config` and wait, within `timeout` seconds (default 60),
        for the new version to settle: started, or stopped for a machine that was stopped
        (it stays stopped), unless `state` says otherwise. Other keywords go to
        `Machines.update` (current_version, nonce, retry...). Ok: the `Machine` as it is
        then. Err: as `Machines.update` and `Machines.wait`."""
        states = check.states("state", state) or ["started", "stopped"]
        check.positive("timeout", timeout)
        updated = yield from Machines.update.flow(
            core, app_name=app_name, machine_id=machine_id, config=config, **update
        )
        if not updated.ok:
            return updated
        return (yield from _wait_for_version(core, app_name, updated.value, states, timeout))

    @endpoint
    def destroy_and_wait(
        core: Core,
        *,
        app_name: str,
        machine_id: str,
        force: bool = False,
        timeout: float | None = None,
        nonce: str | None = None,
    ) -> Flow[Result[OkResponse]]:
        """Stop the machine, wait until it is stopped, then destroy it (or, with
        `force=True`, destroy it in whatever state it is), and wait until it is gone;
        each wait within `timeout` seconds (default 60). Stop and destroy carry your
        lease's `nonce`. Ok: `Machines.destroy`'s `OkResponse`. Err: as the steps' (a
        machine already gone by the last wait is not an error)."""
        check.positive("timeout", timeout)
        if not force:
            current = yield from Machines.get.flow(core, app_name=app_name, machine_id=machine_id)
            if not current.ok:
                return current
            if current.value.state not in _SETTLED_STATES:
                stopped = yield from Machines.stop.flow(
                    core, app_name=app_name, machine_id=machine_id, nonce=nonce
                )
                if not stopped.ok:
                    return stopped
                waited = yield from Machines.wait.flow(
                    core, app_name=app_name, machine_id=machine_id, state="stopped", timeout=timeout
                )
                if not waited.ok:
                    return waited
        destroyed = yield from Machines.destroy.flow(
            core, app_name=app_name, machine_id=machine_id, force=force or None, nonce=nonce
        )
        if not destroyed.ok:
            return destroyed
        gone = yield from Machines.wait.flow(
            core, app_name=app_name, machine_id=machine_id, state="destroyed", timeout=timeout
        )
        if not gone.ok and gone.error.status != 404:
            return gone
        return destroyed

    @endpoint
    def create_app_and_wait(
        core: Core,
        *,
        app_name: str,
        org_slug: str,
        network: str | None = None,
        timeout: float = 60.0,
    ) -> Flow[Result[Any]]:
        """Create the app `app_name` in `org_slug` (on `network`, if given) and return it
        once the API serves it, polling for up to `timeout` seconds: creation goes on in
        the background, so a get right after can briefly answer 404. Ok: the `App`.
        Err: as `Apps.create`, or `deadline_exceeded` (kind "timeout")."""
        created = yield from Apps.create.flow(
            core, app_name=app_name, org_slug=org_slug, network=network
        )
        if not created.ok:
            return created
        return (
            yield from _poll_flow(
                core,
                Apps.get,
                lambda app: True,
                {"app_name": app_name},
                timeout=timeout,
                keep_going=lambda error: error.status == 404,
            )
        )

    @overload
    @staticmethod
    def poll_until(
        client: Client,
        fetch: Endpoint[..., V],
        predicate: Callable[[V], bool],
        *,
        timeout: float = 60.0,
        initial: float = 0.5,
        cap: float = 5.0,
        **kwargs: Any,
    ) -> Result[V]: ...
    @overload
    @staticmethod
    def poll_until(
        client: AsyncClient,
        fetch: Endpoint[..., V],
        predicate: Callable[[V], bool],
        *,
        timeout: float = 60.0,
        initial: float = 0.5,
        cap: float = 5.0,
        **kwargs: Any,
    ) -> Awaitable[Result[V]]: ...
    @staticmethod
    def poll_until(
        client: Client | AsyncClient,
        fetch: Endpoint[..., V],
        predicate: Callable[[V], bool],
        *,
        timeout: float = 60.0,
        initial: float = 0.5,
        cap: float = 5.0,
        **kwargs: Any,
    ) -> Result[V] | Awaitable[Result[V]]:
        """Call `fetch(client, **kwargs)` with backoff until `predicate(value)` holds.

        For states with no server-side wait; `Machines.wait` is better where it applies.
        Returns the first value that satisfies the predicate, an `Err` the fetch returned,
        or `Err(kind="timeout", code="deadline_exceeded")`.
        """
        if not isinstance(client, (Client, AsyncClient)):
            raise TypeError(f"poll_until needs a fly_machines client, not {client!r}")
        return client.drive(_poll_flow(client, fetch, predicate, kwargs, timeout, initial, cap))


def _poll_flow(
    core: Core,
    fetch: Endpoint[..., V],
    predicate: Callable[[V], bool],
    kwargs: Mapping[str, Any],
    timeout: float = 60.0,
    initial: float = 0.5,
    cap: float = 5.0,
    keep_going: Callable[[FlyError], bool] = lambda error: False,
) -> Flow[Result[V]]:
    try:
        check.positive("timeout", timeout)
    except check.InvalidArgument as rejected:
        return Err(rejected.error)
    clock = core.clock
    pauses = Backoff(clock, initial=initial, cap=cap, deadline=clock.monotonic() + timeout)
    polls = 0
    base = Event("poll.retry", operation=getattr(fetch, "__name__", "poll"), method="", path="")
    while True:
        polls += 1
        result = yield from fetch.flow(core, **kwargs)
        if result.ok and predicate(result.value):
            return result
        if not result.ok and not keep_going(result.error):
            return result
        pause = next(pauses, None)
        if pause is None:
            return Err(
                FlyError(
                    kind="timeout",
                    code="deadline_exceeded",
                    message=f"the condition did not hold within {timeout:g}s ({polls} polls)",
                    retryable=True,
                    attempts=polls,
                )
            )
        core.emit(replace(base, attempt=polls, delay=pause))
        yield Sleep(pause)
