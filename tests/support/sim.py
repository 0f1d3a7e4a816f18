"""Shared pieces of the simulator tests (no tests here).

A test is written once as a *scenario*: a generator that yields `Req`s and receives the
`httpx.Response` for each. `Api.run` drives it through `sim.transport()` with either an
`httpx.Client` or an `httpx.AsyncClient`, so every rule is checked both ways without
copying the test. The simulator runs on a `ManualClock`: nothing sleeps.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

import anyio
import httpx
import pytest

from fly_machines.clock import ManualClock
from fly_machines.testing import FlySimulator
from support.kinds import Kind

T = TypeVar("T")

BASE = "http://fly-sim.test"
TOKEN = "sim-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
APP = "sim-app"
ORG = "personal"
IMAGE = "registry-1.docker.io/library/nginx:1.27"
STEP = 1.0  # the simulator's transition_seconds in these tests

MACHINE_ID = re.compile(r"^[0-9a-f]{14}$")
ULID = re.compile(r"^[0-9A-HJKMNP-TV-Z]{26}$")
REQUEST_ID = re.compile(r"^[0-9A-HJKMNP-TV-Z]{26}-sim$")


@dataclass(frozen=True)
class Req:
    method: str
    path: str
    json: Any = None
    params: list[tuple[str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)


Scenario = Generator[Req, httpx.Response, T]


def get(path: str, params: list[tuple[str, str]] | None = None) -> Req:
    return Req("GET", path, params=params or [])


def post(path: str, json: Any = None, nonce: str | None = None) -> Req:
    return Req("POST", path, json=json, headers=_nonce(nonce))


def put(path: str, json: Any = None) -> Req:
    return Req("PUT", path, json=json)


def patch(path: str, json: Any = None, nonce: str | None = None) -> Req:
    return Req("PATCH", path, json=json, headers=_nonce(nonce))


def delete(path: str, params: list[tuple[str, str]] | None = None, nonce: str | None = None) -> Req:
    return Req("DELETE", path, params=params or [], headers=_nonce(nonce))


def _nonce(nonce: str | None) -> dict[str, str]:
    return {"fly-machine-lease-nonce": nonce} if nonce else {}


def machine_path(machine_id: str, action: str = "", app: str = APP) -> str:
    return f"/v1/apps/{app}/machines/{machine_id}" + (f"/{action}" if action else "")


# -- reusable scenario steps --------------------------------------------------------------
def create_app(name: str = APP) -> Scenario[None]:
    response = yield post("/v1/apps", {"name": name, "org_slug": ORG})
    assert response.status_code == 201, response.text


def create_machine(**body: Any) -> Scenario[dict[str, Any]]:
    """Creates a machine in APP (config defaults to IMAGE) and returns its JSON."""
    body.setdefault("config", {"image": IMAGE})
    response = yield post(f"/v1/apps/{APP}/machines", body)
    assert response.status_code == 200, response.text
    machine: dict[str, Any] = response.json()
    return machine


def wait_for(machine_id: str, *states: str, timeout: int = 60) -> Scenario[httpx.Response]:
    params = [("state", s) for s in states] + [("timeout", str(timeout))]
    response = yield get(machine_path(machine_id, "wait"), params)
    return response


def started_machine(**body: Any) -> Scenario[str]:
    """An app and a machine in it, waited until `started`; returns the machine id."""
    yield from create_app()
    machine = yield from create_machine(**body)
    response = yield from wait_for(machine["id"], "started")
    assert response.status_code == 200, response.text
    return str(machine["id"])


def state_of(machine_id: str) -> Scenario[str]:
    response = yield get(machine_path(machine_id))
    assert response.status_code == 200, response.text
    return str(response.json()["state"])


# -- drivers --------------------------------------------------------------------------------
def drive(client: httpx.Client, scenario: Scenario[T]) -> T:
    try:
        request = next(scenario)
        while True:
            response = client.request(
                request.method,
                request.path,
                json=request.json,
                params=tuple(request.params),
                headers=request.headers,
            )
            request = scenario.send(response)
    except StopIteration as done:
        result: T = done.value
        return result


async def drive_async(client: httpx.AsyncClient, scenario: Scenario[T]) -> T:
    try:
        request = next(scenario)
        while True:
            response = await client.request(
                request.method,
                request.path,
                json=request.json,
                params=tuple(request.params),
                headers=request.headers,
            )
            request = scenario.send(response)
    except StopIteration as done:
        result: T = done.value
        return result


class Api:
    """A fresh simulator on a manual clock, and a way to run scenarios against it."""

    def __init__(self, kind: Kind, **options: Any) -> None:
        self.kind = kind
        self.clock = ManualClock()
        options.setdefault("transition_seconds", STEP)
        self.sim = FlySimulator(clock=self.clock, seed=7, **options)

    def run(self, scenario: Scenario[T], headers: dict[str, str] | None = None) -> T:
        headers = AUTH if headers is None else headers
        transport = self.sim.transport()
        if self.kind == "sync":
            with httpx.Client(transport=transport, base_url=BASE, headers=headers) as client:
                return drive(client, scenario)

        async def main() -> T:
            async with httpx.AsyncClient(
                transport=transport, base_url=BASE, headers=headers
            ) as client:
                return await drive_async(client, scenario)

        return anyio.run(main)

    def one(self, request: Req, headers: dict[str, str] | None = None) -> httpx.Response:
        """Sends a single request."""

        def single() -> Scenario[httpx.Response]:
            response = yield request
            return response

        return self.run(single(), headers)


@pytest.fixture
def api(kind: Kind) -> Api:
    """A fresh simulator, driven with the test's kind of httpx client. A simulator test
    module takes it with `from support.sim import api as api`, in place of the respx
    router that tests/conftest.py calls `api`."""
    return Api(kind)


@contextmanager
def raw_client(sim: FlySimulator, app: str) -> Iterator[httpx.Client]:
    """A plain httpx client on `sim` (no facade: the exact requests a test writes), with
    the app `app` created."""
    with httpx.Client(
        transport=sim.transport(), base_url="http://sim", headers={"Authorization": "Bearer t"}
    ) as client:
        assert client.post("/v1/apps", json={"app_name": app, "org_slug": "o"}).status_code == 201
        yield client
