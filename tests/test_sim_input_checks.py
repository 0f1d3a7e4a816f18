"""What the simulator accepts and refuses: metadata merges as the pinned spec says, no
input produces a 500, bounds on sizes and names, and request bodies checked against the
patched spec's schemas (400 naming the field; unknown fields still accepted)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from fly_machines.clock import ManualClock
from fly_machines.testing import FlySimulator

APP = "checks-app"
IMAGE = "registry-1.docker.io/library/alpine:3"


@pytest.fixture
def sim() -> FlySimulator:
    return FlySimulator(clock=ManualClock(), seed=3)


@pytest.fixture
def http(sim: FlySimulator) -> Iterator[httpx.Client]:
    with httpx.Client(
        transport=sim.transport(), base_url="http://sim", headers={"Authorization": "Bearer t"}
    ) as client:
        assert client.post("/v1/apps", json={"app_name": APP, "org_slug": "o"}).status_code == 201
        yield client


def _machine(http: httpx.Client, config: dict[str, Any] | None = None) -> str:
    created = http.post(
        f"/v1/apps/{APP}/machines", json={"config": {"image": IMAGE, **(config or {})}}
    )
    assert created.status_code == 200, created.text
    return str(created.json()["id"])


def _path(machine_id: str, action: str = "") -> str:
    return f"/v1/apps/{APP}/machines/{machine_id}" + (f"/{action}" if action else "")


# -- metadata -------------------------------------------------------------------------------
@pytest.mark.parametrize("method", ["PATCH", "PUT"])
def test_metadata_writes_merge_and_null_or_empty_deletes(http: httpx.Client, method: str) -> None:
    mid = _machine(http, {"metadata": {"keep": "1", "drop": "2", "blank": "3"}})
    body = {"metadata": {"new": "4", "drop": None, "blank": ""}}
    assert http.request(method, _path(mid, "metadata"), json=body).status_code == 204
    assert http.get(_path(mid, "metadata")).json() == {"keep": "1", "new": "4"}


def test_metadata_values_that_are_not_strings_are_refused(http: httpx.Client) -> None:
    mid = _machine(http)
    response = http.patch(_path(mid, "metadata"), json={"metadata": {"n": 5}})
    assert response.status_code == 400 and "metadata.n" in response.json()["error"]
