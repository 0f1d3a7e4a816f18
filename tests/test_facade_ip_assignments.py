"""An app's IP addresses through the facade against the simulator, with a Client and an
AsyncClient: assign each kind, list, release, and the refusals."""

from __future__ import annotations

import datetime
import ipaddress

import pytest
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.resilience import APP, new_sim, sim_client

from fly_machines import Apps
from fly_machines.testing.resources.ip_assignments import _Counters

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("kind", KINDS)
async def test_each_kind_of_address_is_assigned_listed_and_released(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    v6 = ok_value(await run_result(client, Apps.assign_ip, app_name=APP, type="v6"))
    shared = ok_value(await run_result(client, Apps.assign_ip, app_name=APP, type="shared_v4"))
    flycast = ok_value(
        await run_result(client, Apps.assign_ip, app_name=APP, type="private_v6", network="n1")
    )
    pair = ok_value(
        await run_result(client, Apps.assign_ip, app_name=APP, type="egress_pair", region="ams")
    )
    assert ipaddress.ip_address(v6.ip).version == 6 and not v6.shared
    assert ipaddress.ip_address(shared.ip).version == 4 and shared.shared
    assert (flycast.network.name, flycast.network.org_slug) == ("n1", "personal")
    assert ipaddress.ip_address(pair.ip_pair.v4).version == 4 and pair.egress

    listed = ok_value(await run_result(client, Apps.list_ips, app_name=APP))
    addresses = {entry.ip for entry in listed.ips}
    assert addresses == {v6.ip, shared.ip, flycast.ip, pair.ip_pair.v4, pair.ip_pair.v6}
    assert len(addresses) == 5  # no two assignments share an address

    assert ok_value(await run_result(client, Apps.release_ip, app_name=APP, ip=v6.ip)) is None
    listed = ok_value(await run_result(client, Apps.list_ips, app_name=APP))
    assert v6.ip not in {entry.ip for entry in listed.ips}


@pytest.mark.parametrize("kind", KINDS)
async def test_refusals_change_nothing(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    ok_value(await run_result(client, Apps.assign_ip, app_name=APP, type="v4"))
    before = ok_value(await run_result(client, Apps.list_ips, app_name=APP)).to_dict()

    # A shared IPv4 beside a dedicated one: Fly's docs say it fails.
    beside = failure(await run_result(client, Apps.assign_ip, app_name=APP, type="shared_v4"))
    no_region = failure(await run_result(client, Apps.assign_ip, app_name=APP, type="egress_v4"))
    unknown = failure(await run_result(client, Apps.assign_ip, app_name=APP, type="v5"))
    gone = failure(await run_result(client, Apps.release_ip, app_name=APP, ip="203.0.113.9"))
    no_app = failure(await run_result(client, Apps.list_ips, app_name="no-such-app"))

    assert (beside.status, beside.code) == (422, "unprocessable_entity")
    assert "dedicated" in beside.message
    assert (no_region.status, "region" in no_region.message) == (422, True)
    assert (unknown.kind, unknown.status) == ("invalid_request", None)  # nothing was sent
    assert "type" in unknown.message
    assert (gone.status, no_app.status) == (404, 404)
    assert ok_value(await run_result(client, Apps.list_ips, app_name=APP)).to_dict() == before


@pytest.mark.parametrize("kind", KINDS)
async def test_release_is_safe_to_repeat_after_a_lost_answer(kind: Kind) -> None:
    # A retried release finds the address gone: that is the first attempt's success.
    sim = new_sim()
    client = sim_client(sim, kind)
    ip = ok_value(await run_result(client, Apps.assign_ip, app_name=APP, type="v6")).ip
    sim.faults.drop_next("App_IPAssignments_delete", after_processing=True)
    assert ok_value(await run_result(client, Apps.release_ip, app_name=APP, ip=ip)) is None
    assert len(sim.requests_to("App_IPAssignments_delete")) == 2


@pytest.mark.parametrize("kind", KINDS)
async def test_no_address_is_handed_out_twice_and_egress_needs_a_real_region(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    counters = sim.backend.part(_Counters)
    counters.counts["v4"] = 65_533  # two left in 137.66.0.0/16
    last = ok_value(await run_result(client, Apps.assign_ip, app_name=APP, type="v4"))
    spent = failure(await run_result(client, Apps.assign_ip, app_name=APP, type="v4"))
    nowhere = failure(
        await run_result(client, Apps.assign_ip, app_name=APP, type="egress_v4", region="nope")
    )
    assert last.ip == "137.66.255.254"
    assert (spent.status, "no v4 address is left" in spent.message) == (422, True)
    assert (nowhere.status, "nope" in nowhere.message) == (422, True)
    listed = ok_value(await run_result(client, Apps.list_ips, app_name=APP))
    assert [entry.ip for entry in listed.ips] == [last.ip]


@pytest.mark.parametrize("kind", KINDS)
async def test_an_assignment_time_is_an_aware_datetime_and_no_ips_is_an_empty_list(
    kind: Kind,
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    assert ok_value(await run_result(client, Apps.list_ips, app_name=APP)).ips == []
    v6 = ok_value(await run_result(client, Apps.assign_ip, app_name=APP, type="v6"))
    (listed,) = ok_value(await run_result(client, Apps.list_ips, app_name=APP)).ips
    assert isinstance(listed.created_at, datetime.datetime) and listed.created_at.tzinfo
    assert isinstance(v6.created_at, datetime.datetime)
