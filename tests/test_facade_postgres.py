"""Managed Postgres clusters through the facade against the simulator, with a Client and an
AsyncClient: creating, listing, deleting, forking, restoring, attaching and backing up,
their states in simulated time, and a refusal for each operation that changes nothing.
What lives inside a cluster is in test_facade_postgres_contents.py."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.postgres import (
    ORG,
    STEP,
    fingerprint,
    new_cluster,
    postgres_state,
    ready_cluster,
)
from support.resilience import APP, new_sim, sim_client, sim_clock

from fly_machines import Platform, Postgres

pytestmark = pytest.mark.anyio

HOUR = 3600.0


def _names(listed: Any) -> list[str]:
    return [entry.name for entry in listed.data]


@pytest.mark.parametrize("kind", KINDS)
async def test_a_new_cluster_is_creating_then_initializing_then_ready_with_endpoints(
    kind: Kind,
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)

    created = ok_value(
        await run_result(client, Postgres.create, org_slug=ORG, plan="basic", region="iad")
    )
    cluster_id = created.data.id
    assert (created.data.status, created.data.region, created.data.organization.slug) == (
        "creating",
        "iad",
        ORG,
    )
    assert "endpoints" not in created.data.to_dict()  # populated once ready

    seen = []
    for _ in range(3):
        shown = ok_value(await run_result(client, Postgres.get, cluster_id=cluster_id))
        seen.append(shown.data.status)
        sim_clock(sim).advance(STEP)
    assert seen == ["creating", "initializing", "ready"]

    primary = shown.data.endpoints.primary
    assert primary.pooler.host == f"pgbouncer.{cluster_id}.flympg.net"
    assert (primary.direct.host, primary.direct.port) == (f"direct.{cluster_id}.flympg.net", 5432)
    assert shown.data.storage_used_bytes is None  # measured hourly: not yet

    sim_clock(sim).advance(HOUR)
    measured = ok_value(await run_result(client, Postgres.get, cluster_id=cluster_id))
    assert measured.data.storage_provisioned_bytes == 10 * 2**30 * 2  # a primary and a replica
    assert 0 < measured.data.storage_used_bytes < measured.data.storage_provisioned_bytes


@pytest.mark.parametrize("kind", KINDS)
async def test_create_takes_the_plan_size_version_and_postgis_and_names_the_cluster(
    kind: Kind,
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    settings = {"plan": "launch", "disk_size_gb": 40, "pg_major_version": "16"}

    generated = ok_value(
        await run_result(
            client, Postgres.create, org_slug=ORG, region="fra", postgis_enabled=True, **settings
        )
    )
    named = ok_value(
        await run_result(
            client, Postgres.create, org_slug=ORG, plan="basic", region="ord", name="orders-db"
        )
    )

    cluster = generated.data
    assert (cluster.plan, cluster.cpu_kind, cluster.cpus, cluster.memory_mb) == (
        "launch",
        "performance",
        2,
        8192,
    )
    assert (cluster.disk_size_gb, cluster.pg_major_version, cluster.postgis_enabled) == (
        40,
        "16",
        True,
    )
    assert cluster.name and cluster.name != "orders-db"
    assert named.data.name == "orders-db"
    assert (named.data.disk_size_gb, named.data.pg_major_version) == (10, "17")  # defaults


@pytest.mark.parametrize("kind", KINDS)
async def test_clusters_run_where_the_platform_lists_managed_postgres(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    listed = ok_value(await run_result(client, Platform.regions)).regions
    offered = sorted(row.code for row in listed if row.mpg_available)
    others = sorted(row.code for row in listed if not row.mpg_available)
    assert offered and others

    for region in offered:
        await new_cluster(client, region=region)
    refused = failure(
        await run_result(client, Postgres.create, org_slug=ORG, plan="basic", region=others[0])
    )
    assert refused.status == 422 and others[0] in refused.message
    clusters = ok_value(await run_result(client, Postgres.list, org_slug=ORG)).data
    assert sorted(c.region for c in clusters) == offered


@pytest.mark.parametrize("kind", KINDS)
async def test_clusters_are_listed_per_organization_and_deleted_ones_on_request(
    kind: Kind,
) -> None:
    sim = new_sim()
    sim.backend.create_app({"name": "acme-web", "org_slug": "acme"})  # brings `acme` about
    client = sim_client(sim, kind)
    kept = await new_cluster(client, name="kept")
    dropped = await new_cluster(client, name="dropped")
    await new_cluster(client, name="elsewhere", org_slug="acme")

    assert ok_value(await run_result(client, Postgres.delete, cluster_id=dropped)) is None
    sim_clock(sim).advance(STEP)

    listed = ok_value(await run_result(client, Postgres.list, org_slug=ORG))
    everything = ok_value(
        await run_result(client, Postgres.list, org_slug=ORG, include_deleted=True)
    )
    assert _names(listed) == ["kept"]
    assert [(c.name, c.status) for c in everything.data] == [
        ("kept", "initializing"),
        ("dropped", "deleted"),
    ]
    assert isinstance(everything.data[1].deleted_at, str)

    # A deleted cluster is remembered as long as destroyed machines are, then forgotten.
    sim_clock(sim).advance(sim.backend.destroyed_retention)
    gone = failure(await run_result(client, Postgres.get, cluster_id=dropped))
    assert (gone.kind, gone.status, gone.message) == ("http", 404, "Cluster not found")
    assert ok_value(await run_result(client, Postgres.get, cluster_id=kept)).data.name == "kept"


@pytest.mark.parametrize("kind", KINDS)
async def test_deleting_is_accepted_then_takes_a_step_and_the_cluster_answers_gone(
    kind: Kind,
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    cluster_id = await ready_cluster(sim, client)
    ok_value(await run_result(client, Postgres.attach, cluster_id=cluster_id, app_name=APP))

    assert ok_value(await run_result(client, Postgres.delete, cluster_id=cluster_id)) is None
    deleting = ok_value(await run_result(client, Postgres.get, cluster_id=cluster_id))
    assert (deleting.data.status, deleting.data.attached_apps) == ("deleting", [])
    again = failure(await run_result(client, Postgres.delete, cluster_id=cluster_id, retry=False))
    assert (again.status, again.message) == (410, "This cluster is being deleted")

    sim_clock(sim).advance(STEP)
    deleted = ok_value(await run_result(client, Postgres.get, cluster_id=cluster_id))
    assert deleted.data.status == "deleted"
    after = failure(await run_result(client, Postgres.delete, cluster_id=cluster_id, retry=False))
    assert (after.status, after.message) == (410, "This cluster has been deleted")
    # What needs the cluster's Postgres cannot find it any more.
    users = failure(await run_result(client, Postgres.list_users, cluster_id=cluster_id))
    assert users.status == 404


@pytest.mark.parametrize("kind", KINDS)
async def test_attaching_records_the_app_once_and_sets_no_secret(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    cluster_id = await new_cluster(client)  # attaching needs no ready cluster

    first = ok_value(await run_result(client, Postgres.attach, cluster_id=cluster_id, app_name=APP))
    sim_clock(sim).advance(5)
    second = ok_value(
        await run_result(client, Postgres.attach, cluster_id=cluster_id, app_name=APP)
    )

    assert (first.data.app_name, first.data.postgres_cluster_id) == (APP, cluster_id)
    assert second.data.attached_at == first.data.attached_at  # the same attachment
    shown = ok_value(await run_result(client, Postgres.get, cluster_id=cluster_id))
    assert [app.name for app in shown.data.attached_apps] == [APP]
    # The spec: the endpoint "does not set DATABASE_URL or other app secrets".
    assert sim.backend.secrets.list_all(APP, False) == {"secrets": []}

    assert (
        ok_value(await run_result(client, Postgres.detach, cluster_id=cluster_id, app_name=APP))
        is None
    )
    detached = ok_value(await run_result(client, Postgres.get, cluster_id=cluster_id))
    assert detached.data.attached_apps == []


@pytest.mark.parametrize("kind", KINDS)
async def test_an_attachment_goes_with_its_app(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    cluster_id = await new_cluster(client)
    ok_value(await run_result(client, Postgres.attach, cluster_id=cluster_id, app_name=APP))

    sim.backend.delete_app(APP)
    sim.backend.create_app({"name": APP, "org_slug": ORG})  # another app of the same name

    shown = ok_value(await run_result(client, Postgres.get, cluster_id=cluster_id))
    assert shown.data.attached_apps == []
    detach = failure(await run_result(client, Postgres.detach, cluster_id=cluster_id, app_name=APP))
    assert (detach.status, detach.message) == (404, "Attachment not found")


@pytest.mark.parametrize("kind", KINDS)
async def test_backups_run_one_at_a_time_then_complete_with_pgbackrest_labels(
    kind: Kind,
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    cluster_id = await ready_cluster(sim, client)

    # No full backup to build on yet: the incremental one is taken as full.
    assert (
        ok_value(
            await run_result(client, Postgres.create_backup, cluster_id=cluster_id, type="incr")
        )
        is None
    )
    running = ok_value(await run_result(client, Postgres.list_backups, cluster_id=cluster_id))
    (first,) = running.data
    assert (first.status, first.type_, first.id[-1]) == ("running", "full", "F")
    assert "finished_at" not in first.to_dict()
    busy = failure(
        await run_result(client, Postgres.create_backup, cluster_id=cluster_id, type="full")
    )
    assert (busy.code, busy.message) == ("conflict", "A backup is currently running")

    sim_clock(sim).advance(STEP)
    ok_value(await run_result(client, Postgres.create_backup, cluster_id=cluster_id, type="incr"))
    sim_clock(sim).advance(STEP)
    listed = ok_value(await run_result(client, Postgres.list_backups, cluster_id=cluster_id))
    assert [(b.status, b.type_) for b in listed.data] == [
        ("completed", "full"),
        ("completed", "incr"),
    ]
    full, incremental = listed.data
    assert incremental.id.startswith(f"{full.id}_") and incremental.id.endswith("I")
    assert full.size_bytes > incremental.size_bytes > 0
    assert full.finished_at > full.started_at


@pytest.mark.parametrize("kind", KINDS)
async def test_a_fork_inherits_settings_and_data_and_leaves_the_source(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    source = await new_cluster(client, name="shop", plan="starter", region="lhr")
    early = failure(await run_result(client, Postgres.fork, cluster_id=source))
    assert (early.status, early.code) == (409, "conflict")
    sim_clock(sim).advance(2 * STEP)
    ok_value(
        await run_result(
            client, Postgres.create_database, cluster_id=source, database_name="orders"
        )
    )
    password = ok_value(
        await run_result(client, Postgres.user_credentials, cluster_id=source, username="fly-user")
    ).data.password

    forked = ok_value(await run_result(client, Postgres.fork, cluster_id=source))
    fork = forked.data
    assert (fork.name, fork.plan, fork.region, fork.status) == (
        "shop-fork",
        "starter",
        "lhr",
        "creating",
    )
    sim_clock(sim).advance(2 * STEP)
    databases = ok_value(await run_result(client, Postgres.list_databases, cluster_id=fork.id))
    assert [db.name for db in databases.data] == ["fly-db", "orders"]
    copied = ok_value(
        await run_result(client, Postgres.user_credentials, cluster_id=fork.id, username="fly-user")
    ).data.password
    assert fingerprint(copied) == fingerprint(password)  # the data files, roles included
    assert ok_value(await run_result(client, Postgres.get, cluster_id=source)).data.name == "shop"


@pytest.mark.parametrize("kind", KINDS)
async def test_a_restore_from_a_backup_holds_what_the_cluster_held_then(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    source = await ready_cluster(sim, client, name="ledger")
    ok_value(
        await run_result(
            client, Postgres.create_database, cluster_id=source, database_name="before"
        )
    )
    ok_value(await run_result(client, Postgres.create_backup, cluster_id=source, type="full"))
    running = ok_value(await run_result(client, Postgres.list_backups, cluster_id=source))
    backup_id = running.data[0].id
    unfinished = failure(
        await run_result(client, Postgres.restore, cluster_id=source, backup_id=backup_id)
    )
    assert unfinished.status == 422
    sim_clock(sim).advance(STEP)
    ok_value(
        await run_result(client, Postgres.create_database, cluster_id=source, database_name="after")
    )

    restored = ok_value(
        await run_result(client, Postgres.restore, cluster_id=source, backup_id=backup_id)
    )
    assert restored.data.name == f"ledger-restore-{backup_id.lower()}"
    sim_clock(sim).advance(2 * STEP)
    databases = ok_value(
        await run_result(client, Postgres.list_databases, cluster_id=restored.data.id)
    )
    assert [db.name for db in databases.data] == ["before", "fly-db"]


@pytest.mark.parametrize("kind", KINDS)
async def test_a_point_in_time_restore_holds_what_the_cluster_held_at_that_time(
    kind: Kind,
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    source = await ready_cluster(sim, client, name="ledger")
    unavailable = failure(
        await run_result(
            client, Postgres.restore, cluster_id=source, pitr_time="2023-11-14T22:13:22Z"
        )
    )
    assert (unavailable.status, "unavailable" in unavailable.message) == (422, True)
    ok_value(await run_result(client, Postgres.create_backup, cluster_id=source, type="full"))
    sim_clock(sim).advance(10)
    target = datetime.fromtimestamp(sim.clock.time(), tz=timezone.utc)
    sim_clock(sim).advance(10)
    ok_value(
        await run_result(client, Postgres.create_database, cluster_id=source, database_name="later")
    )

    # The instant written with another offset from UTC, which the API normalises.
    pitr_time = target.astimezone(timezone(timedelta(hours=2))).isoformat(timespec="seconds")
    assert pitr_time.endswith("+02:00")
    restored = ok_value(
        await run_result(
            client, Postgres.restore, cluster_id=source, pitr_time=pitr_time, name="as-before"
        )
    )
    sim_clock(sim).advance(2 * STEP)
    databases = ok_value(
        await run_result(client, Postgres.list_databases, cluster_id=restored.data.id)
    )
    assert (restored.data.name, [db.name for db in databases.data]) == ("as-before", ["fly-db"])

    too_early = failure(
        await run_result(
            client, Postgres.restore, cluster_id=source, pitr_time="2020-01-01T00:00:00+02:00"
        )
    )
    assert "outside the recovery window" in too_early.message


# -- a refusal for each, which changes nothing -------------------------------------------
C = "cluster"  # stands for the id of a ready cluster the test makes
REFUSALS: list[tuple[str, Any, dict[str, Any], int, str]] = [
    ("list-unknown-org", Postgres.list, {"org_slug": "nobody"}, 404, "Organization not found"),
    ("list-blank-org", Postgres.list, {"org_slug": " "}, 400, "org_slug is required"),
    ("create-unknown-org", Postgres.create,
     {"org_slug": "nobody", "plan": "basic", "region": "iad"}, 404, "Organization not found"),
    ("create-bad-region", Postgres.create,
     {"org_slug": ORG, "plan": "basic", "region": "cdg"}, 422, "region"),
    ("create-small-disk", Postgres.create,
     {"org_slug": ORG, "plan": "basic", "region": "iad", "disk_size_gb": 5}, 422, "disk_size_gb"),
    ("create-bad-name", Postgres.create,
     {"org_slug": ORG, "plan": "basic", "region": "iad", "name": "Not Valid"}, 422, "name"),
    ("get-unknown", Postgres.get, {"cluster_id": "nope"}, 404, "Cluster not found"),
    ("delete-unknown", Postgres.delete, {"cluster_id": "nope"}, 404, "Cluster not found"),
    ("fork-bad-name", Postgres.fork, {"cluster_id": C, "name": "-x"}, 422, "name"),
    ("restore-no-target", Postgres.restore, {"cluster_id": C}, 422, "exactly one"),
    ("restore-both-targets", Postgres.restore,
     {"cluster_id": C, "backup_id": "x", "pitr_time": "2023-11-14T22:13:22Z"}, 422, "exactly"),
    ("restore-unknown-backup", Postgres.restore,
     {"cluster_id": C, "backup_id": "20200101-000000F"}, 404, "Backup 20200101-000000F not"),
    ("restore-bad-time", Postgres.restore,
     {"cluster_id": C, "pitr_time": "2023-11-14 22:13"}, 422, "RFC 3339"),
    ("attach-unknown-app", Postgres.attach, {"cluster_id": C, "app_name": "nope"}, 404,
     "App not found"),
    ("detach-unattached", Postgres.detach, {"cluster_id": C, "app_name": APP}, 404,
     "Attachment not found"),
    ("list-backups-unknown", Postgres.list_backups, {"cluster_id": "nope"}, 404, "Cluster not"),
    ("create-backup-unknown", Postgres.create_backup, {"cluster_id": "nope", "type": "full"},
     404, "Cluster not found"),
]  # fmt: skip


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("function", "kwargs", "status", "says"), [pytest.param(*r[1:], id=r[0]) for r in REFUSALS]
)
async def test_each_cluster_operation_refuses_what_the_api_refuses_and_changes_nothing(
    kind: Kind, function: Any, kwargs: dict[str, Any], status: int, says: str
) -> None:
    sim = new_sim()
    sim.backend.create_app({"name": "acme-web", "org_slug": "acme"})
    client = sim_client(sim, kind)
    cluster_id = await ready_cluster(sim, client)
    arguments = {key: cluster_id if value == C else value for key, value in kwargs.items()}
    before = postgres_state(sim)

    error = failure(await run_result(client, function, **arguments))

    assert (error.kind, error.status) == ("http", status)
    assert says in error.message
    assert postgres_state(sim) == before


@pytest.mark.parametrize("kind", KINDS)
async def test_an_attachment_across_organizations_is_refused(kind: Kind) -> None:
    sim = new_sim()
    sim.backend.create_app({"name": "acme-web", "org_slug": "acme"})
    client = sim_client(sim, kind)
    cluster_id = await new_cluster(client)

    error = failure(
        await run_result(client, Postgres.attach, cluster_id=cluster_id, app_name="acme-web")
    )
    assert (error.status, error.message) == (404, "App not found")
    shown = ok_value(await run_result(client, Postgres.get, cluster_id=cluster_id))
    assert shown.data.attached_apps == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("function", "kwargs", "names"),
    [
        (Postgres.create, {"org_slug": ORG, "plan": "huge", "region": "iad"}, "plan"),
        (Postgres.create_backup, {"cluster_id": "c", "type": "weekly"}, "type"),
        (Postgres.get, {"cluster_id": ".."}, "cluster_id"),
        (Postgres.delete, {"cluster_id": ""}, "cluster_id"),
        (Postgres.detach, {"cluster_id": "c", "app_name": ".."}, "app_name"),
    ],
)
async def test_bad_arguments_are_refused_before_anything_is_sent(
    kind: Kind, function: Any, kwargs: dict[str, Any], names: str
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    error = failure(await run_result(client, function, **kwargs))
    assert error.kind == "invalid_request" and names in error.message
    assert sim.requests == []
