"""`Machines.lease(...)`: hold a machine's lease for the length of a `with` block.

    with Machines.lease(client, app_name="my-app", machine_id=mid, ttl=30) as lease:
        Machines.update(lease.client, app_name="my-app", machine_id=mid, config=new)

Entering acquires the lease, waiting with backoff while someone else holds it (up to
`wait_timeout`); `lease.client` sends the lease nonce on every call to that machine; a
background refresher renews the lease every `refresh_every` seconds (a third of the TTL
by default); leaving releases it, also when the block raises. `async with` works the same
with an `AsyncClient`. Failing to acquire raises the `FlyError` (there is no block to run).

A lease is *lost* when mutual exclusion may have been broken: a refresh was answered with
a different nonce (the lease had expired and the API made a new one), another client
holds it, or no refresh succeeded within the TTL. Then `lease.lost` is a `FlyError` (code
`lease_lost`) saying why, a `lease.lost` event is emitted and a WARNING logged, every later
call through `lease.client` to the machine returns that error without being sent, and
leaving the block raises it (or, when the block raised, notes it on that exception).

Leaving releases every lease the block knows it holds, including one a refresh got under
a new nonce, and retries transient failures (release is idempotent). A release that still
fails raises its `FlyError` after a block that did not raise; after one that did, it is
noted on the block's exception and logged, never swallowed.
"""

from __future__ import annotations

import contextlib
import datetime
import math
import sys
import threading
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeGuard, TypeVar

from fly_machines_api.api.machines import (
    machines_create_lease,
    machines_release_lease,
)

from . import _validate as check
from ._client import AsyncClient, Client
from ._engine import Flow, describe
from ._lease_flows import (
    Refreshed,
    Taken,
    Watch,
    acquire_flow,
    lease_data,
    may_have_taken,
    refresh_flow,
    release_flow,
    settle,
    task_outcome,
    watched,
)
from ._leasehold import LeaseHold
from .errors import FlyError
from .result import Result
from .telemetry import Event, EventName, logger

if TYPE_CHECKING:
    import asyncio

__all__ = ["Lease", "LeaseState"]

C = TypeVar("C", Client, AsyncClient)
T = TypeVar("T")

# idle: not entered (or entering failed); acquiring; held; lost (still inside the block);
# released, or unreleased when a release failed and the lease stays held until its TTL.
LeaseState = Literal["idle", "acquiring", "held", "lost", "released", "unreleased"]
_INSIDE = ("acquiring", "held", "lost")

DEFAULT_TTL = 30
DEFAULT_WAIT = 60.0
# A lease outlives a holder that died by its TTL, blocking everyone else meanwhile; a block
# that runs longer keeps a shorter lease by refreshing it.
MAX_TTL = 3600


class Lease(Generic[C]):
    """A machine's lease, held for a `with` (or `async with`) block.

    `client` sends the nonce on calls to the machine. How it stands: `state` (see
    `LeaseState`), `nonce`, `expires_at` (epoch seconds, as the API last said),
    `refreshes` (successful ones), `refresh_error` (the latest failed refresh), and
    `lost` (a `FlyError` once mutual exclusion may have been broken). The same `Lease`
    may be entered again once left; entering it while it is held raises RuntimeError.
    """

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
        every = _refresh_interval(ttl, refresh_every, wait_timeout, description)
        self._owner: C = client
        self.app_name = app_name
        self.machine_id = machine_id
        self.ttl = ttl
        self.description = description
        self.wait_timeout = wait_timeout
        # Renew well before expiry, so one slow or failed refresh does not lose the lease.
        self.refresh_every = every
        self.nonce: str | None = None
        self.expires_at: int | None = None
        self.refreshes = 0
        self.refresh_error: FlyError | None = None
        self._lost: FlyError | None = None
        self._state: LeaseState = "idle"
        self._lock = threading.Lock()
        self._client: C | None = None
        self._hold: LeaseHold | None = None
        # Until when (client monotonic clock) the lease is surely held: the start of the
        # last acquisition or refresh known to have succeeded, plus the TTL.
        self._valid_until = -math.inf
        # Nonces of leases the API gave this block and that are not released yet.
        self._unreleased: list[str] = []
        # The machine was destroyed: its lease went with it, so it is not refreshed (and
        # cannot be lost) any more.
        self._gone = False
        self._stop = threading.Event()
        self._watch: Watch | None = None  # the refresh under way, if any
        self._thread: threading.Thread | None = None
        self._task: asyncio.Task[None] | None = None

    @property
    def lost(self) -> FlyError | None:
        """Why mutual exclusion may have been broken (the lease was replaced or lapsed)."""
        self._check_ttl()
        return self._lost

    @property
    def state(self) -> LeaseState:
        self._check_ttl()  # a lapsed lease is lost now, not when a call next notices
        return self._state

    @property
    def client(self) -> C:
        if self._client is None:
            raise RuntimeError("the lease is not held: use it as `with Machines.lease(...)`")
        return self._client

    def __repr__(self) -> str:
        # Never the nonce (it lets calls through the lease), and the client holds the token.
        parts = [f"app={self.app_name!r}", f"machine={self.machine_id!r}", f"state={self._state!r}"]
        if self._lost is not None and self._state != "lost":
            parts.append("lost=True")
        if self.expires_at is not None:
            parts.append(f"expires_at={_timestamp(self.expires_at)}")
        parts.append(f"refreshes={self.refreshes}")
        if self.refresh_error is not None:
            parts.append(f"refresh_error={self.refresh_error.code!r}")
        return f"Lease({', '.join(parts)})"

    # -- flows ----------------------------------------------------------------------------

    def _acquire(self) -> Flow[Taken]:
        return acquire_flow(
            self._owner,
            self.app_name,
            self.machine_id,
            self.ttl,
            self.description,
            self.wait_timeout,
        )

    def _refresh(self) -> Flow[Refreshed]:
        assert self.nonce is not None
        return refresh_flow(self._owner, self.app_name, self.machine_id, self.ttl, self.nonce)

    def _release(self, nonce: str) -> Flow[Result[Any]]:
        return release_flow(self._owner, self.app_name, self.machine_id, nonce)

    # -- what happened, whichever kind of client (no I/O here) -----------------------------

    def _begin(self) -> None:
        with self._lock:
            if self._state in _INSIDE:
                raise RuntimeError(
                    f"this lease on machine {self.machine_id} is already held by a `with` "
                    "block: use a new Machines.lease(...) rather than entering it again"
                )
            self._state = "acquiring"
            self.nonce = None
            self.expires_at = None
            self.refreshes = 0
            self.refresh_error = None
            self._lost = None
            self._client = None
            self._hold = None
            self._valid_until = -math.inf
            self._unreleased = []
            self._gone = False
            self._watch = None

    def _took(self, taken: Taken | None) -> None:
        """Record the acquisition; raise its error when it failed."""
        if taken is None:
            raise RuntimeError("the lease acquisition was stopped")
        result, started = taken
        if not result.ok:
            error = result.error
            if may_have_taken(error):
                # The API may have given us the lease with an answer we never read: it is
                # then held, unknown to us, until its TTL ends. Never silently.
                note = (
                    f"the lease on machine {self.machine_id} may have been taken by this"
                    f" request all the same, and then stays held until its ttl ({self.ttl}s)"
                    " ends; Machines.get_lease shows who holds it"
                )
                _add_note(error, note)
                logger.warning("%s (%s)", note, error.code)
            raise error
        nonce, expires_at = lease_data(result.value)
        if nonce is None:
            raise FlyError(
                kind="decode", code="decode_error", message="the lease answer carried no nonce"
            )
        hold = LeaseHold(self.app_name, self.machine_id, nonce, check=self._check_ttl)
        with self._lock:
            self.nonce = nonce
            self.expires_at = expires_at
            self._valid_until = started + self.ttl
            self._unreleased = [nonce]
            self._hold = hold
            self._client = self._owner.with_lease(hold)
            self._state = "held"

    def _check_ttl(self) -> None:
        """Run before each call through the lease client: past the TTL since the last
        refresh known to have succeeded, the lease may be someone else's."""
        if (
            self._state == "held"
            and not self._gone
            and self._owner.clock.monotonic() >= self._valid_until
        ):
            self._lose(self._lapsed())

    def _lapsed(self) -> str:
        why = f"no refresh succeeded within its ttl of {self.ttl}s, so it may have expired"
        if self.refresh_error is not None:
            why += f" (the last refresh failed: {self.refresh_error})"
        return why

    def _noted(self, refreshed: Refreshed, started: float) -> bool:
        """Record a refresh; False when refreshing should stop."""
        result, gone = refreshed
        if result.ok:
            nonce, expires_at = lease_data(result.value)
            if nonce is not None and nonce == self.nonce:
                with self._lock:
                    self.refreshes += 1
                    if expires_at is not None:
                        self.expires_at = expires_at
                    self._valid_until = max(self._valid_until, started + self.ttl)
                return self._state == "held"
            if nonce is not None:
                # The API makes a new nonce only for a lease that had expired: that one is
                # gone, and this new one is ours to release.
                with self._lock:
                    self._unreleased = [n for n in self._unreleased if n != self.nonce]
                    self._unreleased.append(nonce)
                self._lose(
                    "a refresh was answered with a new nonce: the lease had expired at the API,"
                    " which gave a new lease"
                )
                return False
            error = FlyError(
                kind="decode", code="decode_error", message="the refresh answer carried no nonce"
            )
        else:
            error = result.error
        with self._lock:
            self.refresh_error = error
            self._gone = gone
        if gone:
            return False  # nothing left to hold, and nobody else can take it
        if error.code == "lease_conflict":
            self._lose(f"another client holds it now (the refresh was refused: {error})")
            return False
        if self._owner.clock.monotonic() >= self._valid_until:
            self._lose(self._lapsed())
            return False
        return self._state == "held"

    def _crashed(self, exc: Exception) -> bool:
        """A refresh raised instead of returning a result: the client cannot refresh."""
        error = self._failed("refreshing the lease", exc)
        with self._lock:
            self.refresh_error = error
        self._lose(f"{error.message}, so it can no longer be kept")
        return False

    def _failed(self, what: str, exc: Exception) -> FlyError:
        error = FlyError(
            kind="connection",
            code="client_error",
            message=self._owner.redact(f"{what} raised {type(exc).__name__}: {exc}"),
        )
        # Not chained: the raw exception's text is not redacted, and a traceback prints it.
        error.__suppress_context__ = True
        return error

    def _lose(self, why: str) -> None:
        with self._lock:
            if self._state != "held":
                return  # lost already (the first reason stands), or not held at all
            error = FlyError(
                kind="invalid_request",
                code="lease_lost",
                message=(
                    f"the lease on machine {self.machine_id} of app {self.app_name} was lost:"
                    f" {why}; mutual exclusion may have been broken, so calls through"
                    " lease.client to this machine are refused"
                ),
                suggestion="take the lease again and check the machine's state before changing it",
            )
            self._lost = error
            self._state = "lost"
            if self._hold is not None:
                self._hold.lost = error
        logger.warning("%s", error.message)
        self._owner.emit(self._event("lease.lost", machines_create_lease, error.message))

    def _released(
        self, nonce: str, outcome: Result[Any] | Exception, judge: bool
    ) -> FlyError | None:
        """Record a release; the error when that lease may still be held. With `judge`,
        a release that finds the block's lease already gone says whether it was lost."""
        if isinstance(outcome, Exception):
            return self._failed("releasing the lease", outcome)
        if not outcome.ok and outcome.error.status not in (404, 409):
            return outcome.error
        with self._lock:
            if nonce in self._unreleased:
                self._unreleased.remove(nonce)
        # A 404 after a retry: an earlier attempt released it. Otherwise 404/409 mean the
        # lease was gone before the release came.
        if judge and not outcome.ok and outcome.error.attempts == 1 and nonce == self.nonce:
            error = outcome.error
            if error.status == 409:
                self._lose(f"another client held it when the block ended ({error})")
            elif not self._gone and self._owner.clock.monotonic() >= self._valid_until:
                self._lose(f"it had expired before the block ended ({error})")
            # Else nobody could have taken it within its TTL: it went with its machine (the
            # block destroyed it) or was released by hand. Nothing is held either way.
        return None

    def _ended(self, raised: BaseException | None, failures: list[FlyError]) -> None:
        """Close the block's books; raise what a block that did not raise must report."""
        with self._lock:
            self._state = "unreleased" if failures else "released"
            self._client = None
            if self._hold is not None and self._lost is None:
                # A lease client kept past the block must not act as if it held the lease.
                self._hold.lost = FlyError(
                    kind="invalid_request",
                    code="lease_released",
                    message=(
                        f"the lease block for machine {self.machine_id} of app {self.app_name}"
                        " is over: its client no longer holds the lease"
                    ),
                )
        notes = []
        for failure in failures:
            note = (
                f"could not release the lease on machine {self.machine_id} of app"
                f" {self.app_name}; it stays held until its ttl ({self.ttl}s) runs out: {failure}"
            )
            notes.append(note)
            logger.warning("%s", note)
            self._owner.emit(self._event("lease.release_failed", machines_release_lease, note))
        lost = self._lost
        if raised is not None:
            if lost is not None and raised is not lost:
                _add_note(raised, f"{lost.code}: {lost.message}")
            for note in notes:
                _add_note(raised, note)
            return
        if lost is not None:
            for note in notes:
                _add_note(lost, note)
            raise lost
        if failures:
            for note in notes[1:]:
                _add_note(failures[0], note)
            raise failures[0]

    def _reset(self) -> None:
        """After entering failed: whatever was taken has been given back (or logged)."""
        with self._lock:
            self._state = "idle"
            self._client = None
            if self._hold is not None:
                self._hold.lost = FlyError.invalid_request("the lease block never started")

    def _event(self, name: EventName, module: Any, reason: str) -> Event:
        info = describe(module)
        return Event(
            name,
            operation=info.name,
            method=info.method,
            path=info.path,
            app=self.app_name,
            machine_id=self.machine_id,
            reason=reason,
        )

    def _gave_back(self, nonce: str, outcome: Result[Any] | Exception) -> None:
        failure = self._released(nonce, outcome, judge=False)
        if failure is not None:
            logger.warning(
                "could not give back the lease on machine %s of app %s taken by an interrupted"
                " `with`; it stays held until its ttl (%ss) runs out: %s",
                self.machine_id,
                self.app_name,
                self.ttl,
                failure,
            )

    # -- sync -----------------------------------------------------------------------------

    def __enter__(self) -> Lease[C]:
        owner = self._owner
        if not isinstance(owner, Client):
            raise TypeError("use `async with Machines.lease(...)` with an AsyncClient")
        self._begin()
        try:
            self._took(owner.drive(self._acquire()))
            stop = self._stop = threading.Event()
            thread = threading.Thread(
                target=self._refresh_in_thread,
                args=(owner, stop),
                name=f"fly-lease-{self.machine_id}",
                daemon=True,
            )
            thread.start()
            self._thread = thread
        except BaseException:
            # Interrupted after the API may have given the lease: give it back.
            self._stop.set()
            for nonce in list(self._unreleased):
                self._gave_back(nonce, self._release_sync(owner, nonce))
            self._reset()
            raise
        return self

    def _refresh_in_thread(self, owner: Client, stop: threading.Event) -> None:
        while not stop.wait(self.refresh_every):
            watch = self._watch = Watch()
            if stop.is_set():  # the block ended before `watch` could be seen by __exit__
                return
            started = owner.clock.monotonic()
            try:
                outcome = owner.drive(watched(self._refresh(), watch))
                going = outcome is not None and self._noted(outcome, started)
            except Exception as exc:  # never die of it: say it (see _crashed)
                going = self._crashed(exc)
            if not going:
                return

    def _release_sync(self, owner: Client, nonce: str) -> Result[Any] | Exception:
        try:
            return owner.drive(self._release(nonce))
        except Exception as exc:
            return exc

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        owner = self._owner
        assert isinstance(owner, Client)
        self._stop.set()
        watch = self._watch
        if watch is not None:
            # A refresh in flight may come back with a new lease: let it, then release it.
            watch.stop = True
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
        failures = []
        for nonce in list(self._unreleased):
            failure = self._released(nonce, self._release_sync(owner, nonce), judge=True)
            if failure is not None:
                failures.append(failure)
        self._ended(exc, failures)

    # -- async ----------------------------------------------------------------------------

    async def __aenter__(self) -> Lease[C]:
        import asyncio  # here: a program that never awaits need not import it

        owner = self._owner
        if not isinstance(owner, AsyncClient):
            raise TypeError("use `with Machines.lease(...)` with a (sync) Client")
        self._begin()
        try:
            self._took(await self._acquire_async(owner))
            self._task = asyncio.create_task(
                self._refresh_in_task(owner), name=f"fly-lease-{self.machine_id}"
            )
        except BaseException:
            # Cancelled (or failed) after the API may have given the lease: give it back
            # before the exception goes on.
            for nonce in list(self._unreleased):
                outcome, _ = await self._release_async(owner, nonce)
                self._gave_back(nonce, outcome)
            self._reset()
            raise
        return self

    async def _acquire_async(self, owner: AsyncClient) -> Taken | None:
        import asyncio  # here: a program that never awaits need not import it

        watch = Watch()
        acquiring = asyncio.create_task(
            owner.drive(watched(self._acquire(), watch)),
            name=f"fly-lease-{self.machine_id}-acquire",
        )
        try:
            return await asyncio.shield(acquiring)
        except asyncio.CancelledError:
            if not acquiring.done():
                if watch.sending:
                    # The request may have reached the API and taken the lease: let it
                    # finish (then stop), so that what it got can be released.
                    watch.stop = True
                else:
                    acquiring.cancel()  # between requests: nothing of ours can be held
                await settle(acquiring)
            taken = task_outcome(acquiring)
            if isinstance(taken, tuple):
                with contextlib.suppress(FlyError):
                    self._took(taken)  # so that __aenter__ releases it
            raise

    async def _refresh_in_task(self, owner: AsyncClient) -> None:
        import asyncio  # here: a program that never awaits need not import it

        while True:
            await asyncio.sleep(self.refresh_every)
            watch = self._watch = Watch()
            started = owner.clock.monotonic()
            try:
                outcome = await owner.drive(watched(self._refresh(), watch))
                going = outcome is not None and self._noted(outcome, started)
            except Exception as exc:  # never die of it: say it (see _crashed)
                going = self._crashed(exc)
            finally:
                self._watch = None
            if not going:
                return

    async def _release_async(
        self, owner: AsyncClient, nonce: str
    ) -> tuple[Result[Any] | Exception, bool]:
        """The release's outcome, and whether this task was cancelled meanwhile."""
        import asyncio  # here: a program that never awaits need not import it

        releasing = asyncio.create_task(
            owner.drive(self._release(nonce)), name=f"fly-lease-{self.machine_id}-release"
        )
        cancelled = await settle(releasing)
        outcome = task_outcome(releasing)
        if outcome is None:
            outcome = RuntimeError("the release was cancelled")
        return outcome, cancelled

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        import asyncio  # here: a program that never awaits need not import it

        owner = self._owner
        assert isinstance(owner, AsyncClient)
        cancelled = False
        task, self._task = self._task, None
        if task is not None:
            watch = self._watch
            if watch is not None and watch.sending:
                # A refresh in flight may come back with a new lease: let it, then release it.
                watch.stop = True
            else:
                task.cancel()
            cancelled = await settle(task)
            task_outcome(task)
        failures = []
        for nonce in list(self._unreleased):
            outcome, interrupted = await self._release_async(owner, nonce)
            cancelled = cancelled or interrupted
            failure = self._released(nonce, outcome, judge=True)
            if failure is not None:
                failures.append(failure)
        if not cancelled or isinstance(exc, asyncio.CancelledError):
            self._ended(exc, failures)
            return
        # Cancelled while releasing: the release was let finish; the cancellation goes on.
        ended: BaseException | None = None
        try:
            self._ended(exc, failures)
        except BaseException as error:
            ended = error
        raise asyncio.CancelledError() from ended


def _refresh_interval(
    ttl: object, refresh_every: object, wait_timeout: object, description: object
) -> float:
    """`refresh_every` to use; `FlyError(kind="invalid_request")` naming a bad setting."""
    if isinstance(ttl, bool) or not isinstance(ttl, int) or not 1 <= ttl <= MAX_TTL:
        raise FlyError.invalid_request(
            f"ttl must be a whole number of seconds from 1 to {MAX_TTL}, not {_shown(ttl)}"
        )
    if refresh_every is None:
        every = ttl / 3
    elif _seconds(refresh_every) and 0 < refresh_every < ttl:
        every = refresh_every
    else:
        raise FlyError.invalid_request(
            f"refresh_every must be a number of seconds above 0 and below ttl ({ttl}),"
            f" not {_shown(refresh_every)}"
        )
    if not (_seconds(wait_timeout) and wait_timeout >= 0):
        raise FlyError.invalid_request(
            f"wait_timeout must be a finite number of seconds, 0 or more,"
            f" not {_shown(wait_timeout)}"
        )
    if description is not None and not isinstance(description, str):
        raise FlyError.invalid_request(
            f"description must be a string or None, not {type(description).__name__}"
        )
    return every


def _seconds(value: object) -> TypeGuard[float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and check.finite(value)


def _shown(value: object) -> str:
    # Numbers are shown (they are what was wrong); anything else by its type only.
    if isinstance(value, (int, float)) and not isinstance(value, bool) and check.finite(value):
        return repr(value)
    return type(value).__name__


def _timestamp(epoch: int) -> str:
    try:
        moment = datetime.datetime.fromtimestamp(epoch, tz=datetime.timezone.utc)
    except (OverflowError, OSError, ValueError):
        return str(epoch)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _add_note(exc: BaseException, note: str) -> None:
    if sys.version_info >= (3, 11):
        exc.add_note(note)
    else:  # 3.10 keeps notes the same way; only 3.11's tracebacks print them
        exc.__dict__.setdefault("__notes__", []).append(note)
