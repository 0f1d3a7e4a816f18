"""Apps, volumes (with attachment through mounts) and secrets in the simulator."""

from __future__ import annotations

import pytest
from support.sim import (
    APP,
    IMAGE,
    ORG,
    Api,
    Scenario,
    create_app,
    create_machine,
    delete,
    get,
    machine_path,
    post,
    put,
    wait_for,
)
from support.sim import api as api  # the fixture: a simulator per kind of httpx client


def test_apps_create_list_show_destroy(api: Api) -> None:
    def scenario() -> Scenario[None]:
        response = yield post("/v1/apps", {"name": APP, "org_slug": ORG})
        assert response.status_code == 201
        created = response.json()
        assert set(created) == {"id", "created_at"}
        assert created["created_at"] == int(api.clock.time() * 1000)
        response = yield post("/v1/apps", {"name": APP, "org_slug": "another-org"})
        assert response.status_code == 422
        assert response.json()["status"] == "name_taken"
        yield post("/v1/apps", {"name": "elsewhere", "org_slug": "another-org"})
        response = yield get("/v1/apps", [("org_slug", ORG)])
        assert response.json()["total_apps"] == 1
        [app] = response.json()["apps"]
        assert (app["name"], app["id"], app["organization"]["slug"]) == (APP, created["id"], ORG)
        response = yield get("/v1/apps")
        assert response.status_code == 400 and "org_slug" in response.json()["error"]
        response = yield get(f"/v1/apps/{APP}")
        assert response.json()["machine_count"] == 0
        yield from create_machine()
        assert (yield get(f"/v1/apps/{APP}")).json()["machine_count"] == 1
        response = yield delete(f"/v1/apps/{APP}")
        assert (response.status_code, response.content) == (202, b"")
        response = yield get(f"/v1/apps/{APP}")
        assert response.status_code == 404

    api.run(scenario())


@pytest.mark.parametrize("name", ["Upper", "-dash", "has space", "x" * 64, ""])
def test_app_names_are_validated(api: Api, name: str) -> None:
    response = api.one(post("/v1/apps", {"name": name, "org_slug": ORG}))
    assert response.status_code == 400
    assert "invalid app name" in response.json()["error"]


def test_app_create_with_an_idempotency_key_is_safe_to_retry(api: Api) -> None:
    def scenario() -> Scenario[None]:
        body = {"name": APP, "org_slug": ORG, "idempotency_key": "k1"}
        first = (yield post("/v1/apps", body)).json()
        again = yield post("/v1/apps", body)
        assert (again.status_code, again.json()) == (201, first)
        other = yield post("/v1/apps", {**body, "name": "other-name"})
        assert other.status_code == 422

    api.run(scenario())


def test_volumes_attach_through_mounts_and_cannot_be_destroyed_while_attached(api: Api) -> None:
    def scenario() -> Scenario[None]:
        yield from create_app()
        response = yield post(
            f"/v1/apps/{APP}/volumes", {"name": "data", "size_gb": 3, "region": "ams"}
        )
        assert response.status_code == 200
        volume = response.json()
        vid = volume["id"]
        assert vid.startswith("vol_") and volume["size_gb"] == 3 and volume["state"] == "created"
        assert "attached_machine_id" not in volume
        mounts = [{"volume": vid, "path": "/data"}]
        machine = yield from create_machine(config={"image": IMAGE, "mounts": mounts})
        assert machine["config"]["mounts"] == [{"volume": vid, "path": "/data", "name": "data"}]
        shown = (yield get(f"/v1/apps/{APP}/volumes/{vid}")).json()
        assert shown["attached_machine_id"] == machine["id"]
        response = yield delete(f"/v1/apps/{APP}/volumes/{vid}")
        assert response.status_code == 412
        assert "attached" in response.json()["error"]
        # A second machine cannot mount it.
        response = yield post(
            f"/v1/apps/{APP}/machines", {"config": {"image": IMAGE, "mounts": mounts}}
        )
        assert response.status_code == 412
        # Updating the machine without the mount detaches the volume.
        yield from wait_for(machine["id"], "started")
        yield post(machine_path(machine["id"]), {"config": {"image": IMAGE}})
        response = yield delete(f"/v1/apps/{APP}/volumes/{vid}")
        assert response.status_code == 200
        assert response.json()["state"] == "destroyed"
        assert (yield get(f"/v1/apps/{APP}/volumes")).json() == []

    api.run(scenario())


def test_destroying_a_machine_detaches_its_volume(api: Api) -> None:
    def scenario() -> Scenario[None]:
        yield from create_app()
        vid = (yield post(f"/v1/apps/{APP}/volumes", {"name": "data"})).json()["id"]
        machine = yield from create_machine(
            skip_launch=True, config={"image": IMAGE, "mounts": [{"name": "data", "path": "/d"}]}
        )
        assert machine["config"]["mounts"][0]["volume"] == vid
        yield delete(machine_path(machine["id"]))
        response = yield delete(f"/v1/apps/{APP}/volumes/{vid}")
        assert response.status_code == 200

    api.run(scenario())


def test_volume_update_extend_and_snapshots(api: Api) -> None:
    def scenario() -> Scenario[None]:
        yield from create_app()
        vid = (yield post(f"/v1/apps/{APP}/volumes", {"name": "data"})).json()["id"]
        response = yield put(
            f"/v1/apps/{APP}/volumes/{vid}", {"auto_backup_enabled": False, "snapshot_retention": 9}
        )
        assert (response.json()["auto_backup_enabled"], response.json()["snapshot_retention"]) == (
            False,
            9,
        )
        response = yield put(f"/v1/apps/{APP}/volumes/{vid}/extend", {"size_gb": 5})
        assert response.json()["volume"]["size_gb"] == 5
        assert response.json()["needs_restart"] is False
        response = yield put(f"/v1/apps/{APP}/volumes/{vid}/extend", {"size_gb": 2})
        assert response.status_code == 400
        assert (yield get(f"/v1/apps/{APP}/volumes/{vid}/snapshots")).json() == []
        response = yield post(f"/v1/apps/{APP}/volumes/{vid}/snapshots")
        assert response.status_code == 200
        snapshots = (yield get(f"/v1/apps/{APP}/volumes/{vid}/snapshots")).json()
        assert len(snapshots) == 1 and snapshots[0]["id"].startswith("vs_")
        assert snapshots[0]["retention_days"] == 9

    api.run(scenario())


def test_secrets_keep_an_increasing_version(api: Api) -> None:
    def scenario() -> Scenario[None]:
        yield from create_app()
        response = yield post(f"/v1/apps/{APP}/secrets/DB_URL", {"value": "postgres://x"})
        assert response.status_code == 201
        assert (response.json()["name"], response.json()["version"]) == ("DB_URL", 1)
        assert "value" not in response.json()
        response = yield post(f"/v1/apps/{APP}/secrets", {"values": {"A": "1", "B": "2"}})
        assert response.json()["version"] == 2
        listed = (yield get(f"/v1/apps/{APP}/secrets")).json()["secrets"]
        assert [s["name"] for s in listed] == ["A", "B", "DB_URL"]
        assert all("value" not in s for s in listed)
        shown = (yield get(f"/v1/apps/{APP}/secrets/A", [("show_secrets", "true")])).json()
        assert shown["value"] == "1"
        response = yield delete(f"/v1/apps/{APP}/secrets/A")
        assert response.json() == {"version": 3, "Version": 3}
        response = yield post(f"/v1/apps/{APP}/secrets", {"values": {"B": None}})
        assert response.json()["version"] == 4
        listed = (yield get(f"/v1/apps/{APP}/secrets")).json()["secrets"]
        assert [s["name"] for s in listed] == ["DB_URL"]
        response = yield delete(f"/v1/apps/{APP}/secrets/A")
        assert response.status_code == 404
        response = yield post(f"/v1/apps/{APP}/secrets/bad-name", {"value": "v"})
        assert response.status_code == 400
        assert "bad-name" in response.json()["error"]

    api.run(scenario())
