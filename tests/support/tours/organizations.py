"""The tour of an organization's machines and volumes across its apps."""

from __future__ import annotations

from support.sim import APP, ORG, Scenario, create_app, create_machine, delete, get, post


def tour() -> Scenario[None]:
    yield from create_app()
    yield from create_machine()
    yield from create_machine()
    yield post(f"/v1/apps/{APP}/volumes", {"name": "data", "size_gb": 1, "region": "ams"})
    machines, volumes = f"/v1/orgs/{ORG}/machines", f"/v1/orgs/{ORG}/volumes"
    page = (yield get(machines, [("limit", "1")])).json()
    yield get(machines, [("cursor", page["next_cursor"]), ("summary", "true")])
    yield get(machines, [("state", "created,started"), ("include_deleted", "true")])
    yield get(machines, [("updated_after", "2000-01-01T00:00:00Z"), ("region", "ord")])
    yield get(machines, [("cursor", "!!")])  # 400
    yield get(machines, [("updated_after", "yesterday")])  # 400
    yield get(volumes)
    yield get(volumes, [("summary", "true"), ("limit", "1")])
    yield get(volumes, [("limit", "0")])  # 400
    yield get("/v1/orgs/no-such-org/machines")  # 404
    yield get("/v1/orgs/no-such-org/volumes")  # 404
    yield delete(f"/v1/apps/{APP}")
