"""`Machines.clone`: a new machine with another's config (its image pinned), new volumes
for the source's (empty or from its latest snapshot), against the simulator."""

from __future__ import annotations

import json
from typing import Any

import pytest
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.resilience import APP, live_machines, new_sim, sim_client, sim_clock

from fly_machines import Machines
from fly_machines._creating import LAUNCH_ID_KEY
from fly_machines.testing import FlySimulator

pytestmark = pytest.mark.anyio

SOURCE_CONFIG: dict[str, Any] = {
    "image": "registry.fly.io/my-app:deployment-01",
    "env": {"PORT": "8080"},
    "guest": {"cpus": 2, "memory_mb": 1024, "cpu_kind": "shared"},
    "services": [{"internal_port": 8080, "protocol": "tcp"}],
    "metadata": {"role": "web", LAUNCH_ID_KEY: "the-source-launch"},
}


def _source(sim: FlySimulator, **config: Any) -> dict[str, Any]:
    machine = sim.backend.create_machine(
        APP, {"config": {**SOURCE_CONFIG, **config}, "region": "ams"}
    )
    sim_clock(sim).advance(3)
    return machine


def _volume(sim: FlySimulator, **body: Any) -> str:
    volume = sim.backend.volumes.create(
        APP, {"name": "data", "region": "ams", "size_gb": 3, "encrypted": False, **body}
    )
    volume_id = volume["id"]
    assert isinstance(volume_id, str)
    return volume_id


def _sent_volumes(sim: FlySimulator) -> list[dict[str, Any]]:
    return [json.loads(r.body) for r in sim.requests_to("Volumes_create")]


@pytest.mark.parametrize("kind", KINDS)
async def test_a_clone_has_the_sources_config_and_exactly_its_image(kind: Kind) -> None:
    sim = new_sim()
    source = _source(sim)
    client = sim_client(sim, kind)

    result = await run_result(
        client, Machines.clone, app_name=APP, machine_id=source["id"], name="web-2"
    )

    clone = ok_value(result)
    assert (clone.name, clone.region) == ("web-2", "ams")  # the source's region by default
    config = sim.backend.get_machine(APP, clone.id, False)["config"]
    ref = source["image_ref"]
    pinned = f"{ref['registry']}/{ref['repository']}:{ref['tag']}@{ref['digest']}"
    assert config["image"] == pinned
    for key in ("env", "guest", "services"):
        assert config[key] == SOURCE_CONFIG[key]
    # The clone's own create: a launch id of its own, the other metadata kept.
    assert config["metadata"]["role"] == "web"
    assert config["metadata"][LAUNCH_ID_KEY] not in ("the-source-launch", "")
    assert {m["id"] for m in live_machines(sim)} == {source["id"], clone.id}


@pytest.mark.parametrize("kind", KINDS)
async def test_a_clone_goes_to_the_region_asked_and_falls_back_when_it_is_full(
    kind: Kind,
) -> None:
    sim = new_sim()
    source = _source(sim)
    sim.capacity["fra"] = 0
    client = sim_client(sim, kind)

    result = await run_result(
        client, Machines.clone, app_name=APP, machine_id=source["id"], region=["fra", "cdg"]
    )

    assert ok_value(result).region == "cdg"


@pytest.mark.parametrize("kind", KINDS)
async def test_each_volume_of_the_source_becomes_a_new_empty_one_at_the_same_path(
    kind: Kind,
) -> None:
    sim = new_sim()
    volume_id = _volume(sim)
    source = _source(sim, mounts=[{"volume": volume_id, "path": "/data"}])
    client = sim_client(sim, kind)

    result = await run_result(
        client, Machines.clone, app_name=APP, machine_id=source["id"], region="fra"
    )

    clone = ok_value(result)
    (mount,) = sim.backend.get_machine(APP, clone.id, False)["config"]["mounts"]
    assert mount["path"] == "/data" and mount["volume"] != volume_id
    new = sim.backend.volumes.get(APP, mount["volume"])
    assert (new["name"], new["region"], new["size_gb"], new["encrypted"]) == (
        "data",
        "fra",
        3,
        False,
    )
    assert new["attached_machine_id"] == clone.id
    assert sim.backend.volumes.get(APP, volume_id)["attached_machine_id"] == source["id"]
    assert [body.get("snapshot_id") for body in _sent_volumes(sim)] == [None]


@pytest.mark.parametrize("kind", KINDS)
async def test_from_snapshot_restores_the_latest_snapshot_and_none_means_empty(
    kind: Kind,
) -> None:
    sim = new_sim()
    with_snapshots, without = _volume(sim), _volume(sim, name="logs")
    sim.backend.volumes.snapshot(APP, with_snapshots)
    sim_clock(sim).advance(60)
    latest = sim.backend.volumes.snapshot(APP, with_snapshots)["id"]
    mounts = [{"volume": with_snapshots, "path": "/data"}, {"volume": without, "path": "/logs"}]
    source = _source(sim, mounts=mounts)
    client = sim_client(sim, kind)

    result = await run_result(
        client, Machines.clone, app_name=APP, machine_id=source["id"], from_snapshot=True
    )

    ok_value(result)
    sent = [(body["name"], body.get("snapshot_id")) for body in _sent_volumes(sim)]
    assert sent == [("data", latest), ("logs", None)]


@pytest.mark.parametrize("kind", KINDS)
async def test_when_the_create_fails_the_new_volumes_are_destroyed(kind: Kind) -> None:
    sim = new_sim()
    volume_id = _volume(sim)
    source = _source(sim, mounts=[{"volume": volume_id, "path": "/data"}])
    sim.capacity["fra"] = 0
    client = sim_client(sim, kind)

    result = await run_result(
        client, Machines.clone, app_name=APP, machine_id=source["id"], region="fra"
    )

    error = failure(result)
    assert error.code == "insufficient_capacity"
    assert "new volumes were destroyed" in error.message
    (destroyed,) = sim.requests_to("Volume_delete")
    assert destroyed.status == 200 and not destroyed.path.endswith(volume_id)
    assert [v["id"] for v in sim.backend.volumes.list_all(APP)] == [volume_id]
    assert [m["id"] for m in live_machines(sim)] == [source["id"]]


@pytest.mark.parametrize("kind", KINDS)
async def test_a_machine_with_volumes_is_cloned_into_one_region_not_a_list(kind: Kind) -> None:
    sim = new_sim()
    source = _source(sim, mounts=[{"volume": _volume(sim), "path": "/data"}])
    client = sim_client(sim, kind)

    result = await run_result(
        client, Machines.clone, app_name=APP, machine_id=source["id"], region=["fra", "cdg"]
    )

    error = failure(result)
    assert error.kind == "invalid_request" and "one region" in error.message
    assert sim.requests_to("Volumes_create") == [] and sim.requests_to("Machines_create") == []


@pytest.mark.parametrize("kind", KINDS)
async def test_cloning_a_machine_that_does_not_exist_makes_nothing(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    result = await run_result(client, Machines.clone, app_name=APP, machine_id="nope")

    assert failure(result).status == 404
    assert sim.requests_to("Machines_create") == [] and live_machines(sim) == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"region": ""}, "region"),
        ({"region": []}, "region"),
        ({"region": ["fra", "fra"]}, "region lists fra"),
        ({"name": ""}, "name"),
        ({"from_snapshot": "yes"}, "from_snapshot"),
    ],
)
async def test_bad_arguments_are_refused_before_anything_is_sent(
    kind: Kind, arguments: dict[str, Any], named: str
) -> None:
    sim = new_sim()
    source = _source(sim, mounts=[{"volume": _volume(sim), "path": "/data"}])
    client = sim_client(sim, kind)

    result = await run_result(
        client, Machines.clone, **{"app_name": APP, "machine_id": source["id"], **arguments}
    )

    error = failure(result)
    assert error.kind == "invalid_request" and named in error.message
    assert sim.requests == []
