"""The real server under load: waits cost a suspended coroutine, not a thread.

500 waits on the system clock are in flight at once on 127.0.0.1; one stop satisfies all
of them, and a request made meanwhile is answered at once. Before, each wait held one of
asyncio's few worker threads, so six waits queued every other request (the stop too).
Stopping the server while an answer is held back (a timeout fault) prints nothing.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from typing import Any

import httpx
import pytest
from support.sim import APP, AUTH, IMAGE, ORG, machine_path

from fly_machines.clock import SystemClock
from fly_machines.testing import FlySimulator
from fly_machines.testing.resources.wait import WaitResource

pytestmark = pytest.mark.slow

WAITS = 500
STEP = 0.2  # transition_seconds: the stop takes one real step


def _started_machine(sim: FlySimulator) -> str:
    sim.backend.create_app({"name": APP, "org_slug": ORG})
    machine_id = str(sim.backend.create_machine(APP, {"config": {"image": IMAGE}})["id"])
    sim.backend.wait(APP, machine_id, ("started",), 5, None)
    return machine_id


async def _until_waits_block(sim: FlySimulator, count: int, limit: float) -> None:
    deadline = time.monotonic() + limit
    while sim.backend.blocked_waits < count:
        blocked = sim.backend.blocked_waits
        assert time.monotonic() < deadline, f"only {blocked} of {count} waits reached the server"
        await asyncio.sleep(0.01)


async def _request(port: int, method: str, target: str) -> tuple[int, Any]:
    """One request on a connection of its own, answered as (status, JSON body). Raw
    asyncio streams rather than httpx: one httpx pool of 500 connections spends seconds
    of CPU sharing them out, which would be measured instead of the server."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        head = (
            f"{method} {target} HTTP/1.1\r\nhost: 127.0.0.1\r\n"
            f"authorization: {AUTH['Authorization']}\r\n"
            "content-length: 0\r\nconnection: close\r\n\r\n"
        )
        writer.write(head.encode())
        answer = await reader.read()
    finally:
        writer.close()
    status_line, _, rest = answer.partition(b"\r\n")
    body = rest.partition(b"\r\n\r\n")[2]
    return int(status_line.split()[1]), json.loads(body) if body else None


def test_500_waits_are_answered_by_one_stop_and_do_not_queue_other_requests() -> None:
    sim = FlySimulator(clock=SystemClock(), transition_seconds=STEP)
    mid = _started_machine(sim)

    async def main(port: int) -> None:
        target = machine_path(mid, "wait") + "?state=stopped&timeout=15"
        waits = [asyncio.create_task(_request(port, "GET", target)) for _ in range(WAITS)]
        try:
            await _until_waits_block(sim, WAITS, limit=10)
            began = time.monotonic()
            status, body = await _request(port, "GET", machine_path(mid))
            took = time.monotonic() - began
            assert (status, body["state"]) == (200, "started")
            assert took < 0.2, f"a GET took {took:.3f} s while {WAITS} waits were pending"

            stopped_at = time.monotonic()
            assert (await _request(port, "POST", machine_path(mid, "stop")))[0] == 200
            answers = await asyncio.wait_for(asyncio.gather(*waits), timeout=5)
            took = time.monotonic() - stopped_at
        finally:
            for task in waits:
                task.cancel()
        assert {status for status, _ in answers} == {200}
        assert {body["state"] for _, body in answers} == {"stopped"}
        assert STEP <= took < 2.0, f"the waits were answered {took:.3f} s after the stop"

    with sim.serve() as server:
        asyncio.run(main(server.port))
    assert sim.backend.blocked_waits == 0


def test_a_change_made_in_another_thread_wakes_the_servers_waits() -> None:
    sim = FlySimulator(clock=SystemClock(), transition_seconds=0.05)
    mid = _started_machine(sim)

    async def main(port: int) -> None:
        target = machine_path(mid, "wait") + "?state=stopped&timeout=10"
        waits = [asyncio.create_task(_request(port, "GET", target)) for _ in range(20)]
        await _until_waits_block(sim, 20, limit=5)
        began = time.monotonic()
        # Not through the server: the event loop learns of it from this thread.
        await asyncio.to_thread(sim.backend.stop, APP, mid, None)
        answers = await asyncio.wait_for(asyncio.gather(*waits), timeout=5)
        assert {(status, body["state"]) for status, body in answers} == {(200, "stopped")}
        assert time.monotonic() - began < 1.0

    with sim.serve() as server:
        asyncio.run(main(server.port))


def test_changes_to_other_machines_do_not_wake_a_machines_waits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sim = FlySimulator(clock=SystemClock(), transition_seconds=0.05)
    watched = _started_machine(sim)
    checks: list[str] = []
    step = WaitResource._wait_step

    def counted(self: WaitResource, app: str, machine_id: str, *rest: Any) -> Any:
        checks.append(machine_id)
        return step(self, app, machine_id, *rest)

    monkeypatch.setattr(WaitResource, "_wait_step", counted)

    async def main(port: int) -> None:
        target = machine_path(watched, "wait") + "?state=stopped&timeout=10"
        waits = [asyncio.create_task(_request(port, "GET", target)) for _ in range(50)]
        await _until_waits_block(sim, 50, limit=5)
        before = len(checks)
        body = {"config": {"image": IMAGE}, "skip_launch": True}
        for _ in range(20):  # 40 changes, none to the watched machine
            other = sim.backend.create_machine(APP, body)["id"]
            assert (await _request(port, "DELETE", machine_path(other)))[0] == 200
        await asyncio.sleep(0.1)
        assert len(checks) == before  # no wait was woken to look again
        assert (await _request(port, "POST", machine_path(watched, "stop")))[0] == 200
        answers = await asyncio.wait_for(asyncio.gather(*waits), timeout=5)
        assert {(status, body["state"]) for status, body in answers} == {(200, "stopped")}

    with sim.serve() as server:
        asyncio.run(main(server.port))


def test_a_real_clock_wait_times_out_with_408_on_the_server() -> None:
    sim = FlySimulator(clock=SystemClock())
    mid = _started_machine(sim)

    async def main(port: int) -> None:
        began = time.monotonic()
        status, body = await _request(
            port, "GET", machine_path(mid, "wait") + "?state=stopped&timeout=1"
        )
        assert status == 408 and "currently started" in body["error"]
        assert 1.0 <= time.monotonic() - began < 2.0

    with sim.serve() as server:
        asyncio.run(main(server.port))


def test_the_async_transport_waits_without_threads() -> None:
    sim = FlySimulator(clock=SystemClock(), transition_seconds=0.05)
    mid = _started_machine(sim)
    threads_before = threading.active_count()

    async def main() -> None:
        async with httpx.AsyncClient(
            transport=sim.transport(), base_url="http://sim", headers=AUTH
        ) as client:
            params = {"state": "stopped", "timeout": "10"}
            waits = [
                asyncio.create_task(client.get(machine_path(mid, "wait"), params=params))
                for _ in range(100)
            ]
            await _until_waits_block(sim, 100, limit=5)
            assert threading.active_count() == threads_before  # coroutines, not threads
            assert (await client.post(machine_path(mid, "stop"))).status_code == 200
            answers = await asyncio.wait_for(asyncio.gather(*waits), timeout=5)
        assert {a.json()["state"] for a in answers} == {"stopped"}

    asyncio.run(main())


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_closing_with_an_answer_held_back_is_quiet(capfd: pytest.CaptureFixture[str]) -> None:
    sim = FlySimulator(clock=SystemClock())
    sim.backend.create_app({"name": APP, "org_slug": ORG})
    handler = _Records()
    uvicorn_log = logging.getLogger("uvicorn")
    uvicorn_log.addHandler(handler)
    try:
        server = sim.serve()
        sim.faults.timeout_next("Apps_list", hold_seconds=30)
        sim.faults.add_latency("Apps_show", 30)
        with httpx.Client(base_url=server.base_url, headers=AUTH, timeout=10) as client:

            async def held() -> tuple[BaseException | httpx.Response, ...]:
                async with httpx.AsyncClient(
                    base_url=server.base_url, headers=AUTH, timeout=10
                ) as other:
                    return await asyncio.gather(
                        other.get("/v1/apps", params={"org_slug": ORG}),
                        other.get(f"/v1/apps/{APP}"),
                        return_exceptions=True,
                    )

            assert client.get(f"/v1/apps/{APP}/machines").status_code == 200
            began = time.monotonic()
            loop = asyncio.new_event_loop()
            try:
                pending = loop.create_task(held())
                # Both requests reach the server and are held there (a real 0.3 s).
                loop.run_until_complete(asyncio.sleep(0.3))
                assert not pending.done()
                server.close()
                outcomes = loop.run_until_complete(asyncio.wait_for(pending, timeout=5))
            finally:
                loop.close()
            assert time.monotonic() - began < 3
            # The held answer is dropped; the latency ends early and the request is answered.
            assert isinstance(outcomes[0], httpx.RemoteProtocolError), outcomes
            assert isinstance(outcomes[1], httpx.Response | httpx.RemoteProtocolError), outcomes
    finally:
        uvicorn_log.removeHandler(handler)
    captured = capfd.readouterr()
    assert "Traceback" not in captured.err + captured.out
    assert "CancelledError" not in captured.err + captured.out
    loud = [r.getMessage() for r in handler.records if r.levelno >= logging.WARNING]
    assert loud == []
