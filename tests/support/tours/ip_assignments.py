"""The tour of an app's IP addresses."""

from __future__ import annotations

from support.sim import APP, Scenario, create_app, delete, get, post

IPS = f"/v1/apps/{APP}/ip_assignments"


def tour() -> Scenario[None]:
    yield from create_app()
    v6 = (yield post(IPS, {"type": "v6"})).json()
    yield post(IPS, {"type": "shared_v4"})
    yield post(IPS, {"type": "private_v6", "network": "tour"})
    yield post(IPS, {"type": "egress_pair", "region": "ams"})  # ip_pair, no ip
    yield post(IPS, {"type": "v4"})  # 422: a shared IPv4 is there
    yield post(IPS, {"type": "egress_v4"})  # 422: no region
    yield post(IPS, {"type": "v5"})  # 400
    yield get(IPS)
    yield delete(f"{IPS}/{v6['ip']}")
    yield delete(f"{IPS}/{v6['ip']}")  # 404
    yield get("/v1/apps/no-such-app/ip_assignments")  # 404
    yield delete(f"/v1/apps/{APP}")
