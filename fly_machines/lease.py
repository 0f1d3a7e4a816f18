"""`Machines.lease(...)`: hold a machine's lease for the length of a `with` block.

    with Machines.lease(client, app_name="my-app", machine_id=mid, ttl=30) as lease:
        Machines.update(lease.client, app_name="my-app", machine_id=mid, config=new)

Entering acquires the lease, waiting with backoff while someone else holds it (up to
`wait_timeout`); `lease.client` sends the lease nonce on every call to that machine; a
background refresher renews the lease while the block runs longer than its TTL; leaving
releases it, also when the block raises. `async with` works the same with an
`AsyncClient`. Failing to acquire raises the `FlyError` (there is no block to run).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from types import TracebackType
from typing import Any, Generic, TypeVar

from fly_machines_api.api.machines import machines_create_lease, machines_release_lease
from fly_machines_api.models import CreateLeaseRequest

from . import _validate as check
from ._client import AsyncClient, Client, ClientCore
from ._engine import CallOptions, Flow, Sleep, call_flow
from ._leasehold import LeaseHold
from .errors import FlyError
from .result import Result

__all__ = ["Lease"]

C = TypeVar("C", Client, AsyncClient)

DEFAULT_TTL = 30
DEFAULT_WAIT = 60.0


def acquire_flow(
    core: ClientCore[Any],
    app_name: str,
    machine_id: str,
    ttl: int,
    description: str | None,
    wait_timeout: float,
) -> Flow[Result[Any]]:
    """Take the lease, waiting with backoff while another holder has it."""
    fields = {"ttl": ttl, "description": description}
    body = CreateLeaseRequest.from_dict({k: v for k, v in fields.items() if v is not None})
    params = {"app_name": app_name, "machine_id": machine_id, "body": body}
    deadline = core.clock.monotonic() + wait_timeout
    pause = 0.5
    while True:
        result = yield from call_flow(core, machines_create_lease, params)
        if result.ok or result.error.code != "lease_conflict":
            return result
        remaining = deadline - core.clock.monotonic()
        if remaining <= 0:
            result.error.message += f" (still held after waiting {wait_timeout:g}s)"
            return result
        yield Sleep(min(pause, remaining))
        pause = min(pause * 2, 5.0)


def refresh_flow(
    core: ClientCore[Any], app_name: str, machine_id: str, ttl: int, nonce: str
) -> Flow[Result[Any]]:
    params = {"app_name": app_name, "machine_id": machine_id, "body": CreateLeaseRequest(ttl=ttl)}
    return (yield from call_flow(core, machines_create_lease, params, CallOptions(nonce=nonce)))


def release_flow(
    core: ClientCore[Any], app_name: str, machine_id: str, nonce: str
) -> Flow[Result[Any]]:
    params = {"app_name": app_name, "machine_id": machine_id}
    return (yield from call_flow(core, machines_release_lease, params, CallOptions(nonce=nonce)))


class Lease(Generic[C]):
    """A held lease: `nonce`, `expires_at`, and `client`, which sends the nonce."""

    def __init__(
        self,
        client: C,
        *,
        app_name: str,
        machine_id: str,
        ttl: int = DEFAULT_TTL,
        description: str | None = None,
        wait_timeout: float = DEFAULT_WAIT,
        refresh_every: float | None = None,
    ) -> None:
        if not isinstance(client, (Client, AsyncClient)):
            raise TypeError(f"Machines.lease needs a fly_machines client, not {client!r}")
        for argument, value in (("app_name", app_name), ("machine_id", machine_id)):
            try:
                check.name(argument, value)
            except check.InvalidArgument as rejected:
                raise rejected.error from None
        if isinstance(ttl, bool) or not isinstance(ttl, int) or ttl <= 0:
            raise FlyError.invalid_request(
                f"ttl must be a positive whole number of seconds: {ttl!r}"
            )
        self._owner: C = client
        self.app_name = app_name
        self.machine_id = machine_id
        self.ttl = ttl
        self.description = description
        self.wait_timeout = wait_timeout
        # Renew well before expiry, so one slow or failed refresh does not lose the lease.
        self.refresh_every = refresh_every if refresh_every is not None else ttl / 3
        self.nonce: str | None = None
        self.expires_at: int | None = None
        self.refreshes = 0
        self.refresh_error: FlyError | None = None
        self._client: C | None = None
        self._stop_thread = threading.Event()
        self._thread: threading.Thread | None = None
        self._task: asyncio.Task[None] | None = None

    @property
    def client(self) -> C:
        if self._client is None:
            raise RuntimeError("the lease is not held: use it as `with Machines.lease(...)`")
        return self._client

    def _took(self, result: Result[Any]) -> None:
        if not result.ok:
            raise result.error
        data = getattr(result.value, "data", None)
        nonce = getattr(data, "nonce", None)
        if not isinstance(nonce, str):
            raise FlyError(
                kind="decode", code="decode_error", message="the lease answer carried no nonce"
            )
        self.nonce = nonce
        expires_at = getattr(data, "expires_at", None)
        self.expires_at = expires_at if isinstance(expires_at, int) else None
        self._client = self._owner._with_lease(LeaseHold(self.app_name, self.machine_id, nonce))

    def _acquire(self) -> Flow[Result[Any]]:
        return acquire_flow(
            self._owner,
            self.app_name,
            self.machine_id,
            self.ttl,
            self.description,
            self.wait_timeout,
        )

    def _refresh(self) -> Flow[Result[Any]]:
        assert self.nonce is not None
        return refresh_flow(self._owner, self.app_name, self.machine_id, self.ttl, self.nonce)

    def _noted(self, result: Result[Any]) -> None:
        if result.ok:
            self.refreshes += 1
            expires_at = getattr(getattr(result.value, "data", None), "expires_at", None)
            self.expires_at = expires_at if isinstance(expires_at, int) else self.expires_at
        else:
            self.refresh_error = result.error

    def _release(self) -> Flow[Result[Any]]:
        assert self.nonce is not None
        return release_flow(self._owner, self.app_name, self.machine_id, self.nonce)

    # -- sync ---------------------------------------------------------------------------

    def __enter__(self) -> Lease[C]:
        owner = self._owner
        if not isinstance(owner, Client):
            raise TypeError("use `async with Machines.lease(...)` with an AsyncClient")
        self._took(owner._drive(self._acquire()))
        self._thread = threading.Thread(
            target=self._refresh_in_thread, name=f"fly-lease-{self.machine_id}", daemon=True
        )
        self._thread.start()
        return self

    def _refresh_in_thread(self) -> None:
        owner = self._owner
        assert isinstance(owner, Client)
        while not self._stop_thread.wait(self.refresh_every):
            self._noted(owner._drive(self._refresh()))

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop_thread.set()
        if self._thread is not None:
            self._thread.join()
        owner = self._owner
        assert isinstance(owner, Client)
        result = owner._drive(self._release())
        self._client = None
        if not result.ok and exc is None:
            raise result.error

    # -- async --------------------------------------------------------------------------

    async def __aenter__(self) -> Lease[C]:
        owner = self._owner
        if not isinstance(owner, AsyncClient):
            raise TypeError("use `with Machines.lease(...)` with a (sync) Client")
        self._took(await owner._drive(self._acquire()))
        self._task = asyncio.create_task(self._refresh_in_task(owner))
        return self

    async def _refresh_in_task(self, owner: AsyncClient) -> None:
        while True:
            await asyncio.sleep(self.refresh_every)
            self._noted(await owner._drive(self._refresh()))

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        owner = self._owner
        assert isinstance(owner, AsyncClient)
        result = await owner._drive(self._release())
        self._client = None
        if not result.ok and exc is None:
            raise result.error
