"""`Machines.merge_config`: a partial config merged into the machine's, guarded by the
version it was read at, and merged again when someone else wrote in between."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.resilience import APP, new_sim, sim_client, sim_clock
from support.transports import Recording

from fly_machines import Machines
from fly_machines._machine_config import merged
from fly_machines.testing import FlySimulator

pytestmark = pytest.mark.anyio

UPDATE = "Machines_update"
BASE_CONFIG: dict[str, Any] = {
    "image": "flyio/hellofly:latest",
    "env": {"A": "1", "B": "2"},
    "guest": {"cpus": 1, "memory_mb": 256, "cpu_kind": "shared"},
    "services": [{"internal_port": 8080, "protocol": "tcp"}],
    "metadata": {"role": "web"},
}


def _machine(sim: FlySimulator) -> str:
    machine_id = sim.backend.create_machine(APP, {"config": BASE_CONFIG})["id"]
    assert isinstance(machine_id, str)
    sim_clock(sim).advance(3)
    return machine_id


def _config(sim: FlySimulator, machine_id: str) -> dict[str, Any]:
    config = sim.backend.get_machine(APP, machine_id, False)["config"]
    assert isinstance(config, dict)
    return config


class _SomeoneElseWritesFirst(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Just before each of the next `times` updates of the machine reaches the simulator,
    another client updates it (setting env OTHER to the count so far): the update in
    flight now carries a version that is no longer current."""

    def __init__(self, sim: FlySimulator, machine_id: str, times: int) -> None:
        self._sim, self._machine_id, self._left = sim, machine_id, times
        self._inner = sim.transport()
        self.writes = 0

    def _interleave(self, request: httpx.Request) -> None:
        is_update = request.method == "POST" and request.url.path.endswith(self._machine_id)
        if is_update and self._left:
            self._left -= 1
            self.writes += 1
            theirs = merged(
                _config(self._sim, self._machine_id), {"env": {"OTHER": f"{self.writes}"}}
            )
            self._sim.backend.update_machine(APP, self._machine_id, {"config": theirs}, None)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._interleave(request)
        return self._inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._interleave(request)
        return await self._inner.handle_async_request(request)


def test_the_merge_rules() -> None:
    current = {"env": {"A": "1", "B": "2"}, "services": [{"port": 1}], "image": "a", "x": 1}
    changes = {
        "env": {"B": None, "C": "3"},  # a mapping merges; None removes a key in it
        "services": [{"port": 2}],  # a list replaces the list
        "image": "b",  # a plain value replaces
        "x": None,  # None removes a key
        "guest": {"cpus": 2, "gpus": None},  # a new mapping, without its None values
    }

    result = merged(current, changes)

    assert result == {
        "env": {"A": "1", "C": "3"},
        "services": [{"port": 2}],
        "image": "b",
        "guest": {"cpus": 2},
    }
    # Neither input is changed, and the result shares nothing with them.
    assert current == {"env": {"A": "1", "B": "2"}, "services": [{"port": 1}], "image": "a", "x": 1}
    result["services"][0]["port"] = 3
    assert changes["services"] == [{"port": 2}]


@pytest.mark.parametrize("kind", KINDS)
async def test_a_partial_config_is_merged_into_the_machines_and_the_rest_is_kept(
    kind: Kind,
) -> None:
    sim = new_sim()
    machine_id = _machine(sim)
    client = sim_client(sim, kind)
    before = sim.backend.get_machine(APP, machine_id, False)["version"]

    result = await run_result(
        client,
        Machines.merge_config,
        app_name=APP,
        machine_id=machine_id,
        config={"env": {"LOG_LEVEL": "debug", "B": None}, "guest": {"memory_mb": 512}},
    )

    machine = ok_value(result)
    expected = {
        **BASE_CONFIG,
        "env": {"A": "1", "LOG_LEVEL": "debug"},
        "guest": {"cpus": 1, "memory_mb": 512, "cpu_kind": "shared"},
    }
    assert _config(sim, machine_id) == expected
    assert machine.instance_id != before
    (update,) = sim.requests_to(UPDATE)
    assert update.status == 200 and json.loads(update.body)["current_version"] == before


@pytest.mark.parametrize("kind", KINDS)
async def test_a_merge_that_changes_nothing_sends_no_update(kind: Kind) -> None:
    sim = new_sim()
    machine_id = _machine(sim)
    client = sim_client(sim, kind)
    before = sim.backend.get_machine(APP, machine_id, False)

    result = await run_result(
        client,
        Machines.merge_config,
        app_name=APP,
        machine_id=machine_id,
        config={"env": {"A": "1"}, "metadata": {"absent": None}},
    )

    assert ok_value(result).instance_id == before["instance_id"]
    assert sim.requests_to(UPDATE) == []
    assert sim.backend.get_machine(APP, machine_id, False)["events"] == before["events"]


@pytest.mark.parametrize("kind", KINDS)
async def test_when_someone_else_writes_between_the_read_and_the_update_it_merges_again(
    kind: Kind,
) -> None:
    sim = new_sim()
    machine_id = _machine(sim)
    interleaving = _SomeoneElseWritesFirst(sim, machine_id, times=1)
    client = sim_client(sim, kind, transport=interleaving)

    result = await run_result(
        client,
        Machines.merge_config,
        app_name=APP,
        machine_id=machine_id,
        config={"env": {"MINE": "1"}},
    )

    machine = ok_value(result)
    # Both writes are there: theirs was not overwritten by a config read before it.
    assert _config(sim, machine_id)["env"] == {"A": "1", "B": "2", "OTHER": "1", "MINE": "1"}
    assert machine.instance_id == sim.backend.get_machine(APP, machine_id, False)["version"]
    assert [r.status for r in sim.requests_to(UPDATE)] == [409, 200]
    assert len(sim.requests_to("Machines_show")) == 2


@pytest.mark.parametrize("kind", KINDS)
async def test_a_machine_that_keeps_changing_is_a_conflict_after_the_attempts_allowed(
    kind: Kind,
) -> None:
    sim = new_sim()
    machine_id = _machine(sim)
    interleaving = _SomeoneElseWritesFirst(sim, machine_id, times=10)
    client = sim_client(sim, kind, transport=interleaving)

    result = await run_result(
        client,
        Machines.merge_config,
        app_name=APP,
        machine_id=machine_id,
        config={"env": {"MINE": "1"}},
        attempts=2,
    )

    error = failure(result)
    assert (error.status, error.code) == (409, "conflict")
    assert "kept changing: 2 updates tried" in error.message
    assert [r.status for r in sim.requests_to(UPDATE)] == [409, 409]
    assert "MINE" not in _config(sim, machine_id)["env"]


@pytest.mark.parametrize("kind", KINDS)
async def test_a_lease_held_by_someone_else_is_not_retried(kind: Kind) -> None:
    sim = new_sim()
    machine_id = _machine(sim)
    sim.backend.leases.acquire(APP, machine_id, {"ttl": 60}, None)
    client = sim_client(sim, kind)

    result = await run_result(
        client, Machines.merge_config, app_name=APP, machine_id=machine_id, config={"image": "b"}
    )

    assert failure(result).code == "lease_conflict"
    assert len(sim.requests_to(UPDATE)) == 1
    assert _config(sim, machine_id)["image"] == BASE_CONFIG["image"]


@pytest.mark.parametrize("kind", KINDS)
async def test_a_machine_that_does_not_exist_is_not_found_and_nothing_is_written(
    kind: Kind,
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    result = await run_result(
        client, Machines.merge_config, app_name=APP, machine_id="nope", config={"image": "b"}
    )

    assert failure(result).status == 404
    assert sim.requests_to(UPDATE) == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"config": ["image", "b"]}, "config"),
        ({"config": {1: "b"}}, "config"),
        ({"config": {"image": "b"}, "attempts": 0}, "attempts"),
        ({"config": {"image": "b"}, "attempts": 1.5}, "attempts"),
    ],
)
async def test_bad_arguments_are_refused_unsent(
    kind: Kind, arguments: dict[str, Any], named: str
) -> None:
    sim = new_sim()
    machine_id = _machine(sim)
    recording = Recording(sim.transport())
    client = sim_client(sim, kind, transport=recording)

    result = await run_result(
        client, Machines.merge_config, **{"app_name": APP, "machine_id": machine_id, **arguments}
    )

    error = failure(result)
    assert error.kind == "invalid_request" and named in error.message
    assert recording.requests == []
