"""Many clients at once on the real server: no 5xx, and nothing lost.

16 threads (sync clients) and then 200 asyncio tasks run mixed lifecycles: their own
machine through stop/start cycles, an update and a destroy; metadata writes and secret
sets on shared objects; updates of one shared machine taken in turn under its lease.
The final states, event counts, versions, metadata and secrets must account for every
call. The simulator runs on a manual clock, so waits take no real time.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest
from support.sim import APP, AUTH, IMAGE, ORG, machine_path

from fly_machines.clock import ManualClock
from fly_machines.testing import FlySimulator
from fly_machines.testing.resources.secrets import SecretStore

# Subprocesses, codegen, real servers or property suites: `pytest -m 'not slow'` skips it.
pytestmark = pytest.mark.slow

THREADS = 16
TASKS = 200
IN_FLIGHT = 4
CYCLES = 2
# Lifecycle events of one worker's machine: create 3, each stop/start cycle 4, update of a
# started machine 2, stop 2, destroy 2.
WORKER_EVENTS = 3 + 4 * CYCLES + 2 + 2 + 2


class Statuses:
    """Counts every status the clients saw (thread-safe), as an httpx response hook."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.counts: Counter[int] = Counter()

    def sync_hook(self, response: httpx.Response) -> None:
        with self._lock:
            self.counts[response.status_code] += 1

    async def async_hook(self, response: httpx.Response) -> None:
        self.sync_hook(response)


@pytest.fixture
def server_url() -> Iterator[tuple[FlySimulator, str]]:
    sim = FlySimulator(clock=ManualClock(), seed=11)
    with sim.serve() as server:
        with httpx.Client(base_url=server.base_url, headers=AUTH) as client:
            assert client.post("/v1/apps", json={"name": APP, "org_slug": ORG}).status_code == 201
            for name in ("shared", "leased"):
                body = {"name": name, "config": {"image": IMAGE}}
                assert client.post(f"/v1/apps/{APP}/machines", json=body).status_code == 200
        yield sim, server.base_url


def _machine_id(sim: FlySimulator, name: str) -> str:
    [machine] = [m for m in sim.backend.apps[APP].machines.values() if m.name == name]
    return machine.id


def _ok(response: httpx.Response, *expected: int) -> dict[str, Any]:
    assert response.status_code in (expected or (200,)), response.text
    return response.json() if response.content else {}


def _sync_worker(client: httpx.Client, index: int, shared: str, leased: str) -> None:
    mid = _ok(client.post(f"/v1/apps/{APP}/machines", json={"config": {"image": IMAGE}}))["id"]
    wait = machine_path(mid, "wait")
    _ok(client.get(wait, params={"state": "started"}))
    _ok(client.post(machine_path(shared, f"metadata/w{index}"), json={"value": "x"}), 204)
    _ok(client.post(f"/v1/apps/{APP}/secrets/S{index}", json={"value": "v"}), 201)
    for _ in range(CYCLES):
        _ok(client.post(machine_path(mid, "stop")))
        _ok(client.get(wait, params={"state": "stopped"}))
        _ok(client.post(machine_path(mid, "start")))
        _ok(client.get(wait, params={"state": "started"}))
    update = {"config": {"image": IMAGE, "env": {"WORKER": str(index)}}}
    _ok(client.post(machine_path(mid), json=update))
    _ok(client.get(wait, params={"state": "started"}))
    # Take turns on the leased machine: update it under the lease, wait, release.
    while True:
        response = client.post(machine_path(leased, "lease"), json={"ttl": 3600})
        if response.status_code == 201:
            break
        _ok(response, 409)
        time.sleep(0.001)  # real time, briefly: let the holder's requests through
    nonce = response.json()["data"]["nonce"]
    headers = {"fly-machine-lease-nonce": nonce}
    version = _ok(client.post(machine_path(leased), json=update, headers=headers))["version"]
    params = {"state": "started", "version": version}
    _ok(client.get(machine_path(leased, "wait"), params=params))
    _ok(client.delete(machine_path(leased, "lease"), headers=headers))
    _ok(client.post(machine_path(mid, "stop")))
    _ok(client.get(wait, params={"state": "stopped"}))
    _ok(client.delete(machine_path(mid)))
    _ok(client.get(wait, params={"state": "destroyed"}))


def _check_totals(sim: FlySimulator, workers: int, statuses: Statuses) -> None:
    assert not [s for s in statuses.counts if s >= 500], statuses.counts
    app = sim.backend.apps[APP]
    shared, leased = _machine_id(sim, "shared"), _machine_id(sim, "leased")
    own = [m for m in app.machines.values() if m.id not in (shared, leased)]
    assert len(own) == workers
    for machine in own:
        shown = sim.backend.get_machine(APP, machine.id, False)
        assert shown["state"] == "destroyed"
        assert len(shown["events"]) == WORKER_EVENTS, [e["status"] for e in shown["events"]]
        assert len(sim.backend.versions(APP, machine.id)) == 2
    metadata = sim.backend.get_metadata(APP, shared)
    assert set(metadata) == {f"w{i}" for i in range(workers)}
    assert len(sim.backend.secrets.list_all(APP, False)["secrets"]) == workers
    assert app.part(SecretStore).version == workers
    # Every update under the lease made a version and two events; none was lost.
    shown = sim.backend.get_machine(APP, leased, False)
    assert len(sim.backend.versions(APP, leased)) == 1 + workers
    assert len(shown["events"]) == 3 + 2 * workers
    assert shown["state"] == "started"


def test_sixteen_threads(server_url: tuple[FlySimulator, str]) -> None:
    sim, url = server_url
    shared, leased = _machine_id(sim, "shared"), _machine_id(sim, "leased")
    statuses = Statuses()
    errors: list[BaseException] = []
    start = threading.Barrier(THREADS)

    def run(index: int) -> None:
        try:
            hooks = {"response": [statuses.sync_hook]}
            with httpx.Client(base_url=url, headers=AUTH, event_hooks=hooks) as client:
                start.wait()
                _sync_worker(client, index, shared, leased)
        except BaseException as exc:  # reported below, with the thread's own traceback
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    _check_totals(sim, THREADS, statuses)


async def _async_worker(
    client: httpx.AsyncClient, in_flight: anyio.Semaphore, index: int, shared: str
) -> None:
    async def call(method: str, path: str, expected: int = 200, **kwargs: Any) -> dict[str, Any]:
        async with in_flight:
            return _ok(await client.request(method, path, **kwargs), expected)

    body = {"config": {"image": IMAGE}}
    mid = (await call("POST", f"/v1/apps/{APP}/machines", json=body))["id"]
    wait = machine_path(mid, "wait")
    await call("GET", wait, params={"state": "started"})
    if index % 2:
        await call("POST", machine_path(shared, f"metadata/w{index}"), 204, json={"value": "x"})
    else:
        await call("POST", f"/v1/apps/{APP}/secrets/S{index}", 201, json={"value": "v"})
    await call("POST", machine_path(mid, "stop"))
    await call("GET", wait, params={"state": "stopped"})
    await call("DELETE", machine_path(mid))
    await call("GET", wait, params={"state": "destroyed"})


def test_two_hundred_asyncio_tasks(server_url: tuple[FlySimulator, str]) -> None:
    sim, url = server_url
    shared = _machine_id(sim, "shared")
    statuses = Statuses()

    async def main() -> None:
        # All 200 tasks run at once; at most IN_FLIGHT of their requests wait in httpx's
        # connection pool, whose bookkeeping grows quadratically with waiting requests.
        in_flight = anyio.Semaphore(IN_FLIGHT)
        limits = httpx.Limits(max_connections=IN_FLIGHT)
        hooks = {"response": [statuses.async_hook]}
        async with (
            httpx.AsyncClient(
                base_url=url, headers=AUTH, limits=limits, event_hooks=hooks, timeout=60
            ) as client,
            anyio.create_task_group() as group,
        ):
            for index in range(TASKS):
                group.start_soon(_async_worker, client, in_flight, index, shared)

    anyio.run(main)
    assert not [s for s in statuses.counts if s >= 500], statuses.counts
    assert sum(statuses.counts.values()) == 7 * TASKS
    app = sim.backend.apps[APP]
    own = [m for m in app.machines.values() if m.name not in ("shared", "leased")]
    assert len(own) == TASKS
    for machine in own:
        events = sim.backend.get_machine(APP, machine.id, False)["events"]
        assert [e["status"] for e in events] == [
            "destroyed", "destroying", "stopped", "stopping", "started", "starting", "created",
        ]  # fmt: skip
    metadata = sim.backend.get_metadata(APP, shared)
    assert set(metadata) == {f"w{i}" for i in range(1, TASKS, 2)}
    secrets = sim.backend.secrets.list_all(APP, False)["secrets"]
    assert {s["name"] for s in secrets} == {f"S{i}" for i in range(0, TASKS, 2)}
    assert app.part(SecretStore).version == TASKS // 2
