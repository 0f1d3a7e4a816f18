"""A machine's memory (balloon) and metadata through the facade against the simulator,
with a Client and an AsyncClient, and a refusal for each operation."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.resilience import APP, CONFIG, new_sim, sim_client, sim_clock, sim_machine

from fly_machines import Machines
from fly_machines.testing import FlySimulator

pytestmark = pytest.mark.anyio

GUEST = {"cpu_kind": "shared", "cpus": 1, "memory_mb": 1024}


def started_with_guest(sim: FlySimulator) -> str:
    machine_id = sim_machine(sim, config={**CONFIG, "guest": GUEST})
    sim_clock(sim).advance(2.0)
    return machine_id


@pytest.mark.parametrize("kind", KINDS)
async def test_the_balloon_limits_and_reclaims_memory_of_a_running_machine(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    machine = started_with_guest(sim)
    ids = {"app_name": APP, "machine_id": machine}

    memory = ok_value(await run_result(client, Machines.get_memory, **ids))
    assert (memory.limit_mb, memory.available_mb) == (1024, 768)  # a quarter is in use
    limited = ok_value(await run_result(client, Machines.set_memory_limit, **ids, limit_mb=512))
    assert (limited.limit_mb, limited.available_mb) == (512, 256)
    taken = ok_value(await run_result(client, Machines.reclaim_memory, **ids, amount_mb=100))
    assert taken.actual_mb == 100
    # Asking for more than is free takes what is free.
    rest = ok_value(await run_result(client, Machines.reclaim_memory, **ids, amount_mb=10_000))
    assert rest.actual_mb == 156
    assert ok_value(await run_result(client, Machines.get_memory, **ids)).available_mb == 0


@pytest.mark.parametrize("kind", KINDS)
async def test_memory_refusals(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    stopped = sim_machine(sim, skip_launch=True)
    running = started_with_guest(sim)

    not_started = failure(
        await run_result(client, Machines.get_memory, app_name=APP, machine_id=stopped)
    )
    too_much = failure(
        await run_result(
            client, Machines.set_memory_limit, app_name=APP, machine_id=running, limit_mb=4096
        )
    )
    nothing = failure(
        await run_result(
            client, Machines.reclaim_memory, app_name=APP, machine_id=running, amount_mb=0
        )
    )
    not_a_number = failure(
        await run_result(
            client, Machines.set_memory_limit, app_name=APP, machine_id=running, limit_mb="1G"
        )
    )
    assert (not_started.status, not_started.code) == (412, "failed_precondition")
    assert (too_much.status, "1024" in too_much.message) == (422, True)
    assert nothing.status == 422
    assert (not_a_number.kind, "limit_mb" in not_a_number.message) == ("invalid_request", True)
    unchanged = ok_value(
        await run_result(client, Machines.get_memory, app_name=APP, machine_id=running)
    )
    assert (unchanged.limit_mb, unchanged.available_mb) == (1024, 768)


@pytest.mark.parametrize("kind", KINDS)
async def test_update_metadata_merges_without_reading_first(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    machine = sim_machine(sim, config={**CONFIG, "metadata": {"keep": "1", "old": "x"}})
    ids = {"app_name": APP, "machine_id": machine}

    changed = await run_result(
        client, Machines.update_metadata, **ids, metadata={"role": "web", "old": None}
    )
    assert ok_value(changed) is None
    assert ok_value(await run_result(client, Machines.get_metadata, **ids)) == {
        "keep": "1",
        "role": "web",
    }
    assert ok_value(await run_result(client, Machines.get_metadata_value, **ids, key="role")) == (
        "web"
    )
    # The update read nothing first: one PATCH, then the GET of get_metadata above.
    updates = [r.method for r in sim.requests if (r.operation_id or "").endswith("_metadata")]
    assert updates == ["PATCH", "GET"]


@pytest.mark.parametrize("kind", KINDS)
async def test_metadata_refusals(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    machine = sim_machine(sim, config={**CONFIG, "metadata": {"a": "1"}})
    ids = {"app_name": APP, "machine_id": machine}

    missing = failure(await run_result(client, Machines.get_metadata_value, **ids, key="nope"))
    stale = failure(
        await run_result(
            client, Machines.update_metadata, **ids, metadata={"a": "2"}, machine_version="old"
        )
    )
    not_text = failure(await run_result(client, Machines.update_metadata, **ids, metadata={"a": 2}))
    empty = failure(await run_result(client, Machines.update_metadata, **ids, metadata={}))
    assert (missing.status, stale.status) == (404, 412)
    assert (not_text.kind, "metadata" in not_text.message) == ("invalid_request", True)
    assert empty.kind == "invalid_request"
    assert ok_value(await run_result(client, Machines.get_metadata, **ids)) == {"a": "1"}


class _PatchUnknown(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A server that predates PATCH on metadata: 405 to it, the simulator for the rest."""

    def __init__(self, sim: FlySimulator) -> None:
        self._sim = sim.transport()
        self.methods: list[str] = []

    def _refused(self, request: httpx.Request) -> httpx.Response | None:
        self.methods.append(request.method)
        if request.method == "PATCH":
            return httpx.Response(405, json={"error": "method not allowed"}, request=request)
        return None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._refused(request) or self._sim.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        refused = self._refused(request)
        return refused or await self._sim.handle_async_request(request)


@pytest.mark.parametrize("kind", KINDS)
async def test_update_metadata_falls_back_to_put_on_a_server_without_patch(kind: Kind) -> None:
    sim = new_sim()
    machine = sim_machine(sim)
    transport = _PatchUnknown(sim)
    client = sim_client(sim, kind, transport=transport)
    arguments: dict[str, Any] = {"app_name": APP, "machine_id": machine}

    ok_value(await run_result(client, Machines.update_metadata, **arguments, metadata={"z": "1"}))
    assert transport.methods == ["PATCH", "PUT"]
    assert sim.backend.get_metadata(APP, machine) == {"z": "1"}
    # The PUT refuses as the PATCH does: a stale machine_version changes nothing.
    stale = failure(
        await run_result(
            client, Machines.update_metadata, **arguments, metadata={"z": "2"}, machine_version="0"
        )
    )
    assert (stale.status, transport.methods[-1]) == (412, "PUT")
    assert sim.backend.get_metadata(APP, machine) == {"z": "1"}
