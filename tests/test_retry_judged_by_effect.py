"""A retry's refusal counts as the first attempt's success only when it says the thing
itself is already done; a refusal about something else (its app is missing, the
extension sits in another schema) stays an error, and an ask that adds up each time
(reclaiming memory) is never repeated."""

from __future__ import annotations

import pytest
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.postgres import ready_cluster
from support.resilience import APP, CONFIG, new_sim, sim_client, sim_clock, sim_machine

from fly_machines import Machines, Postgres, SecretKeys

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("kind", KINDS)
async def test_a_404_about_the_app_is_not_a_delete_already_done(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    sim.faults.fail_next("Secretkey_delete", status=503)  # may have reached the API

    typo = failure(await run_result(client, SecretKeys.delete, app_name="tpyo-app", name="k"))

    assert (typo.status, typo.code) == (404, "not_found")
    assert "tpyo-app" in typo.message
    assert len(sim.requests_to("Secretkey_delete")) == 2


@pytest.mark.parametrize("kind", KINDS)
async def test_a_404_about_the_thing_itself_is_the_delete_already_done(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    generated = await run_result(client, SecretKeys.generate, app_name=APP, name="k", type="hs256")
    assert generated.ok, generated
    sim.faults.drop_next("Secretkey_delete", after_processing=True)

    assert (await run_result(client, SecretKeys.delete, app_name=APP, name="k")).ok


@pytest.mark.parametrize("kind", KINDS)
async def test_an_extension_in_another_schema_is_a_conflict_even_after_a_retry(
    kind: Kind,
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    cluster_id = await ready_cluster(sim, client)
    where = {"cluster_id": cluster_id, "database_name": "fly-db", "extension_name": "pg_trgm"}
    ok_value(await run_result(client, Postgres.enable_extension, **where))  # in public
    sim.faults.fail_next("Postgres_extensions_enable", status=503)

    elsewhere = await run_result(
        client, Postgres.enable_extension, **where, schema="analytics", create_schema=True
    )

    assert (failure(elsewhere).status, failure(elsewhere).code) == (409, "conflict")


@pytest.mark.parametrize("kind", KINDS)
async def test_reclaiming_memory_is_never_repeated_after_it_may_have_been_done(
    kind: Kind,
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    guest = {"cpu_kind": "shared", "cpus": 1, "memory_mb": 1024}
    machine_id = sim_machine(sim, config={**CONFIG, "guest": guest})
    sim_clock(sim).advance(2.0)
    ids = {"app_name": APP, "machine_id": machine_id}
    sim.faults.drop_next("Machines_reclaim_memory", after_processing=True)

    lost = await run_result(client, Machines.reclaim_memory, **ids, amount_mb=300)

    assert failure(lost).kind == "connection"
    assert len(sim.requests_to("Machines_reclaim_memory")) == 1
    assert ok_value(await run_result(client, Machines.get_memory, **ids)).available_mb == 468
