"""The tour of the operations the simulator first had: apps, certificates, volumes,
machines (with metadata and leases) and secrets."""

from __future__ import annotations

from support.sim import (
    APP,
    IMAGE,
    ORG,
    Scenario,
    create_app,
    create_machine,
    delete,
    get,
    machine_path,
    patch,
    post,
    put,
    wait_for,
)

PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\nMIE\n-----END PRIVATE KEY-----\n"


def tour() -> Scenario[None]:
    """Every implemented operation, with the declared error answers it can give."""
    yield from create_app()
    yield post("/v1/apps", {"name": APP, "org_slug": ORG})  # 422 name_taken
    yield post("/v1/apps", {"name": "Not Valid", "org_slug": ORG})  # 400
    yield get("/v1/apps", [("org_slug", ORG)])
    yield get("/v1/apps")  # 400: org_slug is required
    yield get(f"/v1/apps/{APP}")

    certificates = f"/v1/apps/{APP}/certificates"
    yield post(f"{certificates}/acme", {"hostname": "www.example.com"})  # 201, pending
    yield post(f"{certificates}/acme", {"hostname": "Not A Host"})  # 422
    yield post(f"{certificates}/www.example.com/check")  # still pending
    pem = {"fullchain": "-----BEGIN CERTIFICATE-----\nMII\n", "private_key": PRIVATE_KEY}
    yield post(f"{certificates}/custom", {"hostname": "api.example.com", **pem})  # 201
    yield post(f"{certificates}/custom", {"hostname": "api.example.com"})  # 422: no PEM
    yield get(certificates, [("filter", "example"), ("limit", "1")])
    yield get(f"{certificates}/nope.example.com")  # 404

    volume = (yield post(f"/v1/apps/{APP}/volumes", {"name": "data", "size_gb": 1})).json()
    vid = volume["id"]
    yield get(f"/v1/apps/{APP}/volumes")
    yield get(f"/v1/apps/{APP}/volumes/{vid}")
    yield put(f"/v1/apps/{APP}/volumes/{vid}", {"snapshot_retention": 7})
    yield put(f"/v1/apps/{APP}/volumes/{vid}/extend", {"size_gb": 2})
    yield post(f"/v1/apps/{APP}/volumes/{vid}/snapshots")
    yield get(f"/v1/apps/{APP}/volumes/{vid}/snapshots")

    config = {"image": IMAGE, "mounts": [{"volume": vid, "path": "/data"}], "metadata": {"a": "b"}}
    machine = yield from create_machine(name="web", config=config)
    mid = machine["id"]
    yield post(f"/v1/apps/{APP}/machines", {"name": "web", "config": {"image": IMAGE}})  # 422
    yield post(f"/v1/apps/{APP}/machines", {"config": config})  # 412: volume attached
    yield post(  # 404: no such volume
        f"/v1/apps/{APP}/machines", {"config": {"image": IMAGE, "mounts": [{"volume": "vol_x"}]}}
    )
    yield get(machine_path("0123456789abcd"))  # 404
    yield post(machine_path(mid, "start"))  # 412: still launching
    yield from wait_for(mid, "started", "stopped")
    yield get(machine_path(mid, "wait"), [("state", "nope")])  # 400
    yield get(f"/v1/apps/{APP}/machines", [("include_deleted", "true")])
    yield get(machine_path(mid), [("include_leases", "true")])
    yield post(machine_path(mid, "exec"), {"command": ["echo", "hi"]})
    yield get(machine_path(mid, "ps"))
    yield get(machine_path(mid, "events"))
    yield get(machine_path(mid, "versions"))
    yield post(machine_path(mid, "signal"), {"signal": "SIGHUP"})
    yield post(machine_path(mid, "signal"), {"signal": "SIGNOPE"})  # 400
    yield post(machine_path(mid, "cordon"))
    yield post(machine_path(mid, "uncordon"))

    yield get(machine_path(mid, "metadata"))
    yield post(machine_path(mid, "metadata/role"), {"value": "web"})
    yield get(machine_path(mid, "metadata/role"))
    yield get(machine_path(mid, "metadata/missing"))  # 404
    yield delete(machine_path(mid, "metadata/role"))
    yield patch(machine_path(mid, "metadata"), {"metadata": {"x": "1"}})
    yield patch(machine_path(mid, "metadata"), {"metadata": {}, "machine_version": "old"})  # 412
    yield put(machine_path(mid, "metadata"), {"metadata": {"y": "2"}})
    yield post(machine_path(mid, "metadata/z"), {"value": 1})  # 400

    yield get(machine_path(mid, "lease"))  # 404
    lease = (yield post(machine_path(mid, "lease"), {"ttl": 60, "description": "tour"})).json()
    nonce = lease["data"]["nonce"]
    yield post(machine_path(mid, "lease"), {"ttl": 60})  # 409 envelope
    yield post(machine_path(mid, "lease"), {"ttl": 60}, nonce)  # refresh
    yield get(machine_path(mid, "lease"))
    yield post(machine_path(mid, "stop"))  # 409: leased
    yield post(machine_path(mid), {"config": {"image": IMAGE}, "current_version": "x"}, nonce)
    new_config = {"image": IMAGE, "mounts": [{"volume": vid, "path": "/data"}]}
    yield post(machine_path(mid), {"config": new_config}, nonce)
    yield post(machine_path(mid), {"config": {}}, nonce)  # 422: no image
    yield delete(machine_path(mid, "lease"), nonce="wrong")  # 409
    yield delete(machine_path(mid, "lease"), nonce=nonce)

    yield from wait_for(mid, "started")
    yield post(machine_path(mid, "restart"))
    yield from wait_for(mid, "started")
    yield post(machine_path(mid, "suspend"))
    yield from wait_for(mid, "suspended")
    yield post(machine_path(mid, "start"))
    yield from wait_for(mid, "started")
    yield post(machine_path(mid, "exec"), {"command": ["true"]})
    yield delete(machine_path(mid))  # 412: not stopped
    yield post(machine_path(mid, "stop"), {"signal": "SIGTERM"})
    yield from wait_for(mid, "stopped")
    yield post(machine_path(mid, "exec"), {"command": ["true"]})  # 412: not started
    yield from wait_for(mid, "started", timeout=2)  # 408
    yield post(machine_path(mid, "start"))
    yield delete(machine_path(mid), [("force", "true")])
    yield from wait_for(mid, "destroyed")
    yield delete(f"/v1/apps/{APP}/volumes/{vid}")

    yield post(f"{certificates}/www.example.com/check")  # time has passed: active
    yield get(f"{certificates}/www.example.com")
    yield get(certificates)
    yield delete(f"{certificates}/www.example.com/acme")
    yield delete(f"{certificates}/www.example.com/acme")  # 404: already removed
    yield delete(f"{certificates}/api.example.com/custom")  # with a warning: nothing left
    yield delete(f"{certificates}/api.example.com")
    yield delete(f"{certificates}/api.example.com")  # 404

    yield get(f"/v1/apps/{APP}/secrets")
    yield post(f"/v1/apps/{APP}/secrets", {"values": {"A": "1", "B": "2"}})
    yield post(f"/v1/apps/{APP}/secrets/C", {"value": "3"})
    yield post(f"/v1/apps/{APP}/secrets/C", {"value": 3})  # 400
    yield get(f"/v1/apps/{APP}/secrets/C", [("show_secrets", "true")])
    yield get(f"/v1/apps/{APP}/secrets", [("show_secrets", "1")])
    yield delete(f"/v1/apps/{APP}/secrets/C")
    yield get(f"/v1/apps/{APP}/secrets/C")  # 404: deleted
    yield delete(f"/v1/apps/{APP}/secrets/C")  # 404

    yield delete(f"/v1/apps/{APP}")
