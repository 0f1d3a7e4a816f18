"""Shared pieces of the resilience tests (no tests here): clients, scripted servers, the sim.

Every client here runs on a `ManualClock`, so a retry's backoff, a long wait or a lease
that waits its turn takes no real time, and `clock.sleeps` lists every delay asked for.
Retry jitter is the identity, so those delays are exact.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from typing import Any, Literal

import httpx

from fly_machines import (
    AsyncClient,
    Client,
    Err,
    FlyError,
    Machines,
    ManualClock,
    Ok,
    Result,
    RetryPolicy,
)
from fly_machines.testing import FlySimulator

Kind = Literal["sync", "async"]
KINDS: tuple[Kind, ...] = ("sync", "async")

# A plain (Bearer) token long and odd enough that finding it in output means a leak.
TOKEN = "fo1_resilienceSecret_Zq8Xw3Lk0Pv7"
BASE = "https://api.machines.dev"
APP = "resilient-app"
MACHINE_ID = "148ed193b95d89"
CLOCK_START = 1_700_000_000.0  # wall time at which the tests' ManualClocks start
CONFIG: dict[str, Any] = {"image": "flyio/hellofly:latest"}
MACHINE_JSON: dict[str, Any] = {
    "id": MACHINE_ID,
    "name": "white-sun-2456",
    "state": "started",
    "region": "ord",
    "instance_id": "01JHX0N0XW5D4PCKE5P7BB0QQV",
    "config": CONFIG,
}


def exact(delay: float) -> float:
    """Retry jitter that changes nothing, so tests can assert exact delays."""
    return delay


EXACT = RetryPolicy(jitter=exact)


def make_client(kind: Kind, clock: ManualClock, **options: Any) -> Client | AsyncClient:
    """A client of the given kind on `clock`, retrying with exact (jitter-free) delays."""
    options.setdefault("retry", EXACT)
    options.setdefault("token", TOKEN)
    if kind == "sync":
        return Client(clock=clock, **options)
    return AsyncClient(clock=clock, **options)


async def run(client: Client | AsyncClient, function: Callable[..., Any], /, **kw: Any) -> Any:
    """Call a facade function (or anything taking the client first) with either client."""
    outcome = function(client, **kw)
    if inspect.isawaitable(outcome):
        outcome = await outcome
    return outcome


async def run_result(
    client: Client | AsyncClient, function: Callable[..., Any], /, **kw: Any
) -> Result[Any]:
    outcome = await run(client, function, **kw)
    assert isinstance(outcome, (Ok, Err)), outcome
    return outcome


def failure(result: Result[Any]) -> FlyError:
    """The error of an `Err`, or a test failure saying the call succeeded."""
    assert not result.ok, f"expected an Err, got {result!r}"
    return result.error


def ok_value(result: Result[Any]) -> Any:
    """The value of an `Ok`, or a test failure showing the error."""
    assert result.ok, result.error
    return result.value


# -- a scripted server (httpx.MockTransport) ----------------------------------------------

Answer = Callable[[httpx.Request], httpx.Response]


class Script:
    """Answers requests from a list (one entry per request, then `then` for the rest) and
    keeps every request it was given, including those it answered by raising."""

    def __init__(self, answers: Iterable[Answer], then: Answer) -> None:
        self._answers = list(answers)
        self._then = then
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self._answers.pop(0) if self._answers else self._then
        return answer(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def respond(status: int, body: Any = None, **headers: str) -> Answer:
    """An API answer with a request id; `body` a str is sent as is (text/html)."""

    def answer(request: httpx.Request) -> httpx.Response:
        ids = {"fly-request-id": "01JHWYS8D584GY0GHBDF9VGQGM-test", **headers}
        if isinstance(body, str):
            return httpx.Response(status, text=body, headers={"content-type": "text/html", **ids})
        if isinstance(body, bytes):
            kind = {"content-type": "application/json"}
            return httpx.Response(status, content=body, headers={**kind, **ids})
        return httpx.Response(status, json=body, headers=ids)

    return answer


def raising(make: Callable[[httpx.Request], Exception]) -> Answer:
    def answer(request: httpx.Request) -> httpx.Response:
        raise make(request)

    return answer


class Recording(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Passes requests on to another transport and keeps them (with their extensions)."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        response = self._inner.handle_request(request)
        assert isinstance(response, httpx.Response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        response = await self._inner.handle_async_request(request)
        assert isinstance(response, httpx.Response)
        return response


# -- the simulator ------------------------------------------------------------------------


def new_sim(**options: Any) -> FlySimulator:
    """A simulator on a fresh ManualClock with one app, `APP`."""
    options.setdefault("clock", ManualClock())
    sim = FlySimulator(seed=0, **options)
    sim.backend.create_app({"name": APP, "org_slug": "personal"})
    return sim


def sim_clock(sim: FlySimulator) -> ManualClock:
    assert isinstance(sim.clock, ManualClock)
    return sim.clock


def sim_client(sim: FlySimulator, kind: Kind, **options: Any) -> Client | AsyncClient:
    """A client of the given kind talking to `sim` (no sockets), sharing its clock."""
    options.setdefault("transport", sim.transport())
    return make_client(kind, sim_clock(sim), base_url="http://fly-sim.invalid", **options)


def sim_machine(sim: FlySimulator, **body: Any) -> str:
    """Create a machine straight in the simulator's backend (no request recorded)."""
    machine = sim.backend.create_machine(APP, {"config": dict(CONFIG), **body})
    machine_id = machine["id"]
    assert isinstance(machine_id, str)
    return machine_id


def sim_state(sim: FlySimulator, machine_id: str) -> str:
    state = sim.backend.get_machine(APP, machine_id, False)["state"]
    assert isinstance(state, str)
    return state


def live_machines(sim: FlySimulator) -> list[dict[str, Any]]:
    """The app's machines that are not destroyed, as the simulator holds them."""
    return sim.backend.list_machines(
        APP, include_deleted=False, region=None, states=(), metadata={}, summary=False
    )


__all__ = [
    "APP",
    "BASE",
    "CLOCK_START",
    "CONFIG",
    "EXACT",
    "KINDS",
    "MACHINE_ID",
    "MACHINE_JSON",
    "TOKEN",
    "Answer",
    "Kind",
    "Machines",
    "Recording",
    "Script",
    "exact",
    "failure",
    "live_machines",
    "make_client",
    "new_sim",
    "ok_value",
    "raising",
    "respond",
    "run",
    "run_result",
    "sim_client",
    "sim_clock",
    "sim_machine",
    "sim_state",
]
