"""What lives inside a Managed Postgres cluster, through the facade against the simulator,
with a Client and an AsyncClient: databases, extensions, users and their passwords, and
the query statistics; the 503 until the cluster is ready; a refusal for each operation
that changes nothing; and passwords that never show where they should not."""

from __future__ import annotations

import logging
import string
from typing import Any

import pytest
from support.kinds import KINDS, Kind, failure, ok_value, run_result
from support.postgres import STEP, fingerprint, new_cluster, postgres_state, ready_cluster
from support.resilience import APP, new_sim, sim_client, sim_clock, sim_started

from fly_machines import Postgres
from fly_machines.testing.resources.postgres import PostgresClusters

pytestmark = pytest.mark.anyio


def _installed(listed: Any) -> dict[str, tuple[str, str]]:
    return {
        ext.name: (ext.installed.schema, ext.installed.version)
        for ext in listed.data
        if ext.installed is not None
    }


@pytest.mark.parametrize("kind", KINDS)
async def test_until_it_is_ready_a_cluster_answers_503_which_reads_wait_out(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    cluster_id = await new_cluster(client)

    refused = failure(
        await run_result(client, Postgres.list_databases, cluster_id=cluster_id, retry=False)
    )
    assert (refused.status, refused.code, refused.retry_after) == (503, "service_unavailable", 2)
    create = failure(
        await run_result(client, Postgres.create_user, cluster_id=cluster_id, username="a",
                         role="reader")
    )  # fmt: skip
    assert create.status == 503 and create.attempts == 1  # a create is never repeated

    # A read is retried after the pause the API asked for, and then the cluster is ready.
    listed = ok_value(await run_result(client, Postgres.list_databases, cluster_id=cluster_id))
    assert [db.name for db in listed.data] == ["fly-db"]
    assert sim_clock(sim).sleeps == [2.0]


@pytest.mark.parametrize("kind", KINDS)
async def test_databases_are_created_listed_and_dropped(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    cluster_id = await ready_cluster(sim, client)
    on = {"cluster_id": cluster_id}

    created = ok_value(
        await run_result(client, Postgres.create_database, **on, database_name="orders")
    )
    again = ok_value(
        await run_result(client, Postgres.create_database, **on, database_name="orders")
    )
    listed = ok_value(await run_result(client, Postgres.list_databases, **on))
    assert (created.data.name, again.data.name) == ("orders", "orders")
    assert [db.name for db in listed.data] == ["fly-db", "orders"]

    dropped = ok_value(
        await run_result(client, Postgres.delete_database, **on, database_name="orders")
    )
    assert dropped.data.name == "orders"
    listed = ok_value(await run_result(client, Postgres.list_databases, **on))
    assert [db.name for db in listed.data] == ["fly-db"]


@pytest.mark.parametrize("kind", KINDS)
async def test_extensions_are_enabled_into_a_schema_and_disabled(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    cluster_id = await ready_cluster(sim, client)
    on = {"cluster_id": cluster_id, "database_name": "fly-db"}

    fresh = ok_value(await run_result(client, Postgres.list_extensions, **on))
    assert _installed(fresh) == {
        "plpgsql": ("pg_catalog", "1.0"),
        "pg_stat_statements": ("public", "1.11"),
    }
    assert {ext.name for ext in fresh.data if ext.system} == {"plpgsql", "pg_stat_statements"}

    ok_value(await run_result(client, Postgres.enable_extension, **on, extension_name="citext"))
    twice = failure(
        await run_result(client, Postgres.enable_extension, **on, extension_name="citext")
    )
    assert (twice.status, twice.message) == (
        409,
        "Extension citext is already installed in schema public",
    )
    no_schema = failure(
        await run_result(
            client, Postgres.enable_extension, **on, extension_name="hstore", schema="kv"
        )
    )
    assert no_schema.status == 422 and "create_schema" in no_schema.message
    ok_value(
        await run_result(
            client,
            Postgres.enable_extension,
            **on,
            extension_name="hstore",
            schema="kv",
            create_schema=True,
        )
    )
    installed = _installed(ok_value(await run_result(client, Postgres.list_extensions, **on)))
    assert (installed["citext"], installed["hstore"]) == (("public", "1.6"), ("kv", "1.8"))

    for _ in range(2):  # disabling what is not installed leaves it so
        disabled = await run_result(
            client, Postgres.disable_extension, **on, extension_name="citext", force=True
        )
        assert ok_value(disabled) is None
    after = _installed(ok_value(await run_result(client, Postgres.list_extensions, **on)))
    assert "citext" not in after and "hstore" in after


@pytest.mark.parametrize("kind", KINDS)
async def test_postgis_needs_a_cluster_created_with_it(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    plain = await ready_cluster(sim, client)
    spatial = await ready_cluster(sim, client, postgis_enabled=True, pg_major_version="16")
    arguments = {"database_name": "fly-db", "extension_name": "postgis"}

    refused = failure(
        await run_result(client, Postgres.enable_extension, cluster_id=plain, **arguments)
    )
    assert (refused.status, refused.message) == (409, "PostGIS is not enabled on this cluster")
    ok_value(await run_result(client, Postgres.enable_extension, cluster_id=spatial, **arguments))
    listed = ok_value(
        await run_result(
            client, Postgres.list_extensions, cluster_id=spatial, database_name="fly-db"
        )
    )
    installed = _installed(listed)
    assert installed["postgis"] == ("public", "3.5.2")
    assert installed["pg_stat_statements"] == ("public", "1.10")  # Postgres 16's


@pytest.mark.parametrize("kind", KINDS)
async def test_users_get_roles_and_generated_passwords_that_rotate(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    cluster_id = await ready_cluster(sim, client)
    on = {"cluster_id": cluster_id}

    created = ok_value(
        await run_result(client, Postgres.create_user, **on, username="app", role="writer")
    )
    assert (created.data.username, created.data.role) == ("app", "writer")
    credentials = ok_value(
        await run_result(client, Postgres.user_credentials, **on, username="app")
    )
    first = credentials.data.password
    assert len(first) == 24 and set(first) <= set(string.ascii_letters + string.digits)

    ok_value(await run_result(client, Postgres.set_user_role, **on, username="app", role="reader"))
    users = ok_value(await run_result(client, Postgres.list_users, **on))
    assert [(u.username, u.role) for u in users.data] == [
        ("app", "reader"),
        ("fly-user", "schema_admin"),
    ]

    rotated = ok_value(
        await run_result(client, Postgres.rotate_password, **on, username="app", kill_sessions=True)
    )
    now = ok_value(await run_result(client, Postgres.user_credentials, **on, username="app"))
    assert fingerprint(rotated.data.password) != fingerprint(first)
    assert fingerprint(now.data.password) == fingerprint(rotated.data.password)

    assert ok_value(await run_result(client, Postgres.delete_user, **on, username="app")) is None
    users = ok_value(await run_result(client, Postgres.list_users, **on))
    assert [u.username for u in users.data] == ["fly-user"]


@pytest.mark.parametrize("kind", KINDS)
async def test_passwords_never_show_in_a_result_the_simulator_its_log_or_an_error(
    kind: Kind, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    sim = new_sim()
    client = sim_client(sim, kind)
    cluster_id = await ready_cluster(sim, client)
    on = {"cluster_id": cluster_id, "username": "app"}
    ok_value(await run_result(client, Postgres.create_user, **on, role="writer"))
    rotated = await run_result(client, Postgres.rotate_password, **on)
    credentials = await run_result(client, Postgres.user_credentials, **on)
    duplicate = failure(await run_result(client, Postgres.create_user, **on, role="writer"))
    password = str(ok_value(rotated).data.password)
    assert fingerprint(ok_value(credentials).data.password) == fingerprint(password)

    with sim.backend.condition:
        held = repr(sim.backend.part(PostgresClusters))
    shown = [held, repr(sim), caplog.text, str(duplicate), repr(duplicate), repr(duplicate.body)]
    shown += [repr(request) for request in sim.requests]
    shown += [repr(rotated), repr(credentials)]  # the results as a user would print them
    assert not any(password in text for text in shown)
    assert "app" in held  # the user is there; only its password is not shown
    assert "<redacted>" in repr(credentials)


@pytest.mark.parametrize("kind", KINDS)
async def test_active_queries_are_the_sessions_of_the_attached_apps_machines(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    cluster_id = await new_cluster(client)
    on = {"cluster_id": cluster_id}
    provisioning = failure(
        await run_result(client, Postgres.active_queries, **on, database="fly-db")
    )
    assert (provisioning.status, provisioning.code) == (500, "internal_error")

    machine_id = sim_started(sim)  # it moves the clock on: the cluster is ready too
    empty = ok_value(await run_result(client, Postgres.active_queries, **on, database="fly-db"))
    assert empty.data == []
    ok_value(await run_result(client, Postgres.attach, **on, app_name=APP))

    active = ok_value(await run_result(client, Postgres.active_queries, **on, database="fly-db"))
    (session,) = active.data
    machine = sim.backend.get_machine(APP, machine_id, False)
    assert (session.application_name, session.client, session.user, session.state) == (
        APP,
        machine["private_ip"],
        "fly-user",
        "active",
    )
    other = ok_value(await run_result(client, Postgres.active_queries, **on, database="other"))
    assert other.data == []


@pytest.mark.parametrize("kind", KINDS)
async def test_slow_queries_count_up_from_the_latest_scrape_within_the_range(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    cluster_id = await ready_cluster(sim, client)
    on = {"cluster_id": cluster_id}
    ok_value(await run_result(client, Postgres.create_database, **on, database_name="orders"))

    sim_clock(sim).advance(3600 + 30)  # an hour, and half a minute past the latest scrape
    slow = ok_value(await run_result(client, Postgres.slow_queries, **on))
    assert {row.database for row in slow.data} == {"fly-db", "orders"}
    health = next(row for row in slow.data if row.query == "SELECT $1")
    assert health.calls == 1 + 3600 // 15
    totals = [row.total_exec_time_seconds for row in slow.data]
    assert totals == sorted(totals, reverse=True)

    stale = ok_value(await run_result(client, Postgres.slow_queries, **on, range=10))
    assert stale.data == []  # the latest scrape is 30 s old


C = "cluster"  # stands for the id of a ready cluster the test makes
ON_DB = {"cluster_id": C, "database_name": "fly-db"}
REFUSALS: list[tuple[str, Any, dict[str, Any], int, str]] = [
    ("list-databases-unknown", Postgres.list_databases, {"cluster_id": "nope"}, 404,
     "Cluster not found"),
    ("create-database-malformed", Postgres.create_database,
     {"cluster_id": C, "database_name": "-x-"}, 400, "malformed"),
    ("create-database-system", Postgres.create_database,
     {"cluster_id": C, "database_name": "template1"}, 400, "system database"),
    ("delete-database-missing", Postgres.delete_database,
     {"cluster_id": C, "database_name": "nope"}, 404, "Database not found"),
    ("delete-database-default", Postgres.delete_database, ON_DB, 400, "reserved"),
    ("list-extensions-missing-db", Postgres.list_extensions,
     {"cluster_id": C, "database_name": "nope"}, 404, "Database not found"),
    ("enable-unknown-extension", Postgres.enable_extension, {**ON_DB, "extension_name": "nope"},
     422, "Unknown or unsupported extension"),
    ("enable-into-system-schema", Postgres.enable_extension,
     {**ON_DB, "extension_name": "citext", "schema": "pg_temp", "create_schema": True}, 422,
     "reserved"),
    ("disable-system-extension", Postgres.disable_extension,
     {**ON_DB, "extension_name": "plpgsql"}, 400, "System extensions cannot be disabled"),
    ("disable-unknown-extension", Postgres.disable_extension,
     {**ON_DB, "extension_name": "nope"}, 422, "Invalid extension name"),
    ("list-users-unknown", Postgres.list_users, {"cluster_id": "nope"}, 404, "Cluster not found"),
    ("create-user-exists", Postgres.create_user,
     {"cluster_id": C, "username": "fly-user", "role": "reader"}, 409, "User already exists"),
    ("create-user-reserved", Postgres.create_user,
     {"cluster_id": C, "username": "postgres", "role": "reader"}, 400, "reserved"),
    ("create-user-malformed", Postgres.create_user,
     {"cluster_id": C, "username": "App User", "role": "reader"}, 400, "malformed"),
    ("delete-user-system", Postgres.delete_user, {"cluster_id": C, "username": "fly-user"}, 400,
     "system user"),
    ("delete-user-missing", Postgres.delete_user, {"cluster_id": C, "username": "nope"}, 404,
     "User not found"),
    ("set-role-missing", Postgres.set_user_role,
     {"cluster_id": C, "username": "nope", "role": "reader"}, 404, "User not found"),
    ("credentials-reserved", Postgres.user_credentials,
     {"cluster_id": C, "username": "postgres"}, 400, "reserved"),
    ("credentials-missing", Postgres.user_credentials, {"cluster_id": C, "username": "nope"},
     404, "User not found"),
    ("rotate-missing", Postgres.rotate_password, {"cluster_id": C, "username": "nope"}, 404,
     "User not found"),
    ("active-queries-blank-database", Postgres.active_queries, {"cluster_id": C, "database": " "},
     422, "database must be a non-empty string"),
    ("slow-queries-range-too-long", Postgres.slow_queries, {"cluster_id": C, "range": 604801},
     422, "range must be an integer between 1 and 604800"),
    ("slow-queries-range-zero", Postgres.slow_queries, {"cluster_id": C, "range": 0}, 422,
     "range must be"),
]  # fmt: skip


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("function", "kwargs", "status", "says"), [pytest.param(*r[1:], id=r[0]) for r in REFUSALS]
)
async def test_each_operation_in_a_cluster_refuses_what_the_api_refuses_and_changes_nothing(
    kind: Kind, function: Any, kwargs: dict[str, Any], status: int, says: str
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    cluster_id = await ready_cluster(sim, client)
    arguments = {key: cluster_id if value == C else value for key, value in kwargs.items()}
    before = postgres_state(sim)

    error = failure(await run_result(client, function, **arguments))

    assert (error.kind, error.status) == ("http", status)
    assert says in error.message
    assert postgres_state(sim) == before


@pytest.mark.parametrize("kind", KINDS)
async def test_a_cluster_being_deleted_refuses_a_password_rotation_as_gone(kind: Kind) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    cluster_id = await ready_cluster(sim, client)
    ok_value(await run_result(client, Postgres.delete, cluster_id=cluster_id))

    error = failure(
        await run_result(client, Postgres.rotate_password, cluster_id=cluster_id,
                         username="fly-user")
    )  # fmt: skip
    assert (error.status, error.message) == (410, "This cluster is being deleted")
    sim_clock(sim).advance(STEP)
    shown = ok_value(await run_result(client, Postgres.get, cluster_id=cluster_id))
    assert shown.data.status == "deleted"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("function", "kwargs", "names"),
    [
        (Postgres.create_user, {"cluster_id": "c", "username": "a", "role": "owner"}, "role"),
        (Postgres.set_user_role, {"cluster_id": "c", "username": "a", "role": 1}, "role"),
        (Postgres.delete_database, {"cluster_id": "c", "database_name": ".."}, "database_name"),
        (Postgres.disable_extension,
         {"cluster_id": "c", "database_name": "d", "extension_name": "."}, "extension_name"),
        (Postgres.slow_queries, {"cluster_id": "c", "range": 1.5}, "range"),
        (Postgres.rotate_password, {"cluster_id": "c", "username": "u", "kill_sessions": "yes"},
         "kill_sessions"),
    ],
)  # fmt: skip
async def test_bad_arguments_are_refused_before_anything_is_sent(
    kind: Kind, function: Any, kwargs: dict[str, Any], names: str
) -> None:
    sim = new_sim()
    client = sim_client(sim, kind)
    error = failure(await run_result(client, function, **kwargs))
    assert error.kind == "invalid_request" and names in error.message
    assert sim.requests == []


# -- retries judged by their effect -------------------------------------------------------
RETRIED = [
    ("Postgres_delete", Postgres.delete, {}),
    ("Postgres_databases_delete", Postgres.delete_database, {"database_name": "orders"}),
    (
        "Postgres_extensions_enable",
        Postgres.enable_extension,
        {"database_name": "orders", "extension_name": "citext"},
    ),
]


@pytest.mark.parametrize(
    ("operation", "function", "arguments"), RETRIED, ids=[r[0] for r in RETRIED]
)
async def test_a_retry_refused_because_the_first_attempt_did_it_is_that_success(
    kind: Kind, operation: str, function: Any, arguments: dict[str, Any]
) -> None:
    # The first attempt is done and its answer lost; the retry meets "gone", "being
    # deleted" or "already installed", which is the first attempt's success.
    sim = new_sim()
    client = sim_client(sim, kind)
    cluster_id = await ready_cluster(sim, client)
    database = {"cluster_id": cluster_id, "database_name": "orders"}
    ok_value(await run_result(client, Postgres.create_database, **database))
    sim.faults.drop_next(operation, after_processing=True)

    result = await run_result(client, function, cluster_id=cluster_id, **arguments)

    assert result.ok, result
    assert len(sim.requests_to(operation)) == 2
