"""Organization-wide lists of machines and volumes, and the platform's regions and
placements, through the facade against the simulator with either client."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import httpx
import pytest
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.resilience import (
    APP,
    CLOCK_START,
    new_sim,
    sim_client,
    sim_clock,
    sim_machine,
    sync_sim_client,
)
from support.sim import AUTH

from fly_machines import Machines, Platform, Postgres, Volumes
from fly_machines.testing import FlySimulator

pytestmark = pytest.mark.anyio

OTHER_APP = "other-app"


def two_apps(sim: FlySimulator) -> list[str]:
    """Three machines over two apps of the organization, each made a second after the
    last, and one machine in another organization's app."""
    sim.backend.create_app({"name": OTHER_APP, "org_slug": "personal"})
    sim.backend.create_app({"name": "elsewhere", "org_slug": "acme"})
    made = []
    for app in (APP, OTHER_APP, APP):
        made.append(sim.backend.create_machine(app, {"config": {"image": "a"}})["id"])
        sim_clock(sim).advance(1.0)
    sim.backend.create_machine("elsewhere", {"config": {"image": "a"}})
    return made


@pytest.mark.parametrize("kind", KINDS)
async def test_org_machines_come_oldest_update_first_a_page_at_a_time(kind: Kind) -> None:
    sim = new_sim()
    made = two_apps(sim)
    sim_clock(sim).advance(10.0)  # every machine has settled (started) by now
    client = sim_client(sim, kind)
    sim.backend.update_machine(APP, made[0], {"config": {"image": "b"}}, None)  # now newest

    first = ok_value(await run_result(client, Machines.list_in_org, org_slug="personal", limit=2))
    rest = ok_value(
        await run_result(
            client, Machines.list_in_org, org_slug="personal", cursor=first.next_cursor
        )
    )
    seen = [m.id for m in first.machines] + [m.id for m in rest.machines]
    assert seen == [made[1], made[2], made[0]]
    assert rest.next_cursor == "" and first.next_cursor
    assert {m.app_name for m in first.machines} == {APP, OTHER_APP}
    assert first.machines[0].config.image == "a"

    since = datetime.fromtimestamp(CLOCK_START + 5, tz=timezone.utc)
    recent = ok_value(
        await run_result(
            client, Machines.list_in_org, org_slug="personal", updated_after=since, summary=True
        )
    )
    assert [m.id for m in recent.machines] == [made[0]]
    assert "config" not in recent.machines[0].to_dict()


@pytest.mark.parametrize("kind", KINDS)
async def test_org_volumes_filter_by_region(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    sim.backend.volumes.create(APP, {"name": "data", "region": "ams"})
    sim_clock(sim).advance(1.0)
    sim.backend.volumes.create(APP, {"name": "data", "region": "fra"})

    listed = ok_value(await run_result(client, Volumes.list_in_org, org_slug="personal"))
    assert [v.region for v in listed.volumes] == ["ams", "fra"]
    in_fra = ok_value(
        await run_result(
            client, Volumes.list_in_org, org_slug="personal", region="fra", summary=True
        )
    )
    assert [(v.region, v.app_name) for v in in_fra.volumes] == [("fra", APP)]


@pytest.mark.parametrize("kind", KINDS)
async def test_org_list_refusals(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    naive = datetime(2026, 1, 1)
    bad_cursor = failure(
        await run_result(client, Machines.list_in_org, org_slug="personal", cursor="!!")
    )
    bad_time = failure(
        await run_result(client, Volumes.list_in_org, org_slug="personal", updated_after="soon")
    )
    no_zone = failure(
        await run_result(client, Machines.list_in_org, org_slug="personal", updated_after=naive)
    )
    assert (bad_cursor.status, "cursor" in bad_cursor.message) == (400, True)
    assert (bad_time.status, "updated_after" in bad_time.message) == (400, True)
    assert (no_zone.kind, "timezone" in no_zone.message) == ("invalid_request", True)
    unknown = failure(await run_result(client, Volumes.list_in_org, org_slug="no-such-org"))
    assert (unknown.status, unknown.message) == (404, "Organization not found")
    assert sim.requests_to("Machines_org_list")[-1].query.count("cursor") == 1  # one was sent


@pytest.mark.parametrize("kind", KINDS)
async def test_an_organization_with_only_a_postgres_cluster_is_known(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    sim.backend.create_app({"name": "acme-web", "org_slug": "acme"})  # makes acme known
    created = await run_result(client, Postgres.create, org_slug="acme", region="ord", plan="basic")
    assert created.ok, created
    sim.backend.delete_app("acme-web")  # the cluster keeps it known
    listed = ok_value(await run_result(client, Machines.list_in_org, org_slug="acme"))
    assert listed.machines == []


@pytest.mark.parametrize("kind", KINDS)
async def test_regions_are_flys_with_the_nearest(kind: Kind) -> None:
    client = sim_client(new_sim(), kind)
    answer = ok_value(await run_result(client, Platform.regions))
    codes = {row.code for row in answer.regions}
    assert {"ams", "iad", "lhr", "nrt", "ord", "syd"} <= codes
    assert answer.nearest in codes
    assert [row.code for row in answer.regions if row.deprecated] == ["bom"]
    # The one refusal an open read can meet is the caller's: bad input, nothing sent.
    refused = failure(await run_result(client, Platform.regions, http_timeout=-1))
    assert (refused.kind, "http_timeout" in refused.message) == ("invalid_request", True)


@pytest.mark.parametrize("kind", KINDS)
async def test_placements_are_deterministic_and_follow_the_expression(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    ask = {"org_slug": "personal", "count": 4, "region": "lhr,eu"}

    first = ok_value(await run_result(client, Platform.placements, **ask))
    again = ok_value(await run_result(client, Platform.placements, **ask))
    assert first.to_dict() == again.to_dict()
    assert [(p.region, p.count) for p in first.regions] == [("lhr", 4)]

    spread = ok_value(await run_result(client, Platform.placements, **ask, weights={"region": 0}))
    assert [p.region for p in spread.regions] == ["lhr", "ams", "arn", "cdg"]
    big = ok_value(
        await run_result(
            client,
            Platform.placements,
            org_slug="personal",
            region="syd",
            compute={"cpus": 16, "memory_mb": 32768},
        )
    )
    assert [(p.region, p.count) for p in big.regions] == [("syd", 62)]  # 1000 // 16


@pytest.mark.parametrize("kind", KINDS)
async def test_placements_with_a_volume_go_where_free_volumes_are(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    sim.backend.volumes.create(APP, {"name": "pg", "region": "fra"})
    sim.backend.volumes.create(APP, {"name": "pg", "region": "fra"})
    taken = sim.backend.volumes.create(APP, {"name": "pg", "region": "ams"})
    sim_machine(sim, config={"image": "a", "mounts": [{"volume": taken["id"], "path": "/d"}]})

    placed = ok_value(
        await run_result(
            client, Platform.placements, org_slug="personal", count=5, region="eu",
            volume_name="pg",
        )
    )  # fmt: skip
    assert [(p.region, p.count) for p in placed.regions] == [("fra", 2)]


@pytest.mark.parametrize("kind", KINDS)
async def test_placement_refusals(kind: Kind) -> None:
    client = sim_client(new_sim(), kind)
    unknown = failure(
        await run_result(client, Platform.placements, org_slug="personal", region="mars")
    )
    negative = failure(await run_result(client, Platform.placements, org_slug="personal", count=-1))
    assert (unknown.status, "mars" in unknown.message) == (422, True)
    assert negative.status == 422


def test_a_naive_datetime_is_refused_before_sending() -> None:
    # The one check that is the facade's own: nothing reaches the simulator.
    sim = new_sim()
    client = sync_sim_client(sim)
    result = Machines.list_in_org(
        client, org_slug="personal", updated_after=datetime.now() - timedelta(hours=1)
    )
    assert not result.ok and sim.requests_to("Machines_org_list") == []


def test_placements_take_any_whole_number_and_know_the_organization() -> None:
    # Raw HTTP, as a client in another language sends it: no float overflow, no 500.
    sim = new_sim()
    http = httpx.Client(transport=sim.transport(), base_url="http://sim.invalid", headers=AUTH)
    huge = {"org_slug": "personal", "compute": {"cpus": 1, "memory_mb": 10**400}}
    assert http.post("/v1/platform/placements", json=huge).status_code == 200
    unknown = http.post("/v1/platform/placements", json={"org_slug": "no-such-org"})
    assert (unknown.status_code, unknown.json()["error"]) == (404, "Organization not found")
    assert sim.errors == []
