"""The tour of the platform: regions and placements."""

from __future__ import annotations

from support.sim import ORG, Scenario, get, post


def tour() -> Scenario[None]:
    yield get("/v1/platform/regions")
    placements = "/v1/platform/placements"
    yield post(placements, {"org_slug": ORG})
    yield post(placements, {"org_slug": ORG, "count": 3, "region": "eu,na"})
    yield post(
        placements,
        {"org_slug": ORG, "count": 2, "compute": {"cpus": 2, "memory_mb": 4096},
         "weights": {"region": 0}, "volume_name": "none"},
    )  # fmt: skip
    yield post(placements, {"org_slug": ORG, "region": "mars"})  # 422
    yield post(placements, {"count": 1})  # 400: no org_slug
