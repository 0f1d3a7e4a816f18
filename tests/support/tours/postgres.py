"""The tour of the Managed Postgres operations: clusters (created, forked, restored,
deleted), attachments, backups, databases, extensions, users and query statistics, each
with the error answers the spec declares for it. Time passes through a machine's wait
that cannot be answered (408), the one way a client moves the simulator's clock."""

from __future__ import annotations

from typing import Any

from support.sim import (
    APP,
    ORG,
    Scenario,
    create_app,
    create_machine,
    delete,
    get,
    patch,
    post,
    wait_for,
)

CLUSTER = {"org_slug": ORG, "plan": "basic", "region": "iad"}


def _pass(machine_id: str, seconds: int) -> Scenario[None]:
    """Let `seconds` of simulated time pass: a wait for a state the machine will not reach
    answers 408 once its timeout has passed on the simulator's clock."""
    response = yield from wait_for(machine_id, "suspended", timeout=seconds)
    assert response.status_code == 408, response.text


def _created(response: Any) -> str:
    assert response.status_code == 201, response.text
    return str(response.json()["data"]["id"])


def tour() -> Scenario[None]:
    """Every Postgres operation, with the declared error answers it can give."""
    yield from create_app()
    machine = yield from create_machine()
    mid = machine["id"]
    yield from wait_for(mid, "started")

    yield get("/v1/postgres", [("org_slug", ORG)])
    yield get("/v1/postgres")  # 400: org_slug is required
    yield get("/v1/postgres", [("org_slug", "nobody")])  # 404: no such organization
    yield get("/v1/postgres", [("org_slug", ORG), ("include_deleted", "maybe")])  # 422
    yield post("/v1/postgres", {**CLUSTER, "org_slug": " "})  # 400
    yield post("/v1/postgres", {**CLUSTER, "org_slug": "nobody"})  # 404
    yield post("/v1/postgres", {**CLUSTER, "region": "mars"})  # 422
    cid = _created((yield post("/v1/postgres", {**CLUSTER, "name": "tour-db"})))
    path = f"/v1/postgres/{cid}"
    yield get(path)  # creating
    yield get("/v1/postgres/nope")  # 404
    yield get(f"{path}/users")  # 503: pg-admin unavailable until ready
    yield get(f"{path}/databases")  # 503
    yield get(f"{path}/databases/fly-db/extensions")  # 503
    yield post(f"{path}/fork")  # 409: not ready to be forked
    yield post(f"{path}/backups", {"type": "full"})  # 409: not ready to be backed up
    yield get(f"{path}/queries/active", [("database", "fly-db")])  # 500: cannot load them
    yield post(f"{path}/attachments", {"app_name": APP})  # 201: recording needs no ready cluster
    yield post(f"{path}/attachments", {"app_name": APP})  # 200: already attached
    yield post(f"{path}/attachments", {"app_name": "nope"})  # 404
    yield post(f"{path}/attachments", {})  # 422: app_name is required
    yield from _pass(mid, 2)
    yield get(path)  # ready, with endpoints

    yield get(f"{path}/databases")
    yield post(f"{path}/databases", {"name": "orders"})
    yield post(f"{path}/databases", {"name": "-bad-"})  # 400
    yield post(f"{path}/databases", {})  # 422: name is required
    yield post(f"{path}/databases", {"name": "scratch"})
    yield delete(f"{path}/databases/scratch")
    yield delete(f"{path}/databases/scratch")  # 404
    yield delete(f"{path}/databases/template0")  # 400: a system database

    extensions = f"{path}/databases/orders/extensions"
    yield get(extensions)
    yield get(f"{path}/databases/-bad-/extensions")  # 400
    yield post(extensions, {"name": "citext"})
    yield post(extensions, {"name": "citext"})  # 409: already installed
    yield post(extensions, {"name": "nope"})  # 422
    yield post(extensions, {"name": "postgis"})  # 409: PostGIS is not enabled
    yield delete(f"{extensions}/citext", [("force", "true")])
    yield delete(f"{extensions}/plpgsql")  # 400: a system extension
    yield delete(f"{extensions}/nope")  # 422

    users = f"{path}/users"
    yield post(users, {"username": "app", "role": "writer"})
    yield post(users, {"username": "app", "role": "writer"})  # 409
    yield post(users, {"username": "postgres", "role": "writer"})  # 400: reserved
    yield post(users, {"username": "app2", "role": "owner"})  # 422: role invalid
    yield get(users)
    yield patch(f"{users}/app", {"role": "reader"})
    yield patch(f"{users}/app", {"role": "owner"})  # 422
    yield patch(f"{users}/fly-user", {"role": "reader"})  # 400: a system user
    yield patch(f"{users}/nope", {"role": "reader"})  # 404
    yield get(f"{users}/app/credentials")
    yield get(f"{users}/nope/credentials")  # 404
    yield get(f"{users}/pg_monitor/credentials")  # 400: reserved
    yield post(f"{users}/app/rotate_password", {"kill_sessions": True})
    yield post(f"{users}/app/rotate_password")  # no body: sessions are kept
    yield post(f"{users}/app/rotate_password", {"kill_sessions": "yes"})  # 422
    yield post(f"{users}/postgres/rotate_password")  # 400
    yield post(f"{users}/nope/rotate_password")  # 404
    yield delete(f"{users}/app")
    yield delete(f"{users}/app")  # 404
    yield delete(f"{users}/fly-user")  # 400

    yield get(f"{path}/queries/active", [("database", "fly-db")])  # the machine's session
    yield get(f"{path}/queries/active", [("database", " ")])  # 422
    yield get(f"{path}/queries/slow")
    yield get(f"{path}/queries/slow", [("range", "0")])  # 422

    yield post(f"{path}/backups", {"type": "full"})  # 202
    yield post(f"{path}/backups", {"type": "incr"})  # 409: one is running
    yield post(f"{path}/backups", {"type": "weekly"})  # 422
    yield get(f"{path}/backups")
    yield get("/v1/postgres/nope/backups")  # 404
    yield from _pass(mid, 2)
    backups = (yield get(f"{path}/backups")).json()["data"]
    label = backups[0]["id"]
    restored = _created((yield post(f"{path}/restore", {"backup_id": label})))
    yield post(f"{path}/restore", {"backup_id": "20200101-000000F"})  # 404
    yield post(f"{path}/restore", {})  # 422: no target
    as_then = {"pitr_time": backups[0]["finished_at"], "name": "as-then"}
    restored_to_time = _created((yield post(f"{path}/restore", as_then)))
    yield post(f"{path}/restore", {"pitr_time": "2020-01-01T00:00:00Z"})  # 422: outside window
    forked = _created((yield post(f"{path}/fork", {"name": "tour-db-copy"})))
    yield post(f"{path}/fork", {"name": "Not Valid"})  # 422

    yield delete(f"{path}/attachments/{APP}")
    yield delete(f"{path}/attachments/{APP}")  # 404: no longer attached
    yield delete(path)  # 202
    yield delete(path)  # 410: being deleted
    yield delete("/v1/postgres/nope")  # 404
    yield post(f"{path}/attachments", {"app_name": APP})  # 410
    yield delete(f"{path}/attachments/{APP}")  # 410
    yield post(f"{path}/fork")  # 410
    yield post(f"{users}/fly-user/rotate_password")  # 410
    yield get("/v1/postgres", [("org_slug", ORG), ("include_deleted", "true")])
    for other in (restored, restored_to_time, forked):
        yield delete(f"/v1/postgres/{other}")

    yield delete(f"/v1/apps/{APP}/machines/{mid}", [("force", "true")])
    yield delete(f"/v1/apps/{APP}")
