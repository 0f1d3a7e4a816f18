"""The simulator as a real HTTP server: faults on the wire, real-clock waits, shutdown.

These use real time only in small, bounded amounts (a transition of 0.2 s at most).
"""

from __future__ import annotations

import threading
import time

import anyio
import httpx
import pytest
from support.sim import APP, AUTH, IMAGE, ORG, machine_path

from fly_machines.clock import ManualClock, SystemClock
from fly_machines.testing import FlySimulator

CREATE = "POST /v1/apps/{app_name}/machines"


def _setup(client: httpx.Client) -> None:
    assert client.post("/v1/apps", json={"name": APP, "org_slug": ORG}).status_code == 201


def _until_a_wait_blocks(sim: FlySimulator) -> None:
    deadline = time.monotonic() + 5
    while not sim.backend.blocked_waits:
        assert time.monotonic() < deadline, "the wait never reached the simulator"
        time.sleep(0.002)


def _machines(sim: FlySimulator) -> int:
    return len(
        sim.backend.list_machines(
            APP, include_deleted=True, region=None, states=(), metadata={}, summary=False
        )
    )


def test_serves_on_a_free_local_port() -> None:
    sim = FlySimulator(clock=ManualClock())
    with sim.serve(host="127.0.0.1", port=0) as server:
        assert server.base_url == f"http://127.0.0.1:{server.port}" and server.port > 0
        response = httpx.get(f"{server.base_url}/v1/apps", params={"org_slug": ORG}, headers=AUTH)
        assert response.status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{server.base_url}/v1/apps", params={"org_slug": ORG}, headers=AUTH)


@pytest.mark.parametrize(("after", "machines"), [(False, 0), (True, 1)])
def test_dropped_connections(after: bool, machines: int) -> None:
    sim = FlySimulator(clock=ManualClock())
    with sim.serve() as server, httpx.Client(base_url=server.base_url, headers=AUTH) as client:
        _setup(client)
        sim.faults.drop_next(CREATE, after_processing=after)
        with pytest.raises(httpx.RemoteProtocolError):
            client.post(f"/v1/apps/{APP}/machines", json={"config": {"image": IMAGE}})
        assert _machines(sim) == machines
        # The next request is answered normally.
        response = client.post(f"/v1/apps/{APP}/machines", json={"config": {"image": IMAGE}})
        assert response.status_code == 200


def test_read_timeout_after_processing() -> None:
    sim = FlySimulator(clock=ManualClock())
    with sim.serve() as server, httpx.Client(base_url=server.base_url, headers=AUTH) as client:
        _setup(client)
        sim.faults.timeout_next(CREATE, hold_seconds=0.3)
        with pytest.raises(httpx.ReadTimeout):
            client.post(f"/v1/apps/{APP}/machines", json={"config": {"image": IMAGE}}, timeout=0.1)
        assert _machines(sim) == 1


def test_a_real_clock_wait_blocks_only_its_own_request() -> None:
    sim = FlySimulator(clock=SystemClock(), transition_seconds=0.1)
    with sim.serve() as server, httpx.Client(base_url=server.base_url, headers=AUTH) as client:
        _setup(client)
        body = {"config": {"image": IMAGE}, "skip_launch": True}
        mid = client.post(f"/v1/apps/{APP}/machines", json=body).json()["id"]
        answers: list[httpx.Response] = []

        def wait() -> None:
            with httpx.Client(base_url=server.base_url, headers=AUTH) as other:
                answers.append(other.get(machine_path(mid, "wait"), params={"state": "started"}))

        waiter = threading.Thread(target=wait)
        waiter.start()
        _until_a_wait_blocks(sim)
        began = time.monotonic()
        assert client.get(machine_path(mid)).json()["state"] == "created"
        assert time.monotonic() - began < 0.5  # answered while the wait is blocked
        assert client.post(machine_path(mid, "start")).status_code == 200
        waiter.join(timeout=5)
        assert [a.json()["state"] for a in answers] == ["started"]
        assert time.monotonic() - began >= 0.1  # `starting` lasted one real step


def test_closing_the_server_ends_blocked_waits() -> None:
    sim = FlySimulator(clock=SystemClock())
    server = sim.serve()
    with httpx.Client(base_url=server.base_url, headers=AUTH) as client:
        _setup(client)
        body = {"config": {"image": IMAGE}, "skip_launch": True}
        mid = client.post(f"/v1/apps/{APP}/machines", json=body).json()["id"]
    answers: list[int] = []

    def wait() -> None:
        with httpx.Client(base_url=server.base_url, headers=AUTH) as other:
            answers.append(other.get(machine_path(mid, "wait")).status_code)

    waiter = threading.Thread(target=wait)
    waiter.start()
    _until_a_wait_blocks(sim)
    began = time.monotonic()
    server.close()
    waiter.join(timeout=5)
    assert answers == [503]
    assert time.monotonic() - began < 3


def test_the_async_transport_keeps_the_event_loop_free_during_a_real_wait() -> None:
    sim = FlySimulator(clock=SystemClock(), transition_seconds=0.1)
    sim.backend.create_app({"name": APP, "org_slug": ORG})
    mid = sim.backend.create_machine(APP, {"config": {"image": IMAGE}, "skip_launch": True})["id"]
    order: list[str] = []

    async def main() -> None:
        async with httpx.AsyncClient(
            transport=sim.transport(), base_url="http://sim", headers=AUTH
        ) as client:

            async def wait() -> None:
                response = await client.get(machine_path(mid, "wait"), params={"state": "started"})
                order.append(f"wait:{response.json()['state']}")

            async def start_later() -> None:
                while not sim.backend.blocked_waits:  # until the wait blocks in its thread
                    await anyio.sleep(0.002)
                order.append(f"get:{(await client.get(machine_path(mid))).json()['state']}")
                await client.post(machine_path(mid, "start"))

            async with anyio.create_task_group() as group:
                group.start_soon(wait)
                group.start_soon(start_later)

    anyio.run(main)
    assert order == ["get:created", "wait:started"]
